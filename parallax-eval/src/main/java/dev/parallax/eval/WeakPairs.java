package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Weak labels for the alignment pair model from ECB+'s own annotation, not from the alignment gold:
 * the documents of each ECB+ story (a topic half of {@code gold.tsv}) taken three at a time in
 * document order, and pairs of their lines labelled by the event and participant chains of {@code
 * mentions.jsonl} and {@code entities.jsonl}. Only lines that hold an event mention are labelled
 * (ECB+ annotates some sentences of each document; a line without a mention is unknown). A pair is
 * positive when the two lines share a cross-document {@code ACTION_OCCURRENCE} chain, share a
 * cross-document participant chain, and each is the other's only best match in its document by the
 * overlap (Jaccard) of those event chains; it is negative when the two lines share no event chain
 * at all; any other pair is left unlabelled. On the alignment gold's tuning stories this rule
 * agrees with the gold on 31 of 33 positives and 375 of 401 negatives. Topics in {@code excluded}
 * (those of the held-out gold stories) are never read.
 */
final class WeakPairs {
  /** A story's documents are labelled in groups of this many, as the gold's stories are. */
  static final int GROUP = 3;

  private WeakPairs() {}

  /** Three documents of one ECB+ story (a gold-less {@link AlignGold.Story}) and their labels. */
  record Group(AlignGold.Story docs, String topic, Map<AlignGold.Pair, Integer> labels) {
    Group {
      labels = Map.copyOf(labels);
    }
  }

  /** What ECB+ annotates on one line of one document: chains of events and of participants. */
  record Marks(Set<String> occurrences, Set<String> events, Set<String> participants) {}

  /** The topic of a story id ({@code 12-ecbplus}) or of an ECB+ file ({@code 12_3ecb.txt}). */
  static String topic(String storyOrFile) {
    int cut = storyOrFile.indexOf('-');
    if (cut < 0) {
      cut = storyOrFile.indexOf('_');
    }
    return storyOrFile.substring(0, cut);
  }

  /** Every group of every story whose topic is not excluded, in topic order, with its labels. */
  static List<Group> groups(Corpora corpora, Set<String> excluded, boolean strict)
      throws IOException {
    Path dir = corpora.dir(StoryCorpora.ECBPLUS);
    Map<String, Map<Integer, Marks>> marks = new HashMap<>();
    read(dir.resolve("mentions.jsonl"), "events", marks, true);
    read(dir.resolve("entities.jsonl"), "entities", marks, false);
    Map<String, List<String>> stories = new TreeMap<>(Comparator.comparing(WeakPairs::order));
    List<String> rows = Files.readAllLines(dir.resolve("gold.tsv"), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t");
      if (cols.length == 2 && !excluded.contains(topic(cols[1]))) {
        stories.computeIfAbsent(cols[1], k -> new ArrayList<>()).add(cols[0]);
      }
    }
    List<Group> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> story : stories.entrySet()) {
      List<String> files = new ArrayList<>(story.getValue());
      files.sort(Comparator.comparingInt(WeakPairs::number));
      for (int at = 0; at + GROUP <= files.size(); at += GROUP) {
        List<String> docs = files.subList(at, at + GROUP);
        Map<AlignGold.Pair, Integer> labels = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
          for (int j = i + 1; j < docs.size(); j++) {
            label(
                docs.get(i),
                marks.getOrDefault(docs.get(i), Map.of()),
                docs.get(j),
                marks.getOrDefault(docs.get(j), Map.of()),
                strict,
                labels);
          }
        }
        String id = "weak:" + story.getKey() + ":" + at / GROUP;
        AlignGold.Story s =
            new AlignGold.Story(id, docs, Set.of(), Set.of(), Set.of(), Set.of(), List.of());
        out.add(new Group(s, topic(story.getKey()), labels));
      }
    }
    return out;
  }

  /** Labels the annotated line pairs of two documents into {@code out}. */
  static void label(
      String fa,
      Map<Integer, Marks> a,
      String fb,
      Map<Integer, Marks> b,
      boolean strict,
      Map<AlignGold.Pair, Integer> out) {
    Map<Integer, Integer> bestOfA = best(a, b);
    Map<Integer, Integer> bestOfB = best(b, a);
    for (Map.Entry<Integer, Marks> x : new TreeMap<>(a).entrySet()) {
      if (x.getValue().events().isEmpty()) {
        continue;
      }
      for (Map.Entry<Integer, Marks> y : new TreeMap<>(b).entrySet()) {
        if (y.getValue().events().isEmpty()) {
          continue;
        }
        AlignGold.Pair pair =
            new AlignGold.Pair(
                new AlignGold.Line(fa, x.getKey()), new AlignGold.Line(fb, y.getKey()));
        if (!intersects(x.getValue().events(), y.getValue().events())) {
          if (!strict || !intersects(x.getValue().participants(), y.getValue().participants())) {
            out.put(pair, 0);
          }
        } else if (intersects(x.getValue().occurrences(), y.getValue().occurrences())
            && intersects(x.getValue().participants(), y.getValue().participants())
            && y.getKey().equals(bestOfA.get(x.getKey()))
            && x.getKey().equals(bestOfB.get(y.getKey()))) {
          out.put(pair, 1);
        }
      }
    }
  }

  /** Each annotated line of {@code a}'s only best match in {@code b}, when it has one. */
  private static Map<Integer, Integer> best(Map<Integer, Marks> a, Map<Integer, Marks> b) {
    Map<Integer, Integer> out = new HashMap<>();
    for (Map.Entry<Integer, Marks> x : a.entrySet()) {
      double top = 0;
      List<Integer> at = new ArrayList<>();
      for (Map.Entry<Integer, Marks> y : b.entrySet()) {
        double j = jaccard(x.getValue().occurrences(), y.getValue().occurrences());
        if (j > top) {
          top = j;
          at.clear();
        }
        if (j == top && j > 0) {
          at.add(y.getKey());
        }
      }
      if (at.size() == 1) {
        out.put(x.getKey(), at.get(0));
      }
    }
    return out;
  }

  private static boolean intersects(Set<String> x, Set<String> y) {
    for (String s : x) {
      if (y.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static double jaccard(Set<String> x, Set<String> y) {
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    if (union.isEmpty()) {
      return 0;
    }
    int both = 0;
    for (String s : x) {
      both += y.contains(s) ? 1 : 0;
    }
    return (double) both / union.size();
  }

  private static void read(
      Path file, String field, Map<String, Map<Integer, Marks>> marks, boolean events)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String row = in.readLine(); row != null; row = in.readLine()) {
        if (row.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(row);
        Map<Integer, Marks> lines =
            marks.computeIfAbsent(doc.path("file").asText(), k -> new HashMap<>());
        for (JsonNode m : doc.path(field)) {
          Marks at =
              lines.computeIfAbsent(
                  m.path("sentence").asInt(),
                  k -> new Marks(new HashSet<>(), new HashSet<>(), new HashSet<>()));
          if (events) {
            String chain = m.path("chain").asText();
            at.events().add(chain);
            // an instance id without '/' is a chain ECB+ links across documents
            if (!chain.contains("/") && m.path("type").asText().equals("ACTION_OCCURRENCE")) {
              at.occurrences().add(chain);
            }
          } else {
            for (JsonNode c : m.path("chains")) {
              if (!c.asText().contains("/")) {
                at.participants().add(c.asText());
              }
            }
          }
        }
      }
    }
  }

  /** Stories in topic order, then {@code ecb} before {@code ecbplus}. */
  private static String order(String story) {
    return String.format(
        "%04d-%s", Integer.parseInt(topic(story)), story.substring(story.indexOf('-') + 1));
  }

  private static int number(String file) {
    int cut = file.indexOf('_') + 1;
    int end = cut;
    while (end < file.length() && Character.isDigit(file.charAt(end))) {
      end++;
    }
    return Integer.parseInt(file.substring(cut, end));
  }
}
