package dev.parallax.align;

import dev.parallax.TestData;
import dev.parallax.brief.BriefWriterAccess;
import dev.parallax.model.Article;
import dev.parallax.model.Report;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: a grid over the aligner's settings on the seed story (-Dparallax.grid=true), the fixture
 * corpus aligned as one mixed set (facts spanning stories are listed), and the bundled example's
 * facts. Run with -Dparallax.tune=true.
 */
@EnabledIfSystemProperty(named = "parallax.tune", matches = "true")
class AlignTuning {
  static int idx(List<dev.parallax.model.Sentence> all, String id) {
    for (int i = 0; i < all.size(); i++) if (all.get(i).id().equals(id)) return i;
    throw new AssertionError(id);
  }

  @Test
  void grid() {
    Report r = TestData.seedReport();
    List<Article> articles = r.articles();
    Map<String, float[]> cache = new HashMap<>();
    Embedder cached =
        texts -> {
          List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).toList();
          float[][] got = SentenceEmbedder.shared().embed(missing);
          for (int i = 0; i < missing.size(); i++) {
            cache.put(missing.get(i), got[i]);
          }
          return texts.stream().map(cache::get).toArray(float[][]::new);
        };
    {
      Aligner.Result res = Aligner.with(cached, Aligner.Settings.defaults()).align(articles);
      var m = SeedMeasures.measure(TestData.gold(), articles, res.facts(), res.omissions(),
          BriefWriterAccess.write(articles, res.facts()));
      System.out.println(m.summary());
      List<dev.parallax.model.Sentence> all = new java.util.ArrayList<>();
      articles.forEach(a -> a.sentences().stream().filter(x -> x.kind() == dev.parallax.model.BlockKind.BODY).forEach(all::add));
      float[][] v = cached.embed(all.stream().map(dev.parallax.model.Sentence::text).toList());
      PairScorer ps = new PairScorer(v, all.stream().map(SentenceFeatures::of).toList(), 0.6, 0.3);
      for (String miss : m.missedPairs()) {
        String[] ab = miss.substring(miss.indexOf(':') + 1).split("~");
        int i = idx(all, ab[0]);
        int j = idx(all, ab[1]);
        System.out.printf("MISS %s cos=%.2f ov=%.2f ph=%.2f sc=%.2f%n  %s%n  %s%n", miss, ps.cosine(i, j), ps.overlap(i, j), ps.phrase(i, j), ps.score(i, j),
            all.get(i).text(), all.get(j).text());
        for (int k : new int[] {i, j}) {
          int other = k == i ? j : i;
          String oa = all.get(other).id().substring(0, 2);
          int bk = -1;
          for (int x = 0; x < all.size(); x++) {
            if (all.get(x).id().startsWith(oa + ".") && (bk < 0 || ps.score(k, x) > ps.score(k, bk))) bk = x;
          }
          System.out.printf("  best of %s in %s: %s %.2f%n", all.get(k).id(), oa, all.get(bk).id(), ps.score(k, bk));
        }
      }
      res.facts().forEach(f -> System.out.println("FACT " + f));
    }
    if (Boolean.getBoolean("parallax.grid"))
     for (double cos : new double[] {0.5, 0.6}) {
     for (double phrase : new double[] {0.2}) {
      for (double hub : new double[] {0.0, 0.5}) {
      for (double link : new double[] {0.45, 0.5, 0.55}) {
        for (double mutual : new double[] {0.32, 0.36, 0.4}) {
          for (double merge : new double[] {0.28, 0.32}) {
            for (double second : new double[] {0.38, 0.45}) {
              Aligner.Settings s = new Aligner.Settings(cos, phrase, hub, link, mutual, merge, second);
              Aligner.Result res = Aligner.with(cached, s).align(articles);
              var m = SeedMeasures.measure(TestData.gold(), articles, res.facts(), res.omissions(),
                  BriefWriterAccess.write(articles, res.facts()));
              System.out.printf("TUNE %s %d %d %d %d%n", s, m.pairsFound(), m.uniqueKept(),
                  m.omissionsFound(), m.consensusCovered());
            }
          }
        }
          }
        }
      }
    }
  }

  @Test
  void corpus() throws Exception {
    java.nio.file.Path corpus = java.nio.file.Path.of("src/test/resources/corpus");
    Map<String, String> story = new HashMap<>();
    for (String line : java.nio.file.Files.readAllLines(corpus.resolve("labels.tsv")).subList(1, 25)) {
      String[] f = line.split("\t");
      story.put(f[0], f[1]);
    }
    List<String> files = story.keySet().stream().sorted().map(f -> corpus.resolve(f).toString()).toList();
    Report r = dev.parallax.Pipeline.compare(files,
        new dev.parallax.Pipeline.Options(java.util.Optional.of(java.time.LocalDate.parse("2026-05-20")),
            java.util.Optional.empty(), Map.of(), 2), dev.parallax.Pipeline.Progress.NONE);
    Map<String, String> storyOf = new HashMap<>();
    r.articles().forEach(a -> storyOf.put(a.id(), story.get(java.nio.file.Path.of(a.source()).getFileName().toString())));
    int mixed = 0;
    for (var f : r.facts()) {
      var stories = f.articles().stream().map(storyOf::get).distinct().toList();
      if (stories.size() > 1) {
        mixed++;
        System.out.println("MIXED " + stories + " " + f.sentences());
        f.sentences().forEach(id -> System.out.println("   " + r.sentence(id).get().text()));
      }
    }
    System.out.println("CORPUS facts " + r.facts().size() + " mixed " + mixed + " shared "
        + r.facts().stream().filter(f -> f.support() > 1).count() + " omissions " + r.omissions().size());
    if (Boolean.getBoolean("parallax.corpus.print")) {
      for (var f : r.facts()) {
        if (f.support() > 1) {
          System.out.println("FACT " + f.articles().stream().map(storyOf::get).distinct().toList() + " " + f.label());
          f.sentences().forEach(id -> System.out.println("   " + id + " " + r.sentence(id).get().text()));
        }
      }
    }
  }

  @Test
  void example() {
    Report r = dev.parallax.Pipeline.compare(List.of("../examples/harbor-bridge"),
        new dev.parallax.Pipeline.Options(java.util.Optional.of(java.time.LocalDate.parse("2026-03-10")),
            java.util.Optional.empty(), Map.of(), 2), dev.parallax.Pipeline.Progress.NONE);
    for (var f : r.facts()) {
      System.out.println("FACT " + f.articles() + " " + f.label());
      f.sentences().forEach(id -> System.out.println("   " + id + " " + r.sentence(id).get().text()));
    }
    System.out.println("OMISSIONS " + r.omissions());
  }
}
