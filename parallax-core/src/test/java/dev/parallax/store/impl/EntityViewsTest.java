package dev.parallax.store.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityViewsTest {
  @Test
  void aNameIsShownAsTheArticlesMostOftenWriteIt() {
    List<String> texts =
        List.of(
            "The Lantern Quay footbridge gave way.",
            "Crews at lantern quay worked all night; the Lantern Quay span fell.",
            "LANTERN QUAY, Velmora — engineers arrived.");
    assertThat(EntityViews.spelling("lantern-quay", texts)).isEqualTo("Lantern Quay");
  }

  @Test
  void punctuationBetweenTheWordsOfANameIsKeptAsWritten() {
    assertThat(
            EntityViews.spelling(
                "al-busaidi", List.of("Badr al-Busaidi said.", "al-Busaidi added.")))
        .isEqualTo("al-Busaidi");
  }

  @Test
  void capitalisedSpellingsWinOverMoreFrequentLowerCaseOnes() {
    assertThat(
            EntityViews.spelling(
                "harbour", List.of("the harbour, the harbour", "Harbour Authority")))
        .isEqualTo("Harbour");
  }

  @Test
  void aNameNoTextWritesWholeIsTheIdCapitalised() {
    assertThat(EntityViews.spelling("tomas-brandt", List.of("Brandt said", "Tomas was there")))
        .isEqualTo("Tomas Brandt");
    assertThat(EntityViews.spelling("quay", List.of("Quayside works"))).isEqualTo("Quay");
  }
}
