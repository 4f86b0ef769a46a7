package dev.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Removal;
import dev.parallax.model.SourceText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stored article as one line of JSON: how a grouping made elsewhere (a {@code parallax-spark}
 * job's {@code articles} output) travels into a store ({@code parallax ingest --from-spark}).
 * Fields: {@code id}, {@code story}, {@code copy_of} (absent unless a copy), {@code source}, {@code
 * text}, {@code url}, {@code title}, {@code outlet}, {@code published} (ISO date), {@code author}
 * (each absent when unknown), {@code no_headline} ({@code true} when the user said the text has no
 * headline line; absent otherwise) and {@code removed} ({@code [{"text", "reason"}]}). Lines
 * written before a field existed read as they did. Thread-safe.
 */
public final class StoredArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredArticleJson() {}

  /** One line, no line breaks. */
  public static String write(StoredArticle a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("story", a.storyId());
    a.copyOf().ifPresent(c -> o.put("copy_of", c));
    ArticleMeta m = a.input().meta();
    o.put("source", m.source());
    m.url().ifPresent(v -> o.put("url", v));
    m.title().ifPresent(v -> o.put("title", v));
    m.outlet().ifPresent(v -> o.put("outlet", v));
    m.published().ifPresent(v -> o.put("published", v.toString()));
    m.author().ifPresent(v -> o.put("author", v));
    if (m.noHeadline()) {
      o.put("no_headline", true);
    }
    o.put("text", a.input().text());
    ArrayNode removed = o.putArray("removed");
    for (Removal r : a.input().removed()) {
      removed.addObject().put("text", r.text()).put("reason", r.reason());
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  /**
   * Reads a line {@link #write} wrote.
   *
   * @throws IllegalArgumentException naming the fault when the line is not such an article
   */
  public static StoredArticle read(String line) {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    for (String field : List.of("id", "story", "source", "text")) {
      if (!o.path(field).isTextual()) {
        throw new IllegalArgumentException("no string field '" + field + "'");
      }
    }
    Optional<LocalDate> published;
    try {
      published = text(o, "published").map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "published is not an ISO date: " + o.get("published").asText(), e);
    }
    ArticleMeta meta =
        ArticleMeta.of(o.get("source").asText())
            .withUrl(text(o, "url"))
            .withTitle(text(o, "title"))
            .withOutlet(text(o, "outlet"))
            .withPublished(published)
            .withAuthor(text(o, "author"))
            .withNoHeadline(o.path("no_headline").asBoolean(false));
    List<Removal> removed = new ArrayList<>();
    for (JsonNode r : o.path("removed")) {
      removed.add(new Removal(r.path("text").asText(), r.path("reason").asText()));
    }
    return new StoredArticle(
        o.get("id").asText(),
        o.get("story").asText(),
        new SourceText(meta, o.get("text").asText(), removed),
        text(o, "copy_of"));
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }
}
