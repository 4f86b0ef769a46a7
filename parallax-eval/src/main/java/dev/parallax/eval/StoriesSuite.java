package dev.parallax.eval;

import dev.parallax.Parallax;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.SourceText;
import dev.parallax.story.BCubed;
import dev.parallax.story.SignedArticle;
import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Story grouping ({@code parallax cluster}: cleaning and the grouper's fast path) on a story
 * corpus, scored with B-cubed against the gold stories. Articles arrive in an order shuffled with a
 * fixed seed, undated as the corpora are, in batches as {@code ingest} files them; the {@code
 * cluster-} figures group the same pool as {@code parallax cluster} does, in one batch. Figures for
 * the whole pool, its tuning and held-out parts, the spread over groups (ECB+ topics), the number
 * of stories against the gold, and the TF-IDF average-link baseline with its best threshold on the
 * same articles. ECB+ is grouped as one pool; AllSides' train and validation events each as their
 * own.
 */
final class StoriesSuite implements Suite {
  static final long SHUFFLE_SEED = 20261201L;

  /**
   * Articles per batch, as {@code ingest} files them (200); {@code -Dparallax.eval.stories.batch=N}
   * sets another size, and a size above the pool's files it in one batch, so the end-of-batch
   * regrouping clusters the whole pool at once (what the online grouper gives up by deciding batch
   * by batch).
   */
  static final int BATCH = Integer.getInteger("parallax.eval.stories.batch", 200);

  private final String corpus;

  StoriesSuite(String corpus) {
    this.corpus = corpus;
  }

  @Override
  public String name() {
    return corpus;
  }

  List<StoryItem> items(Corpora corpora) throws Exception {
    return corpus.equals(StoryCorpora.ECBPLUS)
        ? StoryCorpora.ecbplus(corpora)
        : StoryCorpora.allsides(corpora);
  }

  /** Whole groups (topics, events) sampled: {@code limit} groups per pool. */
  static List<StoryItem> sampleGroups(List<StoryItem> items, int limit) {
    if (limit <= 0) {
      return items;
    }
    Map<String, List<StoryItem>> byGroup = new LinkedHashMap<>();
    for (StoryItem i : items) {
      byGroup.computeIfAbsent(i.group(), k -> new ArrayList<>()).add(i);
    }
    Set<String> chosen =
        new HashSet<>(Corpora.sample(new ArrayList<>(byGroup.keySet()), g -> g, limit));
    List<StoryItem> out = new ArrayList<>();
    for (StoryItem i : items) {
      if (chosen.contains(i.group())) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * How many other arrival orders each pool is grouped in as well, when asked for ({@code
   * -Dparallax.eval.stories.orders=N}): the lowest and highest F1 over them show how much of a
   * difference between two settings the order alone can make.
   */
  static final int ORDERS = Integer.getInteger("parallax.eval.stories.orders", 0);

  /** Groups the items as they arrive; returns each item's story id. */
  static Map<String, String> group(List<StoryItem> items) {
    return group(items, SHUFFLE_SEED);
  }

  /**
   * Groups the items as {@code parallax cluster} groups its inputs ({@link StoryGrouper#cluster}):
   * all in one batch, in its filing order ({@link Parallax#inFilingOrder}), so that the batch's end
   * clusters them all again (above the grouper's limit, in batches).
   */
  static Map<String, String> groupOnce(List<StoryItem> items) {
    StoryGrouper grouper = StoryGrouper.create();
    grouper.cluster(Parallax.inFilingOrder(cleaned(items)));
    Map<String, String> out = storyOfEach(grouper);
    for (StoryItem i : items) {
      out.putIfAbsent(i.id(), "unfiled:" + i.id());
    }
    return out;
  }

  /** Groups the items as they arrive in the order a seed shuffles them to. */
  static Map<String, String> group(List<StoryItem> items, long seed) {
    List<StoryItem> order = new ArrayList<>(items);
    Collections.shuffle(order, new Random(seed));
    StoryGrouper grouper = StoryGrouper.create();
    if (POOL_COUNTS) {
      filePoolCounted(order, grouper);
    } else {
      fileBatches(order, grouper);
    }
    return storyOfEach(grouper);
  }

  /** Each filed article's story, by its source. */
  private static Map<String, String> storyOfEach(StoryGrouper grouper) {
    Map<String, String> out = new HashMap<>();
    for (StoryGrouper.Story s : grouper.stories()) {
      for (String source : s.sources()) {
        out.put(source, s.id());
      }
    }
    return out;
  }

  /**
   * Words and names weighed by the whole pool's counts, not by the counts of the articles filed so
   * far ({@code -Dparallax.eval.stories.poolidf=true}): how much of what the grouper loses comes
   * from weighing the first batches' words by a small store (docs/EVALUATION.md). Not the tool's
   * behaviour.
   */
  static final boolean POOL_COUNTS = Boolean.getBoolean("parallax.eval.stories.poolidf");

  /** The items cleaned as {@code parallax cluster} cleans them, undated. */
  static List<StoryGrouper.Dated> cleaned(List<StoryItem> batch) {
    List<SourceText> texts = new ArrayList<>();
    for (StoryItem i : batch) {
      texts.add(new SourceText(ArticleMeta.of(i.id()).withTitle(i.title()), i.text()));
    }
    List<StoryGrouper.Dated> dated = new ArrayList<>();
    for (CleanDocument d : Cleaner.cleanAll(texts)) {
      dated.add(new StoryGrouper.Dated(d, Optional.empty()));
    }
    return dated;
  }

  /** The items in batches of {@link #BATCH}, in order. */
  private static List<List<StoryItem>> batches(List<StoryItem> order) {
    List<List<StoryItem>> out = new ArrayList<>();
    for (int from = 0; from < order.size(); from += BATCH) {
      out.add(order.subList(from, Math.min(order.size(), from + BATCH)));
    }
    return out;
  }

  private static void fileBatches(List<StoryItem> order, StoryGrouper grouper) {
    for (List<StoryItem> batch : batches(order)) {
      grouper.addAll(cleaned(batch));
    }
  }

  private static void filePoolCounted(List<StoryItem> order, StoryGrouper grouper) {
    List<List<SignedArticle>> signed = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (List<StoryItem> batch : batches(order)) {
      List<SignedArticle> b = grouper.sign(cleaned(batch));
      for (SignedArticle a : b) {
        for (String k : a.counted()) {
          df.merge(k, 1, Integer::sum);
        }
      }
      signed.add(b);
    }
    StoryGrouper.Counts counts = new StoryGrouper.Counts(order.size(), k -> df.getOrDefault(k, 1));
    for (List<SignedArticle> b : signed) {
      for (SignedArticle a : b) {
        grouper.file(a, counts);
      }
      grouper.endBatch();
    }
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    List<StoryItem> all = items(corpora);
    Map<String, List<StoryItem>> pools = new TreeMap<>();
    if (corpus.equals(StoryCorpora.ECBPLUS)) {
      pools.put("all", sampleGroups(all, limit));
    } else {
      for (String split : List.of("tune", "held-out")) {
        List<StoryItem> part = all.stream().filter(i -> i.split().equals(split)).toList();
        pools.put(split, sampleGroups(part, limit));
      }
    }
    String data = corpora.version(corpus);
    List<Figure> out = new ArrayList<>();
    for (Map.Entry<String, List<StoryItem>> pool : pools.entrySet()) {
      List<StoryItem> items = pool.getValue();
      log.info(corpus + ": grouping " + items.size() + " articles (" + pool.getKey() + ")");
      Map<String, String> predicted = group(items);
      Map<String, String> gold = new HashMap<>();
      for (StoryItem i : items) {
        gold.put(i.id(), i.story());
        predicted.putIfAbsent(i.id(), "unfiled:" + i.id());
      }
      dump(corpus, pool.getKey(), items, predicted);
      Map<String, List<StoryItem>> parts = new TreeMap<>();
      parts.put(pool.getKey(), items);
      if (pool.getKey().equals("all")) {
        for (StoryItem i : items) {
          parts.computeIfAbsent(i.split(), k -> new ArrayList<>()).add(i);
        }
      }
      for (Map.Entry<String, List<StoryItem>> part : parts.entrySet()) {
        BCubed.Score s = restricted(part.getValue(), predicted, gold);
        int n = part.getValue().size();
        out.add(new Figure(corpus, part.getKey(), "bcubed-precision", s.precision(), n, data));
        out.add(new Figure(corpus, part.getKey(), "bcubed-recall", s.recall(), n, data));
        out.add(new Figure(corpus, part.getKey(), "bcubed-f1", s.f1(), n, data));
        out.add(
            new Figure(
                corpus, part.getKey(), "stories", distinct(part.getValue(), predicted), n, data));
        out.add(
            new Figure(
                corpus, part.getKey(), "gold-stories", distinct(part.getValue(), gold), n, data));
      }
      if (corpus.equals(StoryCorpora.ECBPLUS)) {
        out.addAll(spread(items, predicted, gold, data, ""));
      }
      log.info(
          corpus + ": grouping " + items.size() + " articles as one batch (" + pool.getKey() + ")");
      Map<String, String> once = groupOnce(items);
      dump(corpus, pool.getKey() + "-cluster", items, once);
      for (Map.Entry<String, List<StoryItem>> part : parts.entrySet()) {
        int n = part.getValue().size();
        BCubed.Score s = restricted(part.getValue(), once, gold);
        out.add(new Figure(corpus, part.getKey(), "cluster-bcubed-f1", s.f1(), n, data));
        out.add(
            new Figure(
                corpus,
                part.getKey(),
                "cluster-stories",
                distinct(part.getValue(), once),
                n,
                data));
      }
      if (corpus.equals(StoryCorpora.ECBPLUS)) {
        out.addAll(spread(items, once, gold, data, "cluster-"));
      }
      out.addAll(orders(parts, gold, data, log));
      List<String> ids = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (StoryItem i : items) {
        ids.add(i.id());
        texts.add(i.title().map(t -> t + "\n").orElse("") + i.text());
      }
      TfidfBaseline.Best b = TfidfBaseline.best(ids, texts, gold);
      out.add(new Figure(corpus, pool.getKey(), "baseline-f1", b.score().f1(), items.size(), data));
      out.add(
          new Figure(
              corpus, pool.getKey(), "baseline-threshold", b.threshold(), items.size(), data));
      for (int t : TfidfBaseline.FIXED) {
        out.add(
            new Figure(
                corpus,
                pool.getKey(),
                String.format(java.util.Locale.ROOT, "baseline-f1-at-%.2f", t / 100.0),
                b.fixed().get(t),
                items.size(),
                data));
      }
    }
    return out;
  }

  /**
   * F1 of each part over {@link #ORDERS} more arrival orders of the pool (seeds 1, 2, ...): the
   * lowest and the highest, beside the main order's.
   */
  private List<Figure> orders(
      Map<String, List<StoryItem>> parts, Map<String, String> gold, String data, Log log) {
    if (ORDERS <= 0) {
      return List.of();
    }
    List<StoryItem> pool =
        parts.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
    Map<String, double[]> range = new TreeMap<>();
    for (long seed = 1; seed <= ORDERS; seed++) {
      log.info(corpus + ": grouping in arrival order " + seed + " of " + ORDERS);
      Map<String, String> predicted = group(pool, seed);
      for (StoryItem i : pool) {
        predicted.putIfAbsent(i.id(), "unfiled:" + i.id());
      }
      for (Map.Entry<String, List<StoryItem>> part : parts.entrySet()) {
        double f1 = restricted(part.getValue(), predicted, gold).f1();
        range.merge(
            part.getKey(),
            new double[] {f1, f1},
            (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      }
    }
    List<Figure> out = new ArrayList<>();
    for (Map.Entry<String, double[]> r : range.entrySet()) {
      int n = parts.get(r.getKey()).size();
      out.add(new Figure(corpus, r.getKey(), "bcubed-f1-orders-min", r.getValue()[0], n, data));
      out.add(new Figure(corpus, r.getKey(), "bcubed-f1-orders-max", r.getValue()[1], n, data));
    }
    return out;
  }

  /**
   * With {@code -Dparallax.eval.stories.dump=DIR}, writes each pool's grouping to {@code
   * DIR/CORPUS-POOL.tsv} (and {@code CORPUS-POOL-cluster.tsv} for the one-batch grouping of {@code
   * parallax cluster}), one article a line: its gold story, the story Parallax filed it in, its id
   * and its title (for reading which events split and which merged; tuning pools only for rules).
   */
  private static void dump(
      String corpus, String pool, List<StoryItem> items, Map<String, String> predicted)
      throws IOException {
    String dir = System.getProperty("parallax.eval.stories.dump");
    if (dir == null) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (StoryItem i : items) {
      b.append(i.story()).append('\t').append(predicted.get(i.id())).append('\t');
      b.append(i.id()).append('\t').append(i.title().orElse("").replace('\t', ' ')).append('\n');
    }
    Path out = Path.of(dir, corpus + "-" + pool + ".tsv");
    Files.createDirectories(out.getParent());
    Files.writeString(out, b.toString());
  }

  /** B-cubed over some items only, each grouping restricted to them. */
  static BCubed.Score restricted(
      List<StoryItem> items, Map<String, String> predicted, Map<String, String> gold) {
    Map<String, String> p = new HashMap<>();
    Map<String, String> g = new HashMap<>();
    for (StoryItem i : items) {
      p.put(i.id(), predicted.get(i.id()));
      g.put(i.id(), gold.get(i.id()));
    }
    return BCubed.score(p, g);
  }

  private static int distinct(List<StoryItem> items, Map<String, String> labels) {
    Set<String> s = new HashSet<>();
    for (StoryItem i : items) {
      s.add(labels.get(i.id()));
    }
    return s.size();
  }

  /**
   * Per-group B-cubed F1: lowest, median and mean, so that one good average cannot hide a bad
   * topic.
   */
  private List<Figure> spread(
      List<StoryItem> items,
      Map<String, String> predicted,
      Map<String, String> gold,
      String data,
      String prefix) {
    Map<String, List<StoryItem>> byGroup = new TreeMap<>();
    for (StoryItem i : items) {
      byGroup.computeIfAbsent(i.group(), k -> new ArrayList<>()).add(i);
    }
    List<Double> f1s = new ArrayList<>();
    String worst = "";
    double worstF1 = 2;
    for (Map.Entry<String, List<StoryItem>> e : byGroup.entrySet()) {
      double f1 = restricted(e.getValue(), predicted, gold).f1();
      f1s.add(f1);
      if (f1 < worstF1) {
        worstF1 = f1;
        worst = e.getKey();
      }
    }
    Collections.sort(f1s);
    double mean = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double median = f1s.isEmpty() ? 0 : f1s.get(f1s.size() / 2);
    List<Figure> out = new ArrayList<>();
    out.add(
        new Figure(
            corpus,
            "per-topic",
            prefix + "bcubed-f1-min",
            f1s.isEmpty() ? 0 : f1s.get(0),
            f1s.size(),
            data));
    out.add(new Figure(corpus, "per-topic", prefix + "bcubed-f1-median", median, f1s.size(), data));
    out.add(new Figure(corpus, "per-topic", prefix + "bcubed-f1-mean", mean, f1s.size(), data));
    out.add(
        new Figure(
            corpus, "worst-" + worst, prefix + "bcubed-f1", worstF1 > 1 ? 0 : worstF1, 1, data));
    return out;
  }
}
