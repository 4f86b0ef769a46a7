package dev.parallax.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.TestData;
import dev.parallax.model.Article;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimelineEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The story timeline of the seed story against the gold file. */
class TimelineGoldTest {
  private final Report report = TestData.seedReport();

  private Set<String> sentencesWith(int article, String anchor) {
    Set<String> ids = new HashSet<>();
    Article a = report.articles().get(article);
    for (Sentence s : a.sentences()) {
      if (s.text().contains(anchor)) {
        ids.add(s.id());
      }
    }
    return ids;
  }

  @Test
  void findsEveryGoldEventWithItsDateAndASentence() {
    JsonNode gold = TestData.gold().get("timeline");
    int found = 0;
    for (JsonNode g : gold) {
      Set<String> right = new HashSet<>();
      g.get("anchor")
          .properties()
          .forEach(
              e ->
                  right.addAll(sentencesWith(Integer.parseInt(e.getKey()), e.getValue().asText())));
      boolean ok =
          report.timeline().stream()
              .anyMatch(
                  t ->
                      t.date().equals(g.get("date").asText())
                          && t.sentences().stream().anyMatch(right::contains));
      assertThat(ok)
          .as(
              "timeline event %s on %s (sentences %s) in %s",
              g.get("what").asText(), g.get("date").asText(), right, report.timeline())
          .isTrue();
      found++;
    }
    System.out.printf(
        "seed gold: %d/%d timeline events with the right date and sentence%n", found, gold.size());
  }

  @Test
  void isChronologicalAndMarksTheStoryDay() {
    List<TimelineEntry> t = report.timeline();
    assertThat(t).extracting(e -> TimelineBuilder.sortKey(e.date())).isSorted();
    assertThat(t)
        .filteredOn(TimelineEntry::storyDay)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo("2026-02-06");
              assertThat(e.articles()).containsExactly("A1", "A2", "A3");
            });
  }

  @Test
  void mergesOneEventAcrossArticles() {
    assertThat(report.timeline())
        .filteredOn(e -> e.date().equals("2025-06"))
        .singleElement()
        .satisfies(e -> assertThat(e.articles()).containsExactly("A1", "A2", "A3"));
  }

  @Test
  void skipsDatesInNamesAndYearsUsedAsModifiers() {
    assertThat(report.timeline())
        .extracting(TimelineEntry::expression)
        .doesNotContain("Midnight", "2015");
  }

  @Test
  void keepsDatesInsideQuotesOutOfTheTimeline() {
    assertThat(report.timeline())
        .extracting(TimelineEntry::expression)
        .doesNotContain("the past year");
  }
}
