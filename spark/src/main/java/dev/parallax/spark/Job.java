package dev.parallax.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoredArticleJson;
import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The job, top to bottom: list the inputs, read, clean and sign them where they are (stage 1),
 * group the corpus into stories (stage 2), analyse each story with enough outlets (stage 3), and
 * write {@code stories}, {@code articles}, {@code reports}, {@code diagnostics} and the {@code
 * _SUCCESS} summary under the output folder. A bad input or article is a diagnostic row, never a
 * failed job.
 */
public final class Job {
  /** The summary's schema, written in {@code _SUCCESS}. */
  public static final String SCHEMA = "parallax.spark/1";

  /** Diagnostics listed in {@code _SUCCESS}; all of them are in {@code diagnostics/}. */
  static final int SUMMARY_DIAGNOSTICS = 1000;

  private Job() {}

  /**
   * What to run.
   *
   * @param inputs files and folders, any path Spark's Hadoop layer reads
   * @param output the folder written; it must not exist unless {@code overwrite}
   * @param published the date of articles whose input states none
   * @param publishedFromRecords dates only from the records: an article whose input states no date
   *     (and no {@code published} is given) stays undated, rather than dated today as {@code
   *     parallax ingest} dates it
   * @param minOutlets analyse stories with at least this many independent outlets; empty: no stage
   *     3
   * @param partitions tasks to read in (0: Spark's default parallelism)
   * @param grouping the grouper's settings (the single-machine defaults)
   * @param blocking how the corpus is split into blocks for grouping
   * @param noHeadline the texts have no headline line: no first line is taken for the title by
   *     guessing ({@code parallax --no-headline}); a title the input states is still the title
   */
  public record Options(
      List<String> inputs,
      String output,
      Optional<LocalDate> published,
      boolean publishedFromRecords,
      OptionalInt minOutlets,
      int partitions,
      boolean overwrite,
      StoryGrouper.Settings grouping,
      GroupStage.Blocking blocking,
      boolean noHeadline) {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(minOutlets, "minOutlets");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be >= 0, was " + partitions);
      }
      Objects.requireNonNull(grouping, "grouping");
      Objects.requireNonNull(blocking, "blocking");
    }

    /** Defaults: record dates, else today; stories of 2 outlets analysed; Spark's parallelism. */
    public static Options of(List<String> inputs, String output) {
      return new Options(
          inputs,
          output,
          Optional.empty(),
          false,
          OptionalInt.of(2),
          0,
          false,
          StoryGrouper.Settings.defaults(),
          GroupStage.Blocking.defaults(),
          false);
    }

    public Options withPartitions(int n) {
      return new Options(
          inputs,
          output,
          published,
          publishedFromRecords,
          minOutlets,
          n,
          overwrite,
          grouping,
          blocking,
          noHeadline);
    }

    public Options withMinOutlets(OptionalInt n) {
      return new Options(
          inputs,
          output,
          published,
          publishedFromRecords,
          n,
          partitions,
          overwrite,
          grouping,
          blocking,
          noHeadline);
    }

    public Options withPublishedFromRecords(boolean b) {
      return new Options(
          inputs,
          output,
          published,
          b,
          minOutlets,
          partitions,
          overwrite,
          grouping,
          blocking,
          noHeadline);
    }

    public Options withPublished(Optional<LocalDate> d) {
      return new Options(
          inputs,
          output,
          d,
          publishedFromRecords,
          minOutlets,
          partitions,
          overwrite,
          grouping,
          blocking,
          noHeadline);
    }

    public Options withBlocking(GroupStage.Blocking b) {
      return new Options(
          inputs,
          output,
          published,
          publishedFromRecords,
          minOutlets,
          partitions,
          overwrite,
          grouping,
          b,
          noHeadline);
    }

    public Options withNoHeadline(boolean b) {
      return new Options(
          inputs,
          output,
          published,
          publishedFromRecords,
          minOutlets,
          partitions,
          overwrite,
          grouping,
          blocking,
          b);
    }

    public Options withOverwrite(boolean b) {
      return new Options(
          inputs,
          output,
          published,
          publishedFromRecords,
          minOutlets,
          partitions,
          b,
          grouping,
          blocking,
          noHeadline);
    }

    /**
     * The date of articles whose input states none, as an epoch day or {@link ArticleRow#NO_DATE}.
     */
    long fallbackDay() {
      return published
          .or(() -> publishedFromRecords ? Optional.empty() : Optional.of(LocalDate.now()))
          .map(LocalDate::toEpochDay)
          .orElse(ArticleRow.NO_DATE);
    }
  }

  /** What a run did: the counts written to {@code _SUCCESS}. */
  public record Summary(Map<String, Long> counts, Map<String, Long> diagnosticsByCode) {
    public Summary {
      counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
      diagnosticsByCode = Collections.unmodifiableMap(new TreeMap<>(diagnosticsByCode));
    }

    public long count(String name) {
      return counts.getOrDefault(name, 0L);
    }
  }

  /**
   * Stages 1 and 2 on their own: the stories and every diagnostic, nothing written; and the
   * articles as read, by {@link ArticleRow#key}, for what needs their text (the output and stage
   * 3); and the most articles and stories one task of stage 2 held at one time, known once the
   * stories are computed.
   */
  record Grouped(
      JavaRDD<GroupStage.StoryOut> stories,
      JavaRDD<Diag> diagnostics,
      long inputs,
      long articles,
      List<Integer> blockSizes,
      JavaPairRDD<String, ArticleRow> read,
      HeldPeak held) {}

  static Grouped group(SparkSession spark, Options options) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    ReadStage.Listing listing = ReadStage.list(conf, options.inputs());
    int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism();
    JavaRDD<Item> read =
        ReadStage.read(sc, listing, partitions, options.fallbackDay(), options.noHeadline())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<ArticleRow> articles =
        read.filter(i -> i instanceof ArticleRow).map(i -> (ArticleRow) i);
    JavaRDD<Diag> readDiagnostics = read.filter(i -> i instanceof Diag).map(i -> (Diag) i);
    long count = articles.count();
    GroupStage.Result grouped =
        GroupStage.run(articles.map(ArticleRow::signedRow), options.grouping(), options.blocking());
    JavaRDD<GroupStage.StoryOut> stories =
        grouped.stories().persist(StorageLevel.MEMORY_AND_DISK());
    // one row per key: a record read twice under one source gives two equal rows
    JavaPairRDD<String, ArticleRow> byKey =
        articles.mapToPair(a -> new Tuple2<>(a.key(), a)).reduceByKey(Job::either);
    return new Grouped(
        stories,
        readDiagnostics.union(grouped.diagnostics()),
        listing.files().size(),
        count,
        grouped.blockSizes(),
        byKey,
        grouped.held());
  }

  /** One of two rows of one key, the same whichever order they come in. */
  private static ArticleRow either(ArticleRow a, ArticleRow b) {
    Comparator<ArticleRow> order =
        Comparator.comparing(ArticleRow::title)
            .thenComparing(ArticleRow::url)
            .thenComparing(ArticleRow::author);
    return order.compare(a, b) <= 0 ? a : b;
  }

  /** Runs the whole job and writes its output; returns the summary it wrote. */
  public static Summary run(SparkSession spark, Options options) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    Path out = new Path(options.output());
    prepare(conf, out, options.overwrite());
    Grouped grouped = group(spark, options);
    JavaRDD<GroupStage.StoryOut> stories = grouped.stories();

    Dataset<Row> storyRows = spark.createDataFrame(stories.map(Job::storyRow), STORY);
    storyRows.write().mode(SaveMode.Overwrite).parquet(new Path(out, "stories/parquet").toString());
    storyRows.write().mode(SaveMode.Overwrite).json(new Path(out, "stories/jsonl").toString());
    // each placed article joined back to its text by key
    stories
        .flatMapToPair(
            s -> {
              List<Tuple2<String, Tuple2<String, String>>> placed = new ArrayList<>();
              for (GroupStage.Placed p : s.articles()) {
                placed.add(new Tuple2<>(p.article().key(), new Tuple2<>(s.id(), p.copyOf())));
              }
              return placed.iterator();
            })
        .join(grouped.read())
        .map(
            t -> {
              ArticleRow a = t._2()._2();
              String copyOf = t._2()._1()._2();
              return orderKey(a.signedRow())
                  + "\t"
                  + StoredArticleJson.write(
                      new StoredArticle(
                          a.id(),
                          t._2()._1()._1(),
                          a.input(),
                          copyOf.isEmpty() ? Optional.empty() : Optional.of(copyOf)));
            })
        .sortBy(l -> l.substring(0, l.indexOf('\t')), true, Math.max(1, stories.getNumPartitions()))
        .map(l -> l.substring(l.indexOf('\t') + 1))
        .saveAsTextFile(new Path(out, "articles").toString());

    JavaRDD<Diag> diagnostics = grouped.diagnostics();
    long analysed = 0;
    if (options.minOutlets().isPresent()) {
      JavaRDD<AnalyseStage.Analysed> reports =
          AnalyseStage.run(
                  stories,
                  grouped.read(),
                  options.minOutlets().getAsInt(),
                  new Path(out, "reports").toString(),
                  HadoopConf.of(conf))
              .persist(StorageLevel.MEMORY_AND_DISK());
      analysed = reports.filter(AnalyseStage.Analysed::written).count();
      diagnostics = diagnostics.union(reports.flatMap(r -> r.diagnostics().iterator()));
    }
    diagnostics = diagnostics.persist(StorageLevel.MEMORY_AND_DISK());
    spark
        .createDataFrame(
            diagnostics.map(d -> RowFactory.create(d.stage(), d.code(), d.source(), d.message())),
            DIAG)
        .write()
        .mode(SaveMode.Overwrite)
        .json(new Path(out, "diagnostics").toString());

    Map<String, Long> byCode = new TreeMap<>(diagnostics.map(Diag::code).countByValue());
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("inputs", grouped.inputs());
    counts.put("articles", grouped.articles());
    counts.put("duplicates", byCode.getOrDefault("duplicate", 0L));
    counts.put(
        "copies",
        stories
            .map(s -> s.articles().stream().filter(p -> !p.copyOf().isEmpty()).count())
            .fold(0L, Long::sum));
    counts.put("stories", stories.count());
    counts.put("blocks", (long) grouped.blockSizes().size());
    counts.put(
        "largest-block",
        grouped.blockSizes().stream().mapToLong(Integer::longValue).max().orElse(0));
    counts.put("held-articles", grouped.held().value().articles());
    counts.put("reports", analysed);
    counts.put("failed", byCode.getOrDefault("analysis-failed", 0L));
    Summary summary = new Summary(counts, byCode);
    List<Diag> listed = diagnostics.takeOrdered(SUMMARY_DIAGNOSTICS, DIAG_ORDER);
    writeSummary(
        conf,
        out,
        options,
        summary,
        listed,
        byCode.values().stream().mapToLong(Long::longValue).sum());
    return summary;
  }

  private static final Comparator<Diag> DIAG_ORDER =
      (Comparator<Diag> & java.io.Serializable)
          (a, b) -> {
            int c = a.source().compareTo(b.source());
            return c != 0 ? c : a.code().compareTo(b.code());
          };

  /** Sorts by filing order as text: undated first, then by day, then by id. */
  static String orderKey(SignedRow a) {
    return a.day() == ArticleRow.NO_DATE
        ? "0" + a.id()
        : String.format("1%020d%s", a.day() + 1_000_000_000L, a.id());
  }

  private static void prepare(Configuration conf, Path out, boolean overwrite) {
    try {
      FileSystem fs = out.getFileSystem(conf);
      if (fs.exists(out)) {
        if (!overwrite) {
          throw new IllegalArgumentException(
              out + ": already exists; give another --output or --overwrite");
        }
        fs.delete(out, true);
      }
      fs.mkdirs(new Path(out, "reports"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          out + ": cannot prepare the output folder: " + e.getMessage(), e);
    }
  }

  private static void writeSummary(
      Configuration conf,
      Path out,
      Options options,
      Summary summary,
      List<Diag> listed,
      long total) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("schema", SCHEMA);
    s.put("inputs", options.inputs());
    s.put("published_from_records", options.publishedFromRecords());
    options.published().ifPresent(d -> s.put("published", d.toString()));
    s.put("min_outlets", options.minOutlets().isPresent() ? options.minOutlets().getAsInt() : null);
    s.put("counts", summary.counts());
    s.put("diagnostics_by_code", summary.diagnosticsByCode());
    s.put("diagnostics_total", total);
    List<Map<String, String>> rows = new ArrayList<>();
    for (Diag d : listed) {
      Map<String, String> r = new LinkedHashMap<>();
      r.put("stage", d.stage());
      r.put("code", d.code());
      r.put("source", d.source());
      r.put("message", d.message());
      rows.add(r);
    }
    s.put("diagnostics", rows);
    try {
      FileSystem fs = out.getFileSystem(conf);
      try (OutputStream o = fs.create(new Path(out, "_SUCCESS"), true)) {
        o.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(s));
        o.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot write _SUCCESS: " + e.getMessage(), e);
    }
  }

  static final StructType ARTICLE =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("outlet", DataTypes.StringType, true)
          .add("published", DataTypes.DateType, true)
          .add("copy_of", DataTypes.StringType, true);

  static final StructType STORY =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, false)
          .add("first", DataTypes.DateType, true)
          .add("last", DataTypes.DateType, true)
          .add("outlets", DataTypes.IntegerType, false)
          .add("articles", DataTypes.createArrayType(ARTICLE, false), false);

  static final StructType DIAG =
      new StructType()
          .add("stage", DataTypes.StringType, false)
          .add("code", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, false);

  private static Row storyRow(GroupStage.StoryOut s) {
    List<Row> articles = new ArrayList<>();
    for (GroupStage.Placed p : s.articles()) {
      SignedRow a = p.article();
      articles.add(
          RowFactory.create(
              a.id(),
              a.source(),
              a.outlet().isEmpty() ? null : a.outlet(),
              date(a.day()),
              p.copyOf().isEmpty() ? null : p.copyOf()));
    }
    // Spark's rows hold arrays as Scala sequences
    return RowFactory.create(
        s.id(),
        s.title(),
        date(s.first()),
        date(s.last()),
        s.outlets(),
        scala.jdk.javaapi.CollectionConverters.asScala(articles).toSeq());
  }

  private static java.sql.Date date(long day) {
    return day == ArticleRow.NO_DATE ? null : java.sql.Date.valueOf(LocalDate.ofEpochDay(day));
  }
}
