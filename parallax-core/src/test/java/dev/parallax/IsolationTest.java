package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsolationTest {
  private static String joinUnlessBad(List<String> inputs) {
    for (String s : inputs) {
      if (s.startsWith("bad")) {
        throw new IllegalArgumentException("cannot read " + s);
      }
    }
    return String.join("+", inputs);
  }

  @Test
  void leavesOutOnlyTheInputThatMakesTheStageFail() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Isolation.Outcome<String, String> out =
        Isolation.run(
            "joining",
            List.of("a", "bad-b", "c"),
            IsolationTest::joinUnlessBad,
            s -> s,
            "",
            diagnostics);
    assertThat(out.result()).isEqualTo("a+c");
    assertThat(out.left()).containsExactly("bad-b");
    assertThat(diagnostics)
        .containsExactly(
            new Diagnostic(
                "analysis-failed",
                "bad-b",
                "joining failed (IllegalArgumentException: cannot read bad-b); left out of this stage"));
  }

  @Test
  void leavesTheSectionEmptyWhenOnlyTheInputsTogetherFail() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Isolation.Outcome<String, String> out =
        Isolation.run(
            "pairing",
            List.of("a", "b"),
            in -> {
              if (in.size() > 1) {
                throw new IllegalStateException("no pair");
              }
              return in.get(0);
            },
            s -> s,
            "none",
            diagnostics);
    assertThat(out.result()).isEqualTo("none");
    assertThat(diagnostics).extracting(Diagnostic::source).containsExactly("story");
    assertThat(diagnostics.get(0).message())
        .startsWith("pairing failed (IllegalStateException: no pair)");
  }

  @Test
  void catchesStackOverflowAsAFailureOfTheInput() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Isolation.Outcome<String, Integer> out =
        Isolation.run(
            "deep",
            List.of("ok", "deep"),
            in -> {
              if (in.contains("deep")) {
                throw new StackOverflowError();
              }
              return in.size();
            },
            s -> s,
            0,
            diagnostics);
    assertThat(out.result()).isEqualTo(1);
    assertThat(diagnostics).extracting(Diagnostic::source).containsExactly("deep");
  }
}
