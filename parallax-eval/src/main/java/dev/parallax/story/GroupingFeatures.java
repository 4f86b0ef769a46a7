package dev.parallax.story;

import dev.parallax.align.SentenceEmbedder;
import dev.parallax.model.CleanDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The parts of the grouper's pair score ({@link Scoring}) for every pair of a pool of articles,
 * with words and names weighed by the whole pool's counts, and two more the grouper does not use:
 * the cosine of the titles' embeddings and of the leads' (their first 1,000 characters). For {@code
 * GroupingLab} in parallax-eval: measurement, not part of the tool. It lives in the grouper's
 * package (in parallax-eval) to read the grouper's own signatures and scoring, which the tool does
 * not export.
 */
public final class GroupingFeatures {
  public static final int EMBEDDING = 0;
  public static final int WORDS = 1;
  public static final int NAMES = 2;
  public static final int NUMBERS = 3;

  /** The penalty for leads that name weekdays two or more days apart (taken off the score). */
  public static final int DAY = 4;

  public static final int TITLE = 5;
  public static final int LEAD = 6;

  private GroupingFeatures() {}

  /** [part][i][j] for articles i and j of {@code docs} (0 on the diagonal). */
  public static float[][][] of(List<CleanDocument> docs) {
    int n = docs.size();
    List<Signature> sigs =
        docs.parallelStream().map(d -> Signature.of(d, Optional.empty())).toList();
    Map<String, Integer> df = new HashMap<>();
    for (Signature s : sigs) {
      Set<String> c = new HashSet<>(s.terms.keySet());
      c.addAll(s.names.keySet());
      for (String k : c) {
        df.merge(k, 1, Integer::sum);
      }
    }
    List<Map<String, Double>> words = new ArrayList<>();
    List<Map<String, Double>> names = new ArrayList<>();
    ToDoubleFunction<String> idf = k -> StoryGrouper.idf(n, df.getOrDefault(k, 0));
    for (Signature s : sigs) {
      words.add(StoryGrouper.unit(StoryGrouper.weigh(s.terms, true, idf)));
      names.add(StoryGrouper.unit(StoryGrouper.weigh(s.names, false, idf)));
    }
    SentenceEmbedder e = SentenceEmbedder.shared();
    float[][] emb = e.embed(sigs.stream().map(Signature::embeddingText).toList());
    float[][] title = e.embed(sigs.stream().map(s -> s.title.isBlank() ? "-" : s.title).toList());
    float[][] lead =
        e.embed(
            sigs.stream()
                .map(s -> s.lead.length() > 1000 ? s.lead.substring(0, 1000) : s.lead)
                .map(t -> t.isBlank() ? "-" : t)
                .toList());
    float[][][] out = new float[7][n][n];
    Scoring scoring =
        new Scoring(
            StoryGrouper.Settings.defaults(), idf, k -> Scoring.rarity(n, df.getOrDefault(k, 0)));
    java.util.stream.IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              for (int j = 0; j < n; j++) {
                if (i == j) {
                  continue;
                }
                Signature a = sigs.get(i);
                Signature b = sigs.get(j);
                out[EMBEDDING][i][j] = (float) Scoring.dot(emb[i], emb[j]);
                out[WORDS][i][j] = (float) Scoring.dot(words.get(i), words.get(j));
                double nc = Scoring.dot(names.get(i), names.get(j));
                out[NAMES][i][j] =
                    nc > 0 ? (float) (nc * scoring.nameEvidence(a.names.keySet(), b.names)) : 0f;
                out[NUMBERS][i][j] =
                    (float)
                        Math.min(
                            1.0,
                            Scoring.sharedNumbers(a.numbers, b.numbers).size()
                                / Scoring.NUMBERS_FULL);
                out[DAY][i][j] =
                    a.eventDay.isPresent() && b.eventDay.isPresent()
                        ? (float)
                            Scoring.dayPenalty(Set.of(a.eventDay.get()), Set.of(b.eventDay.get()))
                        : 0f;
                out[TITLE][i][j] = (float) Scoring.dot(title[i], title[j]);
                out[LEAD][i][j] = (float) Scoring.dot(lead[i], lead[j]);
              }
            });
    return out;
  }
}
