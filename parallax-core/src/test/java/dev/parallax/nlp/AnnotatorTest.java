package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Text CoreNLP cannot take as it is: its lemmatizer stopped with "could not match input" on half a
 * character (found by {@code QuoteFinderPropertiesTest}, seed 53750097617231, which passes since).
 */
class AnnotatorTest {
  @Test
  void anUnpairedSurrogateIsReplacedAndAPairKept() {
    assertThat(Annotator.pairedSurrogates("a\ud800b")).isEqualTo("a\ufffdb");
    assertThat(Annotator.pairedSurrogates("a\udc00")).isEqualTo("a\ufffd");
    assertThat(Annotator.pairedSurrogates("\ud800\ud83d\ude42")).isEqualTo("\ufffd\ud83d\ude42");
    String plain = "no surrogate";
    assertThat(Annotator.pairedSurrogates(plain)).isSameAs(plain);
  }
}
