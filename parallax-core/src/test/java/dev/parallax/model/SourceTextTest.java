package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void readsCanonicallyEquivalentTextInOneForm() {
    // "Kovačević" with each accent typed as a combining mark, as some editors save it
    String decomposed = "Mayor Kovac\u030Cevic\u0301 said the bridge would reopen.";
    SourceText t = new SourceText(ArticleMeta.of("a.txt"), decomposed);
    assertThat(t.text()).isEqualTo("Mayor Kova\u010Devi\u0107 said the bridge would reopen.");
    assertThat(t.text()).hasSize(decomposed.length() - 2);
  }

  @Test
  void leavesComposedTextAsItIs() {
    String text = "Caf\u00E9 owners in Velmora said they had lost customers.";
    assertThat(new SourceText(ArticleMeta.of("a.txt"), text).text()).isSameAs(text);
  }
}
