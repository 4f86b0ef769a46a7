/**
 * The immutable records passed between Parallax stages: articles, sentences, entities, diagnostics
 * and the report. Depends on nothing but the JDK.
 */
package dev.parallax.model;
