package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {
  /** Sentences whose first word is the same get the same vector; others are orthogonal. */
  private static final Embedder BY_FIRST_WORD =
      texts ->
          texts.stream()
              .map(
                  t -> {
                    float[] v = new float[64];
                    v[Math.floorMod(t.split(" ")[0].hashCode(), 64)] = 1;
                    return v;
                  })
              .toArray(float[][]::new);

  private static Article article(String id, Sentence... sentences) {
    return new Article(id, ArticleMeta.of(id + ".txt"), "", List.of(sentences), List.of());
  }

  @Test
  void groupsTheSameStatementAcrossArticlesAndKeepsTheRestSingleSource() {
    Aligner aligner = Aligner.with(BY_FIRST_WORD, Aligner.Settings.defaults());
    Aligner.Result r =
        aligner.align(
            List.of(
                article(
                    "A1",
                    Sentences.of("A1.S1", "Bridge/NNP/E1 closed/VBD after/IN 3/CD cracks/NNS"),
                    Sentences.of("A1.S2", "Mayor/NNP/E2 promised/VBD repairs/NNS")),
                article(
                    "A2",
                    Sentences.of("A2.S1", "Bridge/NNP/E1 closed/VBD over/IN 3/CD cracks/NNS"),
                    Sentences.of("A2.S2", "Traffic/NN jammed/VBD downtown/NN")),
                article(
                    "A3",
                    Sentences.of("A3.S1", "Mayor/NNP/E2 promised/VBD repairs/NNS quickly/RB"),
                    Sentences.of("A3.S2", "Bridge/NNP/E1 closed/VBD because/IN 3/CD cracks/NNS"))));
    assertThat(r.facts())
        .extracting(Fact::sentences)
        .containsExactly(
            List.of("A1.S1", "A2.S1", "A3.S2"), List.of("A1.S2", "A3.S1"), List.of("A2.S2"));
    assertThat(r.facts().get(0).id()).isEqualTo("F1");
    assertThat(r.facts().get(2).articles()).containsExactly("A2");
    assertThat(r.omissions()).containsExactly(new Omission("F2", "A2"));
    assertThat(r.discrepancies()).isEmpty();
    // the sentences each may state a fact with, for the brief: the linked ones among them, both
    // ways, never one of its own article
    assertThat(r.similar().get("A1.S1")).contains("A2.S1", "A3.S2").doesNotContain("A1.S2");
    assertThat(r.similar().get("A3.S2")).contains("A1.S1");
    r.similar()
        .forEach(
            (id, others) ->
                others.forEach(
                    o -> {
                      assertThat(o.split("\\.")[0]).isNotEqualTo(id.split("\\.")[0]);
                      assertThat(r.similar().get(o)).contains(id);
                    }));
  }

  /** An article of its given sentences and then filler sentences of its own, ten in all. */
  private static Article longArticle(String id, Sentence... sentences) {
    List<Sentence> all = new java.util.ArrayList<>(List.of(sentences));
    String[] words = {"Zinc", "Opal", "Quartz", "Amber", "Basalt", "Cobalt", "Flint", "Garnet"};
    for (int k = all.size(); k < Aligner.LONG; k++) {
      String w = id + words[k % words.length];
      all.add(Sentences.of(id + ".S" + (k + 1), w + "/NN rested/VBD quietly/RB " + k + "/CD"));
    }
    return new Article(id, ArticleMeta.of(id + ".txt"), "", all, List.of());
  }

  @Test
  void aSharedGroupOfLongArticlesAgreeingLessThanTheFloorIsSingleSourceSentences() {
    Sentence[] a1 = {
      Sentences.of("A1.S1", "Bridge/NNP/E1 closed/VBD after/IN 3/CD cracks/NNS"),
      Sentences.of("A1.S2", "Mayor/NNP/E2 promised/VBD repairs/NNS")
    };
    Sentence a2 = Sentences.of("A2.S1", "Bridge/NNP/E1 closed/VBD over/IN 3/CD cracks/NNS");
    Sentence a3 = Sentences.of("A3.S1", "Mayor/NNP/E2 promised/VBD repairs/NNS quickly/RB");
    Aligner.Settings d = Aligner.Settings.defaults();
    List<Article> longStory =
        List.of(longArticle("A1", a1), longArticle("A2", a2), longArticle("A3", a3));
    Aligner.Result kept =
        Aligner.with(BY_FIRST_WORD, new Aligner.Settings(d.link(), d.mutual(), d.merge(), d.join()))
            .align(longStory);
    List<Fact> shared = kept.facts().stream().filter(f -> f.support() > 1).toList();
    assertThat(shared)
        .extracting(Fact::sentences)
        .containsExactlyInAnyOrder(List.of("A1.S1", "A2.S1"), List.of("A1.S2", "A3.S1"));
    double weakest = shared.stream().mapToDouble(Fact::confidence).min().orElseThrow();
    Aligner.Settings floor =
        new Aligner.Settings(d.link(), d.mutual(), d.merge(), d.join(), weakest + 1e-6);
    // a floor just above the weaker fact's agreement splits it, and only it
    Aligner.Result split = Aligner.with(BY_FIRST_WORD, floor).align(longStory);
    assertThat(split.facts().stream().filter(f -> f.support() > 1)).hasSize(1);
    assertThat(split.facts().stream().filter(f -> f.support() == 1))
        .allSatisfy(f -> assertThat(f.sentences()).hasSize(1));
    // every sentence is still stated by exactly one fact
    assertThat(split.facts().stream().flatMap(f -> f.sentences().stream()))
        .hasSize(3 * Aligner.LONG)
        .doesNotHaveDuplicates();
    // between leads, shorter than the length the floor asks for, both facts stay
    List<Article> leads = List.of(article("A1", a1), article("A2", a2), article("A3", a3));
    assertThat(Aligner.with(BY_FIRST_WORD, floor).align(leads).facts())
        .filteredOn(f -> f.support() > 1)
        .hasSize(2);
  }

  @Test
  void headingsAndCaptionsAreNotAligned() {
    Sentence heading =
        new Sentence(
            "A1.S1",
            dev.parallax.model.BlockKind.HEADING,
            "Bridge closed",
            0,
            13,
            List.of(),
            List.of(),
            List.of());
    Aligner.Result r =
        Aligner.with(BY_FIRST_WORD, Aligner.Settings.defaults())
            .align(
                List.of(
                    article("A1", heading),
                    article("A2", Sentences.of("A2.S1", "Bridge/NNP closed/VBD"))));
    assertThat(r.facts()).extracting(Fact::sentences).containsExactly(List.of("A2.S1"));
  }

  /** Sentences about the same things (bridge, mayor, traffic) get the same vector. */
  private static final Embedder BY_TOPIC =
      texts ->
          texts.stream()
              .map(
                  t -> {
                    float[] v = {
                      t.contains("Bridge") ? 1 : 0,
                      t.contains("Mayor") ? 1 : 0,
                      t.contains("Traffic") ? 1 : 0,
                      0
                    };
                    double norm = Math.sqrt(v[0] + v[1] + v[2]);
                    if (norm == 0) {
                      v[3] = 1;
                      return v;
                    }
                    for (int k = 0; k < 3; k++) {
                      v[k] /= (float) norm;
                    }
                    return v;
                  })
              .toArray(float[][]::new);

  private static String filler(int words) {
    return " there/EX".repeat(words);
  }

  @Test
  void aLongSentenceStatingTwoClaimsSupportsBothFacts() {
    Sentence twoClaims =
        Sentences.of(
            "A1.S1",
            "Bridge/NNP/E1 closed/VBD after/IN 3/CD cracks/NNS"
                + filler(14)
                + " ,/, although/IN Mayor/NNP/E2 promised/VBD repairs/NNS"
                + filler(14));
    Aligner.Result r =
        Aligner.with(BY_TOPIC, Aligner.Settings.defaults())
            .align(
                List.of(
                    article("A1", twoClaims),
                    article(
                        "A2",
                        Sentences.of("A2.S1", "Bridge/NNP/E1 closed/VBD over/IN 3/CD cracks/NNS"),
                        Sentences.of("A2.S2", "Traffic/NN jammed/VBD downtown/NN")),
                    article(
                        "A3",
                        Sentences.of(
                            "A3.S1", "Mayor/NNP/E2 promised/VBD repairs/NNS quickly/RB"))));
    assertThat(r.facts())
        .extracting(Fact::sentences)
        .containsExactlyInAnyOrder(
            List.of("A1.S1", "A2.S1"), List.of("A1.S1", "A3.S1"), List.of("A2.S2"));
  }

  @Test
  void aSentenceWithoutWordsAlignsWithNothing() {
    Aligner.Result r =
        Aligner.with(BY_TOPIC, Aligner.Settings.defaults())
            .align(
                List.of(
                    article("A1", Sentences.of("A1.S1", "''/''")),
                    article("A2", Sentences.of("A2.S1", "''/''"))));
    assertThat(r.facts())
        .extracting(Fact::sentences)
        .containsExactly(List.of("A1.S1"), List.of("A2.S1"));
  }

  @Test
  void aClaimAndTheQuoteAfterItShareTheFactTheOtherOutletStatesInOne() {
    Aligner.Result r =
        Aligner.with(BY_TOPIC, Aligner.Settings.defaults())
            .align(
                List.of(
                    article(
                        "A1",
                        Sentences.of(
                            "A1.S1", "Mayor/NNP/E2 promised/VBD repairs/NNS by/IN June/NNP"),
                        Sentences.of(
                            "A1.S2",
                            "``/`` Mayor/NNP/E2 :/: crews/NNS will/MD fix/VB the/DT deck/NN ''/''")),
                    article(
                        "A2",
                        Sentences.of(
                            "A2.S1",
                            "Mayor/NNP/E2 promised/VBD repairs/NNS by/IN June/NNP and/CC said/VBD crews/NNS will/MD fix/VB the/DT deck/NN"))));
    assertThat(r.facts())
        .extracting(Fact::sentences)
        .containsExactly(List.of("A1.S1", "A1.S2", "A2.S1"));
  }
}
