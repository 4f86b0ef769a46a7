package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
  private static final String FIXTURES = "src/test/resources/fixtures/";

  @Test
  void reportsMissingFileAndGoesOn(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "The harbour reopened on Monday.");
    ReadResult r = Inputs.read(List.of("no/such/file.txt", good.toString()));
    assertThat(r.texts()).extracting(SourceText::source).containsExactly(good.toString());
    assertThat(r.diagnostics())
        .containsExactly(new Diagnostic("missing", "no/such/file.txt", "no such file or folder"));
  }

  @Test
  void refusesEmptyAndWhitespaceOnlyFiles() {
    ReadResult r = Inputs.read(List.of(FIXTURES + "empty.txt", FIXTURES + "whitespace-only.txt"));
    assertThat(r.texts()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("empty", "empty");
  }

  @Test
  void refusesBinaryFile() {
    ReadResult r = Inputs.read(List.of(FIXTURES + "binary.pdf"));
    assertThat(r.texts()).isEmpty();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("binary", FIXTURES + "binary.pdf"));
  }

  @Test
  void readsUtf16WithoutAByteOrderMarkAndTextWithAStrayNul(@TempDir Path dir) throws IOException {
    String article =
        "Harbour reopens\n\nThe harbour reopened on Monday after repairs, officials said.\n";
    Path le = dir.resolve("le.txt");
    Files.write(le, article.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    Path be = dir.resolve("be.txt");
    Files.write(be, article.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    Path nul = dir.resolve("nul.txt");
    Files.writeString(nul, article.replace("on Monday", "on\u0000 Monday"));
    ReadResult r = Inputs.read(List.of(le.toString(), be.toString(), nul.toString()));
    assertThat(r.texts()).extracting(SourceText::text).containsExactly(article, article, article);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "encoding", "no byte-order mark; read as UTF-16LE by its NUL bytes"),
            org.assertj.core.groups.Tuple.tuple(
                "encoding", "no byte-order mark; read as UTF-16BE by its NUL bytes"),
            org.assertj.core.groups.Tuple.tuple(
                "encoding", "text with 1 NUL byte(s) among it; they were removed"));
  }

  @Test
  void readsWindows1252WithADiagnostic() {
    ReadResult r = Inputs.read(List.of(FIXTURES + "windows-1252.txt"));
    assertThat(r.texts())
        .singleElement()
        .extracting(SourceText::text)
        .asString()
        .startsWith("Café owners in Münster said the “new rules”");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("encoding");
  }

  @Test
  void readsUtf16WithByteOrderMark() {
    ReadResult r = Inputs.read(List.of(FIXTURES + "utf16-bom.txt"));
    assertThat(r.texts())
        .singleElement()
        .extracting(SourceText::text)
        .asString()
        .startsWith("The harbour reopened on Monday.");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void readsFolderTxtFilesInNameOrderAndReportsOthers(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Second article text.");
    Files.writeString(dir.resolve("a.txt"), "First article text.");
    Files.writeString(dir.resolve("notes.md"), "# notes");
    Files.writeString(dir.resolve(".hidden.txt"), "editor state");
    ReadResult r = Inputs.read(List.of(dir.toString()));
    assertThat(r.texts())
        .extracting(SourceText::source)
        .containsExactly(dir + "/a.txt", dir + "/b.txt");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("unsupported-type", dir + "/notes.md"));
  }

  @Test
  void reportsFolderWithNoArticles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "");
    ReadResult r = Inputs.read(List.of(dir.toString()));
    assertThat(r.texts()).isEmpty();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("empty", "no-articles");
  }

  @Test
  void normalisesLineBreaks() {
    List<Diagnostic> d = new java.util.ArrayList<>();
    assertThat(
            TextReader.decode(
                "x", "a\r\nb\rc".getBytes(java.nio.charset.StandardCharsets.UTF_8), d))
        .contains("a\nb\nc");
  }
}
