package dev.parallax.eval;

import dev.parallax.model.Article;
import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Entity;
import dev.parallax.model.Report;
import dev.parallax.model.TextSpan;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PolNeAR reported-speech scoring for {@link QuotesSuite}: content spans and sources. Stateless.
 */
final class ReportedSpeechScore {
  private ReportedSpeechScore() {}

  /**
   * Reported speech, scored as PolNeAR scores attribution spans ({@code AlignedAttributions} in its
   * agreement code): on word tokens (Parallax's tokens that hold a letter or digit), each gold
   * content that does not open with a quotation mark is aligned with the attribution (of any kind)
   * sharing a sentence with it that covers most of its tokens; its soft recall is the share of its
   * tokens that attribution covers (0 when none). Each Parallax attribution of kind indirect or
   * mixed is aligned the same way with the gold content (of any kind) covering most of its tokens;
   * its soft precision is the share of its tokens that content holds. Precision and recall are the
   * means over attributions, F1 their harmonic mean. Source accuracy: over the gold contents
   * aligned with an attribution whose gold source is named (or resolves to a named person, as for
   * quotations), the share whose attribution has a source entity with a name or alias sharing a
   * name word with it.
   */
  static void score(
      Polnear.Doc doc,
      Report r,
      Article article,
      TextMap map,
      Map<String, Entity> entities,
      GoldSources goldSource,
      QuotesSuite.Counts c) {
    List<int[]> tokens = new ArrayList<>(); // original start, end, sentence index
    for (int si = 0; si < article.sentences().size(); si++) {
      for (Token t : article.sentences().get(si).tokens()) {
        if (!t.isWord()) {
          continue;
        }
        int[] span = map.span(t.start(), t.end());
        if (span != null) {
          tokens.add(new int[] {span[0], span[1], si});
        }
      }
    }
    List<Attribution> found = new ArrayList<>();
    List<Set<Integer>> foundTokens = new ArrayList<>();
    for (Attribution at : r.attributions()) {
      int[] span = map.span(at.content().start(), at.content().end());
      if (span == null) {
        continue;
      }
      Set<Integer> in = new HashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (inside(tokens.get(i), List.<int[]>of(span))) {
          in.add(i);
        }
      }
      if (!in.isEmpty()) {
        found.add(at);
        foundTokens.add(in);
      }
    }
    List<Set<Integer>> goldTokens = new ArrayList<>();
    for (Polnear.Attribution a : doc.attributions()) {
      Set<Integer> in = new HashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (inside(tokens.get(i), a.content().pieces())) {
          in.add(i);
        }
      }
      goldTokens.add(in);
    }
    for (int g = 0; g < goldTokens.size(); g++) {
      Polnear.Attribution a = doc.attributions().get(g);
      Set<Integer> gt = goldTokens.get(g);
      if (Polnear.direct(a.content()) || gt.isEmpty()) {
        continue;
      }
      c.indirectGold++;
      int best = -1;
      int bestOverlap = 0;
      for (int f = 0; f < found.size(); f++) {
        int o = intersection(gt, foundTokens.get(f));
        if (o > bestOverlap) {
          bestOverlap = o;
          best = f;
        }
      }
      c.indirectRecallSum += (double) bestOverlap / gt.size();
      if (bestOverlap * 2 < gt.size()) {
        c.missed.add(
            doc.name()
                + "\t"
                + a.cue().map(Polnear.Span::text).orElse("-")
                + "\t"
                + a.source().map(Polnear.Span::text).orElse("-")
                + "\t"
                + QuotesSuite.abbreviate(a.content().text(), 150)
                + (best < 0
                    ? ""
                    : "\tGOT " + QuotesSuite.abbreviate(found.get(best).content().text(), 150)));
      }
      if (best < 0) {
        continue;
      }
      Optional<String> target = goldSource.target(a);
      if (target.isEmpty()) {
        continue;
      }
      Attribution at = found.get(best);
      Optional<Entity> e = at.source().map(sp -> entities.get(sp.entity()));
      boolean right = e.isPresent() && QuotesSuite.sameName(target.get(), e.get());
      c.indirectNamed++;
      if (right) {
        c.indirectSourceRight++;
      }
      if (goldSource.named(a)) {
        c.indirectNamedOnly++;
        if (right) {
          c.indirectNamedOnlyRight++;
        }
      }
      if (!right) {
        c.wrongSource.add(
            doc.name()
                + ": gold \""
                + a.source().get().text()
                + "\""
                + " (= "
                + target.get()
                + "), got "
                + at.source().map(sp -> "\"" + sp.name() + "\"").orElse("none")
                + at.sourceText().map(st -> " from \"" + st.text() + "\"").orElse("")
                + " for \""
                + QuotesSuite.abbreviate(at.content().text())
                + "\"");
      }
    }
    for (int f = 0; f < found.size(); f++) {
      if (found.get(f).kind() == AttributionKind.DIRECT) {
        continue;
      }
      c.indirectFound++;
      Set<Integer> ft = foundTokens.get(f);
      int bestOverlap = 0;
      for (Set<Integer> gt : goldTokens) {
        bestOverlap = Math.max(bestOverlap, intersection(gt, ft));
      }
      c.indirectPrecisionSum += (double) bestOverlap / ft.size();
      if (bestOverlap * 2 < ft.size()) {
        Attribution at = found.get(f);
        c.spurious.add(
            doc.name()
                + "\t"
                + at.cue().map(TextSpan::text).orElse("-")
                + "\t"
                + at.sourceText().map(TextSpan::text).orElse("-")
                + "\t"
                + QuotesSuite.abbreviate(at.content().text(), 150));
      }
    }
  }

  /** More than half of the token's characters lie in the pieces. */
  private static boolean inside(int[] token, List<int[]> pieces) {
    int n = 0;
    for (int[] p : pieces) {
      n += Math.max(0, Math.min(token[1], p[1]) - Math.max(token[0], p[0]));
    }
    return n * 2 > token[1] - token[0];
  }

  private static int intersection(Set<Integer> a, Set<Integer> b) {
    int n = 0;
    for (Integer i : a) {
      if (b.contains(i)) {
        n++;
      }
    }
    return n;
  }
}
