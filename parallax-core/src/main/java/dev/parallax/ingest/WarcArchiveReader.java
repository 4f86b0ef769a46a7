package dev.parallax.ingest;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads web archives ({@code .warc}, {@code .warc.gz}) with jwarc: every HTML response record is an
 * article with its target URL; its date is the page's own, else the capture date. Other response
 * records are reported; request, metadata and warcinfo records are not documents and are passed
 * over. Each article's source is {@code FILE#N}, N counting response records from 1. An archive is
 * read record by record, so it is not held to the size cap (each page in it is). Stateless and
 * thread-safe.
 */
final class WarcArchiveReader implements ContainerReader {
  /** Opens the archive's records. */
  @FunctionalInterface
  private interface Archive {
    WarcReader open() throws IOException;
  }

  @Override
  public ReadResult read(String source, byte[] content) {
    return Inputs.collect(
        sink -> stream(source, () -> new WarcReader(new ByteArrayInputStream(content)), sink));
  }

  @Override
  public void stream(String source, Path file, ReadSink sink) {
    stream(
        source, () -> new WarcReader(new CountingStream(Files.newInputStream(file), sink)), sink);
  }

  /** Reads an archive from a stream as it arrives, and closes the stream. */
  @Override
  public void stream(String source, InputStream in, ReadSink sink) {
    stream(source, () -> new WarcReader(new CountingStream(in, sink)), sink);
  }

  /** Reads an archive from a stream as it arrives, and closes the stream. */
  ReadResult read(String source, InputStream in) {
    return Inputs.collect(sink -> stream(source, in, sink));
  }

  private static void stream(String source, Archive archive, ReadSink sink) {
    int articles = 0;
    int responses = 0;
    try (WarcReader reader = archive.open()) {
      reader.setLenient(true);
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        if (!(next.get() instanceof WarcResponse response)) {
          continue;
        }
        responses++;
        String at = source + "#" + responses;
        String target = response.target();
        try {
          HttpResponse http = response.http();
          MediaType type = http.contentType();
          String base = type.base().toString().toLowerCase(Locale.ROOT);
          if (http.status() != 200) {
            sink.problem(
                new Diagnostic(
                    "non-html-record",
                    at,
                    target + ": HTTP " + http.status() + ", not a page; skipped"));
            continue;
          }
          if (!base.contains("html")) {
            sink.problem(
                new Diagnostic(
                    "non-html-record", at, target + ": " + base + ", not HTML; skipped"));
            continue;
          }
          byte[] body;
          try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Inputs.MAX_BYTES + 1);
          }
          if (body.length > Inputs.MAX_BYTES) {
            sink.problem(
                new Diagnostic(
                    "too-large", at, target + ": page exceeds " + Inputs.MAX_BYTES + " bytes"));
            continue;
          }
          Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
          LocalDate captured = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
          // the page's own address and date first, then the record's
          ArticleMeta record =
              ArticleMeta.of(at).withUrl(Optional.of(target)).withPublished(Optional.of(captured));
          ReadResult page = HtmlReader.read(at, body, charset, Optional.of(target));
          for (SourceText p : page.texts()) {
            sink.article(p.withMeta(p.meta().orElse(record)));
            articles++;
          }
          page.diagnostics().forEach(sink::problem);
        } catch (IOException | IllegalArgumentException e) {
          sink.problem(
              new Diagnostic(
                  "bad-record", at, target + ": cannot read the HTTP response: " + e.getMessage()));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      sink.problem(
          new Diagnostic("unreadable", source, "not a readable WARC file: " + e.getMessage()));
      return;
    }
    if (articles == 0) {
      sink.problem(
          new Diagnostic("no-articles", source, "archive holds no HTML page with an article"));
    }
  }
}
