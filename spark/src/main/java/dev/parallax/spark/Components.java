package dev.parallax.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of items linked through shared keys, by label propagation: each item starts
 * labelled with itself, and each round every key takes the least label of its items and every item
 * the least label of its keys, until nothing changes. The label of a component is its least item,
 * so the result depends neither on the order of the input nor on its partitioning. Rounds grow with
 * the longest chain of keys, which the blocking keeps short by leaving common keys out.
 */
final class Components {
  /**
   * Rounds between cuts of the lineage, so that many rounds do not build a plan too deep to run.
   */
  private static final int CHECKPOINT_EVERY = 8;

  private Components() {}

  /** Each item with the least item of its component; an item with no key is alone. */
  static JavaPairRDD<String, String> of(
      JavaRDD<String> items, JavaPairRDD<String, String> itemKeys) {
    JavaPairRDD<String, String> keyItems =
        itemKeys.mapToPair(Tuple2::swap).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        items.mapToPair(i -> new Tuple2<>(i, i)).persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 1; ; round++) {
      JavaPairRDD<String, String> keyLabels =
          itemKeys.join(labels).mapToPair(t -> t._2()).reduceByKey(Components::least);
      JavaPairRDD<String, String> offered =
          keyItems.join(keyLabels).mapToPair(t -> t._2()).reduceByKey(Components::least);
      JavaPairRDD<String, String> next =
          labels
              .leftOuterJoin(offered)
              .mapValues(v -> v._2().isPresent() ? least(v._1(), v._2().get()) : v._1())
              .persist(StorageLevel.MEMORY_AND_DISK());
      if (round % CHECKPOINT_EVERY == 0) {
        next.rdd().localCheckpoint();
      }
      long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        keyItems.unpersist(false);
        return labels;
      }
    }
  }

  private static String least(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
