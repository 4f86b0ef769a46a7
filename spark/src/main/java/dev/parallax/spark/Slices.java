package dev.parallax.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * A block cut into consecutive slices of days, filed in parallel and stitched: what lets more than
 * one task file a block that a frequent name chains over months. Slice {@code k} holds the articles
 * dated in {@code [k × days, (k + 1) × days)} (days since the epoch) and, after them, the first
 * window and a day of the next slice's (the overlap), so that its stories run on as far as any
 * later article could still join them. An article of the overlap belongs to the story its own slice
 * gives it; two stories of adjacent slices that hold one overlap article between them are one
 * story. A block holding an undated article is filed whole (such an article is within every
 * window). Slices depart from one grouper filing the block: a slice starts without the stories open
 * before it, which the stitching joins back only through the overlap's articles.
 */
final class Slices {
  private Slices() {}

  /** Each article placed in its story, the stories of a block's slices stitched. */
  static JavaRDD<GroupStage.InStory> file(
      JavaPairRDD<String, GroupStage.Member> blocks,
      GroupStage.Grouping settings,
      int days,
      HeldPeak peak) {
    int overlap = settings.windowDays() + 1;
    if (days <= overlap) {
      throw new IllegalArgumentException(
          "slices must be longer than the grouper's window and a day ("
              + overlap
              + " days), were "
              + days);
    }
    JavaPairRDD<String, Boolean> undated =
        blocks
            .mapValues(m -> m.article().day() == ArticleRow.NO_DATE)
            .reduceByKey((a, b) -> a || b);
    JavaPairRDD<String, GroupStage.Member> streams =
        blocks
            .join(undated)
            .flatMapToPair(
                t -> {
                  GroupStage.Member m = t._2()._1();
                  List<Tuple2<String, GroupStage.Member>> out = new ArrayList<>();
                  if (t._2()._2()) {
                    out.add(new Tuple2<>(t._1(), m));
                    return out.iterator();
                  }
                  long k = Math.floorDiv(m.article().day(), days);
                  out.add(new Tuple2<>(slice(t._1(), k), m));
                  if (m.article().day() - k * days < overlap) {
                    out.add(new Tuple2<>(slice(t._1(), k - 1), m));
                  }
                  return out.iterator();
                });
    // each placement under its story within its slice
    JavaPairRDD<String, GroupStage.InStory> placed =
        GroupStage.stream(streams, settings, peak, new java.util.HashMap<>())
            .mapToPair(t -> new Tuple2<>(t._1() + "\u0000" + t._2().storyId(), t._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    // stories of adjacent slices joined through the articles they both hold
    JavaPairRDD<String, String> storyArticles = placed.mapValues(p -> p.placed().article().id());
    JavaPairRDD<String, String> joined =
        Components.of(storyArticles.keys().distinct(), storyArticles);
    JavaPairRDD<String, GroupStage.InStory> own =
        placed
            .filter(t -> own(t._1(), t._2().placed().article().day(), days))
            .join(joined)
            .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    // a joined story's id and title are those of its first article's story
    JavaPairRDD<String, GroupStage.InStory> first =
        own.reduceByKey(
            (a, b) ->
                SignedRow.ORDER.compare(a.placed().article(), b.placed().article()) <= 0 ? a : b);
    return own.join(first)
        .map(
            t ->
                new GroupStage.InStory(
                    "S-" + t._2()._2().placed().article().id().substring(1),
                    t._2()._2().title(),
                    t._2()._1().placed()));
  }

  private static String slice(String block, long k) {
    return block + "\u0001" + k;
  }

  /**
   * Whether the stream of a story (its id within its slice) is the one an article of this day
   * belongs to: its slice, or its whole block.
   */
  private static boolean own(String story, long day, int days) {
    String stream = story.substring(0, story.indexOf('\u0000'));
    int at = stream.lastIndexOf('\u0001');
    return at < 0 || Long.parseLong(stream.substring(at + 1)) == Math.floorDiv(day, days);
  }
}
