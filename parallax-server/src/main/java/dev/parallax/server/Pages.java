package dev.parallax.server;

import dev.parallax.report.Templates;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the page templates in {@code dev/parallax/server/templates}, which may include the
 * report's partials ({@link Templates}). Pebble escapes every value for HTML unless a template
 * marks it safe, and none does: article text, titles and names are untrusted. Thread-safe.
 */
final class Pages {
  private final PebbleEngine engine;

  Pages() {
    ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
    loader.setPrefix("dev/parallax/server/templates");
    loader.setSuffix(".peb");
    engine =
        new PebbleEngine.Builder()
            // the report's templates too: the story page includes their partials
            .loader(new DelegatingLoader(List.of(loader, Templates.loader())))
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .strictVariables(true)
            .newLineTrimming(true)
            .build();
  }

  String render(String template, Map<String, Object> model) {
    PebbleTemplate t = engine.getTemplate(template);
    StringWriter out = new StringWriter(8192);
    try {
      t.evaluate(out, new HashMap<>(model));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
