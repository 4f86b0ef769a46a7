package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Entity;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the seed story, checked against the hand-made gold file. */
class SeedGoldTest {
  private final Report report = TestData.seedReport();
  private final JsonNode gold = TestData.gold();

  private static String fold(String s) {
    return s.replace('\u00a0', ' ').replace('’', '\'').replaceAll("\\s+", " ").strip();
  }

  private Article article(int i) {
    return report.articles().get(i);
  }

  @Test
  void readsAllThreeArticlesWithoutDiagnostics() {
    assertThat(report.articles()).hasSize(3);
    assertThat(report.diagnostics()).isEmpty();
  }

  @Test
  void findsTitlesAndOutlets() {
    for (int i = 0; i < 3; i++) {
      JsonNode g = gold.get("articles").get(i);
      assertThat(article(i).title()).as("title of %d", i).contains(g.get("title").asText());
      if (g.get("outlet").isNull()) {
        assertThat(article(i).outlet()).as("outlet of %d", i).isEmpty();
      } else {
        assertThat(article(i).outlet()).as("outlet of %d", i).contains(g.get("outlet").asText());
      }
    }
  }

  @Test
  void removesEveryNoiseLineWithAReason() {
    for (int i = 0; i < 3; i++) {
      Article a = article(i);
      for (JsonNode n : gold.get("articles").get(i).get("noise")) {
        String noise = fold(n.asText());
        for (Sentence s : a.sentences()) {
          if (noise.length() <= 3) {
            assertThat(fold(s.text())).as("sentence %s", s.id()).isNotEqualTo(noise);
          } else {
            assertThat(fold(s.text())).as("sentence %s", s.id()).doesNotContain(noise);
          }
        }
        assertThat(a.removed())
            .as("removed of article %d", i)
            .anySatisfy(
                r -> {
                  assertThat(fold(r.text())).contains(noise);
                  assertThat(r.reason()).isNotBlank();
                });
      }
    }
  }

  @Test
  void keepsEveryBodyLineAsBody() {
    for (int i = 0; i < 3; i++) {
      for (JsonNode k : gold.get("articles").get(i).get("body_keeps")) {
        assertKind(i, k.asText(), BlockKind.BODY);
      }
    }
  }

  @Test
  void marksHeadingsAndCaptions() {
    JsonNode g = gold.get("articles").get(0);
    for (JsonNode h : g.get("subheadings")) {
      assertKind(0, h.asText(), BlockKind.HEADING);
    }
    for (JsonNode c : g.get("captions")) {
      assertKind(0, c.asText(), BlockKind.CAPTION);
    }
  }

  private void assertKind(int i, String anchor, BlockKind kind) {
    String want = fold(anchor);
    assertThat(article(i).sentences())
        .as("article %d has a %s sentence containing %s", i, kind, anchor)
        .anySatisfy(
            s -> {
              assertThat(fold(s.text())).contains(want);
              assertThat(s.kind()).isEqualTo(kind);
            });
  }

  private List<Entity> entitiesNamed(String surface) {
    String want = fold(surface);
    List<Entity> out = new ArrayList<>();
    for (Entity e : report.entities()) {
      Set<String> names = new HashSet<>();
      names.add(fold(e.name()));
      e.aliases().forEach(a -> names.add(fold(a)));
      if (names.contains(want)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void findsEveryGoldEntityWithItsTypeMergedIntoOne() {
    int found = 0;
    for (JsonNode g : gold.get("entities")) {
      List<String> surfaces = new ArrayList<>();
      surfaces.add(g.get("name").asText());
      g.get("aliases").forEach(a -> surfaces.add(a.asText()));
      Set<String> ids = new HashSet<>();
      Entity match = null;
      for (String s : surfaces) {
        for (Entity e : entitiesNamed(s)) {
          ids.add(e.id());
          match = e;
        }
      }
      assertThat(ids).as("entities for %s (one, not split)", surfaces).hasSize(1);
      assertThat(match.type().name())
          .as("type of %s", g.get("name").asText())
          .isEqualTo(g.get("type").asText());
      List<String> in = new ArrayList<>();
      g.get("in").forEach(x -> in.add("A" + (x.asInt() + 1)));
      assertThat(match.articles()).as("articles of %s", g.get("name").asText()).containsAll(in);
      found++;
    }
    System.out.printf(
        "seed gold: %d/%d entities found, typed and merged%n", found, gold.get("entities").size());
  }

  @Test
  void reportsNoneOfTheGoldNonEntities() {
    for (JsonNode n : gold.get("not_entities")) {
      assertThat(entitiesNamed(n.asText())).as("not an entity: %s", n.asText()).isEmpty();
    }
  }

  @Test
  void everyMentionPointsIntoTheCleanedTextAndAtAnEntity() {
    Set<String> ids = new HashSet<>();
    report.entities().forEach(e -> ids.add(e.id()));
    for (Article a : report.articles()) {
      int last = -1;
      for (Sentence s : a.sentences()) {
        assertThat(s.start()).isGreaterThan(last);
        assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text());
        last = s.start();
        s.mentions()
            .forEach(
                m -> {
                  assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
                  assertThat(ids).contains(m.entity());
                });
      }
    }
  }
}
