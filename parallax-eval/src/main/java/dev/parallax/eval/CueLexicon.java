package dev.parallax.eval;

import dev.parallax.model.Article;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * For tuning only: counts, over PolNeAR train, how often each verb lemma is the head of an
 * annotated cue and how often it occurs as a verb outside quotations, and prints the {@code
 * cue-verb} rows of {@code attribution.tsv} for the lemmas that are cues at least {@code --min}
 * times and in at least {@code --ratio} of their uses. The counts go into the rows so the file says
 * where each word came from.
 *
 * <pre>
 * java -cp ... dev.parallax.eval.CueLexicon [--min N] [--ratio R] [--cache DIR]
 * </pre>
 */
public final class CueLexicon {
  private CueLexicon() {}

  public static void main(String[] args) throws Exception {
    int min = 5;
    double ratio = 0.3;
    Path cache = Path.of("parallax-eval/target/annotated");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--min" -> min = Integer.parseInt(args[++i]);
        case "--ratio" -> ratio = Double.parseDouble(args[++i]);
        case "--cache" -> cache = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Corpora corpora = Corpora.locate();
    List<Polnear.Doc> docs = Polnear.read(corpora, "train");
    Map<String, Article> annotated =
        AnnotatedCache.load(corpora, "train", docs, cache, m -> System.err.println(m));
    Map<String, int[]> counts = new TreeMap<>(); // lemma -> {as cue, as verb}
    for (Polnear.Doc d : docs) {
      Article a = annotated.get(d.name());
      if (a == null) {
        continue;
      }
      TextMap map = TextMap.of(d.text(), a.text());
      for (Sentence s : a.sentences()) {
        for (Token t : s.tokens()) {
          if (!t.pos().startsWith("VB")) {
            continue;
          }
          int[] span = map.span(t.start(), t.end());
          if (span == null || insideDirect(d, span[0])) {
            continue;
          }
          String lemma = t.lemma().toLowerCase(Locale.ROOT);
          int[] c = counts.computeIfAbsent(lemma, x -> new int[2]);
          c[1]++;
          if (headOfCue(d, span)) {
            c[0]++;
          }
        }
      }
    }
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      if (c[0] >= min
          && c[0] >= ratio * c[1]
          && !e.getKey().equals("be")
          && !e.getKey().equals("have")) {
        System.out.printf(Locale.ROOT, "cue-verb\t%s\t%d\t%d%n", e.getKey(), c[0], c[1]);
      }
    }
  }

  /** The token lies in an annotated cue. */
  private static boolean headOfCue(Polnear.Doc d, int[] span) {
    for (Polnear.Attribution a : d.attributions()) {
      if (a.cue().isPresent()) {
        for (int[] p : a.cue().get().pieces()) {
          if (span[0] >= p[0] && span[1] <= p[1]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean insideDirect(Polnear.Doc d, int offset) {
    for (Polnear.Attribution a : d.attributions()) {
      if (Polnear.direct(a.content())) {
        for (int[] p : a.content().pieces()) {
          if (offset >= p[0] && offset < p[1]) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
