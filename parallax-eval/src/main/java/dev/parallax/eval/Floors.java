package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checked-in floors ({@code parallax-eval/floors.json}): for each suite the sample size the
 * gate runs and, for each figure it guards, a lowest ({@code min}) or highest ({@code max}) value.
 * A {@code min} figure may fall by at most {@code margin} before the gate fails; a {@code max}
 * figure (internal errors, empty pages) may not rise at all. Raising a floor is part of every
 * change that improves a figure: {@code bench/eval --gate --update-floors} writes the figures
 * measured.
 */
final class Floors {
  /** One guarded figure: its key, its bound and whether the bound is a lowest value. */
  record Bound(String key, double value, boolean isMin) {}

  private final Path file;
  private final ObjectNode root;

  private Floors(Path file, ObjectNode root) {
    this.file = file;
    this.root = root;
  }

  static Floors read(Path file) throws IOException {
    JsonNode n = new ObjectMapper().readTree(file.toFile());
    if (!(n instanceof ObjectNode o) || !o.has("suites")) {
      throw new IOException(file + ": not a floors file (no \"suites\")");
    }
    return new Floors(file, o);
  }

  double margin() {
    return root.path("margin").asDouble(0.01);
  }

  /** Suite names in file order, with the sample size the gate runs each at. */
  Map<String, Integer> suites() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("suites").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().path("limit").asInt(0));
    }
    return out;
  }

  List<Bound> bounds(String suite) {
    List<Bound> out = new ArrayList<>();
    JsonNode floors = root.get("suites").path(suite).path("floors");
    for (Iterator<Map.Entry<String, JsonNode>> it = floors.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode b = e.getValue();
      if (b.has("min")) {
        out.add(new Bound(e.getKey(), b.get("min").asDouble(), true));
      } else if (b.has("max")) {
        out.add(new Bound(e.getKey(), b.get("max").asDouble(), false));
      }
    }
    return out;
  }

  /**
   * The failures of some figures against this suite's bounds, one line each; empty when it holds.
   */
  List<String> check(String suite, List<Figure> figures) {
    Map<String, Figure> byKey = new LinkedHashMap<>();
    figures.forEach(f -> byKey.put(f.key(), f));
    List<String> failures = new ArrayList<>();
    for (Bound b : bounds(suite)) {
      Figure f = byKey.get(b.key());
      if (f == null) {
        failures.add(b.key() + ": not measured");
      } else if (b.isMin() && f.value() < b.value() - margin()) {
        failures.add(
            String.format(
                Locale.ROOT,
                "%s: %.4f is below its floor %.4f by more than the margin %.3f",
                b.key(),
                f.value(),
                b.value(),
                margin()));
      } else if (!b.isMin() && f.value() > b.value()) {
        failures.add(
            String.format(
                Locale.ROOT, "%s: %.4f is above its ceiling %.4f", b.key(), f.value(), b.value()));
      }
    }
    return failures;
  }

  /** Sets every bound of the suite to the figure measured now and writes the file. */
  void update(String suite, List<Figure> figures) throws IOException {
    ObjectNode floors = (ObjectNode) root.get("suites").path(suite).path("floors");
    for (Figure f : figures) {
      JsonNode b = floors.get(f.key());
      if (b instanceof ObjectNode o) {
        if (o.has("min")) {
          o.put("min", Math.floor(f.value() * 1000) / 1000);
        } else if (o.has("max")) {
          o.put("max", f.value());
        }
      }
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    Files.writeString(file, Files.readString(file) + "\n");
  }
}
