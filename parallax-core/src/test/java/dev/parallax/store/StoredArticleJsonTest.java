package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Removal;
import dev.parallax.model.SourceText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The line a Spark job writes per article and {@code ingest --from-spark} reads back. */
class StoredArticleJsonTest {
  @Test
  void aCopyWithAllItsMetadataRoundTrips() {
    ArticleMeta meta =
        ArticleMeta.of("corpus/a.jsonl:7")
            .withUrl(Optional.of("https://example.org/a"))
            .withTitle(Optional.of("Bridge \"opens\"\nlate"))
            .withOutlet(Optional.of("Coastal Courier"))
            .withPublished(Optional.of(LocalDate.of(2026, 3, 10)))
            .withAuthor(Optional.of("J. Doe"));
    StoredArticle a =
        new StoredArticle(
            "a0123456789abcdef",
            "S-0123456789abcdef",
            new SourceText(
                meta,
                "Line one.\nLine two — “quoted”.",
                List.of(new Removal("Share this", "share"))),
            Optional.of("a1111111111111111"));
    String line = StoredArticleJson.write(a);
    assertThat(line).doesNotContain("\n");
    assertThat(StoredArticleJson.read(line)).isEqualTo(a);
  }

  @Test
  void absentMetadataStaysAbsent() {
    StoredArticle a =
        new StoredArticle(
            "a1", "S-1", new SourceText(ArticleMeta.of("x.txt"), "Text."), Optional.empty());
    String line = StoredArticleJson.write(a);
    assertThat(line)
        .doesNotContain("copy_of")
        .doesNotContain("outlet")
        .doesNotContain("published")
        .doesNotContain("no_headline");
    assertThat(StoredArticleJson.read(line)).isEqualTo(a);
  }

  @Test
  void aTextSaidToHaveNoHeadlineRoundTripsAndOlderLinesReadAsGuessed() {
    StoredArticle a =
        new StoredArticle(
            "a1",
            "S-1",
            new SourceText(ArticleMeta.of("x.txt").withNoHeadline(true), "First. Second."),
            Optional.empty());
    String line = StoredArticleJson.write(a);
    assertThat(line).contains("\"no_headline\":true");
    assertThat(StoredArticleJson.read(line)).isEqualTo(a);
    StoredArticle older =
        StoredArticleJson.read(
            "{\"id\":\"a1\",\"story\":\"S-1\",\"source\":\"x.txt\",\"text\":\"T.\"}");
    assertThat(older.input().meta().noHeadline()).isFalse();
  }

  @Test
  void aLineThatIsNoArticleSaysWhy() {
    assertThatThrownBy(() -> StoredArticleJson.read("{\"id\": \"a1\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'story'");
    assertThatThrownBy(() -> StoredArticleJson.read("[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(
            () ->
                StoredArticleJson.read(
                    "{\"id\":\"a\",\"story\":\"S\",\"source\":\"s\",\"text\":\"t\",\"published\":\"March\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("March");
  }

  @Test
  void idsDependOnOutletIgnoringCaseAndOnText() {
    assertThat(StoredArticle.idOf(Optional.of(" Coastal Courier "), "Text."))
        .isEqualTo(StoredArticle.idOf(Optional.of("coastal courier"), "Text."))
        .isNotEqualTo(StoredArticle.idOf(Optional.empty(), "Text."))
        .matches("a[0-9a-f]{16}");
    assertThat(StoredArticle.textHashOf("Text.")).hasSize(64);
  }
}
