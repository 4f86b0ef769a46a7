package dev.parallax.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall of a grouping against gold labels: for each item, the share of its
 * predicted group that shares its gold label (precision) and the share of its gold group that
 * shares its predicted group (recall), averaged over items.
 */
public final class BCubed {
  /** The scores; {@code f1} is their harmonic mean. */
  public record Score(double precision, double recall, double f1) {}

  private BCubed() {}

  /**
   * {@code predicted} and {@code gold} map every item to its group; both must have the same items.
   */
  public static Score score(Map<String, String> predicted, Map<String, String> gold) {
    if (!predicted.keySet().equals(gold.keySet())) {
      throw new IllegalArgumentException("predicted and gold must label the same items");
    }
    if (gold.isEmpty()) {
      return new Score(0, 0, 0);
    }
    // sizes of predicted groups, gold groups and their intersections: linear in the items
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> classSize = new HashMap<>();
    Map<String, Integer> bothSize = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String cluster = predicted.get(e.getKey());
      clusterSize.merge(cluster, 1, Integer::sum);
      classSize.merge(e.getValue(), 1, Integer::sum);
      bothSize.merge(cluster + "\u0000" + e.getValue(), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String cluster = predicted.get(e.getKey());
      int both = bothSize.get(cluster + "\u0000" + e.getValue());
      p += (double) both / clusterSize.get(cluster);
      r += (double) both / classSize.get(e.getValue());
    }
    int n = gold.size();
    p /= n;
    r /= n;
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** Convenience for lists of groups. */
  public static Map<String, String> labels(List<List<String>> groups) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (String item : groups.get(i)) {
        out.put(item, "g" + i);
      }
    }
    return out;
  }
}
