package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size caps hold one article, not a file of many; streaming reading hands records over one by one.
 */
class StreamingReadTest {
  @TempDir Path dir;

  private static String record(int i, int words) {
    StringBuilder text = new StringBuilder("Record " + i + " says");
    for (int w = 0; w < words; w++) {
      text.append(" word").append(w % 97);
    }
    return "{\"title\": \"Record " + i + "\", \"text\": \"" + text + ".\"}";
  }

  /** A JSON Lines file of {@code records} records of about {@code words} words each. */
  private Path jsonl(String name, int records, int words) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= records; i++) {
        w.write(record(i, words));
        w.write('\n');
      }
    }
    return file;
  }

  /** Collects what streaming reading gives. */
  private static final class Collected implements ReadSink {
    final List<SourceText> texts = new ArrayList<>();
    final List<Diagnostic> problems = new ArrayList<>();
    long bytes;

    @Override
    public void article(SourceText text) {
      texts.add(text);
    }

    @Override
    public void problem(Diagnostic problem) {
      problems.add(problem);
    }

    @Override
    public void consumed(long n) {
      bytes += n;
    }
  }

  @Test
  void readsAJsonLinesFileLargerThanTheCapForOneArticle() throws IOException {
    Path file = jsonl("big.jsonl", 3000, 700);
    assertThat(Files.size(file)).isGreaterThan(Inputs.MAX_BYTES);
    ReadResult r = Inputs.read(List.of(file.toString()));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.texts()).hasSize(3000);
    assertThat(r.texts().get(2999).source()).isEqualTo(file + ":3000");
  }

  @Test
  void skipsARecordOverTheCapNamingItsLineAndReadsTheRest() throws IOException {
    Path file = dir.resolve("one-huge.jsonl");
    String huge = record(2, (int) (Inputs.MAX_BYTES / 6) + 10);
    assertThat((long) huge.length()).isGreaterThan(Inputs.MAX_BYTES);
    Files.writeString(file, record(1, 50) + "\n" + huge + "\n" + record(3, 50) + "\n");
    ReadResult r = Inputs.read(List.of(file.toString()));
    assertThat(r.texts()).extracting(SourceText::source).containsExactly(file + ":1", file + ":3");
    assertThat(r.diagnostics())
        .containsExactly(
            new Diagnostic(
                "too-large",
                file + ":2",
                "line 2 is "
                    + huge.length()
                    + " bytes; the limit for one record is "
                    + Inputs.MAX_BYTES
                    + "; skipped"));
  }

  @Test
  void readsAFeedItemByItemSkippingAnItemOverTheCap() throws IOException {
    Path file = dir.resolve("big.rss");
    String words = "The council met again on Tuesday and voted on the new budget. ".repeat(12);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big Feed</title>");
      for (int i = 1; i <= 2_000; i++) {
        w.write("<item><title>Item " + i + "</title><description>");
        w.write(i == 3 ? "x".repeat((int) Inputs.MAX_BYTES + 1) : words + i);
        w.write("</description></item>");
      }
      w.write("</channel></rss>");
    }
    assertThat(Files.size(file)).isGreaterThan(Inputs.MAX_BYTES);
    ReadResult r =
        Inputs.read(
            List.of(file.toString()), new Inputs.Options(Fetcher.Options.defaults(), false));
    assertThat(r.diagnostics())
        .extracting(Diagnostic::source, Diagnostic::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(file + "#3", "too-large"));
    assertThat(r.texts()).hasSize(1_999);
    assertThat(r.texts().get(1_998).source()).isEqualTo(file + "#2000");
    assertThat(r.texts().get(1_998).outlet()).contains("Big Feed");
    assertThat(r.texts().get(1_998).title()).contains("Item 2000");
  }

  @Test
  void aTextFileOverTheCapIsStillRefusedWhole() throws IOException {
    Path file = dir.resolve("huge.txt");
    Files.writeString(file, "word ".repeat((int) (Inputs.MAX_BYTES / 5) + 1));
    ReadResult r = Inputs.read(List.of(file.toString()));
    assertThat(r.texts()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("too-large");
  }

  @Test
  void streamsRecordsOfFoldersAndFilesAndCountsTheBytesRead() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(folder.resolve("a.txt"), "One article on its own, long enough to read.");
    Path inner = jsonl("folder/b.jsonl", 40, 30);
    Path other = jsonl("c.jsonl", 5, 30);
    Collected c = new Collected();
    List<String> sources = List.of(folder.toString(), other.toString());
    Inputs.stream(sources, Inputs.Options.defaults(), c);
    assertThat(c.problems).isEmpty();
    assertThat(c.texts).hasSize(46);
    assertThat(c.texts.get(1).source()).isEqualTo(folder + "/b.jsonl:1");
    long size = Files.size(folder.resolve("a.txt")) + Files.size(inner) + Files.size(other);
    assertThat(c.bytes).isEqualTo(size);
    assertThat(Inputs.size(sources)).hasValue(size);
    assertThat(Inputs.size(List.of("https://example.org/a"))).isEmpty();
  }

  @Test
  void aFailureOfTheSinkStopsReadingAndIsNotADiagnostic() throws IOException {
    Path file = jsonl("some.jsonl", 10, 20);
    List<SourceText> seen = new ArrayList<>();
    ReadSink failing =
        new ReadSink() {
          @Override
          public void article(SourceText text) {
            seen.add(text);
            if (seen.size() == 3) {
              throw new IllegalStateException("store full");
            }
          }

          @Override
          public void problem(Diagnostic problem) {
            throw new AssertionError("no problem expected: " + problem);
          }
        };
    assertThatThrownBy(
            () -> Inputs.stream(List.of(file.toString()), Inputs.Options.defaults(), failing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("store full");
    assertThat(seen).hasSize(3);
  }

  @Test
  void reportsNonUtf8LinesOnceAndReadsThemAsWindows1252() throws IOException {
    Path file = dir.resolve("latin.jsonl");
    byte[] cafe =
        "{\"text\": \"Le caf\u00e9 est ouvert.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, concat(cafe, cafe));
    ReadResult r = Inputs.read(List.of(file.toString()));
    assertThat(r.texts()).extracting(SourceText::text).containsOnly("Le caf\u00e9 est ouvert.");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("encoding");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
