/**
 * The Lucene implementation of {@link dev.parallax.store.Store}. Not public API: callers use the
 * interface; everything here but the {@link dev.parallax.store.impl.LuceneStore} facade is
 * package-private and may change. One class per concern: {@code StoreIndex} (opening, schema and
 * its upgrade, the write lock, commits), {@code Documents} (document types, field names, building
 * and reading documents), {@code Ingester} (cleaning, duplicates and copies, batches), {@code
 * Stories} and {@code StoryRecord} (story records, listing, merges and aliases), {@code
 * PersistedGrouper} (the story grouper's state across runs), {@code ReportCache}, {@code
 * StoreSearch} (search and highlighting), {@code EntityViews}, {@code Explanations} (why each
 * article is where it is) and {@code Corrections} (users' merges and moves). Must not depend on
 * {@code dev.parallax.Pipeline}: the analysis is given.
 */
package dev.parallax.store.impl;
