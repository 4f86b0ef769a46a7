package dev.parallax.eval;

import dev.parallax.Pipeline;
import dev.parallax.model.Article;
import dev.parallax.model.Discrepancy;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * For reading the numbers that disagree on long reports: each ECB+ story's first {@code N}
 * documents (5 unless given) compared as {@code parallax compare} would, every discrepancy printed
 * with the sentences its values come from, and the total. Not a suite: ECB+ has no gold for
 * numbers, so the lines are read, not scored (docs/report-schema.md, "discrepancies").
 *
 * <pre>
 * java -cp ... dev.parallax.eval.DiscrepancyProbe [N]
 * </pre>
 */
public final class DiscrepancyProbe {
  private DiscrepancyProbe() {}

  public static void main(String[] args) throws Exception {
    int per = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path root = Corpora.locate().dir("stories-ecbplus");
    List<String> lines = Files.readAllLines(root.resolve("gold.tsv"));
    Map<String, List<String>> byStory = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      byStory
          .computeIfAbsent(f[1], k -> new ArrayList<>())
          .add(root.resolve("docs").resolve(f[0]).toString());
    }
    int n = 0;
    for (Map.Entry<String, List<String>> e : byStory.entrySet()) {
      List<String> docs = e.getValue().subList(0, Math.min(per, e.getValue().size()));
      Report r = Pipeline.compare(docs, Pipeline.Options.defaults(), Pipeline.Progress.NONE);
      Map<String, String> text = new HashMap<>();
      for (Article a : r.articles()) {
        for (Sentence s : a.sentences()) {
          text.put(s.id(), s.text());
        }
      }
      for (Discrepancy d : r.discrepancies()) {
        n++;
        System.out.println(
            e.getKey()
                + " "
                + d.fact()
                + " | "
                + d.values().stream()
                    .map(v -> "\"" + v.text() + "\" in: " + text.get(v.sentence()))
                    .collect(Collectors.joining(" | ")));
      }
    }
    System.out.println("discrepancies " + n + " in " + byStory.size() + " stories");
  }
}
