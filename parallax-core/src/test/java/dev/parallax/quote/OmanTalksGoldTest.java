package dev.parallax.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Entity;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteGroup;
import dev.parallax.model.QuoteVariance;
import dev.parallax.model.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed story against its hand-made gold: quotes found, speakers, groups and rewordings. */
class OmanTalksGoldTest {
  private static Report report;
  private static JsonNode gold;

  @BeforeAll
  static void load() throws IOException {
    report = Stories.seed();
    gold = new ObjectMapper().readTree(Stories.shared().resolve("gold/oman-talks.json").toFile());
  }

  /** The quote of article {@code index} that carries the gold anchor, if found. */
  private static Optional<Quote> located(int index, String anchor) {
    String article = "A" + (index + 1);
    String bare = stripMarks(anchor);
    return report.quotes().stream()
        .filter(q -> q.article().equals(article) && stripMarks(q.text()).contains(bare))
        .findFirst();
  }

  private static String stripMarks(String s) {
    return s.replaceAll("[\"“”„«»]", "").replaceAll("^[‘']|[’']$", "").strip();
  }

  private static boolean speakerMatches(Quote q, JsonNode goldSpeaker) {
    if (q.speaker().isEmpty()) {
      return false;
    }
    Entity e =
        report.entities().stream()
            .filter(x -> x.id().equals(q.speaker().get().entity()))
            .findFirst()
            .orElseThrow();
    Set<String> names = new HashSet<>(e.aliases());
    names.add(e.name());
    List<String> accepted = new ArrayList<>();
    if (goldSpeaker.isArray()) {
      goldSpeaker.forEach(n -> accepted.add(n.asText()));
    } else {
      accepted.add(goldSpeaker.asText());
    }
    Set<String> folded = names.stream().map(OmanTalksGoldTest::fold).collect(Collectors.toSet());
    return accepted.stream().map(OmanTalksGoldTest::fold).anyMatch(folded::contains);
  }

  private static String fold(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
  }

  @Test
  void findsEveryGoldQuoteInEveryArticleThatCarriesIt() {
    List<String> missing = new ArrayList<>();
    int occurrences = 0;
    for (JsonNode g : gold.get("quotes")) {
      for (JsonNode in : g.get("in")) {
        occurrences++;
        String anchor = g.get("anchor").get(in.asText()).asText();
        if (located(in.asInt(), anchor).isEmpty()) {
          missing.add(g.get("id").asText() + "@" + in.asInt());
        }
      }
    }
    System.out.printf(
        "oman-talks gold: %d of %d quote occurrences found; %d quotes extracted in all%n",
        occurrences - missing.size(), occurrences, report.quotes().size());
    assertThat(missing).isEmpty();
  }

  @Test
  void attributesAtLeast21Of23GoldOccurrencesToTheRightSpeaker() {
    int right = 0;
    int total = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonNode g : gold.get("quotes")) {
      for (JsonNode in : g.get("in")) {
        total++;
        Optional<Quote> q = located(in.asInt(), g.get("anchor").get(in.asText()).asText());
        if (q.isPresent() && speakerMatches(q.get(), g.get("speaker"))) {
          right++;
        } else {
          wrong.add(g.get("id").asText() + "@" + in.asInt() + " -> " + q.flatMap(Quote::speaker));
        }
      }
    }
    System.out.printf(
        "oman-talks gold: speakers right for %d of %d occurrences %s%n", right, total, wrong);
    assertThat(total).isEqualTo(23);
    assertThat(right).isGreaterThanOrEqualTo(21);
  }

  @Test
  void putsEveryMultiArticleGoldQuoteInOneGroup() {
    Map<String, QuoteGroup> groupOf = new java.util.HashMap<>();
    for (QuoteGroup g : report.quoteGroups()) {
      g.quotes().forEach(id -> groupOf.put(id, g));
    }
    int multi = 0;
    int grouped = 0;
    for (JsonNode g : gold.get("quotes")) {
      if (g.get("in").size() < 2) {
        continue;
      }
      multi++;
      Set<String> groups = new HashSet<>();
      for (JsonNode in : g.get("in")) {
        Optional<Quote> q = located(in.asInt(), g.get("anchor").get(in.asText()).asText());
        groups.add(
            q.map(x -> groupOf.containsKey(x.id()) ? groupOf.get(x.id()).id() : "none:" + x.id())
                .orElse("missing"));
      }
      if (groups.size() == 1
          && !groups.iterator().next().startsWith("none")
          && !groups.contains("missing")) {
        grouped++;
      } else {
        System.out.println("not in one group: " + g.get("id").asText() + " " + groups);
      }
    }
    System.out.printf(
        "oman-talks gold: %d of %d multi-article quotes in one group; %d groups in all: %s%n",
        grouped,
        multi,
        report.quoteGroups().size(),
        report.quoteGroups().stream().map(g -> g.id() + "=" + g.variance().label()).toList());
    assertThat(grouped).isEqualTo(multi);
  }

  @Test
  void marksTheTwoRewordingsAsReworded() {
    Map<String, QuoteGroup> groupOf =
        report.quoteGroups().stream()
            .flatMap(g -> g.quotes().stream().map(id -> Map.entry(id, g)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    gold.get("quotes").forEach(g -> byId.put(g.get("id").asText(), g));
    List<String> reworded = new ArrayList<>();
    for (String id : List.of("leavitt-zero-nuclear", "oman-statement")) {
      JsonNode g = byId.get(id);
      JsonNode in = g.get("in").get(0);
      Quote q = located(in.asInt(), g.get("anchor").get(in.asText()).asText()).orElseThrow();
      assertThat(groupOf).as(id).containsKey(q.id());
      if (groupOf.get(q.id()).variance() == QuoteVariance.REWORDED) {
        reworded.add(id);
      }
    }
    System.out.println("oman-talks gold: marked reworded " + reworded);
    assertThat(reworded).containsExactly("leavitt-zero-nuclear", "oman-statement");
  }

  @Test
  void neverMakesTheNestedOperationNameATopLevelQuote() {
    assertThat(report.quotes()).map(Quote::text).noneMatch(t -> t.startsWith("Operation"));
    Function<Quote, String> text = Quote::text;
    assertThat(report.quotes()).map(text).anyMatch(t -> t.contains("‘Operation"));
  }
}
