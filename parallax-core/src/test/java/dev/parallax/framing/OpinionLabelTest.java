package dev.parallax.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Removal;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpinionLabelTest {
  private static Article article(ArticleMeta meta, List<Removal> removed, String... sentences) {
    List<Sentence> s = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < sentences.length; i++) {
      String t = sentences[i];
      s.add(
          new Sentence(
              "A1.S" + (i + 1),
              BlockKind.BODY,
              t,
              at,
              at + t.length(),
              List.of(),
              List.of(),
              List.of()));
      at += t.length() + 1;
    }
    return new Article("A1", meta, String.join(" ", sentences), s, removed);
  }

  /** A plain-text report of seven sentences with {@code line} in place of sentence {@code at}. */
  private static Article report(int at, String line) {
    String[] s = {
      "The council closed the bridge.",
      "Ferries ran instead.",
      "Repairs start in May.",
      "Drivers waited.",
      "Buses ran.",
      "Shops stayed open.",
      "Traffic eased by noon."
    };
    s[at] = line;
    return article(ArticleMeta.of("a.txt"), List.of(), s);
  }

  private static ArticleMeta titled(String title) {
    return ArticleMeta.of("a.html").withTitle(Optional.of(title));
  }

  @Test
  void aKickerHeadingTheHeadlineLabelsIt() {
    assertThat(OpinionLabel.of(article(titled("OPINION: Trump's healthy as a horse"), List.of())))
        .hasValue("headline labelled \"OPINION:\"");
    assertThat(OpinionLabel.of(article(titled("Op-Ed | The bridge can wait"), List.of())))
        .hasValue("headline labelled \"Op-Ed |\"");
    assertThat(OpinionLabel.opinion(article(titled("Guest Essay: Why ferries matter"), List.of())))
        .isTrue();
  }

  @Test
  void theWordOpinionInsideAHeadlineOrAnAnalysisKickerDoesNot() {
    assertThat(OpinionLabel.opinion(article(titled("Public opinion: poll shows split"), List.of())))
        .isFalse();
    assertThat(OpinionLabel.opinion(article(titled("Analysis: What the vote means"), List.of())))
        .isFalse();
    assertThat(OpinionLabel.opinion(article(titled("Court issues opinion on bridge"), List.of())))
        .isFalse();
  }

  @Test
  void anAddressInTheOpinionSectionLabelsIt() {
    ArticleMeta nyt =
        ArticleMeta.of("https://www.example.com/2020/01/05/opinion/bridge-vote.html")
            .withUrl(Optional.of("https://www.example.com/2020/01/05/opinion/bridge-vote.html"));
    assertThat(OpinionLabel.of(article(nyt, List.of())))
        .hasValue("address in the outlet's opinion section: /opinion/");
    ArticleMeta guardian = ArticleMeta.of("https://news.example.org/commentisfree/2020/jan/05/x");
    assertThat(OpinionLabel.of(article(guardian, List.of())))
        .hasValue("address in the outlet's opinion section: /commentisfree/");
    // a word of the path that only begins like a section, a query, a local folder: none
    for (String src :
        List.of(
            "https://www.example.com/news/opinion-poll-shows-split",
            "https://www.example.com/news/story?section=opinion",
            "examples/opinion/piece.txt")) {
      assertThat(OpinionLabel.opinion(article(ArticleMeta.of(src), List.of()))).isFalse();
    }
  }

  @Test
  void aNoteThatTheViewsAreTheWritersOwnLabelsIt() {
    Removal note =
        new Removal(
            "The opinions expressed in this commentary are solely those of the author.",
            "notice (affiliate links, licence, opinion disclaimer)");
    assertThat(OpinionLabel.of(article(ArticleMeta.of("a.txt"), List.of(note), "Ferries ran.")))
        .hasValue(
            "note: \"The opinions expressed in this commentary are solely those of the author.\"");
    // such a note left in the text's last sentences
    assertThat(
            OpinionLabel.opinion(
                report(6, "Jane Roe is a historian. The views expressed here are her own.")))
        .isTrue();
    assertThat(
            OpinionLabel.opinion(
                report(6, "The views expressed in this article are the writer's own.")))
        .isTrue();
  }

  @Test
  void aNoteIsReadOnlyAtEitherEndOfTheText() {
    assertThat(
            OpinionLabel.opinion(
                report(3, "He wrote that the views expressed in this column are his own.")))
        .isFalse();
  }

  @Test
  void aNewsReportIsNoOpinionPiece() {
    // a reported remark about someone's views in the middle of a report is no note
    assertThat(
            OpinionLabel.opinion(
                report(3, "The mayor said the book reflects the author's own views on the town.")))
        .isFalse();
  }
}
