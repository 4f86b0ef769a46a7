/**
 * Resolves named-entity mentions across all articles of a story into one entity per referent, using
 * name normalisation and gazetteers kept as data files. Main type: {@link
 * dev.parallax.entity.EntityResolver}. Must not depend on CoreNLP or the report.
 */
package dev.parallax.entity;
