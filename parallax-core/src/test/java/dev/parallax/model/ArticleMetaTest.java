package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One article's metadata, carried by every stage's record. */
class ArticleMetaTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  @Test
  void eachWitherSetsTheFieldItNames() {
    ArticleMeta m =
        ArticleMeta.of("a.html")
            .withUrl(Optional.of("https://example.org/a"))
            .withTitle(Optional.of("Bridge to close"))
            .withOutlet(Optional.of("Courier"))
            .withPublished(Optional.of(DAY))
            .withAuthor(Optional.of("Ana Reyes"))
            .withNoHeadline(true);
    assertThat(m)
        .isEqualTo(
            new ArticleMeta(
                "a.html",
                Optional.of("https://example.org/a"),
                Optional.of("Bridge to close"),
                Optional.of("Courier"),
                Optional.of(DAY),
                Optional.of("Ana Reyes"),
                true));
    assertThat(ArticleMeta.of("a.txt").noHeadline()).isFalse();
    assertThat(m.withSource("b.html").source()).isEqualTo("b.html");
  }

  @Test
  void blankValuesAreEmptyAndOthersStripped() {
    ArticleMeta m =
        ArticleMeta.of("a.txt").withTitle(Optional.of("  ")).withOutlet(Optional.of(" Courier\n"));
    assertThat(m.title()).isEmpty();
    assertThat(m.outlet()).contains("Courier");
    assertThatThrownBy(() -> ArticleMeta.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source");
  }

  @Test
  void orElseFillsOnlyWhatIsMissingAndKeepsTheSource() {
    ArticleMeta item = ArticleMeta.of("feed.rss#1").withTitle(Optional.of("Item title"));
    ArticleMeta page =
        ArticleMeta.of("https://example.org/a")
            .withTitle(Optional.of("Page title"))
            .withAuthor(Optional.of("Ana Reyes"))
            .withPublished(Optional.of(DAY));
    ArticleMeta m = item.orElse(page);
    assertThat(m.source()).isEqualTo("feed.rss#1");
    assertThat(m.title()).contains("Item title");
    assertThat(m.author()).contains("Ana Reyes");
    assertThat(m.published()).contains(DAY);
    assertThat(m.outlet()).isEmpty();
    assertThat(m.noHeadline()).isFalse();
    assertThat(item.withNoHeadline(true).orElse(page).noHeadline()).isTrue();
    assertThat(item.orElse(page.withNoHeadline(true)).noHeadline()).isTrue();
  }

  @Test
  void everyStageRecordReadsItsFieldsFromOneMeta() {
    ArticleMeta m =
        ArticleMeta.of("a.html")
            .withTitle(Optional.of("T"))
            .withOutlet(Optional.of("O"))
            .withUrl(Optional.of("https://example.org/a"))
            .withAuthor(Optional.of("W"))
            .withPublished(Optional.of(DAY));
    SourceText in = new SourceText(m, "text", List.of(new Removal("nav", "page furniture")));
    CleanDocument doc = new CleanDocument(m, "text", List.of(), in.removed());
    Article a = new Article("A1", m, "text", List.of(), List.of());
    ExtractedArticle x = ExtractedArticle.of(doc);
    for (var r : List.of(in.title(), doc.title(), a.title(), x.title())) {
      assertThat(r).contains("T");
    }
    assertThat(List.of(in.outlet(), doc.outlet(), a.outlet(), x.outlet()))
        .containsOnly(Optional.of("O"));
    assertThat(List.of(in.url(), doc.url(), a.url(), x.url()))
        .containsOnly(Optional.of("https://example.org/a"));
    assertThat(List.of(in.author(), doc.author(), a.author(), x.author()))
        .containsOnly(Optional.of("W"));
    assertThat(List.of(in.source(), doc.source(), a.source(), x.source())).containsOnly("a.html");
    assertThat(x.removed()).isEqualTo(in.removed());
  }

  @Test
  void aDocumentCleaningLeftEmptyIsReportedAsNoBodyOnce() {
    CleanDocument empty = new CleanDocument(ArticleMeta.of("ads.txt"), " \n", List.of(), List.of());
    assertThat(empty.noBody("; not stored"))
        .contains(
            new Diagnostic(
                "no-body",
                "ads.txt",
                "nothing left after cleaning; every line was boilerplate; not stored"));
    assertThat(new CleanDocument(ArticleMeta.of("a.txt"), "Text.", List.of(), List.of()).noBody(""))
        .isEmpty();
  }
}
