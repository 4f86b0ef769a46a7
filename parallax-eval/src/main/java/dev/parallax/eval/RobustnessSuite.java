package dev.parallax.eval;

import dev.parallax.Pipeline;
import dev.parallax.clean.Cleaner;
import dev.parallax.ingest.Inputs;
import dev.parallax.ingest.ReadResult;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.report.Format;
import dev.parallax.story.StoryGrouper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every article of every corpus through the whole analysis, three at a time (the articles of one
 * story together where the corpus says which), the report rendered in every format and the articles
 * grouped into stories as {@code cluster} and {@code ingest} do: the count of internal errors
 * (stages that failed, {@code analysis-failed} diagnostics, an exception out of the pipeline, a
 * renderer or the grouper; want 0), of articles that yield no sentence, and the slowest article's
 * annotation time. Pages are read from their files as {@code compare} reads them.
 */
final class RobustnessSuite implements Suite {
  static final String NAME = "robustness";
  static final int STORY = 3;

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Up to three articles analysed as one story: inline texts, or files read as {@code compare}
   * does.
   */
  record Batch(String key, List<SourceText> texts, List<String> files) {}

  /** What one batch gave. */
  record Result(
      Batch batch,
      int inputs,
      int errors,
      int noSentence,
      String slowest,
      long slowestNanos,
      List<String> errorLines) {}

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    Map<String, List<Batch>> corpora_ = new LinkedHashMap<>();
    corpora_.put(ExtractionSuite.CORPUS, extractionPages(corpora));
    corpora_.put(StoryCorpora.ECBPLUS, stories(StoryCorpora.ecbplus(corpora)));
    corpora_.put(StoryCorpora.ALLSIDES, stories(StoryCorpora.allsides(corpora)));
    corpora_.put(Polnear.CORPUS, polnear(corpora));
    corpora_.put(Babe.CORPUS, babeArticles(corpora));
    corpora_.put(Timex.CORPUS, timex(corpora));
    List<Figure> out = new ArrayList<>();
    int totalErrors = 0;
    int totalArticles = 0;
    for (Map.Entry<String, List<Batch>> e : corpora_.entrySet()) {
      List<Batch> batches =
          Corpora.sample(e.getValue(), Batch::key, limit <= 0 ? 0 : Math.max(1, limit / STORY));
      List<Result> results =
          Parallel.map(batches, RobustnessSuite::analyse, log, NAME + " " + e.getKey());
      int inputs = 0;
      int errors = 0;
      int empty = 0;
      String slowest = "";
      long slowestNanos = 0;
      for (Result r : results) {
        inputs += r.inputs();
        errors += r.errors();
        empty += r.noSentence();
        if (r.slowestNanos() > slowestNanos) {
          slowestNanos = r.slowestNanos();
          slowest = r.slowest();
        }
        r.errorLines().forEach(l -> log.info(NAME + " " + e.getKey() + ": " + l));
      }
      String data = corpora.version(e.getKey());
      out.add(new Figure(NAME, e.getKey(), "internal-errors", errors, inputs, data));
      out.add(new Figure(NAME, e.getKey(), "no-sentence", empty, inputs, data));
      out.add(new Figure(NAME, e.getKey(), "slowest-article-s", slowestNanos / 1e9, inputs, data));
      log.info(
          String.format(
              Locale.ROOT,
              "%s %s: slowest article %s (%.1f s)",
              NAME,
              e.getKey(),
              slowest,
              slowestNanos / 1e9));
      totalErrors += errors;
      totalArticles += inputs;
    }
    out.add(new Figure(NAME, "all", "internal-errors", totalErrors, totalArticles, "all-corpora"));
    return out;
  }

  static Result analyse(Batch b) {
    List<SourceText> texts = new ArrayList<>(b.texts());
    List<Diagnostic> read = new ArrayList<>();
    if (!b.files().isEmpty()) {
      ReadResult r = Inputs.read(b.files(), Inputs.Options.defaults());
      texts.addAll(r.texts());
      read.addAll(r.diagnostics());
    }
    int inputs = b.texts().size() + b.files().size();
    String[] slowest = {""};
    long[] slowestNanos = {0};
    Pipeline.Progress progress =
        new Pipeline.Progress() {
          @Override
          public void articleDone(int done, int total) {}

          @Override
          public synchronized void annotated(String source, long nanos) {
            if (nanos > slowestNanos[0]) {
              slowestNanos[0] = nanos;
              slowest[0] = source;
            }
          }
        };
    List<String> errorLines = new ArrayList<>();
    int errors = 0;
    int noSentence;
    try {
      Report report =
          Pipeline.analyse(
              texts,
              read,
              new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1),
              progress);
      Set<String> failedSources = new HashSet<>();
      for (Diagnostic d : report.diagnostics()) {
        if (d.code().equals("analysis-failed")) {
          errors++;
          failedSources.add(d.source());
          errorLines.add(d.line());
        }
      }
      for (Format f : Format.values()) {
        try {
          f.render(report);
        } catch (RuntimeException | StackOverflowError e) {
          errors++;
          errorLines.add(b.key() + ": rendering the report as " + f + " failed: " + e);
        }
      }
      try {
        StoryGrouper grouper = StoryGrouper.create();
        List<StoryGrouper.Dated> dated = new ArrayList<>();
        for (CleanDocument d : Cleaner.cleanAll(texts)) {
          dated.add(new StoryGrouper.Dated(d, d.published()));
        }
        grouper.addAll(dated);
      } catch (RuntimeException | StackOverflowError e) {
        errors++;
        errorLines.add(b.key() + ": grouping the articles into stories failed: " + e);
      }
      Set<String> withSentences = new LinkedHashSet<>();
      for (Article a : report.articles()) {
        if (!a.sentences().isEmpty()) {
          withSentences.add(a.source());
        }
      }
      Set<String> given = new LinkedHashSet<>(b.files());
      b.texts().forEach(t -> given.add(t.source()));
      noSentence = 0;
      for (String s : given) {
        if (!withSentences.contains(s) && !hasArticleUnder(withSentences, s)) {
          noSentence++;
        }
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      errors = inputs;
      noSentence = inputs;
      errorLines.add(b.key() + ": exception out of the pipeline: " + e);
    }
    return new Result(b, inputs, errors, noSentence, slowest[0], slowestNanos[0], errorLines);
  }

  /** A file that holds several articles names them {@code FILE:N}. */
  private static boolean hasArticleUnder(Set<String> sources, String file) {
    for (String s : sources) {
      if (s.startsWith(file + ":")) {
        return true;
      }
    }
    return false;
  }

  private static List<Batch> extractionPages(Corpora corpora) throws Exception {
    List<String> files = new ArrayList<>();
    for (ExtractionSuite.Page p : ExtractionSuite.pages(corpora)) {
      files.add(
          corpora
              .dir(ExtractionSuite.CORPUS)
              .resolve("pages")
              .resolve(p.file() + ".gz")
              .toString());
    }
    List<Batch> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i += STORY) {
      List<String> part = files.subList(i, Math.min(files.size(), i + STORY));
      out.add(new Batch("extraction:" + part.get(0), List.of(), List.copyOf(part)));
    }
    return out;
  }

  /** The articles of each gold story, three at a time. */
  private static List<Batch> stories(List<StoryItem> items) {
    Map<String, List<SourceText>> byStory = new LinkedHashMap<>();
    for (StoryItem i : items) {
      byStory
          .computeIfAbsent(i.story(), k -> new ArrayList<>())
          .add(new SourceText(ArticleMeta.of(i.id()).withTitle(i.title()), i.text()));
    }
    List<Batch> out = new ArrayList<>();
    for (List<SourceText> story : byStory.values()) {
      for (int k = 0; k < story.size(); k += STORY) {
        List<SourceText> part = story.subList(k, Math.min(story.size(), k + STORY));
        out.add(new Batch(part.get(0).source(), List.copyOf(part), List.of()));
      }
    }
    return out;
  }

  private static List<Batch> polnear(Corpora corpora) throws Exception {
    List<SourceText> texts = new ArrayList<>();
    for (String split : List.of("train", "dev")) {
      for (Polnear.Doc d : Polnear.read(corpora, split)) {
        texts.add(
            new SourceText(
                ArticleMeta.of(d.name())
                    .withOutlet(Optional.of(d.outlet()))
                    .withPublished(d.published()),
                d.text()));
      }
    }
    return chunks(texts);
  }

  private static List<Batch> babeArticles(Corpora corpora) throws Exception {
    Set<String> seen = new HashSet<>();
    List<SourceText> texts = new ArrayList<>();
    for (Babe.Row r : Babe.read(corpora, "final_labels_MBIC.csv")) {
      if (!r.article().isBlank() && seen.add(r.article())) {
        texts.add(new SourceText("mbic:" + r.line(), r.article(), Optional.of(r.outlet())));
      }
    }
    return chunks(texts);
  }

  private static List<Batch> timex(Corpora corpora) throws Exception {
    List<SourceText> texts = new ArrayList<>();
    for (Timex.Doc d : Timex.read(corpora)) {
      texts.add(
          new SourceText(
              ArticleMeta.of(d.name()).withPublished(Optional.of(d.created())), d.text()));
    }
    return chunks(texts);
  }

  private static List<Batch> chunks(List<SourceText> texts) {
    List<Batch> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i += STORY) {
      List<SourceText> part = texts.subList(i, Math.min(texts.size(), i + STORY));
      out.add(new Batch(part.get(0).source(), List.copyOf(part), List.of()));
    }
    return out;
  }
}
