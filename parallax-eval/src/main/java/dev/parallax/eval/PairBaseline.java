package dev.parallax.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bag-of-words baseline for fact alignment: TF-IDF vectors of a story's in-scope lines (as
 * {@link TfidfBaseline} makes them, IDF over the story's lines), and every cross-document pair
 * whose cosine reaches a threshold taken as sharing a fact. The threshold is the one that scores
 * best against the gold of the stories measured, an advantage Parallax does not have.
 */
final class PairBaseline {
  /** The best threshold, its pair counts and the share of single-source lines it keeps apart. */
  record Best(double threshold, Prf prf, double uniqueKept) {}

  private record Scored(AlignGold.Pair pair, double cosine, boolean gold, boolean doubtful) {}

  private PairBaseline() {}

  static Best best(List<AlignedStory> stories) {
    List<Scored> scored = new ArrayList<>();
    List<Set<AlignGold.Line>> uniques = new ArrayList<>();
    long goldInScope = 0;
    for (AlignedStory s : stories) {
      List<AlignGold.Line> lines = new ArrayList<>(s.inScope);
      List<String> texts = lines.stream().map(s::text).toList();
      float[][] sim = TfidfBaseline.similarities(texts);
      for (int i = 0; i < lines.size(); i++) {
        for (int j = i + 1; j < lines.size(); j++) {
          if (lines.get(i).file().equals(lines.get(j).file())) {
            continue;
          }
          AlignGold.Pair p = new AlignGold.Pair(lines.get(i), lines.get(j));
          scored.add(
              new Scored(p, sim[i][j], s.gold.pairs().contains(p), s.gold.doubtful().contains(p)));
        }
      }
      goldInScope += s.gold.pairs().stream().filter(s::inScope).count();
      Set<AlignGold.Line> u = new HashSet<>(s.gold.unique());
      u.retainAll(s.inScope);
      uniques.add(u);
    }
    Best best = null;
    for (int t = 1; t <= 99; t++) {
      double threshold = t / 100.0;
      Prf prf = new Prf();
      Set<AlignGold.Line> linked = new HashSet<>();
      for (Scored x : scored) {
        if (x.cosine() >= threshold) {
          linked.add(x.pair().a());
          linked.add(x.pair().b());
          if (x.gold()) {
            prf.tp++;
          } else if (!x.doubtful()) {
            prf.fp++;
          }
        }
      }
      prf.fn = goldInScope - prf.tp;
      int unique = 0;
      int kept = 0;
      for (Set<AlignGold.Line> u : uniques) {
        for (AlignGold.Line l : u) {
          unique++;
          kept += linked.contains(l) ? 0 : 1;
        }
      }
      if (best == null || prf.f1() > best.prf().f1()) {
        best = new Best(threshold, prf, unique == 0 ? 0 : (double) kept / unique);
      }
    }
    return best;
  }
}
