/**
 * The HTTP API and web pages over a {@link dev.parallax.store.Store}: {@link dev.parallax.server.Server}
 * is the entry point. Translates requests into core calls only; no analysis logic lives here.
 */
package dev.parallax.server;
