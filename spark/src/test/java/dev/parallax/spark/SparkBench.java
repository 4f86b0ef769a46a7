package dev.parallax.spark;

import dev.parallax.Parallax;
import dev.parallax.Pipeline;
import dev.parallax.ingest.Inputs;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import dev.parallax.story.BCubed;
import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's measures (docs/BENCHMARKS.md), run by bench/spark.sh. {@code throughput [ROUNDS]
 * [RUN...]}: stages 1-2 in local mode against the single-machine {@code ingest} of the same input,
 * alternating in one process, with the load average beside each figure. {@code agreement}: B-cubed
 * between the job's stories and {@code parallax cluster}'s on the whole of stories-allsides and
 * stories-ecbplus, and on AllSides with synthetic dates, with the blocks and the bytes per article
 * stage 2 carries. {@code analyse}: stage 3's articles per second in local mode.
 */
public final class SparkBench {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "throughput";
    switch (mode) {
      case "throughput" ->
          throughput(
              args.length > 1 ? Integer.parseInt(args[1]) : 2,
              args.length > 2
                  ? List.of(args).subList(2, args.length)
                  : List.of("ingest", "local[1]", "local[2]"));
      case "agreement" -> agreement(args.length > 1 ? args[1] : "");
      case "analyse" -> analyse(args.length > 1 ? Integer.parseInt(args[1]) : 3);
      default ->
          throw new IllegalArgumentException("mode: throughput, agreement or analyse, not " + mode);
    }
  }

  private static String load() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  /** The process's CPU time so far (every thread, JIT and GC included), in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static SparkSession session(int threads) {
    return SparkSession.builder()
        .master("local[" + threads + "]")
        .appName("parallax-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", String.valueOf(2 * threads))
        .config("spark.default.parallelism", String.valueOf(2 * threads))
        .getOrCreate();
  }

  /** AllSides' validation split (921 articles) and the whole of ECB+ (772): 1,693 articles. */
  private static List<String> inputs(Path dir) throws IOException {
    List<String> val = new ArrayList<>();
    for (String l :
        Files.readAllLines(
            LocalSpark.corpora().resolve("stories-allsides/articles.jsonl"),
            StandardCharsets.UTF_8)) {
      if (l.contains("\"story\": \"val-")) {
        val.add(l);
      }
    }
    Path jsonl = dir.resolve("allsides-val.jsonl");
    Files.write(jsonl, val, StandardCharsets.UTF_8);
    return List.of(
        jsonl.toString(), LocalSpark.corpora().resolve("stories-ecbplus/docs").toString());
  }

  /**
   * Each of {@code runs} ({@code ingest} or {@code local[N]}) in turn, {@code rounds} times, best
   * rate of each printed last. The sentence model runs one worker per core the JVM sees, in {@code
   * ingest} and in stage 1 alike, so bench/spark.sh runs the one-thread figures in a JVM that sees
   * one core.
   */
  private static void throughput(int rounds, List<String> runs) throws Exception {
    Path dir = Files.createTempDirectory("parallax-spark-bench");
    List<String> inputs = inputs(dir);
    // the embedding model loads once per JVM; load it before anything is timed
    StoryGrouper.create().sign(List.of());
    dev.parallax.align.SentenceEmbedder.shared().embed(List.of("warm up"));
    int cpus = Runtime.getRuntime().availableProcessors();
    Map<String, Double> best = new HashMap<>();
    for (int round = 1; round <= rounds; round++) {
      for (String run : runs) {
        String before = load();
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        String[] blocks = new String[1];
        long articles =
            run.equals("ingest")
                ? ingest(inputs, dir.resolve("store-" + round + "-" + cpus))
                : spark(inputs, run, dir, blocks);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (cpu() - cpu0) / 1e6 / articles;
        double rate = articles / s;
        best.merge(run, rate, Math::max);
        System.out.printf(
            "cpus %d round %d %-9s %5d articles %7.1f s %6.1f articles/s %6.1f ms CPU/article"
                + "  load %s -> %s%s%n",
            cpus,
            round,
            run,
            articles,
            s,
            rate,
            cpuMs,
            before,
            load(),
            blocks[0] == null ? "" : "  " + blocks[0]);
      }
    }
    StringBuilder line = new StringBuilder("cpus " + cpus + " best:");
    for (String run : runs) {
      line.append(
          String.format(
              " %s %.1f articles/s (%.2f of ingest);",
              run, best.get(run), best.get(run) / best.getOrDefault("ingest", Double.NaN)));
    }
    System.out.println(line);
  }

  /** The single-machine path: read, then ingest into a new store (clean, sign, file, commit). */
  private static long ingest(List<String> inputs, Path store) throws IOException {
    List<SourceText> texts = Inputs.read(inputs).texts();
    try (Store s = Store.open(store, Pipeline.forStore(Pipeline.Options.defaults()))) {
      IngestResult r =
          s.ingest(
              texts,
              new IngestOptions(Optional.of(DAY), Optional.empty(), 128),
              IngestProgress.NONE);
      return r.filed().size();
    }
  }

  /** Stages 1 and 2 of the job, to the stories counted, nothing written. */
  private static long spark(List<String> inputs, String master, Path dir, String[] blocks) {
    SparkSession spark = session(Integer.parseInt(master.replaceAll("\\D", "")));
    try {
      Job.Grouped g =
          Job.group(
              spark,
              Job.Options.of(inputs, dir.resolve("unused").toString())
                  .withPublished(Optional.of(DAY)));
      long stories = g.stories().count();
      blocks[0] =
          String.format(
              "%d stories, %d blocks, largest %d articles, stage 2's task held at most %d",
              stories,
              g.blockSizes().size(),
              g.blockSizes().stream().mapToInt(Integer::intValue).max().orElse(0),
              g.held().value().articles());
      return g.articles();
    } finally {
      spark.stop();
    }
  }

  /**
   * On each corpus, and on AllSides with synthetic dates ({@link LocalSpark#dated}), the job's
   * stories against {@code cluster}'s, with the blocks of the job's default blocking (names within
   * the grouper's window of days) and, on the dated input, of exact blocking (names whatever the
   * dates); and the bytes stage 2 carries per article against those of the article as read.
   */
  private static void agreement(String only) throws Exception {
    Path dir = Files.createTempDirectory("parallax-spark-bench");
    SparkSession spark = session(2);
    try {
      // AllSides dated as a year's stream: its 2,7xx events over 365 days
      Path dated =
          LocalSpark.dated(
              LocalSpark.corpora().resolve("stories-allsides/articles.jsonl"),
              dir.resolve("allsides-dated.jsonl"),
              365,
              19);
      record Run(Path input, GroupStage.Blocking blocking, String name) {}
      // one cluster per input: the runs on one input compare with the same single-machine stories
      Map<Path, List<StoryGrouper.Story>> clustered = new HashMap<>();
      for (Run run :
          List.of(
              new Run(
                  LocalSpark.corpora().resolve("stories-allsides/articles.jsonl"),
                  GroupStage.Blocking.defaults(),
                  "stories-allsides, undated"),
              new Run(
                  LocalSpark.corpora().resolve("stories-ecbplus/docs"),
                  GroupStage.Blocking.defaults(),
                  "stories-ecbplus, undated"),
              new Run(
                  dated, GroupStage.Blocking.exact(), "stories-allsides, dated, exact blocking"),
              new Run(
                  dated,
                  GroupStage.Blocking.defaults(),
                  "stories-allsides, dated, blocking within the window"),
              new Run(
                  dated,
                  GroupStage.Blocking.defaults().withSlices(28),
                  "stories-allsides, dated, blocking within the window, slices of 28 days"))) {
        if (!run.name().contains(only)) {
          continue;
        }
        long t0 = System.nanoTime();
        Map<String, String> job = new HashMap<>();
        Job.Grouped g =
            Job.group(
                spark,
                Job.Options.of(List.of(run.input().toString()), dir.resolve("unused").toString())
                    .withPublishedFromRecords(true)
                    .withBlocking(run.blocking()));
        List<GroupStage.StoryOut> stories = g.stories().collect();
        stories.forEach(s -> s.articles().forEach(p -> job.put(p.article().source(), s.id())));
        double sparkSeconds = (System.nanoTime() - t0) / 1e9;
        // bytes per article as Spark's default (Java) serialiser writes it: as read, and as stage 2
        // carries it
        double[] bytes =
            g.read()
                .values()
                .map(
                    r ->
                        new double[] {
                          serialised(r), serialised(r.signedRow()), r.text().length(), 1
                        })
                .reduce(
                    (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
        t0 = System.nanoTime();
        List<StoryGrouper.Story> cluster =
            clustered.computeIfAbsent(
                run.input(),
                in -> Parallax.cluster(List.of(in.toString()), Optional.empty()).stories());
        Map<String, String> single = new HashMap<>();
        cluster.forEach(s -> s.sources().forEach(src -> single.put(src, s.id())));
        double clusterSeconds = (System.nanoTime() - t0) / 1e9;
        // articles the job leaves out (duplicates, no text) are compared on what both hold
        Map<String, String> both = new HashMap<>(single);
        both.keySet().retainAll(job.keySet());
        Map<String, String> jobBoth = new HashMap<>(job);
        jobBoth.keySet().retainAll(both.keySet());
        BCubed.Score s = BCubed.score(jobBoth, both);
        System.out.printf(
            "%s: job %d articles in %d stories (%.0f s, local[2]; %d blocks, largest %d articles;"
                + " stage 2's task held at most %d articles in %d stories);"
                + " cluster %d articles in %d stories (%.0f s); on the %d both hold: B-cubed P %.4f R %.4f F1 %.4f;"
                + " per article: %.0f characters of text, %.0f bytes as read, %.0f bytes in stage 2%n",
            run.name(),
            job.size(),
            stories.size(),
            sparkSeconds,
            g.blockSizes().size(),
            g.blockSizes().stream().mapToInt(Integer::intValue).max().orElse(0),
            g.held().value().articles(),
            g.held().value().stories(),
            single.size(),
            cluster.size(),
            clusterSeconds,
            both.size(),
            s.precision(),
            s.recall(),
            s.f1(),
            bytes[2] / bytes[3],
            bytes[0] / bytes[3],
            bytes[1] / bytes[3]);
        System.out.printf(
            "  in memory, per article a grouper holds (with its row): %.0f bytes; the corpus uses"
                + " %d distinct words and names%n",
            heldBytes(g, 1000),
            g.read()
                .values()
                .flatMap(r -> r.signedRow().signedArticle().counted().iterator())
                .distinct()
                .count());
      }
    } finally {
      spark.stop();
    }
  }

  /**
   * What one article the grouper holds costs in the heap, with the row stage 2 keeps for it: {@code
   * n} of the job's articles filed by one grouper and nothing dropped, measured by Spark's {@code
   * SizeEstimator}, per article.
   */
  private static double heldBytes(Job.Grouped g, int n) {
    List<SignedRow> rows = new ArrayList<>(g.read().values().map(ArticleRow::signedRow).take(n));
    rows.sort(SignedRow.ORDER);
    StoryGrouper grouper =
        GroupStage.lookup(GroupStage.Grouping.of(StoryGrouper.Settings.defaults()));
    long filed = 0;
    for (SignedRow r : rows) {
      filed++;
      grouper.file(r.signedArticle(), new StoryGrouper.Counts(filed, x -> 1));
    }
    grouper.endBatch();
    return org.apache.spark.util.SizeEstimator.estimate(new Object[] {grouper, rows})
        / (double) rows.size();
  }

  private static int serialised(Object o) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.size();
  }

  /**
   * Stage 3 in local mode: ECB+ topics 1..N, every story analysed (the corpus names no outlets),
   * its cost the whole job's less that of stages 1-2 on the same input in the same process.
   */
  private static void analyse(int topics) throws Exception {
    Path dir = Files.createTempDirectory("parallax-spark-bench");
    Path input = LocalSpark.ecbPlus(dir, topics);
    for (int threads : new int[] {2}) {
      SparkSession spark = session(threads);
      try {
        Job.Options options =
            Job.Options.of(List.of(input.toString()), dir.resolve("out").toString())
                .withPublishedFromRecords(true)
                .withMinOutlets(OptionalInt.of(0));
        // CoreNLP loaded first, on one bundled article; then stages 1-2 alone (which also loads the
        // sentence model), then the whole job: stage 3 is the difference
        Pipeline.analyse(
            Inputs.read(List.of("examples/harbor-bridge/01-coastal-courier.txt")).texts(),
            List.of(),
            new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
        String before = load();
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        Job.group(spark, options).stories().count();
        double groupS = (System.nanoTime() - t0) / 1e9;
        double groupCpu = (cpu() - cpu0) / 1e9;
        cpu0 = cpu();
        t0 = System.nanoTime();
        Job.Summary summary = Job.run(spark, options);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpuS = (cpu() - cpu0) / 1e9;
        long n = summary.count("articles");
        System.out.printf(
            "local[%d], %d articles, %d stories, %d reports: stages 1-2 %.1f s (%.0f s CPU); whole job"
                + " %.1f s (%.0f s CPU); stage 3 about %.0f ms CPU per article analysed,"
                + " %.2f articles/s  load %s -> %s%n",
            threads,
            n,
            summary.count("stories"),
            summary.count("reports"),
            groupS,
            groupCpu,
            s,
            cpuS,
            (cpuS - groupCpu) * 1000 / n,
            n / (s - groupS),
            before,
            load());
      } finally {
        spark.stop();
      }
    }
  }
}
