package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs given as bytes or a stream with their kind read as the same file does, with no file
 * written.
 */
class UploadsTest {
  /** No network: summaries of feed items stay summaries. */
  private static final Inputs.Options NO_FETCH =
      new Inputs.Options(Fetcher.Options.defaults(), false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/resources/inputs/articles.jsonl",
        "src/test/resources/inputs/binary-named.html",
        "src/test/resources/inputs/capture.warc",
        "src/test/resources/inputs/capture.warc.gz",
        "src/test/resources/inputs/classic-news.html.gz",
        "src/test/resources/inputs/lowfield.atom",
        "src/test/resources/inputs/malformed-markup.html",
        "src/test/resources/inputs/no-article.html",
        "src/test/resources/inputs/not-a-feed.xml",
        "src/test/resources/inputs/truncated.html.gz",
        "src/test/resources/inputs/windows-1251-meta-charset.html",
        "src/test/resources/fixtures/binary.pdf",
        "src/test/resources/fixtures/empty.txt",
        "src/test/resources/fixtures/utf16-bom.txt",
        "src/test/resources/fixtures/windows-1252.txt",
        "src/test/resources/html/classic-news.html"
      })
  void bytesAndStreamsReadAsTheFileWithTheirName(String file) throws IOException {
    ReadResult fromFile = Inputs.read(List.of(file), NO_FETCH);
    byte[] bytes = Files.readAllBytes(Path.of(file));
    InputKind kind = InputKind.ofName(file).orElse(InputKind.TEXT);
    assertThat(Inputs.read(file, bytes, kind, NO_FETCH)).isEqualTo(fromFile);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      assertThat(Inputs.read(file, in, kind, NO_FETCH)).isEqualTo(fromFile);
    }
  }

  @Test
  void everyWayOfReadingMarksTheArticlesWhenTheTextsHaveNoHeadline() throws IOException {
    Inputs.Options said = NO_FETCH.withNoHeadline(true);
    String txt = "src/test/resources/fixtures/windows-1252.txt";
    String html = "src/test/resources/html/classic-news.html";
    ReadResult files = Inputs.read(List.of(txt, html), said);
    assertThat(files.texts()).hasSize(2).allMatch(t -> t.meta().noHeadline());
    // a title the page states is still the title
    assertThat(files.texts().get(1).title())
        .isEqualTo(Inputs.read(List.of(html), NO_FETCH).texts().get(0).title())
        .isPresent();
    byte[] bytes = Files.readAllBytes(Path.of(txt));
    assertThat(Inputs.read(txt, bytes, InputKind.TEXT, said).texts())
        .singleElement()
        .matches(t -> t.meta().noHeadline());
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      assertThat(Inputs.read(txt, in, InputKind.TEXT, said).texts())
          .singleElement()
          .matches(t -> t.meta().noHeadline());
    }
    List<SourceText> streamed = new java.util.ArrayList<>();
    Inputs.stream(
        List.of(txt),
        said,
        new ReadSink() {
          @Override
          public void article(SourceText text) {
            streamed.add(text);
          }

          @Override
          public void problem(Diagnostic problem) {}
        });
    assertThat(streamed).singleElement().matches(t -> t.meta().noHeadline());
    assertThat(Inputs.read(List.of(txt), NO_FETCH).texts())
        .singleElement()
        .matches(t -> !t.meta().noHeadline());
  }

  @Test
  void anUploadIsNamedByItsNameInItsArticlesAndDiagnostics() throws IOException {
    byte[] jsonl = Files.readAllBytes(Path.of("src/test/resources/inputs/articles.jsonl"));
    ReadResult r = Inputs.read("mine.jsonl", jsonl, InputKind.JSON_LINES, NO_FETCH);
    assertThat(r.texts())
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.source()).startsWith("mine.jsonl:"));
    assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.source()).startsWith("mine.jsonl"));
  }

  @Test
  void aStreamOverTheCapIsTooLargeAndReadNoFurther() throws IOException {
    byte[] big = new byte[(int) Inputs.MAX_BYTES + 5000];
    java.util.Arrays.fill(big, (byte) 'a');
    CountingStream in = new CountingStream(big);
    ReadResult r = Inputs.read("big.txt", in, InputKind.TEXT, NO_FETCH);
    assertThat(r.texts()).isEmpty();
    assertThat(r.diagnostics())
        .containsExactly(
            new Diagnostic(
                "too-large",
                "big.txt",
                "file is " + (Inputs.MAX_BYTES + 1) + " bytes; the limit is " + Inputs.MAX_BYTES));
    assertThat(in.read).isEqualTo(Inputs.MAX_BYTES + 1);
    assertThat(Inputs.read("big.txt", big, InputKind.TEXT, NO_FETCH).diagnostics())
        .containsExactly(
            new Diagnostic(
                "too-large",
                "big.txt",
                "file is " + big.length + " bytes; the limit is " + Inputs.MAX_BYTES));
  }

  @Test
  void aStreamThatFailsIsTheCallersFailure() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    assertThatThrownBy(() -> Inputs.read("page.html", broken, InputKind.HTML, NO_FETCH))
        .isInstanceOf(IOException.class)
        .hasMessage("connection reset");
  }

  @Test
  void kindsByNameAndByMediaType() {
    assertThat(InputKind.ofName("A.HTML.GZ")).contains(InputKind.HTML_GZIP);
    assertThat(InputKind.ofName("x.warc.gz")).contains(InputKind.WARC);
    assertThat(InputKind.ofName("feed.xml")).contains(InputKind.FEED);
    assertThat(InputKind.ofName("notes.md")).isEmpty();
    assertThat(InputKind.ofContentType("text/html; charset=utf-8")).contains(InputKind.HTML);
    assertThat(InputKind.ofContentType("application/rss+xml")).contains(InputKind.FEED);
    assertThat(InputKind.ofContentType("application/x-ndjson")).contains(InputKind.JSON_LINES);
    assertThat(InputKind.ofContentType("Text/Plain")).contains(InputKind.TEXT);
    assertThat(InputKind.ofContentType("application/warc")).contains(InputKind.WARC);
    assertThat(InputKind.ofContentType("image/png")).isEmpty();
  }

  @Test
  void aReadersFailureOnOneInputCostsThatInputOnly(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Ferries ran again on Monday.");
    Path bad = Files.writeString(dir.resolve("bad.txt"), "Anything.");
    Path deep = Files.writeString(dir.resolve("deep.txt"), "Anything.");
    java.util.Map<InputKind, ContentReader> content =
        new java.util.EnumMap<>(Readers.of(NO_FETCH).content());
    content.put(
        InputKind.TEXT,
        (source, bytes) -> {
          if (source.endsWith("bad.txt")) {
            throw new IllegalStateException("reader bug\nmore");
          }
          if (source.endsWith("deep.txt")) {
            throw new StackOverflowError();
          }
          return TextReader.read(source, bytes);
        });
    Readers readers = new Readers(content, Readers.of(NO_FETCH).urls());
    ReadResult r = Inputs.read(List.of(bad.toString(), good.toString(), deep.toString()), readers);
    assertThat(r.texts()).extracting(SourceText::source).containsExactly(good.toString());
    assertThat(r.diagnostics())
        .containsExactly(
            new Diagnostic(
                "analysis-failed",
                bad.toString(),
                "reading failed (IllegalStateException: reader bug); left out of the report"),
            new Diagnostic(
                "analysis-failed",
                deep.toString(),
                "reading failed (StackOverflowError); left out of the report"));
  }

  @Test
  void aFeedReaderReadsASummarysLinkedPageWithTheReaderItIsGiven() {
    String full = "The ferry crossing at Portmere reopened on Monday. ".repeat(20).strip();
    byte[] feed =
        ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Post</title>"
                + "<entry><title>Crossings halted</title><link href=\"https://harbour.example/a\"/>"
                + "<updated>2026-04-14T08:00:00Z</updated><summary>Dockers stopped work.</summary></entry>"
                + "<entry><title>Crossings resume</title><link href=\"https://harbour.example/b\"/>"
                + "<updated>2026-04-15T08:00:00Z</updated><content type=\"html\">&lt;p&gt;"
                + full
                + "&lt;/p&gt;</content></entry>"
                + "</feed>")
            .getBytes(StandardCharsets.UTF_8);
    List<String> asked = new java.util.ArrayList<>();
    FeedReader.LinkedPages pages =
        (source, url) -> {
          asked.add(source + " " + url);
          return new ReadResult(
              List.of(
                  new SourceText(
                      ArticleMeta.of(source)
                          .withTitle(Optional.of("Page title"))
                          .withAuthor(Optional.of("Ana Reyes")),
                      full)),
              List.of(new Diagnostic("malformed-html", source, "dropped once the page is read")));
        };
    ReadResult r = new FeedReader(Optional.of(pages)).read("f.atom", feed);
    assertThat(asked).containsExactly("f.atom#1 https://harbour.example/a");
    assertThat(r.diagnostics()).isEmpty();
    SourceText first = r.texts().get(0);
    assertThat(first.meta())
        .isEqualTo(
            ArticleMeta.of("f.atom#1")
                .withUrl(Optional.of("https://harbour.example/a"))
                .withTitle(Optional.of("Crossings halted"))
                .withOutlet(Optional.of("Harbour Post"))
                .withPublished(Optional.of(java.time.LocalDate.of(2026, 4, 14)))
                .withAuthor(Optional.of("Ana Reyes")));
    assertThat(first.text()).isEqualTo(full);

    ReadResult kept = new FeedReader(Optional.empty()).read("f.atom", feed);
    assertThat(kept.texts().get(0).text()).isEqualTo("Dockers stopped work.");
    assertThat(kept.diagnostics()).isEmpty();

    ReadResult refused =
        new FeedReader(
                Optional.of(
                    (source, url) ->
                        ReadResult.of(new Diagnostic("refused-address", source, "refused"))))
            .read("f.atom", feed);
    assertThat(refused.texts().get(0).text()).isEqualTo("Dockers stopped work.");
    assertThat(refused.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("refused-address", "summary-only");
  }

  /** A stream that counts what was read from it. */
  private static final class CountingStream extends ByteArrayInputStream {
    long read;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      read += Math.max(0, n);
      return n;
    }
  }
}
