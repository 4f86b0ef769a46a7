package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the two story corpora into {@link StoryItem}s. */
final class StoryCorpora {
  static final String ECBPLUS = "stories-ecbplus";
  static final String ALLSIDES = "stories-allsides";

  private StoryCorpora() {}

  /**
   * ECB+ topics are held out of tuning whole (a topic's two events are the hard case): those whose
   * number is a multiple of three, 10 of the 33 topics.
   */
  static boolean heldOutTopic(int topic) {
    return topic % 3 == 0;
  }

  static int topicOf(String ecbFile) {
    return Integer.parseInt(ecbFile.substring(0, ecbFile.indexOf('_')));
  }

  /** ECB+ documents in file-name order; group = topic. */
  static List<StoryItem> ecbplus(Corpora corpora) throws IOException {
    Path dir = corpora.dir(ECBPLUS);
    List<StoryItem> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2 || f[0].equals("file")) {
        continue;
      }
      Path doc = dir.resolve("docs").resolve(f[0]);
      if (!Files.isRegularFile(doc)) {
        continue;
      }
      int topic = topicOf(f[0]);
      out.add(
          new StoryItem(
              f[0],
              Optional.empty(),
              Files.readString(doc, StandardCharsets.UTF_8),
              f[1],
              "topic-" + topic,
              heldOutTopic(topic) ? "held-out" : "tune"));
    }
    return out;
  }

  /**
   * AllSides articles in corpus order; group = event; the source's train events are for tuning and
   * its validation events are held out.
   */
  static List<StoryItem> allsides(Corpora corpora) throws IOException {
    Path file = corpora.dir(ALLSIDES).resolve("articles.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<StoryItem> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String story = n.path("story").asText();
        out.add(
            new StoryItem(
                n.path("id").asText(),
                Optional.of(n.path("title").asText()).filter(s -> !s.isBlank()),
                n.path("text").asText(),
                story,
                story,
                story.startsWith("val") ? "held-out" : "tune"));
      }
    }
    return out;
  }
}
