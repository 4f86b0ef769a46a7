package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.TestData;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report contract, byte for byte: the bundled example's report in every format against golden
 * files, and the seed story's JSON report against the SHA-256 of its golden form (the seed text is
 * third-party and stays out of the repository). A restructuring must leave these unchanged; after
 * an intended change of output, regenerate with {@code -Dparallax.golden.update=true} and review
 * the diff.
 */
class ReportGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("parallax.golden.update");

  private static Report example() {
    return Pipeline.compare(
        List.of("../examples/harbor-bridge"),
        new Pipeline.Options(Optional.of(LocalDate.of(2026, 3, 10)), Optional.empty(), Map.of(), 2),
        Pipeline.Progress.NONE);
  }

  @Test
  void theExampleReportMatchesItsGoldenFilesInEveryFormat() throws IOException {
    Report r = example();
    for (Format f : Format.values()) {
      String name = "report-harbor-bridge." + f.name().toLowerCase(java.util.Locale.ROOT);
      check(DIR.resolve(name), f.render(r).replace("../examples/harbor-bridge", "EXAMPLE"));
    }
  }

  @Test
  void theSeedReportMatchesTheHashOfItsGoldenForm() throws IOException {
    String json =
        Format.JSON.render(TestData.seedReport()).replace(TestData.seeds().toString(), "SEEDS");
    check(DIR.resolve("report-oman-talks.json.sha256"), sha256(json) + "\n");
  }

  private static void check(Path golden, String actual) throws IOException {
    if (UPDATE || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("golden file " + golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
