package dev.parallax.eval;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Block;
import dev.parallax.model.BlockKind;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.nlp.Annotator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date resolution on TempEval-3's TimeBank and AQUAINT documents: each document's own text goes
 * through the annotator as the pipeline annotates an article (with the document's creation time as
 * the publication date), and its time expressions are scored as TempEval-3 scores them. A found
 * expression matches a gold one when their spans overlap (relaxed match); span precision, recall
 * and F1; value F1 counts a match only when the normalised value is equal too ({@link TimexValues}
 * maps Parallax's notation to TimeML's); type accuracy is over matched gold expressions. Figures
 * for DATE and TIME together ({@code date-time}), and for DURATION and SET apart, on the tuning
 * documents and the held-out documents (split by document name; a sample takes {@code limit}
 * documents of each). With {@code -Dparallax.eval.timex.errors=FILE} every miss is written to FILE.
 */
final class TimexSuite implements Suite {
  static final String NAME = "timex";

  /** The groups figures are reported for, and the gold types each holds. */
  private static final Map<String, List<String>> GROUPS =
      Map.of(
          "date-time",
          List.of("DATE", "TIME"),
          "duration",
          List.of("DURATION"),
          "set",
          List.of("SET"));

  /** What separates paragraphs. */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

  @Override
  public String name() {
    return NAME;
  }

  /** A found expression mapped back to the annotated text, in TimeML's notation. */
  record Found(int start, int end, String text, String type, String value) {}

  /** One document's gold and found expressions. */
  record Result(Timex.Doc doc, List<Found> found) {}

  /** Counts of one group on one part. */
  static final class Counts {
    long gold;
    long goldFound;
    long goldValueRight;
    long found;
    long foundMatched;
    long foundValueRight;
    long typed;
    long typeRight;

    void add(Counts o) {
      gold += o.gold;
      goldFound += o.goldFound;
      goldValueRight += o.goldValueRight;
      found += o.found;
      foundMatched += o.foundMatched;
      foundValueRight += o.foundValueRight;
      typed += o.typed;
      typeRight += o.typeRight;
    }
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    List<Timex.Doc> docs = documents(corpora, limit);
    log.info(NAME + ": " + docs.size() + " documents");
    List<Result> results = Parallel.map(docs, TimexSuite::annotate, log, NAME);
    return report(NAME, results, corpora, log);
  }

  /** The documents a run measures: a sample of {@code limit} of each part (0: all of them). */
  static List<Timex.Doc> documents(Corpora corpora, int limit) throws java.io.IOException {
    List<Timex.Doc> all = Timex.read(corpora);
    List<Timex.Doc> docs = new ArrayList<>();
    for (String part : List.of("tune", "held-out")) {
      List<Timex.Doc> inPart =
          all.stream().filter(d -> Corpora.split(d.name()).equals(part)).toList();
      docs.addAll(Corpora.sample(inPart, Timex.Doc::name, limit));
    }
    return docs;
  }

  /**
   * The figures of a suite's results, written as {@code suite}'s; with {@code
   * -Dparallax.eval.timex.errors=FILE} every miss is written to FILE.
   */
  static List<Figure> report(String suite, List<Result> results, Corpora corpora, Log log)
      throws java.io.IOException {
    List<String> errors = new ArrayList<>();
    List<Figure> out = figures(suite, results, corpora.version(Timex.CORPUS), errors);
    String file = System.getProperty("parallax.eval.timex.errors");
    if (file != null) {
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8))) {
        errors.forEach(w::println);
      }
      log.info(suite + ": " + errors.size() + " misses written to " + file);
    }
    return out;
  }

  /** The figures of some documents' results per part, adding each miss to {@code errors}. */
  static List<Figure> figures(List<Result> results, String data, List<String> errors) {
    return figures(NAME, results, data, errors);
  }

  private static List<Figure> figures(
      String suite, List<Result> results, String data, List<String> errors) {
    Map<String, Map<String, Counts>> byPart = new TreeMap<>();
    Map<String, Integer> documents = new TreeMap<>();
    for (Result r : results) {
      String part = Corpora.split(r.doc().name());
      documents.merge(part, 1, Integer::sum);
      score(r, byPart.computeIfAbsent(part, k -> new TreeMap<>()), errors);
    }
    List<Figure> out = new ArrayList<>();
    for (String part : List.of("tune", "held-out")) {
      Map<String, Counts> counts = byPart.getOrDefault(part, Map.of());
      for (String group : List.of("date-time", "duration", "set")) {
        Counts c = counts.getOrDefault(group, new Counts());
        double p = ratio(c.foundMatched, c.found);
        double r = ratio(c.goldFound, c.gold);
        double vp = ratio(c.foundValueRight, c.found);
        double vr = ratio(c.goldValueRight, c.gold);
        out.add(new Figure(suite, part, group + "-span-precision", p, c.found, data));
        out.add(new Figure(suite, part, group + "-span-recall", r, c.gold, data));
        out.add(new Figure(suite, part, group + "-span-f1", f1(p, r), c.gold, data));
        out.add(new Figure(suite, part, group + "-value-f1", f1(vp, vr), c.gold, data));
        out.add(
            new Figure(
                suite, part, group + "-type-accuracy", ratio(c.typeRight, c.typed), c.typed, data));
      }
      int n = documents.getOrDefault(part, 0);
      out.add(new Figure(suite, part, "documents", n, n, data));
    }
    return out;
  }

  /**
   * The document's own text as the annotator receives an article: one body paragraph per run of
   * text between blank lines, offsets unchanged, so that found spans are spans of the annotated
   * text.
   */
  static CleanDocument document(Timex.Doc doc) {
    String text = doc.text();
    List<Block> blocks = new ArrayList<>();
    int at = 0;
    Matcher gap = BLANK_LINE.matcher(text);
    while (at < text.length()) {
      int end = gap.find(at) ? gap.start() : text.length();
      int next = end < text.length() ? gap.end() : end;
      int s = at;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        blocks.add(new Block(BlockKind.BODY, text.substring(s, e), s, e));
      }
      at = Math.max(next, at + 1);
    }
    return new CleanDocument(
        ArticleMeta.of(doc.name()).withPublished(Optional.of(doc.created())),
        text,
        blocks,
        List.of());
  }

  /**
   * Annotates one document's text as the pipeline annotates an article and maps its expressions.
   */
  static Result annotate(Timex.Doc doc) {
    CleanDocument d = document(doc);
    return result(doc, Annotator.shared().annotate(d, "A1", Optional.of(doc.created())));
  }

  /** The expressions of a document's annotated sentences, in TimeML's notation. */
  static Result result(Timex.Doc doc, List<Sentence> sentences) {
    List<Found> found = new ArrayList<>();
    for (Sentence s : sentences) {
      for (TimeExpression t : s.times()) {
        TimexValues.TimeMl v = TimexValues.toTimeMl(t, doc.created());
        found.add(new Found(t.start(), t.end(), t.text(), v.type(), v.value()));
      }
    }
    return new Result(doc, found);
  }

  private static String group(String type) {
    for (Map.Entry<String, List<String>> e : GROUPS.entrySet()) {
      if (e.getValue().contains(type)) {
        return e.getKey();
      }
    }
    return "date-time";
  }

  /**
   * Adds one document's counts. A found expression that overlaps a gold one counts in the gold
   * one's group (its type is judged by type accuracy); one that overlaps none counts in its own
   * type's group.
   */
  static void score(Result r, Map<String, Counts> counts, List<String> errors) {
    List<Timex.Expression> gold = r.doc().expressions();
    List<Found> found = r.found();
    for (Timex.Expression g : gold) {
      Counts c = counts.computeIfAbsent(group(g.type()), k -> new Counts());
      c.gold++;
      Found best = null;
      int bestOverlap = 0;
      for (Found f : found) {
        int o = overlap(g.start(), g.end(), f.start(), f.end());
        if (o > bestOverlap) {
          bestOverlap = o;
          best = f;
        }
      }
      if (best == null) {
        errors.add(line("missed", r, g, null));
        continue;
      }
      c.goldFound++;
      c.typed++;
      if (best.type().equals(g.type())) {
        c.typeRight++;
      } else {
        errors.add(line("type", r, g, best));
      }
      if (best.value().equals(g.value())) {
        c.goldValueRight++;
      } else {
        errors.add(line("value", r, g, best));
      }
    }
    for (Found f : found) {
      Timex.Expression best = null;
      int bestOverlap = 0;
      for (Timex.Expression g : gold) {
        int o = overlap(g.start(), g.end(), f.start(), f.end());
        if (o > bestOverlap) {
          bestOverlap = o;
          best = g;
        }
      }
      Counts c =
          counts.computeIfAbsent(group(best == null ? f.type() : best.type()), k -> new Counts());
      c.found++;
      if (best == null) {
        errors.add(line("spurious", r, null, f));
        continue;
      }
      c.foundMatched++;
      if (f.value().equals(best.value())) {
        c.foundValueRight++;
      }
    }
  }

  private static String line(String kind, Result r, Timex.Expression g, Found f) {
    int at = g != null ? g.start() : f.start();
    String text = r.doc().text();
    String context =
        text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60))
            .replaceAll("\\s+", " ");
    return String.join(
        "\t",
        kind,
        r.doc().name(),
        Corpora.split(r.doc().name()),
        r.doc().created().toString(),
        g == null ? "" : g.type(),
        g == null ? "" : g.text(),
        g == null ? "" : g.value(),
        f == null ? "" : f.type(),
        f == null ? "" : f.text(),
        f == null ? "" : f.value(),
        context);
  }

  private static int overlap(int s1, int e1, int s2, int e2) {
    return Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
