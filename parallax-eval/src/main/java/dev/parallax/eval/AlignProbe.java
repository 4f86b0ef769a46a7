package dev.parallax.eval;

import dev.parallax.align.Aligner;
import dev.parallax.align.PairModel;
import dev.parallax.align.SentenceEmbedder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Experiment: the pair model's probability of gold pairs, found or not, on the tuning half. */
final class AlignProbe {
  public static void main(String[] args) throws Exception {
    Corpora corpora = Corpora.locate();
    List<AlignedStory> stories =
        AlignSuite.analyse(corpora, 0, AlignSuite.TUNING_ONLY, Suite.Log.NONE);
    PairModel m = PairModel.bundled();
    double[] edges = {0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.01};
    int[][] hist = new int[4][edges.length];
    for (AlignedStory s : stories) {
      Aligner.Pairs p = Aligner.pairs(t -> SentenceEmbedder.shared().embed(t), s.report.articles());
      Map<AlignGold.Pair, Double> best = new HashMap<>();
      for (AlignedStory.LinePair lp : s.crossLinePairs(p)) {
        best.merge(lp.pair(), m.probability(p.features().get(lp.index())), Math::max);
      }
      AlignedStory.Score sc = s.score(s.report.facts());
      java.util.Set<AlignGold.Pair> missed = new java.util.HashSet<>(sc.missed());
      for (Map.Entry<AlignGold.Pair, Double> e : best.entrySet()) {
        AlignGold.Pair q = e.getKey();
        int row;
        if (s.gold.doubtful().contains(q)) {
          continue;
        } else if (s.gold.pairs().contains(q)) {
          boolean direct = s.gold.direct().contains(q);
          row = missed.contains(q) ? (direct ? 1 : 2) : 0;
        } else {
          row = 3;
        }
        int b = 0;
        while (e.getValue() >= edges[b]) {
          b++;
        }
        hist[row][b]++;
      }
    }
    String[] names = {"gold found", "gold missed direct", "gold missed via multi-line", "not gold"};
    System.out.print(String.format("%-28s", "max unit prob <"));
    for (double e : edges) {
      System.out.print(String.format("%7.2f", e));
    }
    System.out.println();
    for (int r = 0; r < 4; r++) {
      System.out.print(String.format("%-28s", names[r]));
      for (int b = 0; b < edges.length; b++) {
        System.out.print(String.format("%7d", hist[r][b]));
      }
      System.out.println();
    }
  }
}
