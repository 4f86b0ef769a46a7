package dev.parallax.framing;

import dev.parallax.internal.DataFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often experts marked a word as loaded in news sentences that use it: per lexicon key (the
 * lemma of a word, the text of a compound), the sentences of the tuning part of BABE that use it in
 * the outlet's own voice and the sentences whose experts marked it ({@code babe-lexicon.tsv},
 * written by {@code bench/train-framing}). Immutable and thread-safe.
 */
public final class LoadedLexicon {
  /** Counts of one word: sentences using it, sentences where experts marked it. */
  public record Entry(int sentences, int marked) {
    static final Entry NONE = new Entry(0, 0);

    public Entry {
      if (sentences < 0 || marked < 0 || marked > sentences) {
        throw new IllegalArgumentException(
            "counts must satisfy 0 <= marked <= sentences, were " + marked + " of " + sentences);
      }
    }

    /**
     * The share of sentences where it was marked, pulled towards a low prior for rarely seen words
     * (one marking in one sentence is weak evidence): (marked + 0.1) / (sentences + 2).
     */
    public double rate() {
      return (marked + 0.1) / (sentences + 2.0);
    }
  }

  /** The file the tool ships. */
  public static final String FILE = "babe-lexicon.tsv";

  private final Map<String, Entry> entries;

  public LoadedLexicon(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The lexicon the tool ships. */
  public static LoadedLexicon bundled() {
    Map<String, Entry> m = new HashMap<>();
    for (String[] row : DataFiles.rows(FILE)) {
      m.put(row[0], new Entry(Integer.parseInt(row[1].strip()), Integer.parseInt(row[2].strip())));
    }
    return new LoadedLexicon(m);
  }

  /** The counts of a key; zero for a word never seen. */
  public Entry get(String key) {
    return entries.getOrDefault(key, Entry.NONE);
  }

  /** Every key with its counts. */
  public Map<String, Entry> entries() {
    return entries;
  }

  /**
   * Counts over labelled sentences: each sentence's words (once per key) and the words its experts
   * marked (lower-case, as {@link WordUnit#text()}).
   */
  public static LoadedLexicon count(List<List<WordUnit>> sentences, List<Set<String>> marked) {
    if (sentences.size() != marked.size()) {
      throw new IllegalArgumentException(
          "sentences and markings differ in number: " + sentences.size() + " and " + marked.size());
    }
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Map<String, Boolean> seen = new HashMap<>();
      for (WordUnit u : sentences.get(i)) {
        seen.merge(u.key(), marked.get(i).contains(u.text()), Boolean::logicalOr);
      }
      seen.forEach(
          (k, m) -> {
            int[] c = counts.computeIfAbsent(k, x -> new int[2]);
            c[0]++;
            c[1] += m ? 1 : 0;
          });
    }
    Map<String, Entry> out = new HashMap<>();
    counts.forEach((k, c) -> out.put(k, new Entry(c[0], c[1])));
    return new LoadedLexicon(out);
  }
}
