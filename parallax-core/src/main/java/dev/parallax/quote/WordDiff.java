package dev.parallax.quote;

import dev.parallax.model.DiffOp;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two texts, matching words by {@link Words#key} and showing them as written.
 */
final class WordDiff {
  private WordDiff() {}

  static List<DiffOp> diff(List<String> a, List<String> b) {
    List<String> ka = Words.keys(a);
    List<String> kb = Words.keys(b);
    int[][] t = Words.table(ka, kb);
    List<DiffOp> ops = new ArrayList<>();
    List<String> da = new ArrayList<>();
    List<String> db = new ArrayList<>();
    List<String> ea = new ArrayList<>();
    List<String> eb = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && ka.get(i).equals(kb.get(j))) {
        flushChange(ops, da, db);
        ea.add(a.get(i++));
        eb.add(b.get(j++));
        continue;
      }
      flushEqual(ops, ea, eb);
      if (j < b.size() && (i == a.size() || t[i][j + 1] >= t[i + 1][j])) {
        db.add(b.get(j++));
      } else {
        da.add(a.get(i++));
      }
    }
    flushChange(ops, da, db);
    flushEqual(ops, ea, eb);
    return ops;
  }

  private static void flushEqual(List<DiffOp> ops, List<String> ea, List<String> eb) {
    if (!ea.isEmpty()) {
      ops.add(new DiffOp(DiffOp.Kind.EQUAL, String.join(" ", ea), String.join(" ", eb)));
      ea.clear();
      eb.clear();
    }
  }

  private static void flushChange(List<DiffOp> ops, List<String> da, List<String> db) {
    if (da.isEmpty() && db.isEmpty()) {
      return;
    }
    DiffOp.Kind k =
        da.isEmpty() ? DiffOp.Kind.INSERT : db.isEmpty() ? DiffOp.Kind.DELETE : DiffOp.Kind.REPLACE;
    ops.add(new DiffOp(k, String.join(" ", da), String.join(" ", db)));
    da.clear();
    db.clear();
  }
}
