/**
 * Finds direct quotations and reported speech in annotated articles, attributes each to a story
 * entity from cue verbs, part-of-speech patterns and simple pronoun and role rules (no parser or
 * coreference model), and groups versions of one quotation across articles. Main type: {@link
 * dev.parallax.quote.QuoteStage}. Depends on the model only, not on CoreNLP.
 */
package dev.parallax.quote;
