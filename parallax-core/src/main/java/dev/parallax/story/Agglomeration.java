package dev.parallax.story;

import java.util.Arrays;

/**
 * Average-link agglomerative clustering of items given their pairwise similarities, cut at a
 * threshold: clusters are merged, most similar pair first, while the average similarity between
 * their items is at least the threshold. Nearest-neighbour chains, O(n²) time and the caller's
 * O(n²) matrix (which it overwrites). Deterministic: ties go to the lower index.
 */
public final class Agglomeration {
  private Agglomeration() {}

  /** Told of each merge: cluster {@code gone} joins cluster {@code keep} at {@code similarity}. */
  @FunctionalInterface
  public interface Merges {
    void merged(int keep, int gone, float similarity);
  }

  /** Each item's cluster, as the lowest index of its cluster's items. */
  static int[] averageLink(float[][] sim, double threshold) {
    int[] ones = new int[sim.length];
    Arrays.fill(ones, 1);
    return averageLink(sim, ones, threshold);
  }

  /**
   * The same over items that are already clusters of {@code sizes[i]} members each, {@code sim}
   * holding the average similarity between their members: merged clusters are weighted by size.
   */
  static int[] averageLink(float[][] sim, int[] sizes, double threshold) {
    return averageLink(sim, sizes, threshold, (keep, gone, similarity) -> {});
  }

  /**
   * The same, telling {@code merges} of every merge in the order made (not sorted by similarity);
   * with a threshold of negative infinity it merges down to one cluster, the whole dendrogram.
   */
  public static int[] averageLink(float[][] sim, int[] sizes, double threshold, Merges merges) {
    int n = sim.length;
    int[] size = sizes.clone();
    boolean[] alive = new boolean[n];
    Arrays.fill(alive, true);
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int[] chain = new int[n];
    int top = 0;
    int remaining = n;
    while (remaining > 1) {
      if (top == 0) {
        for (int i = 0; i < n; i++) {
          if (alive[i]) {
            chain[top++] = i;
            break;
          }
        }
      }
      int a = chain[top - 1];
      int prev = top >= 2 ? chain[top - 2] : -1;
      int nearest = -1;
      float best = Float.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        if (j == a || !alive[j]) {
          continue;
        }
        float s = sim[a][j];
        if (s > best || (s == best && j == prev)) {
          best = s;
          nearest = j;
        }
      }
      if (best < threshold) {
        // a's nearest is below the cut: nothing merges with a any more (average link is reducible)
        alive[a] = false;
        remaining--;
        top--;
        continue;
      }
      if (nearest == prev) {
        top -= 2;
        for (int j = 0; j < n; j++) {
          if (alive[j] && j != prev && j != a) {
            float s = (size[prev] * sim[prev][j] + size[a] * sim[a][j]) / (size[prev] + size[a]);
            sim[prev][j] = s;
            sim[j][prev] = s;
          }
        }
        size[prev] += size[a];
        alive[a] = false;
        remaining--;
        parent[a] = prev;
        merges.merged(prev, a, best);
      } else {
        chain[top++] = nearest;
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int r = i;
      while (parent[r] != r) {
        r = parent[r];
      }
      out[i] = r;
    }
    return normalise(out);
  }

  /** Names each cluster by its lowest index. */
  private static int[] normalise(int[] root) {
    int n = root.length;
    int[] low = new int[n];
    Arrays.fill(low, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      low[root[i]] = Math.min(low[root[i]], i);
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = low[root[i]];
    }
    return out;
  }
}
