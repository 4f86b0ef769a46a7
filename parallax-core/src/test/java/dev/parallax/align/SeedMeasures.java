package dev.parallax.align;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Article;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The issue-4 measures of alignment and brief against the seed story's gold file. */
final class SeedMeasures {
  record Result(
      int pairsFound,
      int pairs,
      List<String> missedPairs,
      int uniqueKept,
      int unique,
      List<String> uniqueLost,
      int omissionsFound,
      int omissions,
      boolean briefCitesReal,
      int consensusCovered,
      int consensus,
      List<String> loadedInBrief) {
    String summary() {
      return String.format(
          "pairs %d/%d, unique %d/%d, omissions %d/%d, brief: real cites %s, consensus facts covered"
              + " %d/%d, loaded words %s; missed pairs %s; unique lost %s",
          pairsFound,
          pairs,
          uniqueKept,
          unique,
          omissionsFound,
          omissions,
          briefCitesReal,
          consensusCovered,
          consensus,
          loadedInBrief,
          missedPairs,
          uniqueLost);
    }
  }

  private SeedMeasures() {}

  static Result measure(
      JsonNode gold,
      List<Article> articles,
      List<Fact> facts,
      List<Omission> omissions,
      List<BriefSentence> brief) {
    int pairs = 0;
    int pairsFound = 0;
    List<String> missed = new ArrayList<>();
    int consensus = 0;
    int covered = 0;
    Set<String> cited = new HashSet<>();
    brief.forEach(b -> cited.addAll(b.cites()));
    for (JsonNode f : gold.get("facts")) {
      List<String> ids = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = f.get("anchor").properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        ids.add(sentenceId(articles, Integer.parseInt(e.getKey()), e.getValue().asText()));
      }
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          pairs++;
          String a = ids.get(i);
          String b = ids.get(j);
          if (facts.stream()
              .anyMatch(x -> x.sentences().contains(a) && x.sentences().contains(b))) {
            pairsFound++;
          } else {
            missed.add(f.get("id").asText() + ":" + a + "~" + b);
          }
        }
      }
      if (f.get("in").size() == 3) {
        consensus++;
        if (ids.stream().anyMatch(cited::contains)) {
          covered++;
        }
      }
    }
    int uniqueKept = 0;
    List<String> lost = new ArrayList<>();
    for (JsonNode u : gold.get("unique")) {
      int in = u.get("in").asInt();
      String id = sentenceId(articles, in, u.get("anchor").asText());
      String article = "A" + (in + 1);
      boolean alone =
          facts.stream()
              .filter(x -> x.sentences().contains(id))
              .allMatch(x -> x.articles().equals(List.of(article)));
      if (alone) {
        uniqueKept++;
      } else {
        lost.add(id);
      }
    }
    int omissionsFound = 0;
    for (JsonNode o : gold.get("omissions")) {
      String factId = o.get("fact").asText();
      String missing = "A" + (o.get("missing_from").asInt() + 1);
      JsonNode gf = null;
      for (JsonNode f : gold.get("facts")) {
        if (f.get("id").asText().equals(factId)) {
          gf = f;
        }
      }
      Set<String> anchored = new HashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = gf.get("anchor").properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        anchored.add(sentenceId(articles, Integer.parseInt(e.getKey()), e.getValue().asText()));
      }
      boolean found =
          facts.stream()
              .filter(x -> x.sentences().containsAll(anchored))
              .anyMatch(x -> omissions.contains(new Omission(x.id(), missing)));
      omissionsFound += found ? 1 : 0;
    }
    Set<String> real = new HashSet<>();
    articles.forEach(a -> a.sentences().forEach(s -> real.add(s.id())));
    boolean citesReal = !brief.isEmpty() && real.containsAll(cited);
    List<String> loadedFound = new ArrayList<>();
    for (JsonNode w : gold.get("framing").get("loaded").get("0")) {
      for (BriefSentence b : brief) {
        if (outsideQuotes(b.text()).toLowerCase(java.util.Locale.ROOT).contains(w.asText())) {
          loadedFound.add(w.asText());
        }
      }
    }
    return new Result(
        pairsFound,
        pairs,
        missed,
        uniqueKept,
        gold.get("unique").size(),
        lost,
        omissionsFound,
        gold.get("omissions").size(),
        citesReal,
        covered,
        consensus,
        loadedFound);
  }

  static String outsideQuotes(String text) {
    StringBuilder b = new StringBuilder();
    boolean in = false;
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '“' || c == '”') {
        in = c == '"' ? !in : c == '“';
        continue;
      }
      if (!in) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The sentence of article {@code index} that contains the anchor (or where it starts). */
  static String sentenceId(List<Article> articles, int index, String anchor) {
    Article a = articles.get(index);
    for (Sentence s : a.sentences()) {
      if (s.text().contains(anchor)) {
        return s.id();
      }
    }
    int at = a.text().indexOf(anchor);
    Optional<Sentence> s =
        a.sentences().stream().filter(x -> at >= x.start() && at < x.end()).findFirst();
    return s.map(Sentence::id).orElseThrow(() -> new AssertionError("anchor not found: " + anchor));
  }
}
