/**
 * The immutable records passed between Parallax stages: an article's metadata ({@link
 * dev.parallax.model.ArticleMeta}, carried by each stage's record from {@link
 * dev.parallax.model.SourceText} to {@link dev.parallax.model.Article}), sentences, entities,
 * diagnostics and the report. Depends on nothing but the JDK.
 */
package dev.parallax.model;
