package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import java.util.List;
import org.junit.jupiter.api.Test;

class OmissionsTest {
  private static Fact fact(String id, List<String> articles) {
    return new Fact(id, articles.stream().map(a -> a + ".S1").toList(), articles, "x", 1);
  }

  @Test
  void factInTwoOfThreeArticlesIsAnOmissionOfTheThird() {
    List<Omission> got =
        Omissions.find(List.of(fact("F1", List.of("A1", "A3"))), List.of("A1", "A2", "A3"));
    assertThat(got).containsExactly(new Omission("F1", "A2"));
  }

  @Test
  void factInAllArticlesOrInOneIsNoOmission() {
    List<Omission> got =
        Omissions.find(
            List.of(fact("F1", List.of("A1", "A2", "A3")), fact("F2", List.of("A2"))),
            List.of("A1", "A2", "A3"));
    assertThat(got).isEmpty();
  }

  @Test
  void factInTwoOfFiveIsNoOmissionButThreeOfFiveIs() {
    List<String> five = List.of("A1", "A2", "A3", "A4", "A5");
    assertThat(Omissions.find(List.of(fact("F1", List.of("A1", "A2"))), five)).isEmpty();
    assertThat(Omissions.find(List.of(fact("F1", List.of("A1", "A2", "A3"))), five))
        .containsExactly(new Omission("F1", "A4"), new Omission("F1", "A5"));
  }

  @Test
  void singleSourceFactOfTwoArticlesIsNotAnOmissionOfTheOther() {
    assertThat(Omissions.find(List.of(fact("F1", List.of("A1"))), List.of("A1", "A2"))).isEmpty();
  }
}
