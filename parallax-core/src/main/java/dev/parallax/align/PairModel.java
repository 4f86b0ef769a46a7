package dev.parallax.align;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The learned pair scorer: a logistic regression over {@link PairFeatures} (each feature
 * standardised with the mean and scale of the training pairs) giving the probability that two units
 * of different articles state one fact, and the grouping thresholds chosen with it. It is read from
 * a small JSON file that records how it was made (command, library, data version, stories); the one
 * Parallax ships, {@code pair-model.json} beside this class, is written by {@code
 * bench/train-align}. Immutable and thread-safe.
 */
public final class PairModel {
  /** Where the shipped model lives on the classpath. */
  public static final String RESOURCE = "/dev/parallax/align/pair-model.json";

  private static volatile PairModel bundled;

  private final List<String> features;
  private final double[] mean;
  private final double[] scale;
  private final double[] weight;
  private final double intercept;
  private final Aligner.Settings grouping;
  private final String provenance;

  /**
   * A model over {@code features} (which must be {@link #FEATURES}, in that order).
   *
   * @param provenance how it was made, one line
   */
  public PairModel(
      List<String> features,
      double[] mean,
      double[] scale,
      double[] weight,
      double intercept,
      Aligner.Settings grouping,
      String provenance) {
    this.features = List.copyOf(features);
    if (!this.features.equals(FEATURES)) {
      throw new IllegalArgumentException(
          "a pair model must read the features " + FEATURES + ", this one reads " + features);
    }
    int p = FEATURES.size();
    if (mean.length != p || scale.length != p || weight.length != p) {
      throw new IllegalArgumentException(
          "a pair model needs "
              + p
              + " means, scales and weights, got "
              + mean.length
              + ", "
              + scale.length
              + ", "
              + weight.length);
    }
    for (double s : scale) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("feature scales must be > 0, got " + s);
      }
    }
    this.mean = mean.clone();
    this.scale = scale.clone();
    this.weight = weight.clone();
    this.intercept = intercept;
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /** The names of the features a model reads, in order. */
  public static final List<String> FEATURES = PairFeatures.NAMES;

  /** The model Parallax ships, read once. */
  public static PairModel bundled() {
    PairModel m = bundled;
    if (m == null) {
      synchronized (PairModel.class) {
        if (bundled == null) {
          try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException(
                  "the pair model " + RESOURCE + " is missing from the classpath");
            }
            bundled = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pair model " + RESOURCE, e);
          }
        }
        m = bundled;
      }
    }
    return m;
  }

  /**
   * Reads a model file (the format {@code bench/train-align} writes). Fields it does not know are
   * ignored, so a file with more about how it was made still reads.
   */
  public static PairModel read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (!root.path("kind").asText().equals("logistic")) {
      throw new IOException("not a logistic pair model: kind " + root.path("kind"));
    }
    List<String> names = new ArrayList<>();
    JsonNode fs = root.path("features");
    double[] mean = new double[fs.size()];
    double[] scale = new double[fs.size()];
    double[] weight = new double[fs.size()];
    for (int k = 0; k < fs.size(); k++) {
      JsonNode f = fs.get(k);
      names.add(f.path("name").asText());
      mean[k] = f.path("mean").asDouble();
      scale[k] = f.path("scale").asDouble();
      weight[k] = f.path("weight").asDouble();
    }
    JsonNode g = root.path("grouping");
    Aligner.Settings grouping =
        new Aligner.Settings(
            g.path("link").asDouble(),
            g.path("mutual").asDouble(),
            g.path("merge").asDouble(),
            g.path("join").asDouble(),
            g.path("agree").asDouble(0));
    JsonNode t = root.path("trained");
    String provenance =
        t.path("command").asText()
            + " with "
            + t.path("library").asText()
            + " on "
            + t.path("data").asText()
            // the code commit: recorded since bench/train-align writes it, absent from older files
            + (t.hasNonNull("code") ? ", code " + t.get("code").asText() : "");
    try {
      return new PairModel(
          names, mean, scale, weight, root.path("intercept").asDouble(), grouping, provenance);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad pair model: " + e.getMessage(), e);
    }
  }

  /** The probability, 0..1, that two units with these features state one fact. */
  public double probability(double[] x) {
    double z = intercept;
    for (int k = 0; k < weight.length; k++) {
      z += weight[k] * (x[k] - mean[k]) / scale[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The model as the JSON file {@link #read} reads: an explanation, how it was made ({@code
   * trained}: command, library, data version...), each feature's name, mean, scale and weight, the
   * intercept and the grouping thresholds. Keys in a fixed order, so the same model gives the same
   * text.
   */
  public String toJson(Map<String, Object> trained) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put(
        "about",
        "Alignment pair model: the probability that two units (sentences or clauses) of different"
            + " articles state one fact, a logistic regression over standardised features"
            + " (z = intercept + sum of weight * (x - mean) / scale; p = 1 / (1 + e^-z)), and the"
            + " grouping thresholds chosen with it. Written by bench/train-align; do not edit by hand.");
    root.put("kind", "logistic");
    root.set("trained", json.valueToTree(trained));
    ArrayNode fs = root.putArray("features");
    for (int k = 0; k < features.size(); k++) {
      ObjectNode f = fs.addObject();
      f.put("name", features.get(k));
      f.put("mean", mean[k]);
      f.put("scale", scale[k]);
      f.put("weight", weight[k]);
    }
    root.put("intercept", intercept);
    ObjectNode g = root.putObject("grouping");
    g.put("link", grouping.link());
    g.put("mutual", grouping.mutual());
    g.put("merge", grouping.merge());
    g.put("join", grouping.join());
    g.put("agree", grouping.agree());
    try {
      return json.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the pair model: " + e.getMessage(), e);
    }
  }

  /** The grouping thresholds chosen together with this model. */
  public Aligner.Settings grouping() {
    return grouping;
  }

  /** How the model was made, one line. */
  public String provenance() {
    return provenance;
  }
}
