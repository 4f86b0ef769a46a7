package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Fact;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fact's label moves off a wording the framing stage marked, when another reads as well. */
class RelabelTest {
  private static Article article(String id, Sentence s) {
    return new Article(id, ArticleMeta.of(id + ".txt"), "", List.of(s), List.of());
  }

  private final Sentence loaded =
      Sentences.of("A1.S1", "The/DT reckless/JJ council/NN shut/VBD the/DT bridge/NN ./.");
  private final Sentence plain =
      Sentences.of(
          "A2.S1",
          "The/DT council/NN shut/VBD the/DT bridge/NN on/IN Monday/NNP after/IN a/DT survey/NN ./.");
  private final List<Article> articles = List.of(article("A1", loaded), article("A2", plain));
  private final Fact fact =
      new Fact(
          "F1",
          List.of("A1.S1", "A2.S1"),
          List.of("A1", "A2"),
          "The reckless council shut the bridge",
          0.9);

  private static Framing marked(String article, String sentence, String word) {
    return new Framing(
        article,
        1.0,
        6,
        List.of(new LoadedTerm(word, sentence, 4, 12, "test", 1.0, LoadedTerm.CONTRAST)));
  }

  @Test
  void takesAWordingWithoutTheMarkedWord() {
    List<Fact> out =
        Aligner.relabelled(List.of(fact), articles, List.of(marked("A1", "A1.S1", "reckless")));
    assertThat(out.get(0).label())
        .isEqualTo("The council shut the bridge on Monday after a survey");
    assertThat(out.get(0).sentences()).isEqualTo(fact.sentences());
  }

  @Test
  void keepsTheLabelWhenItHoldsNoMarkedWordOrEveryWordingIsMarked() {
    assertThat(Aligner.relabelled(List.of(fact), articles, List.of())).containsExactly(fact);
    assertThat(
            Aligner.relabelled(List.of(fact), articles, List.of(marked("A2", "A2.S1", "survey"))))
        .containsExactly(fact);
    List<Framing> both =
        List.of(marked("A1", "A1.S1", "reckless"), marked("A2", "A2.S1", "reckless"));
    assertThat(Aligner.relabelled(List.of(fact), articles, both)).containsExactly(fact);
  }

  @Test
  void neverGivesTwoFactsOneLabel() {
    // ECB+ topic 6: two facts relabelled from the one unmarked wording they share
    Sentence third =
        Sentences.of(
            "A3.S1",
            "The/DT council/NN closed/VBD the/DT old/JJ bridge/NN to/TO all/DT traffic/NN for/IN"
                + " urgent/JJ repairs/NNS ./.");
    List<Article> three =
        List.of(article("A1", loaded), article("A2", plain), article("A3", third));
    Fact other =
        new Fact(
            "F2",
            List.of("A1.S1", "A2.S1", "A3.S1"),
            List.of("A1", "A2", "A3"),
            "The reckless council shut the bridge",
            0.8);
    List<Fact> out =
        Aligner.relabelled(List.of(fact, other), three, List.of(marked("A1", "A1.S1", "reckless")));
    assertThat(out.get(0).label())
        .isEqualTo("The council shut the bridge on Monday after a survey");
    assertThat(out.get(1).label())
        .isEqualTo("The council closed the old bridge to all traffic for urgent repairs");
  }
}
