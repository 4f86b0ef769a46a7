package dev.parallax.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.model.Diagnostic;
import dev.parallax.store.EntityView;
import dev.parallax.store.IngestResult;
import dev.parallax.store.SearchHit;
import dev.parallax.store.StoryPage;
import dev.parallax.store.StorySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The API's JSON bodies for the store's records: keys sorted, absent values left out. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Json() {}

  static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise", e);
    }
  }

  static Map<String, Object> story(StorySummary s) {
    Map<String, Object> m = new TreeMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    put(m, "first", s.first());
    put(m, "last", s.last());
    if (s.undated()) {
      m.put("undated", true);
    }
    m.put("articles", s.articles());
    m.put("copies", s.copies());
    m.put("outlets", s.outlets());
    m.put("names", s.names());
    return m;
  }

  static Map<String, Object> stories(List<StorySummary> stories) {
    List<Object> list = new ArrayList<>();
    stories.forEach(s -> list.add(story(s)));
    return Map.of("stories", list);
  }

  /** A page of stories and the cursor of the next ({@code null} on the last page). */
  static Map<String, Object> stories(StoryPage page) {
    Map<String, Object> m = new LinkedHashMap<>(stories(page.stories()));
    m.put("next", page.next().orElse(null));
    return m;
  }

  static Map<String, Object> hits(List<SearchHit> hits) {
    List<Object> list = new ArrayList<>();
    for (SearchHit h : hits) {
      Map<String, Object> m = new TreeMap<>();
      m.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
      m.put("id", h.id());
      m.put("storyId", h.storyId());
      m.put("title", h.title());
      put(m, "outlet", h.outlet());
      put(m, "published", h.published());
      m.put("score", h.score());
      m.put("snippet", h.snippet());
      List<Object> spans = new ArrayList<>();
      h.highlights().forEach(s -> spans.add(List.of(s.start(), s.end())));
      m.put("highlights", spans);
      list.add(m);
    }
    return Map.of("hits", list);
  }

  static Map<String, Object> entity(EntityView e) {
    Map<String, Object> m = new TreeMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("articles", e.articles());
    m.put("aliases", e.aliases());
    e.type().ifPresent(t -> m.put("type", t.name()));
    List<Object> list = new ArrayList<>();
    e.stories().forEach(s -> list.add(story(s)));
    m.put("stories", list);
    m.put("storyCount", e.storyCount());
    return m;
  }

  static Map<String, Object> ingest(IngestResult r) {
    Map<String, Object> m = new TreeMap<>();
    List<Object> filed = new ArrayList<>();
    for (IngestResult.Filed f : r.filed()) {
      Map<String, Object> x = new TreeMap<>();
      x.put("source", f.source());
      x.put("outcome", f.outcome().name().toLowerCase(Locale.ROOT));
      put(x, "articleId", f.articleId());
      put(x, "storyId", f.storyId());
      put(x, "copyOf", f.copyOf());
      if (f.undated()) {
        x.put("undated", true);
      }
      filed.add(x);
    }
    m.put("filed", filed);
    m.put("diagnostics", diagnostics(r.diagnostics()));
    return m;
  }

  static List<Object> diagnostics(List<Diagnostic> ds) {
    List<Object> list = new ArrayList<>();
    for (Diagnostic d : ds) {
      list.add(
          new TreeMap<>(Map.of("code", d.code(), "source", d.source(), "message", d.message())));
    }
    return list;
  }

  private static void put(Map<String, Object> m, String key, Optional<?> value) {
    value.ifPresent(v -> m.put(key, v.toString()));
  }
}
