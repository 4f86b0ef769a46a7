package dev.parallax.eval;

import dev.parallax.align.SentenceEmbedder;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.SourceText;
import dev.parallax.story.BCubed;
import dev.parallax.story.StoryGrouper;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Experiment: grouping F1 on the tuning parts for several settings, embeddings cached. */
public final class GroupingSweep {
  static Function<List<String>, float[][]> cached(SentenceEmbedder e, Map<String, float[]> cache) {
    return texts -> {
      List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
      if (!missing.isEmpty()) {
        float[][] got = e.embed(missing);
        for (int i = 0; i < missing.size(); i++) cache.put(missing.get(i), got[i]);
      }
      return texts.stream().map(cache::get).toArray(float[][]::new);
    };
  }

  static Map<String, String> group(
      List<StoryItem> items, long seed, Function<List<String>, float[][]> emb, StoryGrouper.Settings s) {
    List<StoryItem> order = new ArrayList<>(items);
    Collections.shuffle(order, new Random(seed));
    StoryGrouper grouper = StoryGrouper.with(emb, s);
    Map<String, String> out = new HashMap<>();
    for (int from = 0; from < order.size(); from += StoriesSuite.BATCH) {
      List<StoryItem> batch = order.subList(from, Math.min(order.size(), from + StoriesSuite.BATCH));
      List<SourceText> texts = new ArrayList<>();
      for (StoryItem i : batch) texts.add(new SourceText(ArticleMeta.of(i.id()).withTitle(i.title()), i.text()));
      List<StoryGrouper.Dated> dated = new ArrayList<>();
      for (CleanDocument d : Cleaner.cleanAll(texts)) dated.add(new StoryGrouper.Dated(d, Optional.empty()));
      grouper.addAll(dated);
    }
    for (StoryGrouper.Story st : grouper.stories()) for (String src : st.sources()) out.put(src, st.id());
    for (StoryItem i : items) out.putIfAbsent(i.id(), "unfiled:" + i.id());
    return out;
  }

  static double f1(List<StoryItem> part, Map<String, String> pred) {
    Map<String, String> gold = new HashMap<>();
    for (StoryItem i : part) gold.put(i.id(), i.story());
    return StoriesSuite.restricted(part, pred, gold).f1();
  }

  static double dot(float[] a, float[] b) { double s = 0; for (int i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }

  public static void main(String[] args) throws Exception {
    Corpora corpora = Corpora.locate();
    List<StoryItem> ecb = StoryCorpora.ecbplus(corpora);
    List<StoryItem> ecbTune = ecb.stream().filter(i -> i.split().equals("tune")).toList();
    List<StoryItem> asTune = StoryCorpora.allsides(corpora).stream().filter(i -> i.split().equals("tune")).toList();
    int orders = Integer.getInteger("sweep.orders", 0);
    Map<String, float[]> miniCache = new ConcurrentHashMap<>();
    Map<String, float[]> bgeCache = new ConcurrentHashMap<>();
    var mini = cached(SentenceEmbedder.of(SentenceEmbedder.Model.MINILM), miniCache);
    var bge = cached(SentenceEmbedder.of(SentenceEmbedder.Model.BGE_SMALL), bgeCache);
    double ca = 0, cb = 1;
    for (String arg : args) {
      if (arg.equals("calibrate")) {
        // label-free: cosines of the AllSides tune texts under both models, random pairs and each text's nearest (MiniLM)
        List<String> texts = new ArrayList<>(miniCache.keySet());
        texts.retainAll(bgeCache.keySet());
        Collections.sort(texts);
        Collections.shuffle(texts, new Random(7));
        List<String> sample = texts.subList(0, Math.min(2000, texts.size()));
        double sx = 0, sy = 0, sxx = 0, sxy = 0; int n = 0;
        Random r = new Random(11);
        for (int i = 0; i < sample.size(); i++) {
          float[] mi = miniCache.get(sample.get(i));
          int best = -1; double bc = -2;
          for (int j = 0; j < sample.size(); j++) if (j != i) { double c = dot(mi, miniCache.get(sample.get(j))); if (c > bc) { bc = c; best = j; } }
          for (int j : new int[] {best, r.nextInt(sample.size())}) {
            if (j == i) continue;
            double x = dot(mi, miniCache.get(sample.get(j)));
            double y = dot(bgeCache.get(sample.get(i)), bgeCache.get(sample.get(j)));
            sx += x; sy += y; sxx += x * x; sxy += x * y; n++;
          }
        }
        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double a = (sy - b * sx) / n;
        System.out.printf("calibration over %d pairs: bge = %.3f + %.3f * minilm%n", n, a, b);
        ca = a; cb = b;
        continue;
      }
      String[] p = arg.split(":");
      var emb = p[0].startsWith("bge") ? bge : mini;
      String[] v;
      if (p[0].equals("bgecal")) {
        // MiniLM's defaults mapped through the calibration, join and merge moved by a delta
        double ewMini = p.length > 2 ? Double.parseDouble(p[2]) : 0.3;
        double ew = ewMini / cb, dj = Double.parseDouble(p[1]);
        double j = 0.35 + ewMini * ca / cb + dj;
        v = String.format(Locale.ROOT, "%.3f,0.5,0.2,0.05,%.3f,%.3f", Math.min(1, ew), j, j).split(",");
        arg = arg + "=" + String.join(",", v);
      } else {
        v = p[1].split(",");
      }
      StoryGrouper.Settings s = new StoryGrouper.Settings(Double.parseDouble(v[0]), Double.parseDouble(v[1]),
          Double.parseDouble(v[2]), Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5]), 4, 12);
      long t = System.nanoTime();
      StringBuilder line = new StringBuilder(arg);
      for (int o = 0; o <= orders; o++) {
        long seed = o == 0 ? StoriesSuite.SHUFFLE_SEED : o;
        double e = f1(ecbTune, group(ecb, seed, emb, s));
        double al = f1(asTune, group(asTune, seed, emb, s));
        line.append(String.format(Locale.ROOT, "  order%d ecb-tune %.4f allsides-tune %.4f", o, e, al));
      }
      line.append(String.format(Locale.ROOT, "  (%.0f s)", (System.nanoTime() - t) / 1e9));
      System.out.println(line);
    }
  }
}
