package dev.parallax.story;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * B-cubed precision and recall of a grouping against gold labels: for each item, the share of its
 * predicted group that shares its gold label (precision) and the share of its gold group that shares
 * its predicted group (recall), averaged over items.
 */
public final class BCubed {
  /** The scores; {@code f1} is their harmonic mean. */
  public record Score(double precision, double recall, double f1) {}

  private BCubed() {}

  /** {@code predicted} and {@code gold} map every item to its group; both must have the same items. */
  public static Score score(Map<String, String> predicted, Map<String, String> gold) {
    if (!predicted.keySet().equals(gold.keySet())) {
      throw new IllegalArgumentException("predicted and gold must label the same items");
    }
    double p = 0;
    double r = 0;
    for (String item : gold.keySet()) {
      Set<String> sameCluster = members(predicted, predicted.get(item));
      Set<String> sameClass = members(gold, gold.get(item));
      Set<String> both = new HashSet<>(sameCluster);
      both.retainAll(sameClass);
      p += (double) both.size() / sameCluster.size();
      r += (double) both.size() / sameClass.size();
    }
    int n = gold.size();
    p /= n;
    r /= n;
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  private static Set<String> members(Map<String, String> labels, String label) {
    Set<String> out = new HashSet<>();
    labels.forEach((k, v) -> {
      if (v.equals(label)) {
        out.add(k);
      }
    });
    return out;
  }

  /** Convenience for lists of groups. */
  public static Map<String, String> labels(List<List<String>> groups) {
    Map<String, String> out = new java.util.HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (String item : groups.get(i)) {
        out.put(item, "g" + i);
      }
    }
    return out;
  }
}
