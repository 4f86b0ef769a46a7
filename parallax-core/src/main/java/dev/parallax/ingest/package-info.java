/**
 * Reads the user's inputs (text, HTML pages, JSON Lines, RSS/Atom feeds, WARC archives, folders,
 * http(s) URLs, and bytes or streams of a declared {@link dev.parallax.ingest.InputKind}) into
 * {@link dev.parallax.model.SourceText}, turning unreadable inputs into diagnostics. Main type:
 * {@link dev.parallax.ingest.Inputs}, the dispatcher; one reader per kind of input ({@code
 * TextReader}, {@code HtmlReader}, {@code JsonLinesReader}, {@code FeedReader}, {@code
 * WarcArchiveReader}, {@code FolderReader}, {@code UrlReader}), each returning a {@link
 * dev.parallax.ingest.ReadResult} and given the readers it needs ({@code Readers}), never calling
 * back into the dispatcher. Must not depend on the NLP stages.
 */
package dev.parallax.ingest;
