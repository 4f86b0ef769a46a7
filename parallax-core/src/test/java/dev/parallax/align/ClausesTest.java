package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {
  /** {@code count} plain nouns, tagged: "n1/NN n2/NN ...". */
  static String words(String prefix, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      b.append(i > 1 ? " " : "").append(prefix).append(i).append("/NN");
    }
    return b.toString();
  }

  private static List<String> texts(Sentence s) {
    return Clauses.of(s).stream().map(Sentence::text).toList();
  }

  @Test
  void splitsALongSentenceBeforeAConnective() {
    Sentence s = Sentences.of("A1.S1", words("a", 19) + " ,/, although/IN " + words("b", 19));
    List<Sentence> clauses = Clauses.of(s);
    assertThat(clauses).hasSize(2);
    assertThat(clauses.get(0).text()).startsWith("a1 ").endsWith("a19 ,");
    assertThat(clauses.get(1).text()).startsWith("although b1").endsWith("b19");
    assertThat(clauses).allMatch(c -> c.id().equals("A1.S1"));
    assertThat(clauses.get(1).start()).isEqualTo(s.text().indexOf("although"));
  }

  @Test
  void splitsAfterAnOpeningSubordinateClause() {
    Sentence s = Sentences.of("A1.S1", "While/IN " + words("a", 16) + " ,/, " + words("b", 20));
    assertThat(texts(s)).hasSize(2).last().asString().startsWith("b1");
  }

  @Test
  void splitsBeforeAndWithAVerb() {
    Sentence s = Sentences.of("A1.S1", words("a", 19) + " and/CC urged/VBD " + words("b", 18));
    assertThat(texts(s)).hasSize(2).last().asString().startsWith("and urged");
  }

  @Test
  void doesNotSplitTwoAdjectivesJoinedByBut() {
    // ECB+ 27_3ecbplus: "exploiting a critical, but unpatched, vulnerability" labelled a fact
    // "... hackers are exploiting a critical"
    Sentence s =
        Sentences.of(
            "A1.S1",
            words("a", 19)
                + " critical/JJ ,/, but/CC unpatched/VBD ,/, vulnerability/NN "
                + words("b", 18));
    assertThat(texts(s)).hasSize(1);
  }

  @Test
  void leavesShortSentencesWhole() {
    Sentence s = Sentences.of("A1.S1", words("a", 15) + " ,/, although/IN " + words("b", 15));
    assertThat(Clauses.of(s)).containsExactly(s);
  }

  @Test
  void neverSplitsInsideAQuotation() {
    Sentence s =
        Sentences.of(
            "A1.S1", "``/`` " + words("a", 19) + " ,/, although/IN " + words("b", 19) + " ''/''");
    assertThat(Clauses.of(s)).containsExactly(s);
  }

  @Test
  void keepsClausesOfAtLeastTheMinimumLength() {
    Sentence s = Sentences.of("A1.S1", words("a", 4) + " ,/, but/CC " + words("b", 36));
    assertThat(Clauses.of(s)).containsExactly(s);
  }
}
