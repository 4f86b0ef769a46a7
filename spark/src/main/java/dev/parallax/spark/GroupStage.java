package dev.parallax.spark;

import dev.parallax.story.SignedArticle;
import dev.parallax.story.StoryGrouper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Stage 2: the stories of the whole corpus, from each article's {@link SignedRow} (its signature,
 * not its text). A second copy of an article (same outlet and text) is a {@code duplicate}; the
 * same text under another outlet is a copy of the first, placed in its story and never filed (as
 * {@code parallax ingest} does). The rest take one filing order, the one {@code parallax cluster}
 * files in (publication date, then article id), whatever order and partitioning the input came in.
 * They are split into blocks: the connected components of "shares a word the grouper looks
 * candidate stories up under" ({@link StoryGrouper#lookupNames}, with the corpus's counts as of
 * each article), and by default only where the two are dated within the grouper's window of days of
 * each other (through a chain of such articles). Each block is filed by the core grouper in the
 * filing order, each article weighing words and names by the whole corpus's counts as of its place
 * in that order ({@link StoryGrouper#file(SignedArticle, StoryGrouper.Counts)}). A block is
 * streamed through its grouper and never held whole ({@link BlockStream}): the grouper ends a batch
 * once the dates move past its window, and gives out the stories the window has closed, so a task
 * holds the stories still open, not the block. An article can only join or merge stories listed
 * under its lookup words, so with every word linking whatever the dates ({@link Blocking#exact})
 * every article is filed as one grouper filing the whole corpus in batches of the window's length
 * files it; with undated articles (one batch, as {@code cluster} files) the batch's end, which
 * clusters the stories again, could in principle join stories of two blocks that share no lookup
 * word, and with the time window a story that runs on past the window through other words could be
 * joined by a later article through a word the story last used more than the window before it.
 * {@link Blocking} can also leave very common words out, at a further price in exactness.
 */
final class GroupStage {
  private GroupStage() {}

  /**
   * How the corpus is split into blocks.
   *
   * @param maxNameShare a name used by more than this share of the corpus's articles links no block
   *     (1: every name links)
   * @param minNameCap but a name used by at most this many articles always does (small corpora)
   * @param withinWindow a name links only articles whose dates are within the grouper's window of
   *     days of each other (in a chain: the name's articles are cut where their dates leave a gap
   *     longer than the window); undated articles are within every window, so a name any undated
   *     article uses links all its articles
   * @param sliceDays 0: each block is filed as one stream by one task; else a block is cut into
   *     slices of this many days, filed in parallel and stitched ({@link Slices}); it must be
   *     longer than the grouper's window and a day
   */
  record Blocking(double maxNameShare, int minNameCap, boolean withinWindow, int sliceDays)
      implements Serializable {
    Blocking {
      if (sliceDays < 0) {
        throw new IllegalArgumentException("sliceDays must be >= 0, was " + sliceDays);
      }
    }

    /** Every name links, within the grouper's window of days. */
    static Blocking defaults() {
      return new Blocking(1.0, 0, true, 0);
    }

    /** The same, each block cut into slices of {@code days} filed in parallel ({@link Slices}). */
    Blocking withSlices(int days) {
      return new Blocking(maxNameShare, minNameCap, withinWindow, days);
    }

    /**
     * Every name links, whatever the dates: blocks hold whole stories, and grouping is exactly the
     * single-machine one.
     */
    static Blocking exact() {
      return new Blocking(1.0, 0, false, 0);
    }

    long cap(long articles) {
      return Math.max(minNameCap, (long) Math.floor(maxNameShare * articles));
    }
  }

  /** The grouper's settings as tasks carry them. */
  record Grouping(
      double embeddingWeight,
      double wordWeight,
      double nameWeight,
      double numberWeight,
      double join,
      double merge,
      int windowDays,
      int candidateWords)
      implements Serializable {
    static Grouping of(StoryGrouper.Settings s) {
      return new Grouping(
          s.embeddingWeight(),
          s.wordWeight(),
          s.nameWeight(),
          s.numberWeight(),
          s.join(),
          s.merge(),
          s.windowDays(),
          s.candidateWords());
    }

    StoryGrouper.Settings settings() {
      return new StoryGrouper.Settings(
          embeddingWeight,
          wordWeight,
          nameWeight,
          numberWeight,
          join,
          merge,
          windowDays,
          candidateWords);
    }
  }

  /** An article placed in a story; {@code copyOf} is the id of the article it copies, or empty. */
  record Placed(SignedRow article, String copyOf) implements Serializable {}

  /** A story: its id, its title and its articles in filing order, copies included. */
  record StoryOut(String id, String title, List<Placed> articles) implements Serializable {
    long first() {
      return articles.stream()
          .mapToLong(p -> p.article().day())
          .filter(d -> d != ArticleRow.NO_DATE)
          .min()
          .orElse(ArticleRow.NO_DATE);
    }

    long last() {
      return articles.stream()
          .mapToLong(p -> p.article().day())
          .filter(d -> d != ArticleRow.NO_DATE)
          .max()
          .orElse(ArticleRow.NO_DATE);
    }

    /** Independent outlets: distinct outlet names of the articles that are not copies. */
    int outlets() {
      Set<String> out = new HashSet<>();
      for (Placed p : articles) {
        if (p.copyOf().isEmpty() && !p.article().outlet().isBlank()) {
          out.add(p.article().outlet().strip().toLowerCase(java.util.Locale.ROOT));
        }
      }
      return out.size();
    }
  }

  /**
   * The stories, the diagnostics grouping raised, the sizes of the blocks, and the most one task's
   * grouper held at one time (known once the stories are computed).
   */
  record Result(
      JavaRDD<StoryOut> stories,
      JavaRDD<Diag> diagnostics,
      List<Integer> blockSizes,
      HeldPeak held) {}

  /** An article placed in a story, with the story's id and title. */
  record InStory(String storyId, String title, Placed placed) implements Serializable {}

  /**
   * An article with its rank in the corpus's filing order, the document frequency of each of its
   * names as of it, and the run of each name's dates it is in ({@link Postings}).
   */
  record Member(
      long rank, SignedRow article, HashMap<String, Integer> df, HashMap<String, Integer> runs)
      implements Serializable {}

  /**
   * One name's uses walked in filing order: how many articles use it up to each (it included), and
   * the run of dates each is in. Filing order is by date, so a run ends where the next article is
   * dated more than {@code linkDays} after the one before. With no limit ({@code linkDays}
   * negative) or an undated article among them (within any window; undated articles come first),
   * they are all one run.
   */
  static final class Postings {
    private final int linkDays;
    private int count;
    private int run;
    private long lastDay;
    private boolean split;

    Postings(int linkDays) {
      this.linkDays = linkDays;
    }

    /** The next article using the name, in filing order: {count as of it, its run}. */
    int[] next(long day) {
      if (count == 0) {
        split = linkDays >= 0 && day != ArticleRow.NO_DATE;
      } else if (split && day - lastDay > linkDays) {
        run++;
      }
      count++;
      lastDay = day;
      return new int[] {count, run};
    }

    /**
     * Each use ((name, rank), day), sorted by name then rank, as (rank, (name, {count, run})), one
     * at a time.
     */
    static Iterator<Tuple2<Long, Tuple2<String, int[]>>> walk(
        Iterator<Tuple2<Tuple2<String, Long>, Long>> uses, int linkDays) {
      return new Iterator<>() {
        private String name;
        private Postings postings;

        @Override
        public boolean hasNext() {
          return uses.hasNext();
        }

        @Override
        public Tuple2<Long, Tuple2<String, int[]>> next() {
          Tuple2<Tuple2<String, Long>, Long> u = uses.next();
          if (!u._1()._1().equals(name)) {
            name = u._1()._1();
            postings = new Postings(linkDays);
          }
          return new Tuple2<>(u._1()._2(), new Tuple2<>(name, postings.next(u._2())));
        }
      };
    }
  }

  /** A grouper that only looks names up; embedding happened in stage 1. */
  static StoryGrouper lookup(Grouping settings) {
    return StoryGrouper.with(
        texts -> {
          throw new IllegalStateException("articles are signed in stage 1");
        },
        settings.settings());
  }

  static Result run(
      JavaRDD<SignedRow> articles, StoryGrouper.Settings grouperSettings, Blocking blocking) {
    Grouping settings = Grouping.of(grouperSettings);
    // duplicates: the same outlet and text again; the first in filing order (then by source) stays
    JavaPairRDD<String, Iterable<SignedRow>> byId =
        articles.groupBy(SignedRow::id).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<SignedRow> unique = byId.map(g -> sorted(g._2()).get(0));
    JavaRDD<Diag> duplicates =
        byId.flatMap(
            g -> {
              List<SignedRow> same = sorted(g._2());
              List<Diag> out = new ArrayList<>();
              for (SignedRow r : same.subList(1, same.size())) {
                out.add(
                    new Diag(
                        "group",
                        "duplicate",
                        r.source(),
                        "same outlet and text as " + same.get(0).source() + "; skipped"));
              }
              return out.iterator();
            });

    // copies: the same text under another outlet; the first in filing order is the original
    JavaPairRDD<String, Iterable<SignedRow>> byText =
        unique.groupBy(SignedRow::textHash).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<SignedRow> originals =
        byText.map(g -> sorted(g._2()).get(0)).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, SignedRow> copies =
        byText.flatMapToPair(
            g -> {
              List<SignedRow> same = sorted(g._2());
              List<Tuple2<String, SignedRow>> out = new ArrayList<>();
              for (SignedRow r : same.subList(1, same.size())) {
                out.add(new Tuple2<>(same.get(0).id(), r));
              }
              return out.iterator();
            });

    // one filing order for the whole corpus: each original's rank in it
    JavaPairRDD<Long, SignedRow> ranked =
        originals
            .sortBy(Job::orderKey, true, Math.max(1, originals.getNumPartitions()))
            .zipWithIndex()
            .mapToPair(Tuple2::swap)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long corpus = ranked.count();
    // each article's names with their document frequency as of it (it included) and, for
    // blocking, the run of dates within the window it is in: each name's uses streamed in filing
    // order through one task, never held together
    int linkDays = blocking.withinWindow() ? settings.windowDays() : -1;
    JavaPairRDD<Long, Tuple2<HashMap<String, Integer>, HashMap<String, Integer>>> asOf =
        ranked
            .flatMapToPair(
                r -> {
                  List<Tuple2<Tuple2<String, Long>, Long>> out = new ArrayList<>();
                  for (String n : r._2().signedArticle().counted()) {
                    out.add(new Tuple2<>(new Tuple2<>(n, r._1()), r._2().day()));
                  }
                  return out.iterator();
                })
            .repartitionAndSortWithinPartitions(
                new ByFirst(Math.max(1, ranked.getNumPartitions())), new FirstThenRank())
            .mapPartitionsToPair(in -> Postings.walk(in, linkDays))
            .aggregateByKey(
                new Tuple2<>(new HashMap<String, Integer>(), new HashMap<String, Integer>()),
                (m, v) -> {
                  m._1().put(v._1(), v._2()[0]);
                  m._2().put(v._1(), v._2()[1]);
                  return m;
                },
                (a, b) -> {
                  a._1().putAll(b._1());
                  a._2().putAll(b._2());
                  return a;
                });
    JavaPairRDD<Long, Member> members =
        ranked
            .leftOuterJoin(asOf)
            .mapToPair(
                t -> {
                  Tuple2<HashMap<String, Integer>, HashMap<String, Integer>> names =
                      t._2()._2().orElse(new Tuple2<>(new HashMap<>(), new HashMap<>()));
                  return new Tuple2<>(
                      t._1(), new Member(t._1(), t._2()._1(), names._1(), names._2()));
                })
            .persist(StorageLevel.MEMORY_AND_DISK());

    // blocking keys: the names the grouper looks candidates up under as it files each article, each
    // within its run of dates
    long cap = blocking.cap(corpus);
    JavaPairRDD<String, String> keys =
        members
            .flatMapToPair(
                m -> {
                  Member a = m._2();
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  for (String n :
                      lookup(settings)
                          .lookupNames(
                              a.article().signedArticle(),
                              x -> a.df().getOrDefault(x, 1),
                              a.rank() + 1)) {
                    if (cap >= corpus || a.df().getOrDefault(n, 1) <= cap) {
                      out.add(
                          new Tuple2<>(
                              a.article().id(), n + "\u0000" + a.runs().getOrDefault(n, 0)));
                    }
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        Components.of(members.values().map(m -> m.article().id()), keys);
    JavaPairRDD<String, Member> labelled =
        members
            .mapToPair(m -> new Tuple2<>(m._2().article().id(), m._2()))
            .join(labels)
            .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // each block streamed through one grouper in filing order, the blocks hashed over the tasks:
    // a task holds the stories its grouper keeps open, not its blocks
    Map<String, Integer> sizeOf =
        labelled.mapValues(m -> 1).reduceByKey(Integer::sum).collectAsMap();
    List<Integer> sizes = new ArrayList<>(sizeOf.values());
    // a block too large for one batch's end is filed in batches, as cluster files such an input
    HashMap<String, Integer> batchOf = new HashMap<>();
    sizeOf.forEach(
        (label, n) -> {
          int batch = StoryGrouper.clusterBatch(n);
          if (batch < n) {
            batchOf.put(label, batch);
          }
        });
    HeldPeak peak = new HeldPeak();
    articles.context().register(peak, "stage 2: most articles held by one task's grouper");
    JavaRDD<InStory> filed =
        (blocking.sliceDays() > 0
                ? Slices.file(labelled, settings, blocking.sliceDays(), peak)
                : stream(labelled, settings, peak, batchOf).values())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, InStory> storyOf =
        filed.mapToPair(f -> new Tuple2<>(f.placed().article().id(), f));
    JavaRDD<InStory> copied =
        copies
            .join(storyOf)
            .map(
                t ->
                    new InStory(
                        t._2()._2().storyId(),
                        t._2()._2().title(),
                        new Placed(t._2()._1(), t._1())));
    JavaRDD<StoryOut> stories =
        filed
            .union(copied)
            .groupBy(InStory::storyId)
            .map(
                t -> {
                  List<Placed> in = new ArrayList<>();
                  String title = "";
                  for (InStory f : t._2()) {
                    in.add(f.placed());
                    title = f.title();
                  }
                  in.sort(Comparator.comparing(Placed::article, SignedRow.ORDER));
                  return new StoryOut(t._1(), title, in);
                });
    return new Result(stories, duplicates, sizes, peak);
  }

  /**
   * Each stream (a block, or a slice of one) of (stream, article) filed by {@link BlockStream}, the
   * streams hashed over the tasks: each article placed, with the stream that placed it; a stream
   * {@code batchOf} lists is filed in batches of that many articles.
   */
  static JavaPairRDD<String, InStory> stream(
      JavaPairRDD<String, Member> streams,
      Grouping settings,
      HeldPeak peak,
      HashMap<String, Integer> batchOf) {
    return streams
        .mapToPair(m -> new Tuple2<>(new Tuple2<>(m._1(), m._2().rank()), m._2()))
        .repartitionAndSortWithinPartitions(
            new ByFirst(Math.max(1, streams.getNumPartitions())), new FirstThenRank())
        .mapPartitionsToPair(in -> new BlockStream(in, settings, peak::add, batchOf));
  }

  /** Partitions pairs by their first: a block's articles, or a name's uses, all go to one task. */
  static final class ByFirst extends org.apache.spark.Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    ByFirst(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      @SuppressWarnings("unchecked")
      Tuple2<String, Long> k = (Tuple2<String, Long>) key;
      return Math.floorMod(k._1().hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByFirst b && b.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }

  /** Pairs by their first (a block, a name), then in filing order (rank). */
  static final class FirstThenRank implements Comparator<Tuple2<String, Long>>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Tuple2<String, Long> a, Tuple2<String, Long> b) {
      int c = a._1().compareTo(b._1());
      return c != 0 ? c : Long.compare(a._2(), b._2());
    }
  }

  private static List<SignedRow> sorted(Iterable<SignedRow> rows) {
    List<SignedRow> out = new ArrayList<>();
    rows.forEach(out::add);
    out.sort(SignedRow.ORDER.thenComparing(SignedRow::source));
    return out;
  }
}
