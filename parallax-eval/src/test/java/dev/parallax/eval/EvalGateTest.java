package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI gate: every suite of {@code floors.json} at its sample size over the real corpora in
 * {@code ../shared/corpora}; fails when a figure drops below its floor by more than the margin, or
 * when any article causes an internal error.
 */
class EvalGateTest {
  @Test
  void everyFigureHoldsItsFloor() throws Exception {
    Path floors = Path.of(System.getProperty("parallax.eval.floors", "floors.json"));
    Eval.Outcome o = Eval.gate(floors, List.of(), false, m -> System.out.println("eval: " + m));
    o.figures().forEach(f -> System.out.println(f.line()));
    assertThat(o.failures()).as("figures below their floors").isEmpty();
  }
}
