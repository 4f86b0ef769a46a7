package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The names part weighed by how rare the shared names are in the store. */
class ScoringTest {
  private static final Map<String, Double> RARITY =
      Map.of("Trump", 0.1, "Biden", 0.3, "Ginsburg", 0.6, "Acosta", 0.95);

  private static Scoring scoring() {
    return new Scoring(
        StoryGrouper.Settings.defaults(), n -> 1.0, n -> RARITY.getOrDefault(n, 1.0));
  }

  @Test
  void aRareSharedNameCountsFully() {
    double e = scoring().nameEvidence(Set.of("Trump", "Acosta"), Map.of("Acosta", 2, "Trump", 5));
    assertThat(e).isEqualTo(1.0);
  }

  @Test
  void onlyCommonSharedNamesCountForLess() {
    Scoring s = scoring();
    double common = s.nameEvidence(Set.of("Trump", "Biden"), Map.of("Trump", 3, "Biden", 1));
    double rarer = s.nameEvidence(Set.of("Trump", "Ginsburg"), Map.of("Trump", 1, "Ginsburg", 2));
    assertThat(common).isCloseTo(0.3 / Scoring.RARE_NAME, within(1e-9));
    assertThat(rarer).isCloseTo(0.6 / Scoring.RARE_NAME, within(1e-9));
    assertThat(common).isLessThan(rarer);
  }

  @Test
  void noSharedNameIsNoEvidence() {
    assertThat(scoring().nameEvidence(Set.of("Acosta"), Map.of("Ginsburg", 1))).isZero();
  }

  @Test
  void rarityRunsFromANameSeenOnceToANameInEveryArticle() {
    assertThat(Scoring.rarity(1000, 1)).isEqualTo(1.0);
    assertThat(Scoring.rarity(1000, 1000)).isCloseTo(0.0, within(1e-9));
    assertThat(Scoring.rarity(1000, 30)).isBetween(0.4, 0.6);
    assertThat(Scoring.rarity(1000, 300)).isLessThan(Scoring.rarity(1000, 30));
  }

  @Test
  void aSmallStoreCannotTellCommonNamesFromAStorysOwn() {
    // three reports of one event in a new store: the event's names are in every article
    assertThat(Scoring.rarity(3, 3)).isEqualTo(1.0);
    assertThat(Scoring.rarity(Scoring.RARITY_FROM - 1, 40)).isEqualTo(1.0);
    assertThat(Scoring.rarity(Scoring.RARITY_FROM, 40)).isLessThan(1.0);
  }
}
