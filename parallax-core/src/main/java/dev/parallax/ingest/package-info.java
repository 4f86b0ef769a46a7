/**
 * Reads the user's inputs (text, HTML pages, JSON Lines, RSS/Atom feeds, WARC archives, folders and
 * http(s) URLs) into {@link dev.parallax.model.SourceText}, turning unreadable inputs into
 * diagnostics. Main type: {@link dev.parallax.ingest.Inputs}. Must not depend on the NLP stages.
 */
package dev.parallax.ingest;
