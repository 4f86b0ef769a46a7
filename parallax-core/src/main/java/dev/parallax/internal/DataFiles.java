package dev.parallax.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files (gazetteers, lexicons) kept beside the classes that use them. */
public final class DataFiles {
  private DataFiles() {}

  /**
   * The rows of {@code name}, a resource beside {@code owner}: one array of tab-separated fields per
   * line (trailing empty fields kept), blank lines and lines starting with {@code #} skipped.
   *
   * @throws IllegalStateException if the file is not on the classpath (a packaging error)
   */
  public static List<String[]> rows(Class<?> owner, String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + name + " beside " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
