package dev.parallax.eval;

import dev.parallax.model.Article;
import dev.parallax.model.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For tuning the who-said-what stages on PolNeAR train (never dev): the articles annotated once and
 * cached ({@link AnnotatedCache}), then entity resolution, the quote stage and scoring over the
 * whole split in seconds, every error listed. Not a suite: the figures that count come from {@code
 * bench/eval quotes-polnear}, which runs the whole pipeline.
 *
 * <pre>
 * java -cp ... dev.parallax.eval.QuotesTuning [train|dev] [--limit N] [--cache DIR]
 * </pre>
 */
public final class QuotesTuning {
  /** The date that splits train in two halves of about the same size. */
  private static final LocalDate HALF = LocalDate.of(2016, 4, 1);

  private QuotesTuning() {}

  public static void main(String[] args) throws Exception {
    TuningArgs parsed = TuningArgs.parse(args, "train", "--doc");
    String split = parsed.split();
    int limit = parsed.limit();
    Path cache = parsed.cache();
    String only = parsed.only().orElse(null);
    Suite.Log log = m -> System.err.println("tuning: " + m);
    Corpora corpora = Corpora.locate();
    List<Polnear.Doc> docs = Corpora.sample(Polnear.read(corpora, split), Polnear.Doc::name, limit);
    if (only != null) {
      String name = only;
      docs = docs.stream().filter(d -> d.name().startsWith(name)).toList();
    }
    Map<String, Article> annotated = AnnotatedCache.load(corpora, split, docs, cache, log);
    long t0 = System.nanoTime();
    List<QuotesSuite.Counts> counts = new ArrayList<>();
    for (Polnear.Doc d : docs) {
      Article a = annotated.get(d.name());
      Report r;
      if (a == null) {
        r = new Report(List.of(), List.of(), List.of());
      } else {
        r = QuotesSuite.quoteReport(a);
      }
      counts.add(QuotesSuite.score(d, r));
      if (only != null) {
        r.quotes()
            .forEach(
                q ->
                    System.out.println(
                        "QUOTE\t"
                            + q.speaker().map(x -> x.name()).orElse("-")
                            + "\t"
                            + q.cue()
                            + "\t"
                            + q.speakerReason()
                            + "\t"
                            + q.text()));
        r.attributions()
            .forEach(
                x ->
                    System.out.println(
                        "ATTR\t"
                            + x.kind()
                            + "\t"
                            + x.source().map(y -> y.name()).orElse("-")
                            + "\t"
                            + x.sourceText().map(y -> y.text()).orElse("-")
                            + "\t"
                            + x.cue().map(y -> y.text()).orElse("-")
                            + "\t"
                            + x.content().text()));
        EntitiesTuning.printEntities(r.entities());
        a.sentences().stream()
            .flatMap(s -> s.mentions().stream())
            .forEach(
                m ->
                    System.out.println(
                        "MENTION\t" + m.text() + "\t" + m.type() + "\t" + m.entity()));
      }
    }
    log.info(String.format("stages and scoring: %.1f s", (System.nanoTime() - t0) / 1e9));
    List<Figure> figures =
        QuotesSuite.figures(split, counts, corpora.version(Polnear.CORPUS), docs.size());
    for (QuotesSuite.Counts c : counts) {
      for (String w : c.wrong) {
        System.out.println("WRONG\t" + w);
      }
      for (String w : c.wrongSource) {
        System.out.println("SOURCE\t" + w);
      }
      for (String w : c.missed) {
        System.out.println("MISSED\t" + w);
      }
      for (String w : c.spurious) {
        System.out.println("SPURIOUS\t" + w);
      }
    }
    for (Figure f : figures) {
      System.out.println(f.line());
    }
    // the split in two halves by date, to check that a change made for errors of one half also
    // gains on the other (dev is later than all of train)
    for (boolean early : new boolean[] {true, false}) {
      QuotesSuite.Counts sum = new QuotesSuite.Counts();
      for (int i = 0; i < docs.size(); i++) {
        boolean isEarly = docs.get(i).published().map(p -> p.isBefore(HALF)).orElse(true);
        if (isEarly == early) {
          sum.add(counts.get(i));
        }
      }
      double p = sum.indirectFound == 0 ? 0 : sum.indirectPrecisionSum / sum.indirectFound;
      double r = sum.indirectGold == 0 ? 0 : sum.indirectRecallSum / sum.indirectGold;
      System.out.printf(
          Locale.ROOT,
          "half %s %s: speaker-accuracy-named %.4f n=%d, speaker-accuracy %.4f n=%d,"
              + " indirect-content-f1 %.4f, indirect-source-accuracy-named %.4f n=%d%n",
          early ? "before" : "from",
          HALF,
          sum.namedDirect == 0 ? 0.0 : (double) sum.speakerRight / sum.namedDirect,
          sum.namedDirect,
          sum.resolvedDirect == 0 ? 0.0 : (double) sum.resolvedRight / sum.resolvedDirect,
          sum.resolvedDirect,
          p + r == 0 ? 0.0 : 2 * p * r / (p + r),
          sum.indirectNamedOnly == 0
              ? 0.0
              : (double) sum.indirectNamedOnlyRight / sum.indirectNamedOnly,
          sum.indirectNamedOnly);
    }
  }
}
