package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.LoadedTerm;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryViewTest {
  @Test
  void marksLoadedTermsAndWordsOnlyOneOutletUsed() {
    List<StoryView.Segment> s =
        StoryView.segments(
            "The botched bridge crumbled, botched-ly.",
            List.of(new LoadedTerm("botched", "A1.S1", 4, 11, "judgement", 1.0)),
            List.of("crumbled"));
    assertThat(s)
        .containsExactly(
            new StoryView.Segment("The ", "", ""),
            new StoryView.Segment("botched", "loaded", "judgement"),
            new StoryView.Segment(" bridge ", "", ""),
            new StoryView.Segment(
                "crumbled", "only", "no other outlet used this word for the fact"),
            new StoryView.Segment(", ", "", ""),
            new StoryView.Segment("botched", "loaded", "judgement"),
            new StoryView.Segment("-ly.", "", ""));
  }

  @Test
  void placesDatesOfAnyPrecisionOnTheAxis() {
    assertThat(StoryView.epochDay("2026-03-09"))
        .contains(java.time.LocalDate.of(2026, 3, 9).toEpochDay());
    assertThat(StoryView.epochDay("2018-05"))
        .contains(java.time.LocalDate.of(2018, 5, 1).toEpochDay());
    assertThat(StoryView.epochDay("2019"))
        .contains(java.time.LocalDate.of(2019, 1, 1).toEpochDay());
    assertThat(StoryView.epochDay("PRESENT_REF")).isEmpty();
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertThat(StoryView.isWebAddress("https://example.org/a")).isTrue();
    assertThat(StoryView.isWebAddress("javascript:alert(1)")).isFalse();
    assertThat(StoryView.isWebAddress(" JavaScript:alert(1)")).isFalse();
  }

  @Test
  void keepsOnlyTheLastSegmentOfAClientFileName() {
    assertThat(Requests.baseName("C:\\Users\\me\\a.html")).isEqualTo("a.html");
    assertThat(Requests.baseName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Requests.baseName("")).isEqualTo("upload.txt");
  }
}
