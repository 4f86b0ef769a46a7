/**
 * The embedded store: articles filed into stories as they arrive, the stories' cached reports, and
 * search over both. {@link dev.parallax.store.Store} is the interface; the Lucene implementation
 * lives in {@code impl}. The analysis it runs is given to it ({@link
 * dev.parallax.store.StoryAnalysis}): depends on cleaning, story grouping and the report's JSON,
 * never on {@code dev.parallax.Pipeline}, the CLI or the server.
 */
package dev.parallax.store;
