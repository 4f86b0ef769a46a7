package dev.parallax.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For tuning the story grouper on the ECB+ tune topics (never the held-out ones): groups every
 * document as {@code bench/eval stories-ecbplus} does and lists, for the tune topics, each story
 * that holds documents of two gold stories (with how many of each, and whether they are the two
 * events of one topic or two topics) and each gold story spread over several stories. Not a suite:
 * the figures that count come from {@code bench/eval stories-ecbplus}.
 *
 * <pre>
 * java -cp ... dev.parallax.eval.StoriesTuning
 * </pre>
 */
public final class StoriesTuning {
  private StoriesTuning() {}

  public static void main(String[] args) throws Exception {
    Corpora corpora = Corpora.locate();
    List<StoryItem> all = StoryCorpora.ecbplus(corpora);
    Map<String, String> predicted = StoriesSuite.group(all);
    Map<String, Map<String, Integer>> byStory = new TreeMap<>();
    Map<String, Map<String, Integer>> byGold = new TreeMap<>();
    for (StoryItem i : all) {
      if (!i.split().equals("tune")) {
        continue;
      }
      String story = predicted.getOrDefault(i.id(), "unfiled:" + i.id());
      byStory.computeIfAbsent(story, k -> new TreeMap<>()).merge(i.story(), 1, Integer::sum);
      byGold.computeIfAbsent(i.story(), k -> new TreeMap<>()).merge(story, 1, Integer::sum);
    }
    int pure = 0;
    int halves = 0;
    int topics = 0;
    for (Map.Entry<String, Map<String, Integer>> e : byStory.entrySet()) {
      if (e.getValue().size() == 1) {
        pure++;
        continue;
      }
      Set<String> inTopics = new TreeSet<>();
      e.getValue().keySet().forEach(g -> inTopics.add(topic(g)));
      boolean oneTopic = inTopics.size() == 1;
      halves += oneTopic ? 1 : 0;
      topics += oneTopic ? 0 : 1;
      System.out.println(
          "MERGED\t"
              + e.getKey()
              + "\t"
              + (oneTopic ? "one topic's two events" : "two topics")
              + "\t"
              + e.getValue());
    }
    int spread = 0;
    for (Map.Entry<String, Map<String, Integer>> e : byGold.entrySet()) {
      if (e.getValue().size() > 1) {
        spread++;
        System.out.println("SPLIT\t" + e.getKey() + "\t" + e.getValue());
      }
    }
    System.out.printf(
        "tune topics: %d stories, %d of one gold story, %d merging one topic's two events, %d"
            + " merging two topics; %d of %d gold stories spread over several stories%n",
        byStory.size(), pure, halves, topics, spread, byGold.size());
  }

  /** The topic of a gold story id ({@code 14-ecbplus}: 14). */
  private static String topic(String gold) {
    int dash = gold.indexOf('-');
    return dash < 0 ? gold : gold.substring(0, dash);
  }
}
