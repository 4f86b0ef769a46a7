package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An article renumbered keeps its sentences' ids in step with its own. */
class ArticleWithIdTest {
  @Test
  void renumbersEverySentenceWithTheArticle() {
    String text = "One. Two.";
    Article a =
        new Article(
            "A3",
            ArticleMeta.of("c.txt"),
            text,
            List.of(
                new Sentence(
                    "A3.S1", BlockKind.BODY, "One.", 0, 4, List.of(), List.of(), List.of()),
                new Sentence(
                    "A3.S2", BlockKind.BODY, "Two.", 5, 9, List.of(), List.of(), List.of())),
            List.of());
    Article b = a.withId("A2");
    assertThat(b.id()).isEqualTo("A2");
    assertThat(b.sentences()).extracting(Sentence::id).containsExactly("A2.S1", "A2.S2");
    assertThat(b.sentences()).extracting(Sentence::text).containsExactly("One.", "Two.");
    assertThat(b.meta()).isEqualTo(a.meta());
    assertThat(a.withId("A3")).isSameAs(a);
  }
}
