package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainAlignObjectiveTest {
  private static TrainAlign.LeftOut leftOut(long tp, long fp, long fn, double singleKept) {
    Prf p = new Prf();
    p.tp = tp;
    p.fp = fp;
    p.fn = fn;
    return new TrainAlign.LeftOut(p, singleKept);
  }

  @Test
  void withoutLimitsTheBestPairF1Wins() {
    TrainAlign.LeftOut better = leftOut(6, 2, 2, 0.5);
    TrainAlign.LeftOut worse = leftOut(4, 2, 4, 0.99);
    assertThat(TrainAlign.objective(better, 0, 0))
        .isGreaterThan(TrainAlign.objective(worse, 0, 0))
        .isEqualTo(1 + better.prf().f1());
  }

  @Test
  void settingsThatKeepTooFewSingleSourceLinesApartRankBelowAnyThatKeepEnough() {
    TrainAlign.LeftOut higherF1 = leftOut(6, 2, 2, 0.85);
    TrainAlign.LeftOut keepsEnough = leftOut(4, 2, 4, 0.91);
    TrainAlign.LeftOut nearer = leftOut(6, 2, 2, 0.89);
    assertThat(TrainAlign.objective(keepsEnough, 0, 0.9))
        .isGreaterThan(1)
        .isGreaterThan(TrainAlign.objective(higherF1, 0, 0.9));
    // below the limit, the nearer to it the better, so the search climbs towards it
    assertThat(TrainAlign.objective(nearer, 0, 0.9))
        .isLessThan(1)
        .isGreaterThan(TrainAlign.objective(higherF1, 0, 0.9));
  }

  @Test
  void bothLimitsMustBeMet() {
    TrainAlign.LeftOut lowPrecision = leftOut(6, 6, 2, 0.95);
    assertThat(TrainAlign.objective(lowPrecision, 0.75, 0.9)).isLessThan(1);
    assertThat(TrainAlign.objective(lowPrecision, 0, 0.9)).isGreaterThan(1);
  }
}
