/**
 * Helpers shared by Parallax's stages, and {@link dev.parallax.internal.DataFiles}, the one reader
 * of the lexicons in {@code dev/parallax/lexicon/} (every word list, gazetteer and line pattern,
 * each stating its source and licence). Not API: users must not depend on anything here.
 */
package dev.parallax.internal;
