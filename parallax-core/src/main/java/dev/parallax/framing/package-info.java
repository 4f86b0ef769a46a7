/**
 * Finds the loaded words each outlet uses in its own voice (outside quotation marks) and scores
 * each article: a word model trained on expert-marked news ({@link
 * dev.parallax.framing.LoadedWordModel} over {@link dev.parallax.framing.WordFeatures}) and the
 * contrast between outlets' wordings of one fact. Main type: {@link
 * dev.parallax.framing.FramingAnalyzer}. Lexicons and the model are data files read through
 * DataFiles. Must not depend on CoreNLP (word vectors come through dev.parallax.nlp).
 */
package dev.parallax.framing;
