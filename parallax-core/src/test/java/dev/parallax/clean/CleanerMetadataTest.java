package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Removal;
import dev.parallax.model.SourceText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the cleaner treats what an extracted input already knows about itself. */
class CleanerMetadataTest {
  private static final String TEXT =
      "What happens next\n\nThe bridge closes to cars in March, the council said.";

  @Test
  void takesTheFirstLineForAHeadlineOnlyWhenTheInputHasNoTitle() {
    CleanDocument plain = Cleaner.clean(new SourceText("a.txt", TEXT, Optional.empty()));
    assertThat(plain.title()).contains("What happens next");
    CleanDocument page =
        Cleaner.clean(
            new SourceText(
                ArticleMeta.of("a.html").withTitle(Optional.of("Bridge to close")), TEXT));
    assertThat(page.title()).contains("Bridge to close");
    assertThat(page.text()).startsWith("What happens next\n\n");
  }

  @Test
  void carriesThePublicationDateAndListsExtractionRemovalsFirst() {
    SourceText in =
        new SourceText(
            ArticleMeta.of("a.html")
                .withTitle(Optional.of("Bridge to close"))
                .withOutlet(Optional.of("Courier"))
                .withPublished(Optional.of(LocalDate.of(2026, 3, 10))),
            TEXT + "\n\nShare",
            List.of(new Removal("Home News Sport", "page furniture: <nav>")));
    CleanDocument doc = Cleaner.clean(in);
    assertThat(doc.published()).contains(LocalDate.of(2026, 3, 10));
    assertThat(doc.removed())
        .extracting(Removal::reason)
        .containsExactly("page furniture: <nav>", "share or subscription prompt");
  }
}
