/**
 * The embedded store: articles filed into stories as they arrive, the stories' cached reports, and
 * search over both. {@link dev.parallax.store.Store} is the interface; the Lucene implementation lives
 * in {@code impl}. Depends on the pipeline and story grouping, never on the CLI or the server.
 */
package dev.parallax.store;
