/**
 * Finds direct quotations in annotated articles, attributes each to a story entity from verbs of
 * saying and simple pronoun rules (no coreference models), and groups versions of one quotation
 * across articles. Main type: {@link dev.parallax.quote.QuoteStage}. Depends on the model only, not on
 * CoreNLP.
 */
package dev.parallax.quote;
