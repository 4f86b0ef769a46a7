package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  private static SourceText text(String source, String text) {
    return new SourceText(source, text, Optional.empty());
  }

  @Test
  void keepsTheFirstAndReportsLaterCopies() {
    String a = "The bridge reopened on Monday.\n\nTraffic was light.";
    Duplicates.Split s =
        Duplicates.split(
            List.of(
                text("a.txt", a),
                text("b.txt", "The council met on Tuesday."),
                text("copy-of-a.txt", a),
                text(
                    "a-again.txt",
                    "  The bridge reopened\u00a0on Monday.\r\nTraffic   was light.\n")));
    assertThat(s.kept()).extracting(SourceText::source).containsExactly("a.txt", "b.txt");
    assertThat(s.diagnostics())
        .containsExactly(
            new Diagnostic("duplicate", "copy-of-a.txt", "same text as a.txt; skipped"),
            new Diagnostic("duplicate", "a-again.txt", "same text as a.txt; skipped"));
  }

  @Test
  void textsThatDifferInWordsOrCaseAreNotCopies() {
    Duplicates.Split s =
        Duplicates.split(
            List.of(
                text("a.txt", "The bridge reopened."),
                text("b.txt", "the bridge reopened."),
                text("c.txt", "The bridge reopened!")));
    assertThat(s.kept()).hasSize(3);
    assertThat(s.diagnostics()).isEmpty();
  }

  @Test
  void theSameInputTwiceSaysSo() {
    Duplicates.Split s =
        Duplicates.split(List.of(text("a.txt", "The bridge."), text("a.txt", "The bridge.")));
    assertThat(s.kept()).hasSize(1);
    assertThat(s.diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo("given twice; skipped");
  }
}
