package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.store.IngestResult;
import dev.parallax.store.IngestResult.Outcome;
import dev.parallax.store.StorySummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What POST /api/articles answers for each text filed. */
class IngestJsonTest {
  @Test
  @SuppressWarnings("unchecked")
  void anArticleAddedWithoutADateIsMarkedUndated() {
    IngestResult r =
        new IngestResult(
            List.of(
                new IngestResult.Filed(
                    "ferry.txt",
                    Outcome.ADDED,
                    Optional.of("a1"),
                    Optional.of("S1"),
                    Optional.empty(),
                    true),
                new IngestResult.Filed(
                    "dated.txt",
                    Outcome.ADDED,
                    Optional.of("a2"),
                    Optional.of("S2"),
                    Optional.empty())),
            List.of());
    List<Map<String, Object>> filed = (List<Map<String, Object>>) Json.ingest(r).get("filed");
    assertThat(filed.get(0)).containsEntry("undated", true).containsEntry("outcome", "added");
    assertThat(filed.get(1)).doesNotContainKey("undated");
  }

  @Test
  void aStoryWithoutADatedArticleIsListedUndated() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 6);
    StorySummary undated =
        new StorySummary(
            "S1", "Ferry", Optional.of(day), Optional.of(day), 1, 0, List.of(), List.of(), 0, true);
    StorySummary dated =
        new StorySummary(
            "S2",
            "Ferry",
            Optional.of(day),
            Optional.of(day),
            1,
            0,
            List.of(),
            List.of(),
            0,
            false);
    assertThat(Json.story(undated))
        .containsEntry("undated", true)
        .containsEntry("last", "2026-12-06");
    assertThat(Json.story(dated)).doesNotContainKey("undated");
  }
}
