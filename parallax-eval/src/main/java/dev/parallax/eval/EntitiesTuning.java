package dev.parallax.eval;

import dev.parallax.clean.Cleaner;
import dev.parallax.entity.EntityResolver;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Entity;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import dev.parallax.nlp.Annotator;
import dev.parallax.nlp.TextBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For tuning entity resolution on the ECB+ tuning topics (never the held-out ones unless asked):
 * each document cleaned and annotated once and cached ({@link AnnotatedCache}), then entity
 * resolution and scoring over every story in seconds, the missed mentions listed. Not a suite: the
 * figures that count come from {@code bench/eval entities}, which runs the whole pipeline on each
 * story.
 *
 * <pre>
 * java -cp ... dev.parallax.eval.EntitiesTuning [tune|held-out] [--limit N] [--story ID] [--cache DIR]
 * </pre>
 */
public final class EntitiesTuning {
  private EntitiesTuning() {}

  /** One line per entity on stdout: id, type, name, aliases and mentions, tab-separated. */
  static void printEntities(List<Entity> entities) {
    for (Entity e : entities) {
      System.out.println(
          String.join(
              "\t",
              "ENTITY",
              e.id(),
              String.valueOf(e.type()),
              e.name(),
              String.valueOf(e.aliases()),
              String.valueOf(e.mentions())));
    }
  }

  public static void main(String[] args) throws Exception {
    TuningArgs parsed = TuningArgs.parse(args, "tune", "--story");
    String split = parsed.split();
    int limit = parsed.limit();
    Path cache = parsed.cache();
    String only = parsed.only().orElse(null);
    Suite.Log log = m -> System.err.println("tuning: " + m);
    Corpora corpora = Corpora.locate();
    String wanted = split;
    List<EntitiesSuite.Story> stories =
        Corpora.sample(
            EntitiesSuite.stories(corpora).stream().filter(s -> s.split().equals(wanted)).toList(),
            EntitiesSuite.Story::id,
            limit);
    if (only != null) {
      String id = only;
      stories = stories.stream().filter(s -> s.id().equals(id)).toList();
    }
    List<StoryItem> docs = stories.stream().flatMap(s -> s.docs().stream()).toList();
    Path file =
        cache.resolve(
            "ecbplus-"
                + corpora.version(StoryCorpora.ECBPLUS)
                + "-"
                + AnnotatedCache.FORMAT
                + ".jsonl.gz");
    Map<String, Article> annotated =
        AnnotatedCache.load(file, docs, StoryItem::id, EntitiesTuning::annotate, log);
    long t0 = System.nanoTime();
    List<EntitiesSuite.Counts> counts = new ArrayList<>();
    for (EntitiesSuite.Story s : stories) {
      List<Article> articles = new ArrayList<>();
      for (StoryItem d : s.docs()) {
        Article a = annotated.get(d.id());
        if (a != null) {
          articles.add(a.withId("A" + (articles.size() + 1)));
        }
      }
      EntityResolver.Resolution res = EntityResolver.create().resolve(articles);
      EntitiesSuite.Counts c = EntitiesSuite.score(s, res.articles(), res.entities());
      counts.add(c);
      if (only != null) {
        printEntities(res.entities());
      }
      c.missed.forEach(m -> System.out.println("MISSED\t" + m));
      c.wrong.forEach(m -> System.out.println("WRONG\t" + s.id() + "\t" + m));
    }
    log.info(String.format("resolution and scoring: %.1f s", (System.nanoTime() - t0) / 1e9));
    for (Figure f :
        EntitiesSuite.figures(
            split, counts, corpora.version(StoryCorpora.ECBPLUS), stories.size())) {
      System.out.println(f.line());
    }
  }

  /**
   * What the pipeline does to one document up to annotation (cleaning alone, the length budget,
   * CoreNLP).
   */
  static Optional<Article> annotate(StoryItem doc) {
    CleanDocument cleaned = Cleaner.clean(new SourceText(ArticleMeta.of(doc.id()), doc.text()));
    if (cleaned.text().isBlank()) {
      return Optional.empty();
    }
    CleanDocument fit = TextBudget.fit(cleaned).doc();
    List<Sentence> sentences = Annotator.shared().annotate(fit, "A1", Optional.empty());
    return Optional.of(new Article("A1", fit.meta(), fit.text(), sentences, fit.removed()));
  }
}
