package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest holds one batch, never its input: a JSON Lines file half as large again as the heap of the
 * process ingesting it is filed whole. 160 MB under {@code -Xmx96m} rather than the 300 MB under
 * 256 MB a bigger machine would use, so that the test takes seconds: what it shows, memory not
 * growing with the input, holds at any ratio above one. The records carry their page's markup
 * beside their text, as crawl exports do, so most of the bytes are read and passed over; the filing
 * runs on the text (about 790 articles of about 16 KB).
 */
class StreamingIngestTest {
  private static final long HEAP_MB = 96;

  @TempDir Path dir;

  @Test
  void ingestsAJsonLinesFileLargerThanTheHeap() throws Exception {
    Path file = dir.resolve("crawl.jsonl");
    int records = StreamingIngestChild.write(file, 160_000_000L, 40, 180_000, 7);
    assertThat(Files.size(file)).isGreaterThan(HEAP_MB * 3 / 2 << 20);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("child.out");
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx" + HEAP_MB + "m",
                "-cp",
                System.getProperty("java.class.path"),
                StreamingIngestChild.class.getName(),
                dir.resolve("store").toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String said = read(out);
    assertThat(child.exitValue()).as(said).isZero();
    String[] filed =
        said.lines().filter(l -> l.startsWith("filed ")).findFirst().orElseThrow().split(" ");
    assertThat(Long.parseLong(filed[1])).as("texts read").isEqualTo(records);
    assertThat(Long.parseLong(filed[2])).as("added").isEqualTo(records);
    assertThat(Long.parseLong(filed[4])).as("problems: %s", said).isZero();
    assertThat(Long.parseLong(filed[5])).as("most heap in use, MB").isLessThan(HEAP_MB);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
