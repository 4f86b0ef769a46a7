/**
 * Linguistic annotation on Stanford CoreNLP: sentences, tokens, POS, lemmas, coarse named entities and
 * SUTime dates. Main type: {@link dev.parallax.nlp.Annotator}, loaded once per process. Must not
 * depend on the report or the CLI.
 */
package dev.parallax.nlp;
