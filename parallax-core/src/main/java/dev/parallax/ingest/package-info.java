/**
 * Reads the user's inputs (files and folders of text) into {@link dev.parallax.model.SourceText},
 * turning unreadable inputs into diagnostics. Main type: {@link dev.parallax.ingest.TextInputs}.
 * Must not depend on the NLP stages.
 */
package dev.parallax.ingest;
