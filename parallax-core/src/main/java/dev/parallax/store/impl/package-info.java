/**
 * The Lucene implementation of {@link dev.parallax.store.Store}: {@link
 * dev.parallax.store.impl.LuceneStore}. Callers use the interface; nothing here is API.
 */
package dev.parallax.store.impl;
