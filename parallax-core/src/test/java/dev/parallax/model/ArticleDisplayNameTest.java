package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An article without an outlet is shown by a readable label marked as unknown, never a file path.
 */
class ArticleDisplayNameTest {
  @Test
  void aFileIsShownByItsNameWithoutItsFolder() {
    assertThat(Article.unknownOutletLabel("/home/ana/news/2026/harbor/a1.txt"))
        .isEqualTo("a1.txt (unknown outlet)");
    assertThat(Article.unknownOutletLabel("C:\\news\\b2.html"))
        .isEqualTo("b2.html (unknown outlet)");
    assertThat(Article.unknownOutletLabel("feeds/world/")).isEqualTo("world (unknown outlet)");
  }

  @Test
  void aUrlIsShownByItsHost() {
    assertThat(Article.unknownOutletLabel("https://www.example.org/world/2026/03/10/bridge?x=1"))
        .isEqualTo("example.org (unknown outlet)");
    assertThat(Article.unknownOutletLabel("http://user@news.example.net#top"))
        .isEqualTo("news.example.net (unknown outlet)");
  }

  @Test
  void aKnownOutletIsShownAsItIs() {
    ArticleMeta meta =
        ArticleMeta.of("/tmp/a1.txt").withOutlet(java.util.Optional.of("Harbour Gazette"));
    assertThat(new Article("A1", meta, "", java.util.List.of(), java.util.List.of()).displayName())
        .isEqualTo("Harbour Gazette");
    assertThat(
            new Article(
                    "A1",
                    ArticleMeta.of("/tmp/a1.txt"),
                    "",
                    java.util.List.of(),
                    java.util.List.of())
                .displayName())
        .isEqualTo("a1.txt (unknown outlet)");
  }
}
