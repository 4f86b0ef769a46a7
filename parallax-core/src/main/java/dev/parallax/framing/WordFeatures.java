package dev.parallax.framing;

import dev.parallax.internal.DataFiles;
import dev.parallax.nlp.WordVectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The features the loaded-word model reads for each word of a sentence (names in {@link #NAMES}):
 *
 * <ul>
 *   <li>the learned lexicon: how often BABE's experts marked the word in the tuning sentences using
 *       it;
 *   <li>VADER's valence (|v|, negative, any) and whether VADER counts it as an intensifier;
 *   <li>the word itself: function word, length, capitalised inside the sentence, hyphenated
 *       compound, part of speech (adjective, adverb, verb, noun, proper noun, compound, other;
 *       degree);
 *   <li>its word vector ({@link WordVectors}) and whether the vocabulary has it, so what is learned
 *       about some words carries to words that mean alike;
 *   <li>the sentence around it: the mean vector of its words, the highest lexicon rate among its
 *       other words, its mean |valence| and its length.
 * </ul>
 *
 * Whether a word is inside a quotation is not a feature: quoted words are the speaker's and are
 * never scored. Whether other outlets chose another word for the same fact is not either: BABE's
 * sentences stand alone, so nothing could teach its weight; {@link FramingAnalyzer} adds that
 * evidence itself. Immutable and thread-safe.
 */
public final class WordFeatures {
  private static final String[] POS = {"JJ", "RB", "VB", "NN", "NNP", "compound", "other"};
  private static final int VECTOR = 50;

  /** Feature names, in the order of every vector {@link #of} returns. */
  public static final List<String> NAMES = names();

  private final WordVectors vectors;
  private final Map<String, Double> valence;
  private final Set<String> intensifiers;
  private final Set<String> function;

  private WordFeatures(WordVectors vectors) {
    if (vectors.dimension() != VECTOR) {
      throw new IllegalArgumentException(
          "word vectors must have " + VECTOR + " dimensions, have " + vectors.dimension());
    }
    this.vectors = vectors;
    Map<String, Double> v = new HashMap<>();
    for (String[] row : DataFiles.rows("vader-lexicon.tsv")) {
      v.put(row[0], Double.parseDouble(row[1]));
    }
    this.valence = Map.copyOf(v);
    this.intensifiers = DataFiles.words("intensifiers.txt");
    this.function = DataFiles.words("function-words.txt");
  }

  /** Features over the process-wide word vectors. */
  public static WordFeatures create() {
    return new WordFeatures(WordVectors.shared());
  }

  private static List<String> names() {
    List<String> n =
        new ArrayList<>(
            List.of(
                "lexicon.rate",
                "lexicon.log-sentences",
                "lexicon.log-marked",
                "vader.abs",
                "vader.negative",
                "vader.any",
                "intensifier",
                "function-word",
                "length",
                "capitalised",
                "compound"));
    for (String p : POS) {
      n.add("pos." + p);
    }
    n.add("pos.degree");
    n.add("vector.known");
    for (int i = 0; i < VECTOR; i++) {
      n.add("vector." + i);
    }
    for (int i = 0; i < VECTOR; i++) {
      n.add("sentence-vector." + i);
    }
    n.addAll(List.of("sentence.top-other-rate", "sentence.mean-valence", "sentence.log-words"));
    return Collections.unmodifiableList(n);
  }

  /** VADER's mean valence of a word (its lemma when the word has none); 0 when it has none. */
  public double valence(WordUnit u) {
    Double v = valence.get(u.text());
    if (v == null) {
      v = valence.get(u.headLemma());
    }
    return v == null ? 0 : v;
  }

  /** One feature vector per word, in order, for the words of one sentence. */
  public List<double[]> of(List<WordUnit> words, LoadedLexicon lexicon) {
    int n = words.size();
    double[] rates = new double[n];
    double[] vals = new double[n];
    float[][] vecs = new float[n][];
    double[] mean = new double[VECTOR];
    int known = 0;
    for (int i = 0; i < n; i++) {
      WordUnit u = words.get(i);
      rates[i] = lexicon.get(u.key()).rate();
      vals[i] = valence(u);
      vecs[i] = vector(u).orElse(null);
      if (vecs[i] != null) {
        known++;
        for (int d = 0; d < VECTOR; d++) {
          mean[d] += vecs[i][d];
        }
      }
    }
    if (known > 0) {
      for (int d = 0; d < VECTOR; d++) {
        mean[d] /= known;
      }
    }
    double meanValence = 0;
    for (double v : vals) {
      meanValence += Math.abs(v);
    }
    meanValence = n == 0 ? 0 : meanValence / n;
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      WordUnit u = words.get(i);
      LoadedLexicon.Entry e = lexicon.get(u.key());
      double[] f = new double[NAMES.size()];
      int k = 0;
      f[k++] = e.rate();
      f[k++] = Math.log1p(e.sentences());
      f[k++] = Math.log1p(e.marked());
      f[k++] = Math.abs(vals[i]);
      f[k++] = vals[i] < 0 ? 1 : 0;
      f[k++] = vals[i] != 0 ? 1 : 0;
      f[k++] = intensifiers.contains(u.text()) ? 1 : 0;
      f[k++] = function.contains(u.text()) ? 1 : 0;
      f[k++] = Math.min(u.text().length(), 15) / 15.0;
      f[k++] = u.capitalised() ? 1 : 0;
      f[k++] = u.compound() ? 1 : 0;
      String pos = posClass(u);
      for (String p : POS) {
        f[k++] = p.equals(pos) ? 1 : 0;
      }
      f[k++] = u.pos().matches("JJR|JJS|RBR|RBS") ? 1 : 0;
      f[k++] = vecs[i] != null ? 1 : 0;
      for (int d = 0; d < VECTOR; d++) {
        f[k++] = vecs[i] != null ? vecs[i][d] : 0;
      }
      for (int d = 0; d < VECTOR; d++) {
        f[k++] = mean[d];
      }
      double top = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          top = Math.max(top, rates[j]);
        }
      }
      f[k++] = top;
      f[k++] = meanValence;
      f[k++] = Math.log1p(n);
      out.add(f);
    }
    return out;
  }

  /** The coarse part of speech the model knows: JJ, RB, VB, NN, NNP, compound or other. */
  static String posClass(WordUnit u) {
    if (u.compound()) {
      return "compound";
    }
    String p = u.pos();
    if (p.startsWith("NNP")) {
      return "NNP";
    }
    for (String c : new String[] {"JJ", "RB", "VB", "NN"}) {
      if (p.startsWith(c)) {
        return c;
      }
    }
    return "other";
  }

  /** The word's vector; a compound's is the mean of its parts' vectors. */
  private Optional<float[]> vector(WordUnit u) {
    Optional<float[]> v = vectors.vector(u.text());
    if (v.isEmpty()) {
      v = vectors.vector(u.headLemma());
    }
    if (v.isPresent() || !u.compound()) {
      return v;
    }
    float[] sum = new float[VECTOR];
    int parts = 0;
    for (String part : u.text().split("-")) {
      Optional<float[]> p = vectors.vector(part);
      if (p.isPresent()) {
        parts++;
        for (int d = 0; d < VECTOR; d++) {
          sum[d] += p.get()[d];
        }
      }
    }
    if (parts == 0) {
      return Optional.empty();
    }
    for (int d = 0; d < VECTOR; d++) {
      sum[d] /= parts;
    }
    return Optional.of(sum);
  }
}
