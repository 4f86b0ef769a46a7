package dev.parallax;

import dev.parallax.align.Aligner;
import dev.parallax.brief.BriefWriter;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.Duplicates;
import dev.parallax.entity.EntityResolver;
import dev.parallax.framing.FramingAnalyzer;
import dev.parallax.framing.Wordings;
import dev.parallax.ingest.Inputs;
import dev.parallax.ingest.ReadResult;
import dev.parallax.internal.DateLines;
import dev.parallax.model.Article;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Entity;
import dev.parallax.model.ExtractedArticle;
import dev.parallax.model.Fact;
import dev.parallax.model.Framing;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.Wording;
import dev.parallax.nlp.Annotator;
import dev.parallax.nlp.TextBudget;
import dev.parallax.quote.QuoteStage;
import dev.parallax.store.StoryAnalysis;
import dev.parallax.story.StoryGrouper;
import dev.parallax.timeline.TimelineBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The whole analysis of one story, top to bottom: read inputs, clean them, annotate them, resolve
 * entities, find who said what, align sentences into facts (with omissions and discrepancies), set
 * the wordings of each fact side by side, score the framing, build the timeline, write the neutral
 * brief from the least loaded wordings, assemble the report. Thread-safe; the NLP models are shared
 * across instances.
 */
public final class Pipeline {

  /**
   * How to run a comparison.
   *
   * @param published the publication date of all inputs, used to resolve relative dates; overrides
   *     the date an input carries (an HTML page's metadata), which is used when this is empty
   * @param outlet outlet name for inputs whose text does not name one
   * @param outletBySource outlet names for particular inputs, by source as given; an input that is
   *     a folder, feed, archive or JSON Lines file names every article read from it
   * @param threads annotation threads (at least 1)
   * @param briefSentences sentences in the neutral brief; {@link #AUTO_BRIEF} (0) for every fact
   *     reported by several articles and a few single-source claims
   * @param settings the aligner's and grouper's settings and the sentence embedder
   * @param publishedBySource publication dates of particular inputs, by source as given (a
   *     folder's, feed's, archive's or JSON Lines file's for every article read from it); each
   *     overrides {@code published} and the date its input carries
   */
  public record Options(
      Optional<LocalDate> published,
      Optional<String> outlet,
      Map<String, String> outletBySource,
      int threads,
      int briefSentences,
      Settings settings,
      Map<String, LocalDate> publishedBySource) {
    /** Let the brief stage choose its length. */
    public static final int AUTO_BRIEF = 0;

    public Options {
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(outlet, "outlet");
      outletBySource = Map.copyOf(outletBySource);
      publishedBySource = Map.copyOf(publishedBySource);
      Objects.requireNonNull(settings, "settings");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
      if (briefSentences < 0) {
        throw new IllegalArgumentException("briefSentences must be >= 0, was " + briefSentences);
      }
    }

    /** Options with no input's own publication date. */
    public Options(
        Optional<LocalDate> published,
        Optional<String> outlet,
        Map<String, String> outletBySource,
        int threads,
        int briefSentences,
        Settings settings) {
      this(published, outlet, outletBySource, threads, briefSentences, settings, Map.of());
    }

    /** Options with the default settings. */
    public Options(
        Optional<LocalDate> published,
        Optional<String> outlet,
        Map<String, String> outletBySource,
        int threads,
        int briefSentences) {
      this(published, outlet, outletBySource, threads, briefSentences, Settings.defaults());
    }

    /** Options with a brief of automatic length and the default settings. */
    public Options(
        Optional<LocalDate> published,
        Optional<String> outlet,
        Map<String, String> outletBySource,
        int threads) {
      this(published, outlet, outletBySource, threads, AUTO_BRIEF);
    }

    public static Options defaults() {
      return new Options(
          Optional.empty(), Optional.empty(), Map.of(), Runtime.getRuntime().availableProcessors());
    }

    public Options withPublished(LocalDate date) {
      return new Options(
          Optional.of(date),
          outlet,
          outletBySource,
          threads,
          briefSentences,
          settings,
          publishedBySource);
    }

    public Options withBriefSentences(int n) {
      return new Options(
          published, outlet, outletBySource, threads, n, settings, publishedBySource);
    }

    public Options withSettings(Settings s) {
      return new Options(
          published, outlet, outletBySource, threads, briefSentences, s, publishedBySource);
    }

    /** These options with publication dates for particular inputs, by source as given. */
    public Options withPublishedBySource(Map<String, LocalDate> dates) {
      return new Options(
          published, outlet, outletBySource, threads, briefSentences, settings, dates);
    }
  }

  /**
   * The analysis a store runs, with these options: a story's report through {@link #analyse}, and
   * its grouping with these settings.
   */
  public static StoryAnalysis forStore(Options options) {
    return new StoryAnalysis() {
      @Override
      public Report analyse(List<SourceText> articles, List<Diagnostic> notes) {
        return Pipeline.analyse(articles, notes, options, Progress.NONE);
      }

      @Override
      public StoryGrouper grouper() {
        return options.settings().grouper();
      }
    };
  }

  /** Reports progress of the slow stage; called from worker threads. */
  @FunctionalInterface
  public interface Progress {
    void articleDone(int done, int total);

    /** One article's annotation took {@code nanos}; called from worker threads. */
    default void annotated(String source, long nanos) {}

    Progress NONE = (done, total) -> {};
  }

  private Pipeline() {}

  /** Reads the inputs (paths or URLs as given) and analyses them as one story. */
  public static Report compare(List<String> sources, Options options, Progress progress) {
    return compare(sources, Inputs.Options.defaults(), options, progress);
  }

  /**
   * Reads the inputs (paths or URLs as given) as {@code reading} says and analyses them as one
   * story.
   */
  public static Report compare(
      List<String> sources, Inputs.Options reading, Options options, Progress progress) {
    ReadResult read = Inputs.read(sources, reading);
    List<SourceText> texts = new ArrayList<>();
    for (SourceText t : read.texts()) {
      Optional<String> outlet = forInput(options.outletBySource(), t.source()).or(t::outlet);
      SourceText withOutlet = t.withOutlet(outlet);
      if (!options.publishedBySource().isEmpty()) {
        // an input's own date wins over the date for all, which wins over the page's
        Optional<LocalDate> date =
            forInput(options.publishedBySource(), t.source())
                .or(options::published)
                .or(() -> t.meta().published());
        withOutlet = withOutlet.withMeta(withOutlet.meta().withPublished(date));
      }
      texts.add(withOutlet);
    }
    if (!options.publishedBySource().isEmpty()) {
      options =
          new Options(
              Optional.empty(),
              options.outlet(),
              options.outletBySource(),
              options.threads(),
              options.briefSentences(),
              options.settings(),
              Map.of());
    }
    return analyse(texts, read.diagnostics(), options, progress);
  }

  /**
   * The value given for the input an article was read from: its own source's, else the longest
   * input that holds it (a folder's {@code dir/file}, a feed's or archive's {@code input#N}, a JSON
   * Lines file's {@code input:LINE}).
   */
  static <V> Optional<V> forInput(Map<String, V> byInput, String source) {
    V own = byInput.get(source);
    if (own != null) {
      return Optional.of(own);
    }
    String best = null;
    for (String input : byInput.keySet()) {
      if (source.length() > input.length()
          && source.startsWith(input)
          && (input.endsWith("/") || "/#:".indexOf(source.charAt(input.length())) >= 0)
          && (best == null || input.length() > best.length())) {
        best = input;
      }
    }
    return Optional.ofNullable(best).map(byInput::get);
  }

  /** The articles read from some inputs, cleaned but not analysed, and the problems met. */
  public record Extracts(List<ExtractedArticle> articles, List<Diagnostic> diagnostics) {
    public Extracts {
      articles = List.copyOf(articles);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Reads and cleans the inputs, without language analysis: what each input's article is. */
  public static Extracts extract(List<String> sources, Inputs.Options reading) {
    ReadResult read = Inputs.read(sources, reading);
    List<ExtractedArticle> out = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    for (CleanDocument doc : Cleaner.cleanAll(read.texts())) {
      doc.noBody("").ifPresent(diagnostics::add);
      out.add(ExtractedArticle.of(doc));
    }
    return new Extracts(out, diagnostics);
  }

  /**
   * Analyses texts already read as one story with default options, adding {@code earlier}
   * diagnostics: what a store runs for a story's report ({@code Store.open(dir,
   * Pipeline::analyse)}).
   */
  public static Report analyse(List<SourceText> texts, List<Diagnostic> earlier) {
    return analyse(texts, earlier, Options.defaults(), Progress.NONE);
  }

  /**
   * Analyses texts already read (by a library caller or another input kind) as one story. An
   * article that makes a stage fail is left out of that stage with an {@code analysis-failed}
   * diagnostic naming the stage and the error, and the report is made from the rest: one bad input
   * never ends a run.
   */
  public static Report analyse(
      List<SourceText> texts, List<Diagnostic> earlier, Options options, Progress progress) {
    List<Diagnostic> diagnostics = new ArrayList<>(earlier);
    // copies go before cleaning: the repeated-line rule would take a copied article for boilerplate
    Duplicates.Split unique = Duplicates.split(texts);
    diagnostics.addAll(unique.diagnostics());
    List<CleanDocument> cleaned =
        Isolation.run(
                "cleaning",
                unique.kept(),
                Cleaner::cleanAll,
                SourceText::source,
                List.<CleanDocument>of(),
                diagnostics)
            .result();
    List<CleanDocument> kept = new ArrayList<>();
    Map<String, String> firstWithText = new HashMap<>();
    for (CleanDocument d : cleaned) {
      CleanDocument doc =
          d.outlet().isPresent() || options.outlet().isEmpty() ? d : d.withOutlet(options.outlet());
      Optional<Diagnostic> noBody = doc.noBody("");
      if (noBody.isPresent()) {
        diagnostics.add(noBody.get());
        continue;
      }
      String earlierSource = firstWithText.putIfAbsent(doc.text(), doc.source());
      if (earlierSource != null) {
        diagnostics.add(
            new Diagnostic(
                "duplicate", doc.source(), "same text as " + earlierSource + "; skipped"));
        continue;
      }
      // analysis cost grows with length: a very long input is analysed up to the budget, and says
      // so
      TextBudget.Fit fit = TextBudget.fit(doc);
      fit.truncated().ifPresent(diagnostics::add);
      kept.add(fit.doc());
    }
    List<Article> annotated = annotate(kept, options, progress, diagnostics);
    if (annotated.size() == 1) {
      diagnostics.add(
          new Diagnostic(
              "single-article",
              annotated.get(0).source(),
              "only one article: nothing to compare it with; reporting it alone"));
    }
    EntityResolver.Resolution resolution = resolveEntities(annotated, diagnostics);
    List<Article> articles = resolution.articles();
    List<Entity> entities = resolution.entities();
    QuoteStage.Result quotes =
        Isolation.run(
                "quotes",
                articles,
                as -> QuoteStage.create().run(as, entities),
                Article::source,
                new QuoteStage.Result(List.of(), List.of()),
                diagnostics)
            .result();
    Aligner.Result aligned =
        Isolation.run(
                "alignment",
                articles,
                as -> as.size() < 2 ? NOTHING_ALIGNED : options.settings().aligner().align(as),
                Article::source,
                NOTHING_ALIGNED,
                diagnostics)
            .result();
    List<Wording> wordings =
        Isolation.run(
                "wordings",
                articles,
                as -> Wordings.build(as, aligned.facts()),
                Article::source,
                List.<Wording>of(),
                diagnostics)
            .result();
    List<Framing> framing =
        Isolation.run(
                "framing",
                articles,
                as -> FramingAnalyzer.shared().analyse(as, wordings),
                Article::source,
                List.<Framing>of(),
                diagnostics)
            .result();
    // an event's entry reads in a wording framing did not mark, where one dates it
    Set<String> loadedSentences = Framing.termsBySentence(framing).keySet();
    List<TimelineEntry> timeline =
        Isolation.run(
                "timeline",
                articles,
                as -> TimelineBuilder.build(as, aligned.facts(), loadedSentences),
                Article::source,
                List.<TimelineEntry>of(),
                diagnostics)
            .result();
    undated(articles).forEach(diagnostics::add);
    // the brief avoids what framing marked, contrasts included; judged alone when framing failed
    BriefWriter briefWriter =
        framing.isEmpty() ? BriefWriter.create() : BriefWriter.create(framing);
    List<BriefSentence> brief =
        Isolation.run(
                "brief",
                articles,
                as ->
                    briefWriter.write(
                        as, aligned.facts(), options.briefSentences(), aligned.similar()),
                Article::source,
                List.<BriefSentence>of(),
                diagnostics)
            .result();
    // a fact's label states the claim: not in a wording framing marked when another reads as well
    List<Fact> facts = Aligner.relabelled(aligned.facts(), articles, framing);
    return new Report(
        articles,
        entities,
        quotes.quotes(),
        quotes.groups(),
        quotes.attributions(),
        facts,
        aligned.omissions(),
        aligned.discrepancies(),
        brief,
        timeline,
        framing,
        wordings,
        diagnostics);
  }

  /** How many of an undated article's time expressions {@link #undated} quotes by name. */
  private static final int UNDATED_SHOWN = 3;

  /**
   * One {@code undated} diagnostic per article without a publication date whose text names days
   * relative to it ("on Friday", "last June", "this week"): without the date they cannot be placed,
   * so the timeline leaves them out, and a user who can give the date should know that.
   */
  static List<Diagnostic> undated(List<Article> articles) {
    List<Diagnostic> out = new ArrayList<>();
    for (Article a : articles) {
      if (a.published().isPresent()) {
        continue;
      }
      int count = 0;
      Set<String> names = new LinkedHashSet<>();
      for (Sentence s : a.sentences()) {
        for (TimeExpression t : s.times()) {
          if (!t.type().equals("SET") && (t.value().isEmpty() || t.value().startsWith("XXXX"))) {
            count++;
            names.add(t.text());
          }
        }
      }
      if (count == 0) {
        continue;
      }
      String shown =
          names.stream()
              .limit(UNDATED_SHOWN)
              .map(n -> '"' + n + '"')
              .collect(Collectors.joining(", "));
      out.add(
          new Diagnostic(
              "undated",
              a.source(),
              "no publication date found, so "
                  + count
                  + (count == 1 ? " time relative to it (" : " times relative to it (")
                  + shown
                  + (names.size() > UNDATED_SHOWN ? ", ..." : "")
                  + ") stay off the timeline; "
                  + Diagnostic.UNDATED_ADVICE));
    }
    return out;
  }

  private static final Aligner.Result NOTHING_ALIGNED =
      new Aligner.Result(List.of(), List.of(), List.of());

  /**
   * Links the articles' mentions to story entities; an article resolution fails on keeps its
   * mentions unlinked.
   */
  private static EntityResolver.Resolution resolveEntities(
      List<Article> annotated, List<Diagnostic> diagnostics) {
    Isolation.Outcome<Article, EntityResolver.Resolution> out =
        Isolation.run(
            "entity resolution",
            annotated,
            as -> EntityResolver.create().resolve(as),
            Article::source,
            new EntityResolver.Resolution(List.of(), List.of()),
            diagnostics);
    Map<String, Article> resolved = new HashMap<>();
    out.result().articles().forEach(a -> resolved.put(a.id(), a));
    List<Article> articles = new ArrayList<>();
    for (Article a : annotated) {
      articles.add(resolved.getOrDefault(a.id(), a));
    }
    return new EntityResolver.Resolution(articles, out.result().entities());
  }

  private static List<Article> annotate(
      List<CleanDocument> docs, Options options, Progress progress, List<Diagnostic> diagnostics) {
    if (docs.isEmpty()) {
      return List.of();
    }
    Annotator annotator = Annotator.shared();
    int threads = Math.min(options.threads(), docs.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "parallax-annotate");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Object>> futures = new ArrayList<>();
      int[] done = {0};
      for (int i = 0; i < docs.size(); i++) {
        CleanDocument doc = docs.get(i);
        String id = "A" + (i + 1);
        futures.add(
            pool.submit(
                () -> {
                  Optional<LocalDate> published =
                      options
                          .published()
                          .or(doc::published)
                          .or(() -> DateLines.printed(doc.removed()));
                  long t0 = System.nanoTime();
                  Object out;
                  try {
                    List<Sentence> sentences = annotator.annotate(doc, id, published);
                    out =
                        new Article(
                            id,
                            doc.meta().withPublished(published),
                            doc.text(),
                            sentences,
                            doc.removed());
                  } catch (RuntimeException | StackOverflowError e) {
                    out = Isolation.failed("annotation", doc.source(), e, "left out of the report");
                  }
                  progress.annotated(doc.source(), System.nanoTime() - t0);
                  synchronized (done) {
                    done[0]++;
                    progress.articleDone(done[0], docs.size());
                  }
                  return out;
                }));
      }
      List<Article> out = new ArrayList<>();
      for (Future<Object> f : futures) {
        Object r = f.get();
        if (r instanceof Article a) {
          out.add(a);
        } else {
          diagnostics.add((Diagnostic) r);
        }
      }
      return renumber(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("annotation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Articles keep ids {@code A1...} in order with no gap when one was left out: their sentences'
   * ids are renumbered with them.
   */
  private static List<Article> renumber(List<Article> articles) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      out.add(articles.get(i).withId("A" + (i + 1)));
    }
    return out;
  }
}
