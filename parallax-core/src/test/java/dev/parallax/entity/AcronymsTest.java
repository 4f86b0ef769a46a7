package dev.parallax.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTest {
  @Test
  void aCompanyNameIsItsInitialsWithWordsInCapitalsKeptWholeOrCut() {
    assertThat(Acronyms.of("EYP Mission Critical Facilities Inc."))
        .containsExactlyInAnyOrder("emcf", "eypmcf");
  }

  @Test
  void connectorsAndDottedInitialsReadAsAcronymsAreWritten() {
    assertThat(Acronyms.of("U.S. Geological Survey")).containsExactly("usgs");
    assertThat(Acronyms.of("National Aeronautics and Space Administration"))
        .containsExactly("nasa");
    assertThat(Acronyms.of("Bank of America Corp.")).containsExactly("ba");
  }

  @Test
  void oneWordHasNone() {
    assertThat(Acronyms.of("Obama")).isEmpty();
    assertThat(Acronyms.of("Acme Inc.")).isEmpty();
  }

  @Test
  void aQueryReadsAsAnAcronymInCapitalsOrInShortWords() {
    assertThat(Acronyms.key("EYP MCF")).isEqualTo("eypmcf");
    assertThat(Acronyms.key("U.S.G.S.")).isEqualTo("usgs");
    assertThat(Acronyms.key("eyp-mcf")).isEqualTo("eypmcf");
    assertThat(Acronyms.key("Obama")).isEmpty();
    assertThat(Acronyms.key("Barack Obama")).isEmpty();
    assertThat(Acronyms.key("X")).isEmpty();
  }
}
