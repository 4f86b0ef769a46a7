package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  static final String BAD = "src/test/resources/inputs/";
  static final String HTML = "src/test/resources/html/";

  private static List<String> codes(ReadResult r, String source) {
    return r.diagnostics().stream()
        .filter(d -> d.source().equals(source))
        .map(Diagnostic::code)
        .toList();
  }

  @Test
  void readsAnHtmlPageWithItsMetadata() {
    ReadResult r = Inputs.read(List.of(HTML + "classic-news.html"));
    assertThat(r.diagnostics()).isEmpty();
    SourceText t = r.texts().get(0);
    assertThat(t.source()).isEqualTo(HTML + "classic-news.html");
    assertThat(t.title()).contains("Council votes to close Harbor Street bridge to traffic");
    assertThat(t.outlet()).contains("The Riverside Courier");
    assertThat(t.published()).contains(LocalDate.of(2026, 3, 10));
    assertThat(t.author()).contains("Dana Whitfield");
    assertThat(t.text()).startsWith("The Harbor Street bridge, seen from the north bank");
  }

  @Test
  void decodesAPageInTheCharsetItsMetaDeclaresAndSaysSo() throws IOException {
    String source = BAD + "windows-1251-meta-charset.html";
    ReadResult r = Inputs.read(List.of(source));
    assertThat(codes(r, source)).containsExactly("encoding");
    assertThat(r.diagnostics().get(0).message()).contains("windows-1251");
    assertThat(r.texts().get(0).text())
        .isEqualTo(
            Files.readString(Path.of(BAD + "windows-1251-meta-charset.expected.txt")).strip());
    assertThat(r.texts().get(0).outlet()).contains("Речной вестник");
  }

  /** Appends {@code n} paragraphs of article text (about 200 characters each). */
  private static void paragraphs(StringBuilder page, int n) {
    for (int i = 0; i < n; i++) {
      page.append(
              "<p>The council approved the ferry subsidy on Tuesday after a debate that ran late into the evening, ")
          .append(
              "and members said the money would keep the early crossings running through the winter months.</p>");
    }
  }

  @Test
  void aFewStrayTagsInAWholePageAreRepairedWithoutADiagnostic(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    StringBuilder page =
        new StringBuilder(
            "<html><head><title>Council approves ferry subsidy</title></head><body>"
                + "<nav><a href=/>Home</a></div><a href=/news>News</a></nav><article>");
    paragraphs(page, 60);
    page.append("</span></article><footer>Contact us</footer></body></html>");
    Path file = dir.resolve("stray-end-tags.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    ReadResult r = Inputs.read(List.of(file.toString()));
    assertThat(r.texts()).hasSize(1);
    assertThat(codes(r, file.toString())).isEmpty();
  }

  @Test
  void aPageCutOffInsideATagIsReportedAsMalformed(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    StringBuilder page =
        new StringBuilder(
            "<html><head><title>Council approves ferry subsidy</title></head><body><article>");
    paragraphs(page, 12);
    page.append("<p class=\"la");
    Path file = dir.resolve("cut-off.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    ReadResult r = Inputs.read(List.of(file.toString()));
    assertThat(codes(r, file.toString())).containsExactly("malformed-html");
    assertThat(r.diagnostics().get(0).message()).contains("EOF");
    assertThat(r.texts()).hasSize(1);
  }

  @Test
  void repairsMalformedHtmlRecordsItAndKeepsTheArticle() {
    String source = BAD + "malformed-markup.html";
    ReadResult r = Inputs.read(List.of(source));
    assertThat(codes(r, source)).containsExactly("malformed-html");
    assertThat(r.texts()).hasSize(1);
    assertThat(r.texts().get(0).text()).startsWith("The committee met for six hours on Thursday");
  }

  @Test
  void reportsEveryBadPageAndGoesOnWithTheGoodOne(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge-page.html");
    try (OutputStream out = Files.newOutputStream(huge)) {
      byte[] para =
          "<p>All work and no play makes a very long page indeed, line after line.</p>\n"
              .getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n <= Inputs.MAX_BYTES; n += para.length) {
        out.write(para);
      }
    }
    List<String> sources =
        List.of(
            BAD + "no-article.html",
            BAD + "binary-named.html",
            BAD + "truncated.html.gz",
            huge.toString(),
            HTML + "amp-minimal.html");
    ReadResult r = Inputs.read(sources);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::source)
        .containsExactly(
            tuple("no-article", BAD + "no-article.html"),
            tuple("binary", BAD + "binary-named.html"),
            tuple("bad-gzip", BAD + "truncated.html.gz"),
            tuple("too-large", huge.toString()));
    assertThat(r.texts()).extracting(SourceText::source).containsExactly(HTML + "amp-minimal.html");
  }

  @Test
  void readsAGzippedPage() {
    ReadResult r = Inputs.read(List.of(BAD + "classic-news.html.gz"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.texts().get(0).title())
        .contains("Council votes to close Harbor Street bridge to traffic");
  }

  @Test
  void readsJsonLinesRecordsAndNamesTheFileAndLineOfEachBrokenOne() {
    String file = BAD + "articles.jsonl";
    ReadResult r = Inputs.read(List.of(file));
    assertThat(r.texts())
        .extracting(SourceText::source)
        .containsExactly(file + ":1", file + ":4", file + ":6");
    SourceText first = r.texts().get(0);
    assertThat(first.title()).contains("Bridge to close to cars");
    assertThat(first.outlet()).contains("Town Gazette");
    assertThat(first.url()).contains("https://example.org/a");
    assertThat(first.published()).contains(LocalDate.of(2026, 3, 10));
    SourceText fromHtml = r.texts().get(1);
    assertThat(fromHtml.title()).contains("Bridge closes");
    assertThat(fromHtml.outlet()).contains("Harbor Daily");
    assertThat(fromHtml.published()).contains(LocalDate.of(2026, 3, 11));
    assertThat(fromHtml.text()).startsWith("The Harbor Street bridge will close");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::source)
        .containsExactly(
            tuple("bad-record", file + ":3"),
            tuple("bad-record", file + ":5"),
            tuple("bad-date", file + ":6"));
    assertThat(r.diagnostics().get(0).message()).startsWith("line 3 is not valid JSON");
  }

  @Test
  void namesARecordsFieldThatIsNotTextInsteadOfDroppingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("typed.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"title\": 42, \"outlet\": [\"Harbor Daily\"], \"text\": \"The harbour reopened"
                + " on Monday after repairs, the port authority said.\"}",
            "{\"title\": \"Harbour reopens\", \"text\": 7}",
            "{\"title\": \"Harbour reopens\", \"text\": \"  \"}",
            "{\"title\": \"Harbour reopens\"}"));
    ReadResult r = Inputs.read(List.of(file.toString()));
    assertThat(r.texts()).extracting(SourceText::source).containsExactly(file + ":1");
    assertThat(r.texts().get(0).title()).isEmpty();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::source, Diagnostic::message)
        .containsExactly(
            tuple("bad-field", file + ":1", "line 1: 'title' is a number, not text; ignored"),
            tuple("bad-field", file + ":1", "line 1: 'outlet' is a list, not text; ignored"),
            tuple("bad-record", file + ":2", "line 2: 'text' is a number, not text"),
            tuple("bad-record", file + ":3", "line 3: its 'text' or 'html' field is blank"),
            tuple(
                "bad-record", file + ":4", "line 4: it has neither a 'text' nor an 'html' field"));
  }

  @Test
  void readsHtmlAndJsonLinesFromFoldersAndSkipsOtherFiles(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(HTML + "figure-ads.html"), dir.resolve("a.html"));
    Files.writeString(dir.resolve("b.txt"), "The harbour reopened on Monday after repairs.");
    Files.writeString(dir.resolve("c.pdf"), "%PDF");
    ReadResult r = Inputs.read(List.of(dir.toString()));
    assertThat(r.texts())
        .extracting(SourceText::source)
        .containsExactly(dir + "/a.html", dir + "/b.txt");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("unsupported-type");
  }

  @Test
  void refusesNonHttpSchemes() {
    ReadResult r = Inputs.read(List.of("ftp://example.org/a.html", "file:///etc/passwd"));
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("unsupported-scheme", "unsupported-scheme");
    assertThat(r.texts()).isEmpty();
  }

  @Test
  void keepsTheMetadataDateOptional() {
    ReadResult r = Inputs.read(List.of(HTML + "figure-ads.html"));
    assertThat(r.texts().get(0).published()).contains(LocalDate.of(2026, 5, 2));
    assertThat(r.texts().get(0).url()).isEqualTo(Optional.empty());
  }

  @Test
  void saysNothingAboutEncodingForAnAsciiPageDeclaringLatin1(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("ascii-latin1.html");
    String para =
        "<p>The committee met for six hours and agreed, after a long debate, to publish the report.</p>";
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Report</title></head><body>"
            + para
            + para
            + "</body></html>",
        StandardCharsets.US_ASCII);
    ReadResult r = Inputs.read(List.of(page.toString()));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.texts()).hasSize(1);
  }
}
