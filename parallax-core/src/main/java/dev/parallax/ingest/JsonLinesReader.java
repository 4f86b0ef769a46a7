package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON Lines: one article per line, an object with {@code text} or {@code html} and optional
 * {@code title}, {@code url}, {@code outlet}, {@code published} and {@code author}. Each article's
 * source is {@code FILE:LINE}; a broken line is a diagnostic naming both and the rest is read.
 * Stateless and thread-safe.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private JsonLinesReader() {}

  /** Reads a JSON Lines file's content, refusing binary data. */
  static ReadResult read(String source, byte[] bytes) {
    if (TextReader.looksBinary(bytes)) {
      return ReadResult.of(new Diagnostic("binary", source, "binary file, not JSON Lines"));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<SourceText> texts = new ArrayList<>();
    TextReader.decode(source, bytes, diagnostics)
        .ifPresent(t -> read(source, t, texts, diagnostics));
    return new ReadResult(texts, diagnostics);
  }

  private static void read(
      String source, String content, List<SourceText> texts, List<Diagnostic> diagnostics) {
    String[] lines = content.split("\n", -1);
    int before = texts.size();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String at = source + ":" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        diagnostics.add(
            new Diagnostic(
                "bad-record",
                at,
                "line " + (i + 1) + " is not valid JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        diagnostics.add(
            new Diagnostic("bad-record", at, "line " + (i + 1) + " is not a JSON object"));
        continue;
      }
      Optional<String> url = field(node, "url");
      Optional<String> title = field(node, "title");
      Optional<String> outlet = field(node, "outlet");
      Optional<String> author = field(node, "author");
      Optional<LocalDate> published = Optional.empty();
      Optional<String> date = field(node, "published");
      if (date.isPresent()) {
        published = parseDate(date.get());
        if (published.isEmpty()) {
          diagnostics.add(
              new Diagnostic(
                  "bad-date",
                  at,
                  "line "
                      + (i + 1)
                      + ": published '"
                      + date.get()
                      + "' is not an ISO date; ignored"));
        }
      }
      Optional<String> text = field(node, "text");
      Optional<String> html = field(node, "html");
      ArticleMeta meta =
          ArticleMeta.of(at)
              .withUrl(url)
              .withTitle(title)
              .withOutlet(outlet)
              .withPublished(published)
              .withAuthor(author);
      if (text.isPresent()) {
        texts.add(new SourceText(meta, text.get().replace("\r\n", "\n")));
      } else if (html.isPresent()) {
        // the record's own fields first, then what the page says
        HtmlReader.fromHtml(at, html.get(), url, diagnostics)
            .ifPresent(p -> texts.add(p.withMeta(meta.orElse(p.meta()))));
      } else {
        diagnostics.add(
            new Diagnostic(
                "bad-record", at, "line " + (i + 1) + " has neither a 'text' nor an 'html' field"));
      }
    }
    if (texts.size() == before
        && diagnostics.stream().noneMatch(d -> d.source().startsWith(source + ":"))) {
      diagnostics.add(new Diagnostic("empty", source, "no records"));
    }
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode v = node.path(name);
    return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
  }

  static Optional<LocalDate> parseDate(String value) {
    Matcher m = ISO_DATE.matcher(value.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
