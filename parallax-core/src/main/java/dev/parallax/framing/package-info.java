/**
 * Finds the loaded words each outlet uses in its own voice (outside quotation marks) and scores each
 * article. Main type: {@link dev.parallax.framing.FramingAnalyzer}. Lexicons are data files beside it.
 * Must not depend on CoreNLP.
 */
package dev.parallax.framing;
