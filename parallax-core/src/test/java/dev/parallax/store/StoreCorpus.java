package dev.parallax.store;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fixture corpus (8 fictional stories, 3 outlets each) as the store receives it: each article
 * with its outlet (from the file name) and publication date (from labels.tsv), in publication
 * order.
 */
public final class StoreCorpus {
  private StoreCorpus() {}

  /** The corpus folder, from parallax-core or from the repository root. */
  public static Path folder() {
    Path p = Path.of("src/test/resources/corpus");
    return Files.isDirectory(p) ? p : Path.of("parallax-core/src/test/resources/corpus");
  }

  /** Gold story of each source. */
  public static Map<String, String> gold() {
    Map<String, String> out = new TreeMap<>();
    for (String[] f : rows()) {
      out.put(folder().resolve(f[0]).toString(), f[1]);
    }
    return out;
  }

  public static List<SourceText> texts() {
    List<SourceText> out = new ArrayList<>();
    for (String[] f : rows()) {
      Path file = folder().resolve(f[0]);
      String outlet = f[0].substring(f[0].indexOf("--") + 2).replace(".txt", "").replace('-', ' ');
      try {
        out.add(
            new SourceText(
                ArticleMeta.of(file.toString())
                    .withOutlet(Optional.of(outlet))
                    .withPublished(Optional.of(LocalDate.parse(f[2]))),
                Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static List<String[]> rows() {
    try {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(folder().resolve("labels.tsv"))) {
        if (!line.startsWith("file\t") && !line.isBlank()) {
          rows.add(line.split("\t"));
        }
      }
      rows.sort(Comparator.comparing((String[] r) -> r[2]).thenComparing(r -> r[0]));
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
