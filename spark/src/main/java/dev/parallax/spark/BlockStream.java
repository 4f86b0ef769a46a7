package dev.parallax.spark;

import dev.parallax.story.GrouperCodec;
import dev.parallax.story.SignedArticle;
import dev.parallax.story.StoryGrouper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import scala.Tuple2;

/**
 * Stage 2's filing in one task: the task's blocks, each as a stream of its articles in filing
 * order, through one core {@link StoryGrouper} per block, never holding a block whole. The grouper
 * ends a batch ({@link StoryGrouper#endBatch}) once the stream's dates have moved past the
 * grouper's window from the batch's first date, and then forgets the stories the window has closed
 * ({@link StoryGrouper#dropClosed}): no later article in filing order can join them, and a batch
 * that ended before they closed has already clustered them again with their neighbours. Those
 * stories are given out at once, so the task holds the stories still open and the batch being
 * filed, whatever the length of the block. An undated article is within every window and closes
 * nothing, so a block with undated articles only is one batch, as {@code parallax cluster} files
 * its input; a dated block differs from {@code cluster}'s single batch only in where batches end. A
 * block larger than a batch's end clusters at once ({@link StoryGrouper#CLUSTER_LIMIT}) also ends a
 * batch every {@link StoryGrouper#CLUSTER_BATCH} articles ({@link StoryGrouper#clusterBatch}, the
 * rule {@link StoryGrouper#cluster} follows), as {@link StoryGrouper#cluster} files an input that
 * large.
 *
 * <p>Input: each article's block (or slice of one, {@link Slices}) and rank in the corpus's filing
 * order, sorted by block and then rank (what Spark's sort within partitions gives). Output: each
 * article placed in its story, with its block; a story's id is {@code S-} and the hex digits of its
 * first article's id. Not thread-safe: one task.
 */
final class BlockStream implements Iterator<Tuple2<String, GroupStage.InStory>> {
  /** Most articles and stories the groupers of a stream held at one time. */
  record Held(long articles, long stories) implements java.io.Serializable {
    static final Held NONE = new Held(0, 0);

    Held max(Held o) {
      return new Held(Math.max(articles, o.articles), Math.max(stories, o.stories));
    }
  }

  private final Iterator<Tuple2<Tuple2<String, Long>, GroupStage.Member>> in;
  private final GroupStage.Grouping settings;
  private final java.util.function.Consumer<Held> onHeld;

  /** Articles per batch of each block filed in batches of a size; the others are not listed. */
  private final Map<String, Integer> batchOf;

  /** Most articles of a batch of the block being filed, and how many it holds. */
  private int cap = Integer.MAX_VALUE;

  private int inBatch;
  private final ArrayDeque<Tuple2<String, GroupStage.InStory>> ready = new ArrayDeque<>();

  /** The rows of the articles the grouper holds, by source. */
  private final Map<String, SignedRow> bySource = new HashMap<>();

  private StoryGrouper grouper;
  private String block;

  /** The first date of the batch being filed, or {@link ArticleRow#NO_DATE} before one. */
  private long batchFrom = ArticleRow.NO_DATE;

  private long peakArticles;
  private long peakStories;

  /**
   * @param onHeld told what the grouper holds at the end of each batch, before it forgets the
   *     closed stories: the most it holds during that batch
   */
  BlockStream(
      Iterator<Tuple2<Tuple2<String, Long>, GroupStage.Member>> in,
      GroupStage.Grouping settings,
      java.util.function.Consumer<Held> onHeld,
      Map<String, Integer> batchOf) {
    this.in = in;
    this.settings = settings;
    this.onHeld = onHeld;
    this.batchOf = batchOf;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && (in.hasNext() || grouper != null)) {
      step();
    }
    return !ready.isEmpty();
  }

  @Override
  public Tuple2<String, GroupStage.InStory> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  /** The most the groupers held at one time so far. */
  Held peak() {
    return new Held(peakArticles, peakStories);
  }

  private void step() {
    if (!in.hasNext()) {
      endBatch(true);
      return;
    }
    Tuple2<Tuple2<String, Long>, GroupStage.Member> t = in.next();
    String label = t._1()._1();
    GroupStage.Member m = t._2();
    if (grouper != null && !label.equals(block)) {
      endBatch(true);
    }
    if (grouper == null) {
      grouper = GroupStage.lookup(settings);
      block = label;
      batchFrom = ArticleRow.NO_DATE;
      cap = batchOf.getOrDefault(label, Integer.MAX_VALUE);
    }
    long day = m.article().day();
    if (inBatch >= cap) {
      endBatch(false);
      batchFrom = day;
    } else if (day != ArticleRow.NO_DATE) {
      if (batchFrom == ArticleRow.NO_DATE) {
        batchFrom = day;
      } else if (day - batchFrom > settings.windowDays()) {
        endBatch(false);
        batchFrom = day;
      }
    }
    SignedArticle a = m.article().signedArticle();
    inBatch++;
    bySource.put(a.source(), m.article());
    grouper.file(
        a, new StoryGrouper.Counts(m.rank() + 1, n -> m.df().getOrDefault(n, 1).intValue()));
  }

  /**
   * Ends the grouper's batch and gives out the stories it no longer needs: those the window has
   * closed, or all of them at the block's end.
   */
  private void endBatch(boolean blockEnds) {
    grouper.endBatch();
    inBatch = 0;
    List<StoryGrouper.Story> held = grouper.stories();
    long articles = 0;
    for (StoryGrouper.Story s : held) {
      articles += s.sources().size();
    }
    peakArticles = Math.max(peakArticles, articles);
    peakStories = Math.max(peakStories, held.size());
    onHeld.accept(new Held(articles, held.size()));
    if (blockEnds) {
      held.forEach(this::giveOut);
      grouper = null;
      block = null;
      bySource.clear();
      return;
    }
    grouper.dropClosed();
    // the increments of the grouper's own word counts are kept for a store to persist; the job has
    // none, and they would otherwise grow with every word the block uses
    GrouperCodec.takeDfChanges(grouper);
    Set<String> open = new HashSet<>();
    for (StoryGrouper.Story s : grouper.stories()) {
      open.add(s.id());
    }
    for (StoryGrouper.Story s : held) {
      if (!open.contains(s.id())) {
        giveOut(s);
      }
    }
  }

  private void giveOut(StoryGrouper.Story s) {
    List<SignedRow> rows = new ArrayList<>();
    for (String source : s.sources()) {
      rows.add(bySource.remove(source));
    }
    rows.sort(SignedRow.ORDER);
    String id = "S-" + rows.get(0).id().substring(1);
    for (SignedRow r : rows) {
      ready.add(
          new Tuple2<>(block, new GroupStage.InStory(id, s.title(), new GroupStage.Placed(r, ""))));
    }
  }
}
