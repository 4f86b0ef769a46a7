package dev.parallax.spark;

import dev.parallax.Settings;
import dev.parallax.clean.Cleaner;
import dev.parallax.ingest.Fetcher;
import dev.parallax.ingest.InputKind;
import dev.parallax.ingest.Inputs;
import dev.parallax.ingest.ReadResult;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import dev.parallax.story.SignedArticle;
import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Stage 1: read, clean and sign every article where its partition is. Files are listed through
 * Hadoop's file system layer (any path Spark reads: local, HDFS, an object store); JSON Lines files
 * are split by line so one large file spreads over many tasks, other files are read whole. Each
 * input goes through {@link Inputs#read(String, InputStream, InputKind, Inputs.Options)}, each text
 * through {@link Cleaner#clean} alone and {@link StoryGrouper#sign}: the single-machine path's own
 * code.
 */
final class ReadStage {
  /** Articles signed per embedding call. */
  private static final int SIGN_BATCH = 32;

  private ReadStage() {}

  /** A file to read, shown as the user gave it (the input, then the path within a folder). */
  record InputFile(String shown, String path, InputKind kind) implements Serializable {}

  /** The files to read and what listing found wrong. */
  record Listing(List<InputFile> files, List<Diag> diagnostics) {}

  /**
   * Lists the inputs on the driver: a folder is read for the kinds its files' names say (hidden
   * files passed over, others reported), a file as the kind its name says or else as text.
   */
  static Listing list(Configuration conf, List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    List<Diag> diagnostics = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          diagnostics.add(new Diag("read", "missing", input, "no such file or folder"));
          continue;
        }
        FileStatus status = fs.getFileStatus(path);
        if (!status.isDirectory()) {
          InputKind kind = InputKind.ofName(path.getName()).orElse(InputKind.TEXT);
          files.add(new InputFile(input, status.getPath().toString(), kind));
          continue;
        }
        List<LocatedFileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          found.add(it.next());
        }
        found.sort(Comparator.comparing(f -> f.getPath().toString()));
        String root = status.getPath().toString();
        int before = files.size();
        for (LocatedFileStatus f : found) {
          String name = f.getPath().getName();
          String full = f.getPath().toString();
          String shown =
              input
                  + (input.endsWith("/") ? "" : "/")
                  + full.substring(Math.min(full.length(), root.length() + 1));
          if (name.startsWith(".")) {
            continue; // hidden files (editor swap files, checksums) are not articles anyone gave us
          }
          Optional<InputKind> kind = InputKind.ofName(name);
          if (kind.isEmpty()) {
            diagnostics.add(
                new Diag(
                    "read",
                    "unsupported-type",
                    shown,
                    "skipped: folders are read for .txt, .html, .htm, .html.gz, .jsonl, .rss, .atom, .xml,"
                        + " .warc and .warc.gz files"));
            continue;
          }
          files.add(new InputFile(shown, full, kind.get()));
        }
        if (files.size() == before) {
          diagnostics.add(
              new Diag("read", "no-articles", input, "folder holds no readable article"));
        }
      } catch (IOException | IllegalArgumentException e) {
        diagnostics.add(new Diag("read", "unreadable", input, "cannot list: " + e.getMessage()));
      }
    }
    return new Listing(files, diagnostics);
  }

  /**
   * Reads, cleans and signs the listed files in about {@code partitions} tasks; {@code fallback}
   * dates the articles whose input states no date (epoch day, or {@link ArticleRow#NO_DATE});
   * {@code noHeadline} marks every text read as having no headline line.
   */
  static JavaRDD<Item> read(
      JavaSparkContext sc, Listing listing, int partitions, long fallback, boolean noHeadline) {
    JavaRDD<Item> out = sc.parallelize(new ArrayList<Item>(listing.diagnostics()), 1);
    Map<String, InputFile> whole = new HashMap<>();
    for (InputFile f : listing.files()) {
      if (f.kind() == InputKind.JSON_LINES) {
        // one task per split of the file, not one per file: a corpus is often one large file
        JavaRDD<Item> records =
            sc.textFile(f.path(), partitions)
                .zipWithIndex()
                .mapPartitions(lines -> signed(records(f.shown(), lines, noHeadline), fallback));
        out = out.union(records);
      } else {
        whole.put(f.path(), f);
      }
    }
    if (!whole.isEmpty()) {
      JavaRDD<Item> files =
          sc.binaryFiles(String.join(",", whole.keySet()), partitions)
              .mapPartitions(streams -> signed(files(whole, streams, noHeadline), fallback));
      out = out.union(files);
    }
    return out;
  }

  private static Inputs.Options reading(boolean noHeadline) {
    // a batch job fetches nothing: a feed item that is only a summary is kept as such
    return new Inputs.Options(Fetcher.Options.defaults(), false, noHeadline);
  }

  /** JSON Lines records as the single-machine reader names them: {@code FILE:LINE}. */
  private static Iterator<ReadResult> records(
      String shown, Iterator<Tuple2<String, Long>> lines, boolean noHeadline) {
    List<ReadResult> out = new ArrayList<>();
    while (lines.hasNext()) {
      Tuple2<String, Long> l = lines.next();
      if (l._1().isBlank()) {
        continue;
      }
      long n = l._2() + 1;
      ReadResult one =
          Inputs.read(
              shown,
              l._1().getBytes(StandardCharsets.UTF_8),
              InputKind.JSON_LINES,
              reading(noHeadline));
      List<SourceText> texts = new ArrayList<>();
      for (SourceText t : one.texts()) {
        texts.add(t.withMeta(t.meta().withSource(shown + ":" + n)));
      }
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (Diagnostic d : one.diagnostics()) {
        diagnostics.add(
            new Diagnostic(
                d.code(),
                shown + ":" + n,
                d.message().replaceFirst("^line 1(?=[ :])", "line " + n)));
      }
      out.add(new ReadResult(texts, diagnostics));
    }
    return out.iterator();
  }

  private static Iterator<ReadResult> files(
      Map<String, InputFile> byPath,
      Iterator<Tuple2<String, PortableDataStream>> streams,
      boolean noHeadline) {
    List<ReadResult> out = new ArrayList<>();
    while (streams.hasNext()) {
      Tuple2<String, PortableDataStream> s = streams.next();
      InputFile f =
          byPath.getOrDefault(
              s._1(),
              new InputFile(s._1(), s._1(), InputKind.ofName(s._1()).orElse(InputKind.TEXT)));
      try (InputStream in = s._2().open()) {
        out.add(Inputs.read(f.shown(), in, f.kind(), reading(noHeadline)));
      } catch (IOException | UncheckedIOException e) {
        out.add(
            new ReadResult(
                List.of(),
                List.of(
                    new Diagnostic("unreadable", f.shown(), "cannot read: " + e.getMessage()))));
      }
    }
    return out.iterator();
  }

  /** Cleans, settles and signs the texts read, as {@code parallax ingest} does before filing. */
  private static Iterator<Item> signed(Iterator<ReadResult> reads, long fallback) {
    Optional<LocalDate> orElse =
        fallback == ArticleRow.NO_DATE
            ? Optional.empty()
            : Optional.of(LocalDate.ofEpochDay(fallback));
    List<Item> out = new ArrayList<>();
    List<SourceText> inputs = new ArrayList<>();
    List<CleanDocument> docs = new ArrayList<>();
    while (reads.hasNext()) {
      ReadResult r = reads.next();
      r.diagnostics().forEach(d -> out.add(Diag.of("read", d)));
      for (SourceText in : r.texts()) {
        CleanDocument doc;
        try {
          doc = Cleaner.clean(in);
        } catch (RuntimeException | StackOverflowError e) {
          out.add(failed(in.source(), "cleaning", e));
          continue;
        }
        Optional<LocalDate> published = in.published().or(() -> orElse);
        SourceText input = in.withMeta(in.meta().withOutlet(doc.outlet()).withPublished(published));
        Optional<Diagnostic> noBody = doc.noBody("; not analysed");
        if (noBody.isPresent()) {
          out.add(Diag.of("read", noBody.get()));
          continue;
        }
        inputs.add(input);
        docs.add(doc);
      }
    }
    StoryGrouper signer = Settings.defaults().grouper();
    for (int from = 0; from < docs.size(); from += SIGN_BATCH) {
      int to = Math.min(docs.size(), from + SIGN_BATCH);
      sign(signer, inputs.subList(from, to), docs.subList(from, to), out);
    }
    return out.iterator();
  }

  /**
   * Signs a batch at once; when that fails, each article alone, so one bad article costs itself.
   */
  private static void sign(
      StoryGrouper signer, List<SourceText> inputs, List<CleanDocument> docs, List<Item> out) {
    try {
      List<SignedArticle> signed = signer.sign(dated(inputs, docs));
      for (int i = 0; i < signed.size(); i++) {
        out.add(ArticleRow.of(inputs.get(i), docs.get(i), signed.get(i)));
      }
      return;
    } catch (RuntimeException | StackOverflowError e) {
      if (inputs.size() == 1) {
        out.add(failed(inputs.get(0).source(), "signing", e));
        return;
      }
    }
    for (int i = 0; i < inputs.size(); i++) {
      sign(signer, inputs.subList(i, i + 1), docs.subList(i, i + 1), out);
    }
  }

  private static List<StoryGrouper.Dated> dated(List<SourceText> inputs, List<CleanDocument> docs) {
    List<StoryGrouper.Dated> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      out.add(new StoryGrouper.Dated(docs.get(i), inputs.get(i).published()));
    }
    return out;
  }

  static Diag failed(String source, String step, Throwable e) {
    String why = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return new Diag(
        "read",
        "analysis-failed",
        source,
        step + " failed (" + e.getClass().getSimpleName() + why + "); not analysed");
  }
}
