package dev.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BABE's expert-labelled sentences ({@code final_labels_SG2.csv}) and the MBIC articles. Topics are
 * held out of tuning whole: a fixed {@value Corpora#HELD_OUT_PERCENT}% of the (normalised) topics.
 */
final class Babe {
  static final String CORPUS = "bias-babe";
  private static final Pattern LIST_ITEM =
      Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Spellings of one topic that the file writes two ways. */
  private static final Map<String, String> SAME_TOPIC =
      Map.of("blm", "black lives matter", "vaccines", "vaccine");

  /** One labelled sentence. */
  record Row(
      int line,
      String text,
      String outlet,
      String topic,
      String label,
      List<String> biasedWords,
      String article) {
    boolean biased() {
      return label.equals("Biased");
    }

    boolean labelled() {
      return label.equals("Biased") || label.equals("Non-biased");
    }

    String split() {
      return Corpora.split("topic:" + topic);
    }
  }

  private Babe() {}

  static List<Row> read(Corpora corpora, String file) throws IOException {
    Path p = corpora.dir(CORPUS).resolve(file);
    List<List<String>> records = Csv.parse(Files.readString(p, StandardCharsets.UTF_8), ';');
    List<String> header = records.get(0);
    int text = header.indexOf("text");
    int outlet = header.indexOf("outlet");
    int topic = header.indexOf("topic");
    int label = header.indexOf("label_bias");
    int words = header.indexOf("biased_words");
    int article = header.indexOf("article");
    List<Row> out = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> r = records.get(i);
      if (r.size() <= Math.max(text, Math.max(label, words))) {
        continue;
      }
      out.add(
          new Row(
              i,
              r.get(text),
              r.get(outlet),
              normaliseTopic(r.get(topic)),
              r.get(label).strip(),
              biasedWords(r.get(words)),
              article >= 0 && article < r.size() ? r.get(article) : ""));
    }
    return out;
  }

  static String normaliseTopic(String t) {
    String n = t.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
    return SAME_TOPIC.getOrDefault(n, n);
  }

  static List<String> biasedWords(String pythonList) {
    List<String> out = new ArrayList<>();
    Matcher m = LIST_ITEM.matcher(pythonList);
    while (m.find()) {
      String w = m.group(1) != null ? m.group(1) : m.group(2);
      out.add(w.replace("\\'", "'").replace("\\\"", "\""));
    }
    return out;
  }

  /** Counts of rows by split, for the log. */
  static Map<String, Integer> sizes(List<Row> rows) {
    Map<String, Integer> out = new HashMap<>();
    rows.forEach(r -> out.merge(r.split(), 1, Integer::sum));
    return out;
  }
}
