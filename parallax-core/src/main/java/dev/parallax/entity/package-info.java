/**
 * Resolves named-entity mentions across all articles of a story into one entity per referent, using
 * name normalisation and gazetteers kept as data files, after finding the names the tagger missed
 * ({@code NameFinder}) and before the joins that need context ({@code Joins}). Main type: {@link
 * dev.parallax.entity.EntityResolver}. Must not depend on CoreNLP or the report.
 */
package dev.parallax.entity;
