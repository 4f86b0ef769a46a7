package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlignedStoryTest {
  private static AlignGold.Line line(String file, int s) {
    return new AlignGold.Line(file, s);
  }

  // three documents; gold fact G1 in a and b (an omission of c), G2 in all three
  private static final AlignGold.Story GOLD =
      new AlignGold.Story(
          "t",
          List.of("a", "b", "c"),
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of(),
          List.of(
              List.of(line("a", 1), line("b", 1)),
              List.of(line("a", 2), line("b", 2), line("c", 2))));

  private static final Map<String, AlignGold.Line> LINE_OF =
      Map.of(
          "A1.S1", line("a", 1),
          "A2.S1", line("b", 1),
          "A1.S2", line("a", 2),
          "A2.S2", line("b", 2),
          "A3.S2", line("c", 2),
          "A2.S3", line("b", 3));

  private static final Map<String, String> FILE_OF = Map.of("A1", "a", "A2", "b", "A3", "c");

  private static AlignedStory.OmissionScore score(List<Fact> facts, List<Omission> omissions) {
    return AlignedStory.omissions(
        GOLD, Set.copyOf(LINE_OF.values()), LINE_OF, FILE_OF, facts, omissions, l -> "");
  }

  private static Fact fact(String id, String... sentences) {
    List<String> s = List.of(sentences);
    return new Fact(id, s, s.stream().map(x -> x.substring(0, 2)).distinct().toList(), "x", 1);
  }

  @Test
  void aStoryCutToItsLeadsKeepsTheFactsOfItsFirstLinesAndMakesTheRestSingleSource() {
    AlignGold.Story gold =
        new AlignGold.Story(
            "t",
            List.of("a", "b"),
            Set.of(new AlignGold.Pair(line("a", 1), line("b", 1))),
            Set.of(new AlignGold.Pair(line("a", 1), line("b", 1))),
            Set.of(new AlignGold.Pair(line("a", 2), line("b", 1))),
            Set.of(line("a", 0)),
            List.of(
                List.of(line("a", 1), line("b", 1)),
                List.of(line("a", 1), line("b", 3)),
                List.of(line("a", 3), line("b", 4))));
    AlignGold.Story leads = gold.leads(3);
    // a fact left with one document's line makes it single-source, unless another fact pairs it
    assertThat(leads.pairs()).containsExactly(new AlignGold.Pair(line("a", 1), line("b", 1)));
    assertThat(leads.direct()).isEqualTo(leads.pairs());
    assertThat(leads.unique()).containsExactly(line("a", 0));
    assertThat(leads.doubtful()).containsExactly(new AlignGold.Pair(line("a", 2), line("b", 1)));
    assertThat(leads.facts()).hasSize(2);
    assertThat(gold.leads(2).doubtful()).isEmpty();
    AlignGold.Story shorter = gold.leads(1);
    assertThat(shorter.pairs()).isEmpty();
    assertThat(shorter.unique()).containsExactly(line("a", 0));
  }

  @Test
  void anOmissionOfAGoldFactTheArticleDoesNotStateIsRightAndFindsIt() {
    Fact f = fact("F1", "A1.S1", "A2.S1");
    AlignedStory.OmissionScore s = score(List.of(f), List.of(new Omission("F1", "A3")));
    assertThat(s.right()).isEqualTo(1);
    assertThat(s.made()).isEqualTo(1);
    assertThat(s.found()).isEqualTo(1);
    assertThat(s.gold()).isEqualTo(1);
    assertThat(s.wrong()).isEmpty();
  }

  @Test
  void anOmissionOfAnArticleThatStatesTheFactIsWrong() {
    Fact f = fact("F1", "A1.S2", "A2.S2");
    AlignedStory.OmissionScore s = score(List.of(f), List.of(new Omission("F1", "A3")));
    assertThat(s.right()).isZero();
    assertThat(s.found()).isZero();
    assertThat(s.gold()).isEqualTo(1);
    assertThat(s.wrong()).singleElement().asString().startsWith("reported by c");
  }

  @Test
  void anOmissionOfAFactWhoseSentencesShareNoGoldFactIsWrong() {
    Fact f = fact("F1", "A1.S1", "A2.S3");
    AlignedStory.OmissionScore s = score(List.of(f), List.of(new Omission("F1", "A3")));
    assertThat(s.right()).isZero();
    assertThat(s.wrong()).singleElement().asString().startsWith("not one gold fact");
  }

  @Test
  void onlyHereIsRightForALineTheGoldPairsWithNoOtherDocument() {
    AlignGold.Story gold =
        new AlignGold.Story(
            "t",
            List.of("a", "b"),
            Set.of(new AlignGold.Pair(line("a", 1), line("b", 1))),
            Set.of(),
            Set.of(new AlignGold.Pair(line("a", 3), line("b", 3))),
            Set.of(line("a", 2)),
            List.of(List.of(line("a", 1), line("b", 1))));
    AlignedStory s = new AlignedStory(gold, null);
    for (String id : List.of("A1.S1", "A1.S2", "A1.S3", "A2.S1", "A2.S3")) {
      AlignGold.Line l = line(id.startsWith("A1") ? "a" : "b", id.charAt(4) - '0');
      s.lineOf.put(id, l);
      s.inScope.add(l);
    }
    // no shared fact: a1 and b1 are "only here" and wrong, a2 right, a3 and b3 doubtful
    AlignedStory.Score none = s.score(List.of());
    assertThat(none.onlyHere()).isEqualTo(3);
    assertThat(none.onlyHereRight()).isEqualTo(1);
    assertThat(none.uniqueKept()).isEqualTo(1);
    // the pair found: only a2 is left, and right
    AlignedStory.Score found =
        s.score(List.of(new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "x", 1)));
    assertThat(found.onlyHere()).isEqualTo(1);
    assertThat(found.onlyHereRight()).isEqualTo(1);
    assertThat(found.pairs().tp).isEqualTo(1);
  }
}
