/**
 * Linguistic annotation on Stanford CoreNLP: sentences, tokens, POS, lemmas, coarse named entities
 * and SUTime dates corrected by {@link dev.parallax.nlp.TimeFixer} against the publication date and
 * the article's narrative time. Main type: {@link dev.parallax.nlp.Annotator}, loaded once per
 * process. Must not depend on the report or the CLI.
 */
package dev.parallax.nlp;
