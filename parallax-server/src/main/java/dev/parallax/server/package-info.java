/**
 * The HTTP API and web pages over a {@link dev.parallax.store.Store}: {@link
 * dev.parallax.server.Server} creates and wires the rest. {@code ApiRoutes} and {@code PageRoutes}
 * hold the handlers ({@code CorrectionRoutes} those of explanations and corrections; query
 * parameters in {@code Queries}, upload bodies in {@code Requests}), {@code SecurityFilter} and
 * {@code JettyGuards} what every request passes first, {@code RenderCache} the rendered story
 * reports, {@code Answers} how bodies and failures are answered, {@code Pages} and {@code
 * StoryView} the page templates and what they show. Translates requests into core calls only; no
 * analysis logic lives here.
 */
package dev.parallax.server;
