package dev.parallax.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON Lines: one article per line, an object with {@code text} or {@code html} and optional
 * {@code title}, {@code url}, {@code outlet}, {@code published} and {@code author}. Each article's
 * source is {@code FILE:LINE}; a broken line, or one over {@link Inputs#MAX_BYTES} ({@code
 * too-large}), is a diagnostic naming both and the rest is read. A file is read line by line, so it
 * is not held to the size cap and may be any size (UTF-16 files, rare, are read whole and are).
 * Stateless and thread-safe.
 */
final class JsonLinesReader implements ContainerReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  @Override
  public ReadResult read(String source, byte[] bytes) {
    return Inputs.collect(
        sink -> {
          try {
            stream(source, new ByteArrayInputStream(bytes), sink);
          } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory do not fail to read
          }
        });
  }

  @Override
  public void stream(String source, Path file, ReadSink sink) {
    try (InputStream in = Files.newInputStream(file)) {
      stream(source, in, sink);
    } catch (IOException e) {
      sink.problem(new Diagnostic("unreadable", source, "cannot read: " + e.getMessage()));
    }
  }

  /** Reads records from the stream as they arrive; the caller closes it. */
  @Override
  public void stream(String source, InputStream content, ReadSink sink) throws IOException {
    BufferedInputStream in = new BufferedInputStream(content, 8192);
    in.mark(8192);
    byte[] head = in.readNBytes(8192);
    in.reset();
    if (TextReader.startsWith(head, 0xFF, 0xFE) || TextReader.startsWith(head, 0xFE, 0xFF)) {
      ContainerReader.super.stream(source, in, sink);
      return;
    }
    if (TextReader.looksBinary(head)) {
      sink.problem(new Diagnostic("binary", source, "binary file, not JSON Lines"));
      return;
    }
    if (TextReader.startsWith(head, 0xEF, 0xBB, 0xBF)) {
      in.skipNBytes(3);
      sink.consumed(3);
    }
    BoundedLines lines = new BoundedLines(in, (int) Inputs.MAX_BYTES, sink);
    boolean any = false;
    boolean windows1252 = false;
    for (BoundedLines.Line l = lines.next(); l != null; l = lines.next()) {
      String at = source + ":" + l.number();
      if (l.tooLong()) {
        any = true;
        sink.problem(
            new Diagnostic(
                "too-large",
                at,
                "line "
                    + l.number()
                    + " is "
                    + l.length()
                    + " bytes; the limit for one record is "
                    + Inputs.MAX_BYTES
                    + "; skipped"));
        continue;
      }
      String line;
      try {
        line = UTF_8.newDecoder().decode(ByteBuffer.wrap(l.bytes())).toString();
      } catch (CharacterCodingException e) {
        line = new String(l.bytes(), WINDOWS_1252);
        if (!windows1252) {
          windows1252 = true;
          sink.problem(
              new Diagnostic(
                  "encoding",
                  source,
                  "not valid UTF-8 (from line "
                      + l.number()
                      + "); read as windows-1252 (Western European)"));
        }
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      any = true;
      record(at, l.number(), line, sink);
    }
    if (!any) {
      sink.problem(new Diagnostic("empty", source, "file has no text"));
    }
  }

  /** One non-blank line: an article, or the diagnostic saying why not. */
  private static void record(String at, long number, String line, ReadSink sink) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      sink.problem(
          new Diagnostic(
              "bad-record",
              at,
              "line " + number + " is not valid JSON: " + e.getOriginalMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.problem(new Diagnostic("bad-record", at, "line " + number + " is not a JSON object"));
      return;
    }
    // a field the record gives in a form that cannot be read is named, not dropped in silence
    for (String name : List.of("url", "published", "title", "outlet", "author")) {
      String wrong = notText(node, name);
      if (wrong != null) {
        sink.problem(
            new Diagnostic(
                "bad-field", at, "line " + number + ": '" + name + "' is " + wrong + "; ignored"));
      }
    }
    Optional<String> url = field(node, "url");
    Optional<LocalDate> published = Optional.empty();
    Optional<String> date = field(node, "published");
    if (date.isPresent()) {
      published = parseDate(date.get());
      if (published.isEmpty()) {
        sink.problem(
            new Diagnostic(
                "bad-date",
                at,
                "line " + number + ": published '" + date.get() + "' is not an ISO date; ignored"));
      }
    }
    Optional<String> text = field(node, "text");
    Optional<String> html = field(node, "html");
    ArticleMeta meta =
        ArticleMeta.of(at)
            .withUrl(url)
            .withTitle(field(node, "title"))
            .withOutlet(field(node, "outlet"))
            .withPublished(published)
            .withAuthor(field(node, "author"));
    if (text.isPresent()) {
      sink.article(new SourceText(meta, text.get().replace("\r\n", "\n")));
    } else if (html.isPresent()) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      // the record's own fields first, then what the page says
      Optional<SourceText> page = HtmlReader.fromHtml(at, html.get(), url, diagnostics);
      diagnostics.forEach(sink::problem);
      page.ifPresent(p -> sink.article(p.withMeta(meta.orElse(p.meta()))));
    } else {
      String wrongText = notText(node, "text");
      String wrongHtml = notText(node, "html");
      String why =
          wrongText != null
              ? "'text' is " + wrongText
              : wrongHtml != null
                  ? "'html' is " + wrongHtml
                  : node.path("text").isTextual() || node.path("html").isTextual()
                      ? "its 'text' or 'html' field is blank"
                      : "it has neither a 'text' nor an 'html' field";
      sink.problem(new Diagnostic("bad-record", at, "line " + number + ": " + why));
    }
  }

  /**
   * What a field holds when it is there but not text ("a number, not text"), else null (absent,
   * null or text).
   */
  static String notText(JsonNode node, String name) {
    JsonNode v = node.path(name);
    if (v.isMissingNode() || v.isNull() || v.isTextual()) {
      return null;
    }
    String kind =
        v.isNumber()
            ? "a number"
            : v.isBoolean() ? "true or false" : v.isArray() ? "a list" : "an object";
    return kind + ", not text";
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
