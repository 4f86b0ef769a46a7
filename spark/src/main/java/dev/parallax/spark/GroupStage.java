package dev.parallax.spark;

import dev.parallax.story.SignedArticle;
import dev.parallax.story.StoryGrouper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * in that order ({@link StoryGrouper#file(SignedArticle, StoryGrouper.Counts)}), from the postings
 * of the words the block uses, and then ends as {@code cluster}'s one batch ends ({@link
 * StoryGrouper#endBatch}). An article can only join or merge stories listed under its lookup words,
 * so with every word linking whatever the dates ({@link Blocking#exact}) every article is filed as
 * one grouper filing the whole corpus files it; two things can in principle differ: the batch's
 * end, which clusters the stories again, could join stories of two blocks that share no lookup
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
   */
  record Blocking(double maxNameShare, int minNameCap, boolean withinWindow)
      implements Serializable {
    /** Every name links, within the grouper's window of days. */
    static Blocking defaults() {
      return new Blocking(1.0, 0, true);
    }

    /**
     * Every name links, whatever the dates: blocks hold whole stories, and grouping is exactly the
     * single-machine one.
     */
    static Blocking exact() {
      return new Blocking(1.0, 0, false);
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

  /** The stories, the diagnostics grouping raised, and the sizes of the blocks. */
  record Result(JavaRDD<StoryOut> stories, JavaRDD<Diag> diagnostics, List<Integer> blockSizes) {}

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
   * One name's postings: the ranks of the articles that use it, in filing order, and the run of
   * dates each is in. Filing order is by date, so a run ends where the next article is dated more
   * than {@code linkDays} after the one before. With no limit ({@code linkDays} negative) or an
   * undated article among them (within any window), they are all one run.
   */
  record Postings(long[] ranks, int[] runs) implements Serializable {
    static Postings of(Iterable<Tuple2<Long, Long>> rankDays, int linkDays) {
      List<Tuple2<Long, Long>> all = new ArrayList<>();
      rankDays.forEach(all::add);
      all.sort(Comparator.comparing(Tuple2::_1));
      long[] ranks = new long[all.size()];
      int[] runs = new int[all.size()];
      boolean split = linkDays >= 0 && !all.isEmpty() && all.get(0)._2() != ArticleRow.NO_DATE;
      for (int i = 0; i < ranks.length; i++) {
        ranks[i] = all.get(i)._1();
        runs[i] =
            i == 0
                ? 0
                : runs[i - 1] + (split && all.get(i)._2() - all.get(i - 1)._2() > linkDays ? 1 : 0);
      }
      return new Postings(ranks, runs);
    }
  }

  /**
   * What a block needs of one name's postings: how many articles before the block's first use it,
   * and the ranks of those that do from there to the block's last.
   */
  record Slice(int before, long[] ranks) implements Serializable {
    static Slice of(long[] postings, long from, long to) {
      int lo = upperBound(postings, from - 1);
      int hi = upperBound(postings, to);
      return new Slice(lo, java.util.Arrays.copyOfRange(postings, lo, hi));
    }

    /** How many articles up to {@code rank} (included) use the name. */
    int asOf(long rank) {
      return before + upperBound(ranks, rank);
    }
  }

  /** How many of the sorted values are at most {@code x}. */
  static int upperBound(long[] sorted, long x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A grouper that only looks names up; embedding happened in stage 1. */
  private static StoryGrouper lookup(Grouping settings) {
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
    // each name's postings: the ranks of the articles that use it, in filing order
    // (and, for blocking, which run of dates within the window each of them is in)
    int linkDays = blocking.withinWindow() ? settings.windowDays() : -1;
    JavaPairRDD<String, Postings> byName =
        ranked
            .flatMapToPair(
                r -> {
                  List<Tuple2<String, Tuple2<Long, Long>>> out = new ArrayList<>();
                  for (String n : r._2().signedArticle().counted()) {
                    out.add(new Tuple2<>(n, new Tuple2<>(r._1(), r._2().day())));
                  }
                  return out.iterator();
                })
            .groupByKey()
            .mapValues(p -> Postings.of(p, linkDays))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, long[]> postings = byName.mapValues(Postings::ranks);
    // each article's names with their document frequency as of it (it included) and their runs
    JavaPairRDD<Long, Tuple2<HashMap<String, Integer>, HashMap<String, Integer>>> asOf =
        byName
            .flatMapToPair(
                p -> {
                  List<Tuple2<Long, Tuple2<String, int[]>>> out = new ArrayList<>();
                  for (int i = 0; i < p._2().ranks().length; i++) {
                    out.add(
                        new Tuple2<>(
                            p._2().ranks()[i],
                            new Tuple2<>(p._1(), new int[] {i + 1, p._2().runs()[i]})));
                  }
                  return out.iterator();
                })
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

    // each block's slice of the postings of the names it uses: what the counts as of its articles
    // need
    JavaPairRDD<String, Tuple2<Long, Long>> span =
        labelled
            .mapToPair(m -> new Tuple2<>(m._1(), new Tuple2<>(m._2().rank(), m._2().rank())))
            .reduceByKey(
                (a, b) -> new Tuple2<>(Math.min(a._1(), b._1()), Math.max(a._2(), b._2())));
    JavaPairRDD<String, HashMap<String, Slice>> slices =
        labelled
            .flatMapToPair(
                m -> {
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  for (String n : m._2().df().keySet()) {
                    out.add(new Tuple2<>(n, m._1()));
                  }
                  return out.iterator();
                })
            .distinct()
            .mapToPair(Tuple2::swap)
            .join(span)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .join(postings)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1()._1(),
                        new Tuple2<>(
                            t._1(),
                            Slice.of(t._2()._2(), t._2()._1()._2()._1(), t._2()._1()._2()._2()))))
            .aggregateByKey(
                new HashMap<String, Slice>(),
                (m, v) -> {
                  m.put(v._1(), v._2());
                  return m;
                },
                (a, b) -> {
                  a.putAll(b);
                  return a;
                });

    // each block filed by one grouper, in filing order, with the corpus's counts
    // (a block whose articles use no name at all has no slices)
    JavaPairRDD<String, Tuple2<Iterable<Member>, HashMap<String, Slice>>> blocks =
        labelled
            .groupByKey()
            .leftOuterJoin(slices)
            .mapValues(v -> new Tuple2<>(v._1(), v._2().orElse(new HashMap<>())))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Integer> sizes = blocks.map(b -> size(b._2()._1())).collect();
    JavaRDD<InStory> filed =
        blocks.flatMap(b -> file(b._2()._1(), b._2()._2(), settings).iterator());
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
    return new Result(stories, duplicates, sizes);
  }

  private static int size(Iterable<?> it) {
    int n = 0;
    for (Object o : it) {
      n++;
    }
    return n;
  }

  /**
   * Files one block in filing order, each article weighing names by the whole corpus's counts as of
   * it: the stories one grouper filing the whole corpus in that order makes of these articles.
   * Returns each article placed in its story; a story's id is {@code S-} and the hex digits of its
   * first article's id.
   */
  static List<InStory> file(Iterable<Member> block, Map<String, Slice> slices, Grouping settings) {
    List<Member> in = new ArrayList<>();
    block.forEach(in::add);
    in.sort(Comparator.comparingLong(Member::rank));
    StoryGrouper grouper = lookup(settings);
    Map<String, SignedRow> bySource = new HashMap<>();
    for (Member m : in) {
      SignedArticle a = m.article().signedArticle();
      bySource.put(a.source(), m.article());
      long rank = m.rank();
      grouper.file(
          a,
          new StoryGrouper.Counts(
              rank + 1,
              n -> {
                Slice s = slices.get(n);
                return s == null ? 1 : s.asOf(rank);
              }));
    }
    // cluster files its input as one batch, so a block ends as one
    grouper.endBatch();
    List<InStory> out = new ArrayList<>();
    for (StoryGrouper.Story s : grouper.stories()) {
      List<SignedRow> rows = new ArrayList<>();
      for (String source : s.sources()) {
        rows.add(bySource.get(source));
      }
      rows.sort(SignedRow.ORDER);
      String id = "S-" + rows.get(0).id().substring(1);
      for (SignedRow r : rows) {
        out.add(new InStory(id, s.title(), new Placed(r, "")));
      }
    }
    return out;
  }

  private static List<SignedRow> sorted(Iterable<SignedRow> rows) {
    List<SignedRow> out = new ArrayList<>();
    rows.forEach(out::add);
    out.sort(SignedRow.ORDER.thenComparing(SignedRow::source));
    return out;
  }
}
