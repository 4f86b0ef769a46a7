package dev.parallax.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

/**
 * For {@code dev.parallax.bench.RegroupBench}: the batch end's matrix of pair scores over seeded
 * synthetic articles shaped like news (a 384-number embedding, about 80 distinct words drawn from a
 * Zipf-like vocabulary of 50,000, 8 names, 3 numbers), timed three ways in one process: {@link
 * Scoring#score} over every pair on one thread (what the batch's end did before {@link
 * PairScores}), {@link PairScores} on one thread, and {@link PairScores} on every core.
 */
public final class PairScoresTiming {
  private PairScoresTiming() {}

  /** Milliseconds of each way, in that order, and the largest difference between their scores. */
  public record Times(
      double reference, double oneThread, double allCores, double largestDifference) {}

  public static Times time(int units, long seed) throws Exception {
    List<OpenStory> stories = synthetic(units, seed);
    StoryGrouper.Settings settings = StoryGrouper.Settings.defaults();
    Scoring scoring = new Scoring(settings, w -> 3.0, n -> 0.5);
    PairScores pairs = new PairScores(settings, scoring);
    long t0 = System.nanoTime();
    float[][] reference = new float[units][units];
    for (int i = 0; i < units; i++) {
      for (int j = i + 1; j < units; j++) {
        reference[i][j] = (float) scoring.score(stories.get(i), stories.get(j));
      }
    }
    double referenceMs = (System.nanoTime() - t0) / 1e6;
    ForkJoinPool one = new ForkJoinPool(1);
    t0 = System.nanoTime();
    float[][] single = one.submit(() -> pairs.matrix(stories, (i, j) -> false)).get();
    double oneMs = (System.nanoTime() - t0) / 1e6;
    one.shutdown();
    t0 = System.nanoTime();
    float[][] all = pairs.matrix(stories, (i, j) -> false);
    double allMs = (System.nanoTime() - t0) / 1e6;
    double diff = 0;
    for (int i = 0; i < units; i++) {
      for (int j = i + 1; j < units; j++) {
        diff = Math.max(diff, Math.abs(reference[i][j] - single[i][j]));
        diff = Math.max(diff, Math.abs(reference[i][j] - all[i][j]));
      }
    }
    return new Times(referenceMs, oneMs, allMs, diff);
  }

  private static List<OpenStory> synthetic(int units, long seed) {
    Random r = new Random(seed);
    List<OpenStory> out = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      OpenStory s = new OpenStory("S" + u, u, "t", 384);
      s.articles = 1;
      double norm = 0;
      for (int i = 0; i < 384; i++) {
        s.sum[i] = (float) r.nextGaussian();
        norm += s.sum[i] * s.sum[i];
      }
      for (int i = 0; i < 384; i++) {
        s.sum[i] /= (float) Math.sqrt(norm);
      }
      while (s.words.size() < 80) {
        s.words.put("w" + zipf(r, 50_000), r.nextDouble());
      }
      StoryGrouper.unit(s.words);
      while (s.names.size() < 8) {
        String name = "n" + zipf(r, 5_000);
        s.names.put(name, r.nextDouble());
        s.counts.put(name, 1);
      }
      StoryGrouper.unit(s.names);
      for (int i = 0; i < 3; i++) {
        s.numbers.put(Integer.toString(zipf(r, 500)), 1);
      }
      out.add(s);
    }
    return out;
  }

  /** A rank from 1 to {@code n}, rank k about 1/k as likely as rank 1. */
  private static int zipf(Random r, int n) {
    return (int) Math.min(n, Math.floor(Math.exp(r.nextDouble() * Math.log(n + 1.0))));
  }
}
