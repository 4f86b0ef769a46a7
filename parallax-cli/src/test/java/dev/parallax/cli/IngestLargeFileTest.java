package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax ingest} as a user runs it, in a process of its own whose heap is smaller than the
 * JSON Lines file it is given, with the sentence model: the file is filed whole, every record, and
 * the process ends normally. Records carry their page's markup beside their text, as crawl exports
 * do, so most of the bytes are read and passed over. 160 MB under {@code -Xmx128m} rather than 300
 * MB under 256 MB, so that the test takes seconds; what it shows, memory not growing with the
 * input, holds at any ratio above one.
 */
class IngestLargeFileTest {
  private static final long HEAP_MB = 128;
  private static final long FILE_BYTES = 160_000_000L;

  @TempDir Path dir;

  @Test
  void ingestsAJsonLinesFileLargerThanItsHeap() throws Exception {
    Path file = dir.resolve("crawl.jsonl");
    int records = write(file);
    assertThat(Files.size(file)).isGreaterThan(HEAP_MB << 20);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("child.out");
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx" + HEAP_MB + "m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "ingest",
                "--store",
                dir.resolve("store").toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String said = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(said).isZero();
    assertThat(said)
        .as("every record filed, none refused")
        .contains(records + " texts: " + records + " added, 0 copies, 0 duplicates, 0 skipped")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("too-large");
  }

  /**
   * At least {@link #FILE_BYTES} of JSON Lines: each record a distinct article of about 12 KB of
   * prose and about 180 KB of page markup; returns the records written.
   */
  private static int write(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    String[] outlets = {"Astoria Tribune", "Kessling Gazette", "Daily Meridian", "Harbour Ledger"};
    String markup = "<div class=\"nav\"><a href=\"/section\">Section</a></div>".repeat(3_300);
    long written = 0;
    int n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < FILE_BYTES) {
        StringBuilder text =
            new StringBuilder("Council number " + n + " votes on the harbour plan\n\n");
        for (int p = 0; p < 40; p++) {
          text.append("Councillors of district ")
              .append(n)
              .append(" debated paragraph ")
              .append(p)
              .append(" of the plan for the harbour, which would cost ")
              .append(1_000 + n * 7 + p)
              .append(" thousand crowns over the next ")
              .append(2 + p % 9)
              .append(" years, according to the city's own estimate published this week.\n\n");
        }
        ObjectNode o = json.createObjectNode();
        o.put("outlet", outlets[n % outlets.length]);
        o.put("published", LocalDate.of(2024, 1, 1).plusDays(n % 300).toString());
        o.put("text", text.toString());
        o.put("html", "<html><body>" + markup + "</body></html>");
        String line = json.writeValueAsString(o);
        w.write(line);
        w.write('\n');
        written += line.length() + 1;
        n++;
      }
    }
    return n;
  }
}
