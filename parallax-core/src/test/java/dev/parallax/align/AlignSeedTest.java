package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The issue-4 measures on the seed story (gold: shared/gold/oman-talks.json): at least 28 of the 32
 * cross-article pairs in a shared fact, 9 of the 10 single-source sentences kept alone, all 3
 * omissions, and a brief that cites real sentences, covers the 9 three-source facts and uses none
 * of article 0's loaded words. Prints the numbers and what was missed.
 */
class AlignSeedTest {
  @Test
  void meetsTheSeedStoryMeasures() {
    Report r = TestData.seedReport();
    SeedMeasures.Result m =
        SeedMeasures.measure(TestData.gold(), r.articles(), r.facts(), r.omissions(), r.brief());
    System.out.println("seed measures: " + m.summary());
    assertThat(m.pairs()).isEqualTo(32);
    assertThat(m.pairsFound()).as(m.summary()).isGreaterThanOrEqualTo(28);
    assertThat(m.uniqueKept()).as(m.summary()).isGreaterThanOrEqualTo(9);
    assertThat(m.omissionsFound()).as(m.summary()).isEqualTo(3);
    assertThat(m.briefCitesReal()).isTrue();
    assertThat(m.consensusCovered()).as(m.summary()).isEqualTo(9);
    assertThat(m.loadedInBrief()).as(m.summary()).isEmpty();
  }

  @Test
  void everyBodySentenceBelongsToAFact() {
    Report r = TestData.seedReport();
    var inFacts = r.facts().stream().flatMap(f -> f.sentences().stream()).toList();
    r.articles()
        .forEach(
            a ->
                a.sentences().stream()
                    .filter(s -> s.kind() == dev.parallax.model.BlockKind.BODY)
                    .forEach(s -> assertThat(inFacts).contains(s.id())));
    assertThat(inFacts)
        .allMatch(
            id ->
                r.sentence(id)
                    .map(s -> s.kind() == dev.parallax.model.BlockKind.BODY)
                    .orElse(false));
  }
}
