/**
 * Aligns the articles of a story sentence by sentence: facts (what several articles state and what
 * only one does), omissions and numbers that disagree. Main type: {@link
 * dev.parallax.align.Aligner}; sentence embeddings come from {@link
 * dev.parallax.align.SentenceEmbedder}. Depends on the model records and the embedding runtime
 * only, not on CoreNLP or the report.
 */
package dev.parallax.align;
