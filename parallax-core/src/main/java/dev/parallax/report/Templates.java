package dev.parallax.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The Pebble templates that render a {@link ReportView}, in {@code dev/parallax/report/templates}:
 * {@code document} (terminal text and Markdown), {@code html} (the self-contained page) and the
 * partial {@code quote-diff}, which the server's story page includes too. Each template gets the
 * view as {@code view}. Thread-safe.
 */
public final class Templates {
  private Templates() {}

  /** A loader of these templates by name, for an engine that includes their partials. */
  public static Loader<?> loader() {
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix("dev/parallax/report/templates");
    loader.setSuffix(".peb");
    return loader;
  }

  /**
   * An engine over these templates, to finish with its escaping: an unknown name fails, the newline
   * after a tag is dropped (a line holding only a tag leaves none), and nothing depends on the
   * default locale.
   */
  static PebbleEngine.Builder engine() {
    return new PebbleEngine.Builder()
        .loader(loader())
        .strictVariables(true)
        .newLineTrimming(true)
        .defaultLocale(Locale.ROOT);
  }

  static String render(PebbleEngine engine, String template, ReportView view) {
    StringWriter out = new StringWriter(32_768);
    try {
      engine.getTemplate(template).evaluate(out, Map.of("view", view));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
