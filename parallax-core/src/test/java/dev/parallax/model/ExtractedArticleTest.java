package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractedArticleTest {
  @Test
  void showsTheArticleWithoutItsPictureCaptionsAndListsThemAsRemoved() {
    String body = "The ferry resumed its crossings on Monday after a week of repairs.";
    String caption = "The ferry at its berth on Sunday. (Photo: Harbour Office)";
    String heading = "What changes for passengers";
    String text = body + "\n\n" + caption + "\n\n" + heading;
    int c = body.length() + 2;
    int h = c + caption.length() + 2;
    CleanDocument doc =
        new CleanDocument(
            ArticleMeta.of("ferry.html"),
            text,
            List.of(
                new Block(BlockKind.BODY, body, 0, body.length()),
                new Block(BlockKind.CAPTION, caption, c, c + caption.length()),
                new Block(BlockKind.HEADING, heading, h, h + heading.length())),
            List.of(new Removal("Share this article", "share prompt")));
    ExtractedArticle a = ExtractedArticle.of(doc);
    assertThat(a.text()).isEqualTo(body + "\n\n" + heading);
    // nothing the page held is lost: the caption is listed, after what cleaning removed
    assertThat(a.removed())
        .containsExactly(
            new Removal("Share this article", "share prompt"),
            new Removal(caption, ExtractedArticle.CAPTION));
  }
}
