package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.Report;
import dev.parallax.model.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A timeline entry's dates and conflict mark in the JSON contract, and reports written before they
 * existed.
 */
class TimelineConflictJsonTest {
  private static final TimelineEntry CONFLICT =
      new TimelineEntry(
          "2026-02-03",
          "",
          "on Tuesday",
          "A1.S1",
          List.of("A1.S1", "A3.S2", "A2.S1"),
          List.of("A1", "A3", "A2"),
          "Envoys opened talks in Muscat on Tuesday",
          true,
          List.of(
              new TimelineEntry.Dating(
                  "2026-02-03",
                  "",
                  "on Tuesday",
                  "A1.S1",
                  List.of("A1.S1", "A3.S2"),
                  List.of("A1", "A3")),
              new TimelineEntry.Dating(
                  "2026-02-04", "", "on Wednesday", "A2.S1", List.of("A2.S1"), List.of("A2"))),
          true);

  private static Report report(TimelineEntry... entries) {
    return new Report(
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(entries),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void writesEveryDateAndTheConflictMark() throws Exception {
    JsonNode e =
        new ObjectMapper().readTree(ReportJson.write(report(CONFLICT))).get("timeline").get(0);
    assertThat(e.get("conflict").asBoolean()).isTrue();
    assertThat(e.get("date").asText()).isEqualTo("2026-02-03");
    assertThat(e.get("dates")).hasSize(2);
    JsonNode other = e.get("dates").get(1);
    assertThat(other.get("date").asText()).isEqualTo("2026-02-04");
    assertThat(other.get("end").isNull()).isTrue();
    assertThat(other.get("expression").asText()).isEqualTo("on Wednesday");
    assertThat(other.get("sentence").asText()).isEqualTo("A2.S1");
    assertThat(other.get("articles").get(0).asText()).isEqualTo("A2");
  }

  @Test
  void readsItBack() {
    String json = ReportJson.write(report(CONFLICT));
    assertThat(ReportJson.read(json).timeline()).containsExactly(CONFLICT);
  }

  @Test
  void readsAnEntryWrittenBeforeDatesAsDatedOnceWithoutConflict() throws Exception {
    TimelineEntry plain =
        new TimelineEntry(
            "2025-06", "", "last June", "A1.S4", List.of("A1.S4"), List.of("A1"), "The war", false);
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportJson.write(report(plain)));
    ObjectNode e = (ObjectNode) ((ArrayNode) root.get("timeline")).get(0);
    e.remove("dates");
    e.remove("conflict");
    TimelineEntry read = ReportJson.read(root.toString()).timeline().get(0);
    assertThat(read).isEqualTo(plain);
    assertThat(read.conflict()).isFalse();
    assertThat(read.dates())
        .singleElement()
        .extracting(TimelineEntry.Dating::date)
        .isEqualTo("2025-06");
  }
}
