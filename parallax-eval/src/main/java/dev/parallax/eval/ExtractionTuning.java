package dev.parallax.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The extraction suite's pages of one part, worst first, for tuning on the tuning part only: each
 * page's false positives (furniture kept) and false negatives (article text missing) with the
 * snippets themselves; with {@code --doc}, that page's text and diagnostics too. Usage:
 * ExtractionTuning [tune|held-out] [--limit N] [--doc FILE].
 */
public final class ExtractionTuning {
  private ExtractionTuning() {}

  public static void main(String[] args) throws Exception {
    TuningArgs a = TuningArgs.parse(args, "tune", "--doc");
    Corpora corpora = Corpora.locate();
    List<ExtractionSuite.Page> pages = new ArrayList<>();
    for (ExtractionSuite.Page p : ExtractionSuite.pages(corpora)) {
      if (a.only().isPresent()
          ? p.file().equals(a.only().get())
          : Corpora.split(p.key()).equals(a.split())) {
        pages.add(p);
      }
    }
    pages = Corpora.sample(pages, ExtractionSuite.Page::key, a.limit());
    List<ExtractionSuite.Outcome> outcomes = new ArrayList<>();
    Prf all = new Prf();
    for (ExtractionSuite.Page p : pages) {
      ExtractionSuite.Outcome o = ExtractionSuite.extract(corpora, p);
      outcomes.add(o);
      all.add(ExtractionSuite.score(o));
      if (a.only().isPresent()) {
        System.out.println(o.text());
        o.diagnostics().forEach(d -> System.out.println("diagnostic: " + d.line()));
      }
    }
    outcomes.sort(
        Comparator.comparingDouble(
            (ExtractionSuite.Outcome o) -> {
              Prf p = ExtractionSuite.score(o);
              return -(p.fp + p.fn);
            }));
    for (ExtractionSuite.Outcome o : outcomes) {
      Prf p = ExtractionSuite.score(o);
      if (p.fp + p.fn == 0) {
        continue;
      }
      String text = ExtractionSuite.normalise(o.text());
      System.out.printf(
          "%s (%s): tp %d fp %d fn %d, %d characters%n",
          o.page().file(), o.page().language(), (int) p.tp, (int) p.fp, (int) p.fn, text.length());
      for (String w : o.page().with()) {
        if (text.isEmpty() || !text.contains(ExtractionSuite.normalise(w))) {
          System.out.println("  missing: " + w);
        }
      }
      for (String w : o.page().without()) {
        if (!text.isEmpty() && text.contains(ExtractionSuite.normalise(w))) {
          System.out.println("  kept:    " + w);
        }
      }
    }
    System.out.printf(
        "%s: %d pages, precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)%n",
        a.split(),
        pages.size(),
        all.precision(),
        all.recall(),
        all.f1(),
        (int) all.tp,
        (int) all.fp,
        (int) all.fn);
  }
}
