package dev.parallax.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one way Parallax reads its lexicons: the tab-separated data files in {@code
 * dev/parallax/lexicon/} (gazetteers, word lists, line patterns). Every file opens with comment
 * lines saying what it holds, then {@code # Source:} and {@code # Licence:} lines; a file without
 * them is a packaging error, refused when first read. Files are read once and cached; thread-safe.
 */
public final class DataFiles {
  /** Where the lexicons live on the classpath. */
  public static final String FOLDER = "/dev/parallax/lexicon/";

  private static final Map<String, List<String[]>> CACHE = new ConcurrentHashMap<>();

  private DataFiles() {}

  /**
   * The rows of lexicon {@code name}: one array of tab-separated fields per line (trailing empty
   * fields kept), blank lines and lines starting with {@code #} skipped.
   *
   * @throws IllegalStateException if the file is missing or does not state its source and licence
   */
  public static List<String[]> rows(String name) {
    return CACHE.computeIfAbsent(name, DataFiles::read);
  }

  /** The first field of every row, lower-cased. */
  public static Set<String> words(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String[] row : rows(name)) {
      out.add(row[0].strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The second field, lower-cased, of the rows whose first field is {@code kind}. */
  public static Set<String> words(String name, String kind) {
    return Set.copyOf(list(name, kind));
  }

  /**
   * The second field, lower-cased, of the rows whose first field is {@code kind}, in file order.
   */
  public static List<String> list(String name, String kind) {
    Set<String> seen = new LinkedHashSet<>();
    for (String[] row : rows(name)) {
      if (row[0].equals(kind) && row.length > 1) {
        seen.add(row[1].strip().toLowerCase(Locale.ROOT));
      }
    }
    if (seen.isEmpty()) {
      throw new IllegalStateException("lexicon " + name + " has no words of kind " + kind);
    }
    return List.copyOf(seen);
  }

  /**
   * The pattern named {@code key} in lexicon {@code name}, compiled to match text the caller has
   * lower-cased ({@code toLowerCase(Locale.ROOT)}), for an expression written in lower case: much
   * faster than case-insensitive matching when the expression is searched for ({@code find}) in
   * every line.
   */
  public static Pattern lowerCasePattern(String name, String key) {
    return Pattern.compile(pattern(name, key).pattern());
  }

  /**
   * The pattern named {@code key} in lexicon {@code name} (rows {@code key<TAB>regex}), compiled
   * case-insensitively; an expression that must match case is written with {@code (?-i)}.
   */
  public static Pattern pattern(String name, String key) {
    for (String[] row : rows(name)) {
      if (row[0].equals(key) && row.length > 1) {
        return Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      }
    }
    throw new IllegalStateException("lexicon " + name + " has no pattern " + key);
  }

  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    boolean source = false;
    boolean licence = false;
    try (InputStream in = DataFiles.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon " + FOLDER + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("# Source:")) {
          source = true;
        } else if (line.startsWith("# Licence:")) {
          licence = true;
        }
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!source || !licence) {
      throw new IllegalStateException("lexicon " + name + " does not state its source and licence");
    }
    return List.copyOf(rows);
  }
}
