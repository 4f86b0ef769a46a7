package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * A name's uses walked in filing order: its counts as of each, and the runs of dates blocking links
 * them in.
 */
class PostingsTest {
  private static Tuple2<Tuple2<String, Long>, Long> use(String name, long rank, long day) {
    return new Tuple2<>(new Tuple2<>(name, rank), day);
  }

  /** Each use as "rank name count/run". */
  private static List<String> walk(List<Tuple2<Tuple2<String, Long>, Long>> uses, int linkDays) {
    List<String> out = new ArrayList<>();
    Iterator<Tuple2<Long, Tuple2<String, int[]>>> it =
        GroupStage.Postings.walk(uses.iterator(), linkDays);
    it.forEachRemaining(
        t -> out.add(t._1() + " " + t._2()._1() + " " + t._2()._2()[0] + "/" + t._2()._2()[1]));
    return out;
  }

  @Test
  void aGapLongerThanTheWindowStartsARun() {
    // 10 -> 14 is within 4 days; 14 -> 19 is not; 19 -> 23 is
    assertThat(
            walk(
                List.of(
                    use("a", 0, 10),
                    use("a", 1, 14),
                    use("a", 2, 14),
                    use("a", 3, 14),
                    use("a", 4, 19),
                    use("a", 5, 23)),
                4))
        .containsExactly("0 a 1/0", "1 a 2/0", "2 a 3/0", "3 a 4/0", "4 a 5/1", "5 a 6/1");
  }

  @Test
  void eachNameCountsFromOne() {
    assertThat(walk(List.of(use("a", 0, 10), use("a", 7, 30), use("b", 3, 12)), 4))
        .containsExactly("0 a 1/0", "7 a 2/1", "3 b 1/0");
  }

  @Test
  void anUndatedArticleOrNoWindowKeepsOneRun() {
    assertThat(walk(List.of(use("a", 1, 10), use("a", 2, 30)), -1))
        .containsExactly("1 a 1/0", "2 a 2/0");
    assertThat(walk(List.of(use("a", 0, ArticleRow.NO_DATE), use("a", 1, 10), use("a", 2, 30)), 4))
        .containsExactly("0 a 1/0", "1 a 2/0", "2 a 3/0");
  }
}
