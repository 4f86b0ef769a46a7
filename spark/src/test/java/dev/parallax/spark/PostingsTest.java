package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** A name's postings and the runs of dates blocking links them in. */
class PostingsTest {
  private static Tuple2<Long, Long> at(long rank, long day) {
    return new Tuple2<>(rank, day);
  }

  @Test
  void aGapLongerThanTheWindowStartsARun() {
    // given out of order, as a shuffle gives them
    GroupStage.Postings p =
        GroupStage.Postings.of(
            List.of(at(3, 14), at(0, 10), at(1, 14), at(2, 14), at(4, 19), at(5, 23)), 4);
    assertThat(p.ranks()).containsExactly(0, 1, 2, 3, 4, 5);
    // 10 -> 14 is within 4 days; 14 -> 19 is not; 19 -> 23 is
    assertThat(p.runs()).containsExactly(0, 0, 0, 0, 1, 1);
  }

  @Test
  void anUndatedArticleOrNoWindowKeepsOneRun() {
    List<Tuple2<Long, Long>> dated = List.of(at(1, 10), at(2, 30));
    assertThat(GroupStage.Postings.of(dated, 4).runs()).containsExactly(0, 1);
    assertThat(GroupStage.Postings.of(dated, -1).runs()).containsExactly(0, 0);
    assertThat(
            GroupStage.Postings.of(List.of(at(0, ArticleRow.NO_DATE), at(1, 10), at(2, 30)), 4)
                .runs())
        .containsExactly(0, 0, 0);
  }
}
