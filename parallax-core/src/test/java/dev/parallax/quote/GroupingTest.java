package dev.parallax.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.DiffOp;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteGroup;
import dev.parallax.model.QuoteVariance;
import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/** Grouping versions of one quotation across made-up articles. */
class GroupingTest {

  @Test
  void groupsVersionsThatDifferOnlyInTypographyAsIdentical() {
    Report r =
        Stories.analyse(
            "“The bridge was safe — until it wasn’t,” Mayor Tomas Reyes said.",
            "\"The Bridge was safe—until it wasn't\" Mayor Tomas Reyes said.");
    assertThat(r.quoteGroups()).hasSize(1);
    QuoteGroup g = r.quoteGroups().get(0);
    assertThat(g.variance()).isEqualTo(QuoteVariance.IDENTICAL);
    assertThat(g.quotes()).hasSize(2);
    assertThat(g.speaker().map(s -> s.name())).contains("Tomas Reyes");
    assertThat(g.diff())
        .singleElement()
        .satisfies(d -> assertThat(d.ops()).extracting(DiffOp::op).containsOnly(DiffOp.Kind.EQUAL));
  }

  @Test
  void groupsATruncatedVersionAsPartialWithTheLeftOutWordsDeleted() {
    Report r =
        Stories.analyse(
            "“We will rebuild the bridge within a year and it will be stronger than before,” Mayor Tomas "
                + "Reyes said.",
            "Mayor Tomas Reyes promised to “rebuild the bridge within a year.”");
    assertThat(r.quoteGroups()).hasSize(1);
    QuoteGroup g = r.quoteGroups().get(0);
    assertThat(g.variance()).isEqualTo(QuoteVariance.PARTIAL);
    assertThat(g.diff().get(0).ops())
        .contains(new DiffOp(DiffOp.Kind.DELETE, "and it will be stronger than before", ""));
  }

  @Test
  void groupsOneSpeakersRewordedPhraseAsReworded() {
    Report r =
        Stories.analyse(
            "Engineer Maria Castell said the goal was “zero structural risk” for the new span.",
            "Engineer Maria Castell said the aim was “zero structural risks” for the new span.",
            "Engineer Maria Castell said the city wanted “full structural safety” on the quay.");
    QuoteGroup g =
        r.quoteGroups().stream().filter(x -> x.quotes().size() >= 2).findFirst().orElseThrow();
    assertThat(g.variance()).isEqualTo(QuoteVariance.REWORDED);
    assertThat(g.quotes()).hasSize(2);
  }

  @Test
  void groupsTwoTranslationsOfOneStatementByTheSameSpeakerAsReworded() {
    Report r =
        Stories.analyse(
            "“The talks concentrated on establishing the foundations for resuming harbour repairs and "
                + "ferry services,” said the Astoria Transport Ministry.",
            "“The meetings focused on preparing conditions for resuming harbour repairs and ferry "
                + "services in the coming weeks,” said the Astoria Transport Ministry.");
    assertThat(r.quoteGroups())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.variance()).isEqualTo(QuoteVariance.REWORDED);
              assertThat(g.diff().get(0).ops())
                  .extracting(DiffOp::op)
                  .contains(DiffOp.Kind.REPLACE);
            });
  }

  @Test
  void doesNotGroupDifferentStatementsOrQuotesCarriedByOneArticle() {
    Report r =
        Stories.analyse(
            "“The water was freezing and the current strong,” rescuer Jonas Berg said.",
            "“We had never seen a crowd that large on the quay,” vendor Ines Duarte said.");
    assertThat(r.quotes()).extracting(Quote::article).containsExactly("A1", "A2");
    assertThat(r.quoteGroups()).isEmpty();
  }

  @Test
  void anArticlesOtherStatementDoesNotJoinItsQuotationAsARewording() {
    // AllSides train-2222: the second article's "vote against impeachment because ..." had been
    // shown as its rewording of "vote either yes or no", which it also quotes word for word
    Report r =
        Stories.analyse(
            "Rep. Dana Ruiz said: “I could not in good conscience vote either yes or no.”",
            "Ruiz said she “could not in good conscience vote either yes or no.” “I could not in"
                + " good conscience vote against the plan because I believe the mayor is guilty of"
                + " wrongdoing,” Ruiz said.");
    QuoteGroup g = r.quoteGroups().stream().findFirst().orElseThrow();
    assertThat(g.variance()).isNotEqualTo(QuoteVariance.REWORDED);
    assertThat(g.quotes()).hasSize(2);
  }
}
