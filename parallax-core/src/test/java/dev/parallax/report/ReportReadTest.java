package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.TestData;
import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/** The report JSON reads back into a report that writes and renders as the original. */
class ReportReadTest {
  @Test
  void seedReportRoundTripsThroughJson() {
    Report original = TestData.seedReport();
    String json = ReportJson.write(original);
    Report read = ReportJson.read(json);
    assertThat(ReportJson.write(read)).isEqualTo(json);
    for (Format f : Format.values()) {
      assertThat(f.render(read)).as(f.name()).isEqualTo(f.render(original));
    }
  }

  @Test
  void readsAReportWrittenBeforeAttributionsAsHavingNone() {
    Report original = TestData.seedReport();
    assertThat(original.attributions()).isNotEmpty();
    String json =
        ReportJson.write(original).replaceFirst("\"attributions\" : \\[", "\"unknown\" : [");
    Report read = ReportJson.read(json);
    assertThat(read.attributions()).isEmpty();
    assertThat(read.quotes()).isEqualTo(original.quotes());
  }

  @Test
  void anArticleSaidToHaveNoHeadlineRoundTripsAndOthersOmitTheField() {
    String json = ReportJson.write(TestData.seedReport());
    assertThat(json).doesNotContain("no_headline");
    String said = json.replaceFirst("(\n(\\s*)\"id\" : \"A1\",)", "$1\n$2\"no_headline\" : true,");
    assertThat(said).contains("no_headline");
    Report read = ReportJson.read(said);
    assertThat(read.articles().get(0).meta().noHeadline()).isTrue();
    assertThat(read.articles().get(1).meta().noHeadline()).isFalse();
    assertThat(ReportJson.write(read)).isEqualTo(said);
  }

  @Test
  void refusesOtherDocuments() {
    assertThatThrownBy(() -> ReportJson.read("{\"schema\":\"other/2\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other/2");
    assertThatThrownBy(() -> ReportJson.read("not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
