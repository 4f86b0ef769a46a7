package dev.parallax.eval;

import dev.parallax.Pipeline;
import dev.parallax.model.Article;
import dev.parallax.model.Discrepancy;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * For reading the numbers that disagree on long reports: each ECB+ story's first {@code N}
 * documents (5 unless given) analysed as one story, as {@code parallax compare} reads text files,
 * every discrepancy printed with the sentences its values come from, and the total. Not a suite:
 * ECB+ has no gold for numbers, so the lines are read, not scored (docs/report-schema.md,
 * "discrepancies").
 *
 * <pre>
 * java -cp ... dev.parallax.eval.DiscrepancyProbe [N]
 * </pre>
 */
public final class DiscrepancyProbe {
  private DiscrepancyProbe() {}

  public static void main(String[] args) throws Exception {
    int per = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Map<String, List<SourceText>> byStory = new TreeMap<>();
    for (StoryItem item : StoryCorpora.ecbplus(Corpora.locate())) {
      byStory
          .computeIfAbsent(item.story(), k -> new ArrayList<>())
          .add(new SourceText(item.id(), item.text(), Optional.empty()));
    }
    int n = 0;
    for (Map.Entry<String, List<SourceText>> e : byStory.entrySet()) {
      List<SourceText> docs = e.getValue().subList(0, Math.min(per, e.getValue().size()));
      Report r = Pipeline.analyse(docs, List.of());
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
