package dev.parallax.framing;

import dev.parallax.internal.QuoteSpans;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.Pipeline;
import dev.parallax.TestData;
import dev.parallax.model.Article;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramingTest {
  @Test
  void masksQuotationsIncludingMarksAndEndsThemAtParagraphs() {
    boolean[] m = QuoteSpans.mask("He said “go now” and left.\n\n\"Open quote never closed\n\nOutside");
    String text = "He said “go now” and left.\n\n\"Open quote never closed\n\nOutside";
    assertThat(m[text.indexOf("go")]).isTrue();
    assertThat(m[text.indexOf("“")]).isTrue();
    assertThat(m[text.indexOf("and")]).isFalse();
    assertThat(m[text.indexOf("Open")]).isTrue();
    assertThat(m[text.indexOf("Outside")]).isFalse();
  }

  private static Framing frame(String text) {
    Report r =
        Pipeline.analyse(
            List.of(new SourceText("t.txt", text, Optional.empty())),
            List.of(),
            new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
    return r.framing().get(0);
  }

  @Test
  void countsLoadedWordsInTheOutletsVoiceOnly() {
    Framing f = frame("The regime launched a brutal crackdown, the minister said. \"It was a disgraceful attack,\" she added.");
    assertThat(f.terms()).extracting(LoadedTerm::text).containsExactly("regime", "brutal");
    assertThat(f.terms()).extracting(LoadedTerm::why).containsExactly("loaded label", "evaluative word");
  }

  @Test
  void countsIntensifyingAdverbsOnlyBeforeWhatTheyIntensify() {
    Framing f = frame("The plan was extremely costly. More than 40 people attended.");
    assertThat(f.terms()).extracting(LoadedTerm::text).containsExactly("extremely");
  }

  @Test
  void scoresPerHundredOwnWords() {
    Framing f = frame("The regime met on Monday in the capital with ten delegates present.");
    assertThat(f.ownWords()).isEqualTo(12);
    assertThat(f.score()).isEqualTo(Math.round(10000.0 * 1 / 12) / 100.0);
  }

  /**
   * Gold loaded words of the seed story that only lexicon entries written for the seed found; those
   * entries are gone (a lexicon keeps what real corpora support), so these wait for a general signal,
   * the contrast with other outlets' wording of the same fact.
   */
  private static final java.util.Set<String> NOT_YET_FOUND = java.util.Set.of("unprovoked", "maximalist");

  @Test
  void ranksTheSeedArticlesAsTheGoldDoesAndFindsArticleOnesLoadedWords() {
    Report r = TestData.seedReport();
    JsonNode gold = TestData.gold().get("framing");
    List<String> rank = new ArrayList<>();
    gold.get("rank_most_to_least_loaded").forEach(i -> rank.add("A" + (i.asInt() + 1)));
    List<Framing> byScore = new ArrayList<>(r.framing());
    byScore.sort((a, b) -> Double.compare(b.score(), a.score()));
    assertThat(byScore.get(0).article()).isEqualTo(rank.get(0));
    assertThat(byScore.get(byScore.size() - 1).article()).isEqualTo(rank.get(rank.size() - 1));
    gold.get("loaded").properties().forEach(e -> {
      Framing f = r.framing().get(Integer.parseInt(e.getKey()));
      e.getValue().forEach(w -> {
        if (!NOT_YET_FOUND.contains(w.asText())) {
          assertThat(f.terms()).extracting(LoadedTerm::text).as("article %s", e.getKey()).contains(w.asText());
        }
      });
    });
    System.out.printf("seed gold: framing scores %s%n", r.framing().stream().map(f -> f.article() + "=" + f.score()).toList());
  }

  @Test
  void neverCountsAQuotedSpeakersWords() {
    Report r = TestData.seedReport();
    for (JsonNode q : TestData.gold().get("quotes")) {
      q.get("anchor").properties().forEach(e -> {
        Article a = r.articles().get(Integer.parseInt(e.getKey()));
        String anchor = e.getValue().asText().replaceAll("^[\"“”]|[\"“”]$", "");
        int at = a.text().indexOf(anchor);
        assertThat(at).as("anchor %s", anchor).isGreaterThanOrEqualTo(0);
        for (LoadedTerm t : r.framing().get(Integer.parseInt(e.getKey())).terms()) {
          assertThat(t.start() >= at && t.end() <= at + anchor.length())
              .as("term %s inside quote %s", t.text(), anchor).isFalse();
        }
      });
    }
  }

  @Test
  void setsTheWordingsOfASharedFactSideBySideAndMarksTheContrast() {
    Report r = TestData.seedReport();
    // the gold contrast: one fact, three wordings; only article 0 calls the war "unprovoked"
    JsonNode contrast = TestData.gold().get("framing").get("contrast").get(0);
    String anchor0 = contrast.get("0").asText();
    dev.parallax.model.Wording w =
        r.wordings().stream()
            .filter(x -> x.versions().stream().anyMatch(v -> v.article().equals("A1") && v.text().contains(anchor0)))
            .filter(x -> x.versions().size() >= 2)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no shared fact worded as " + anchor0));
    dev.parallax.model.Wording.Version a1 =
        w.versions().stream().filter(v -> v.article().equals("A1")).findFirst().orElseThrow();
    assertThat(a1.onlyHere()).contains("unprovoked");
    // a marked word no other outlet used for the fact says so in its reason
    for (LoadedTerm t : r.framing().get(0).terms()) {
      if (a1.onlyHere().contains(t.text().toLowerCase(java.util.Locale.ROOT)) && a1.sentences().contains(t.sentence())) {
        assertThat(t.why()).contains("no other outlet used it for fact " + w.fact());
      }
    }
  }
}
