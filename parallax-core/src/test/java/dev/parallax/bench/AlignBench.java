package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.align.Aligner;
import dev.parallax.align.SentenceEmbedder;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Benchmark (not a test): alignment time for stories of 3, 10 and 50 articles. The articles are
 * made from the given inputs (annotated once) by seeded shuffling and dropping of body sentences,
 * so each made-up article is a recombination of real ones. Run with bench/align.sh; prints one line
 * per size.
 */
public final class AlignBench {
  private AlignBench() {}

  public static void main(String[] args) {
    long seed = Long.getLong("seed", 4L);
    Report base =
        Pipeline.compare(
            List.of(args),
            new Pipeline.Options(
                Optional.of(LocalDate.of(2026, 2, 6)), Optional.empty(), Map.of(), 2),
            Pipeline.Progress.NONE);
    List<Article> sources = base.articles();
    System.out.printf("seed=%d base articles=%d%n", seed, sources.size());
    Aligner aligner = Aligner.create();
    aligner.align(sources); // warm-up
    for (int size : new int[] {3, 10, 50}) {
      List<Article> story = story(sources, size, new Random(seed));
      int sentences =
          story.stream()
              .mapToInt(
                  a -> (int) a.sentences().stream().filter(s -> s.kind() == BlockKind.BODY).count())
              .sum();
      // the aligner embeds clauses of long sentences too: record what it asks for, embed that alone
      List<String> texts = new ArrayList<>();
      Aligner recorder =
          Aligner.with(
              t -> {
                texts.addAll(t);
                return new float[t.size()][384];
              },
              Aligner.Settings.defaults());
      recorder.align(story);
      Map<String, float[]> cache = new HashMap<>();
      float[][][] vectors = {null};
      double embed = best(3, () -> vectors[0] = SentenceEmbedder.shared().embed(texts));
      for (int i = 0; i < texts.size(); i++) {
        cache.put(texts.get(i), vectors[0][i]);
      }
      Aligner rest =
          Aligner.with(
              t -> t.stream().map(cache::get).toArray(float[][]::new), Aligner.Settings.defaults());
      double[] facts = {0};
      double scoring = best(3, () -> facts[0] = rest.align(story).facts().size());
      double align = best(3, () -> aligner.align(story));
      System.out.printf(
          "articles=%d body_sentences=%d units=%d align=%.3f s  embedding=%.3f s (%.2f ms/unit)"
              + "  scoring+grouping=%.3f s (%.2f us/pair)  facts=%d%n",
          size,
          sentences,
          texts.size(),
          align,
          embed,
          embed * 1e3 / texts.size(),
          scoring,
          scoring * 1e6 / ((double) texts.size() * texts.size() / 2),
          (int) facts[0]);
    }
  }

  private static List<Article> story(List<Article> sources, int size, Random random) {
    List<Article> out = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      Article src = sources.get(k % sources.size());
      List<Sentence> body =
          new ArrayList<>(
              src.sentences().stream().filter(s -> s.kind() == BlockKind.BODY).toList());
      if (k >= sources.size()) {
        Collections.shuffle(body, random);
        body =
            body.subList(
                0, Math.max(1, body.size() - random.nextInt(Math.max(1, body.size() / 4))));
      }
      String id = "A" + (k + 1);
      List<Sentence> renamed = new ArrayList<>();
      for (int i = 0; i < body.size(); i++) {
        Sentence s = body.get(i);
        renamed.add(
            new Sentence(
                id + ".S" + (i + 1),
                s.kind(),
                s.text(),
                s.start(),
                s.end(),
                s.tokens(),
                s.mentions(),
                s.times()));
      }
      out.add(
          new Article(
              id,
              ArticleMeta.of(src.source() + "#" + k)
                  .withTitle(src.title())
                  .withOutlet(src.outlet())
                  .withPublished(src.published()),
              src.text(),
              renamed,
              List.of()));
    }
    return out;
  }

  private static double best(int rounds, Runnable r) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      r.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
