package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlignAgreementTest {
  private static AlignGold.Line line(String file, int s) {
    return new AlignGold.Line(file, s);
  }

  private static AlignGold.Pair pair(AlignGold.Line a, AlignGold.Line b) {
    return new AlignGold.Pair(a, b);
  }

  private static AlignGold.Story story(Set<AlignGold.Pair> pairs, Set<AlignGold.Pair> doubtful) {
    return new AlignGold.Story("t", List.of("a", "b"), pairs, pairs, doubtful, Set.of(), List.of());
  }

  @Test
  void aSecondReadersPairsAreScoredAsParallaxsAre() {
    AlignGold.Pair agreed = pair(line("a", 1), line("b", 1));
    AlignGold.Pair onlyGold = pair(line("a", 2), line("b", 2));
    AlignGold.Pair onlyReader = pair(line("a", 3), line("b", 3));
    AlignGold.Pair goldDoubts = pair(line("a", 4), line("b", 4));
    AlignGold.Pair headline = pair(line("a", 0), line("b", 0));
    AlignGold.Story gold = story(Set.of(agreed, onlyGold, headline), Set.of(goldDoubts));
    AlignGold.Story second = story(Set.of(agreed, onlyReader, goldDoubts, headline), Set.of());
    // lines 0 are headlines, which Parallax does not align: out of scope for both
    Prf r = AlignSuite.reader(gold, second, p -> p.a().s() > 0 && p.b().s() > 0);
    assertThat(r.tp).isEqualTo(1);
    assertThat(r.fn).isEqualTo(1);
    assertThat(r.fp).isEqualTo(1);
  }

  @Test
  void theSecondAnnotationCoversTuningStoriesOfTheGoldWithTheirFiles() throws Exception {
    Corpora corpora = Corpora.locate();
    Map<String, AlignGold.Story> gold =
        AlignGold.all(corpora).stream()
            .collect(Collectors.toMap(AlignGold.Story::id, Function.identity()));
    List<AlignGold.Story> second = AlignGold.second(corpora);
    assertThat(second).isNotEmpty();
    for (AlignGold.Story s : second) {
      assertThat(AlignSuite.split(s.id())).as(s.id()).isEqualTo("tune");
      assertThat(gold.get(s.id()).files()).as(s.id()).isEqualTo(s.files());
      assertThat(s.pairs()).as(s.id()).isNotEmpty();
    }
  }
}
