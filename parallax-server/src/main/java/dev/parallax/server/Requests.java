package dev.parallax.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ingest.InputKind;
import dev.parallax.ingest.Inputs;
import dev.parallax.ingest.ReadResult;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the body of an upload (multipart files and URLs, JSON {@code {urls: [...]}} or a JSON Lines
 * body) into texts through the same readers {@code parallax compare} uses: an uploaded file is read
 * from the request as its name's extension says and named as the client named it; nothing is
 * written to disk. URLs go through the fetcher's guard (private addresses refused). A request may
 * say its texts have no headline line ({@code no_headline}: a query parameter, a form field or a
 * JSON field), as {@code parallax compare --no-headline} does; the server's own setting applies
 * otherwise. Its yes-or-no options ({@code store}, {@code no_headline}) are {@code true} or {@code
 * false}: any other value is a 400, never read as "no".
 */
final class Requests {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Most URLs or files one request may name. */
  static final int MAX_INPUTS = 50;

  /** The request field saying the texts have no headline line. */
  static final String NO_HEADLINE = "no_headline";

  private Requests() {}

  /** What a request asked for: texts read, problems met, and its options. */
  record Read(
      List<SourceText> texts,
      List<Diagnostic> diagnostics,
      Optional<LocalDate> published,
      boolean store) {}

  static Read read(Context ctx, Inputs.Options reading) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    Optional<LocalDate> published = date(ctx.queryParam("published"), "published");
    boolean store = flag("store", ctx.queryParam("store"));
    boolean noHeadline = flag(NO_HEADLINE, ctx.queryParam(NO_HEADLINE));
    List<SourceText> texts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (type.startsWith("multipart/form-data")) {
      List<UploadedFile> files;
      List<String> urls = new ArrayList<>();
      String publishedField;
      String storeField;
      String noHeadlineField;
      try {
        files = new ArrayList<>(ctx.uploadedFiles());
        for (String field : List.of("urls", "url")) {
          for (String value : ctx.formParams(field)) {
            value.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(urls::add);
          }
        }
        publishedField = ctx.formParam("published");
        storeField = ctx.formParam("store");
        noHeadlineField = ctx.formParam(NO_HEADLINE);
      } catch (Exception e) {
        throw malformed(e);
      }
      if (files.size() + urls.size() > MAX_INPUTS) {
        throw Problem.badRequest("at most " + MAX_INPUTS + " files and URLs per request");
      }
      published = published.or(() -> date(publishedField, "published"));
      store = flag("store", storeField) || store;
      noHeadline = flag(NO_HEADLINE, noHeadlineField) || noHeadline;
      Inputs.Options asked = said(reading, noHeadline);
      files.removeIf(f -> f.filename() == null || f.filename().isBlank() && f.size() == 0);
      readFiles(files, asked, texts, diagnostics);
      readUrls(urls, asked, texts, diagnostics);
    } else if (type.startsWith("application/json")) {
      // read first: a failure reading the body (too large, too slow) is not a JSON syntax error
      byte[] bytes = ctx.bodyAsBytes();
      JsonNode body;
      try {
        body = JSON.readTree(bytes);
      } catch (IOException e) {
        throw Problem.badRequest(
            "body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
      }
      if (body == null || !body.isObject() || !body.path("urls").isArray()) {
        throw Problem.badRequest("expected a JSON object {\"urls\": [\"https://...\", ...]}");
      }
      List<String> urls = new ArrayList<>();
      for (JsonNode u : body.get("urls")) {
        if (!u.isTextual()) {
          throw Problem.badRequest("urls must be strings");
        }
        urls.add(u.asText().strip());
      }
      if (urls.size() > MAX_INPUTS) {
        throw Problem.badRequest("at most " + MAX_INPUTS + " URLs per request");
      }
      if (body.hasNonNull("published")) {
        published = date(body.get("published").asText(), "published");
      }
      store = flag("store", body.get("store")) || store;
      noHeadline = flag(NO_HEADLINE, body.get(NO_HEADLINE)) || noHeadline;
      readUrls(urls, said(reading, noHeadline), texts, diagnostics);
    } else if (type.startsWith("application/x-ndjson")
        || type.startsWith("application/jsonl")
        || type.startsWith("application/x-jsonlines")) {
      readNamed("body.jsonl", ctx.bodyInputStream(), said(reading, noHeadline), texts, diagnostics);
    } else {
      throw new Problem(
          415,
          "unsupported-media-type",
          "send multipart/form-data (files, urls), application/json {urls} or application/x-ndjson");
    }
    if (texts.isEmpty() && diagnostics.isEmpty()) {
      throw Problem.badRequest("no files or URLs given");
    }
    return new Read(texts, diagnostics, published, store);
  }

  /**
   * What a failure to parse a multipart body means: the client's fault in reading it (too large,
   * too slow, cut off; the server answers it as such), else a body that is not valid multipart
   * (400).
   */
  private static RuntimeException malformed(Exception e) {
    if (JettyGuards.isReadFault(e) || Answers.tooLarge(e)) {
      return new IllegalStateException("reading the request body failed", e);
    }
    String why =
        Optional.ofNullable(e.getMessage())
            .flatMap(m -> m.lines().findFirst())
            .orElse(e.getClass().getSimpleName());
    return Problem.badRequest("malformed multipart body: " + why);
  }

  /**
   * The reading options, with the texts marked as having no headline line when a request said so.
   */
  private static Inputs.Options said(Inputs.Options reading, boolean noHeadline) {
    return noHeadline ? reading.withNoHeadline(true) : reading;
  }

  static Optional<LocalDate> date(String value, String name) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(name + ": expected YYYY-MM-DD, was " + quoted(cut(value)));
    }
  }

  /**
   * A yes-or-no field of a query or a form: {@code true} or {@code false} in any case; absent or
   * empty is {@code false}. Any other value is a 400 naming the field and the value.
   */
  static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    String v = value.strip();
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return v.equalsIgnoreCase("true");
    }
    throw notAFlag(name, quoted(cut(value)));
  }

  /**
   * A yes-or-no field of a JSON body: a JSON boolean, or the string {@code "true"} or {@code
   * "false"} in any case; absent, {@code null} or an empty string is {@code false}. Any other value
   * (a number, {@code "yes"}, an object) is a 400 naming the field and the value.
   */
  static boolean flag(String name, JsonNode value) {
    if (value == null || value.isNull()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual()) {
      return flag(name, value.textValue());
    }
    throw notAFlag(name, cut(value.toString()));
  }

  private static Problem notAFlag(String name, String shown) {
    return Problem.badRequest(name + " must be true or false, not " + shown);
  }

  /** A client's value cut short enough for a one-line message. */
  private static String cut(String value) {
    int end = 40;
    if (value.length() <= end) {
      return value;
    }
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "…";
  }

  /** A value in JSON quotes: a line break or a quote in it is escaped, so it stays one line. */
  private static String quoted(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readUrls(
      List<String> urls,
      Inputs.Options reading,
      List<SourceText> texts,
      List<Diagnostic> diagnostics) {
    for (String url : urls) {
      String lower = url.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
        // never let a client name a path on the server's disk
        diagnostics.add(
            new Diagnostic("unsupported-scheme", url, "only http and https URLs can be fetched"));
        continue;
      }
      ReadResult r = Inputs.read(List.of(url), reading);
      texts.addAll(r.texts());
      diagnostics.addAll(r.diagnostics());
    }
  }

  private static void readFiles(
      List<UploadedFile> files,
      Inputs.Options reading,
      List<SourceText> texts,
      List<Diagnostic> diagnostics) {
    for (UploadedFile f : files) {
      try (InputStream in = f.content()) {
        readNamed(f.filename(), in, reading, texts, diagnostics);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads one uploaded body under the client's file name (its extension says how), straight from
   * the request: nothing is written to disk.
   */
  private static void readNamed(
      String clientName,
      InputStream content,
      Inputs.Options reading,
      List<SourceText> texts,
      List<Diagnostic> diagnostics) {
    String name = baseName(clientName);
    try (InputStream in = content) {
      ReadResult r = Inputs.read(name, in, InputKind.ofName(name).orElse(InputKind.TEXT), reading);
      texts.addAll(r.texts());
      diagnostics.addAll(r.diagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last path segment of a client's file name (browsers may send a full path). */
  static String baseName(String name) {
    String n = name == null ? "" : name.strip();
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1);
    return n.isEmpty() ? "upload.txt" : n;
  }
}
