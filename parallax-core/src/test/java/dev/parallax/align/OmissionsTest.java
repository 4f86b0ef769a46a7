package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OmissionsTest {
  private static Fact fact(String id, List<String> articles) {
    return fact(id, articles, 1);
  }

  private static Fact fact(String id, List<String> articles, double confidence) {
    return new Fact(id, articles.stream().map(a -> a + ".S1").toList(), articles, "x", confidence);
  }

  private static List<Omission> find(List<Fact> facts, List<String> articles) {
    return Omissions.find(facts, articles, 0.4);
  }

  @Test
  void factInTwoOfThreeArticlesIsAnOmissionOfTheThird() {
    List<Omission> got = find(List.of(fact("F1", List.of("A1", "A3"))), List.of("A1", "A2", "A3"));
    assertThat(got).containsExactly(new Omission("F1", "A2"));
  }

  @Test
  void factInAllArticlesOrInOneIsNoOmission() {
    List<Omission> got =
        find(
            List.of(fact("F1", List.of("A1", "A2", "A3")), fact("F2", List.of("A2"))),
            List.of("A1", "A2", "A3"));
    assertThat(got).isEmpty();
  }

  @Test
  void factInTwoOfFiveIsNoOmissionButThreeOfFiveIs() {
    List<String> five = List.of("A1", "A2", "A3", "A4", "A5");
    assertThat(find(List.of(fact("F1", List.of("A1", "A2"))), five)).isEmpty();
    assertThat(find(List.of(fact("F1", List.of("A1", "A2", "A3"))), five))
        .containsExactly(new Omission("F1", "A4"), new Omission("F1", "A5"));
  }

  @Test
  void aFactOnlyTitlesStateIsNoOmissionOfAnArticleWhoseTitleWasTakenOut() {
    List<String> three = List.of("A1", "A2", "A3");
    List<Fact> titles = List.of(fact("F1", List.of("A2", "A3")));
    // A2.S1 and A3.S1 are titles their texts keep; A1's title left its text
    assertThat(Omissions.find(titles, three, 0.4, Set.of("A2.S1", "A3.S1"), Set.of("A1")))
        .isEmpty();
    // an article whose title is in its text was compared with the fact: it left it out
    assertThat(Omissions.find(titles, three, 0.4, Set.of("A2.S1", "A3.S1"), Set.of()))
        .containsExactly(new Omission("F1", "A1"));
    // a fact stated in a body sentence too is an omission of A1 all the same
    assertThat(Omissions.find(titles, three, 0.4, Set.of("A2.S1"), Set.of("A1")))
        .containsExactly(new Omission("F1", "A1"));
  }

  @Test
  void singleSourceFactOfTwoArticlesIsNotAnOmissionOfTheOther() {
    assertThat(find(List.of(fact("F1", List.of("A1"))), List.of("A1", "A2"))).isEmpty();
  }

  @Test
  void factWhoseSentencesAgreeLessThanAJoiningSentenceMustNamesNoOmission() {
    List<String> three = List.of("A1", "A2", "A3");
    assertThat(find(List.of(fact("F1", List.of("A1", "A3"), 0.39)), three)).isEmpty();
    assertThat(find(List.of(fact("F1", List.of("A1", "A3"), 0.4)), three))
        .containsExactly(new Omission("F1", "A2"));
  }
}
