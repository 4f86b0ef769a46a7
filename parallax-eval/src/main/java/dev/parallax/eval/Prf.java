package dev.parallax.eval;

/** Counts of true positives, false positives and false negatives, and the scores they give. */
final class Prf {
  long tp;
  long fp;
  long fn;

  void add(Prf other) {
    tp += other.tp;
    fp += other.fp;
    fn += other.fn;
  }

  double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
