package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the story page says about its own content: under an article's headline, when that headline
 * is also the text's first paragraph (and only there); beside an opinion piece's score and under
 * its headline, that its outlet labels it one; in the brief's place, why there is none.
 */
class StoryPageNotesTest {
  private static final String NOTE = "The headline is also the text's first paragraph";

  @Test
  void saysSoUnderTheHeadlineOfTheArticleWhoseFirstLineIsBoth() throws Exception {
    String kept =
        "Flooding closes the river road near Amberley.\n\n"
            + "Flooding closed the river road near Amberley on Tuesday morning after heavy rain"
            + " overnight, and the county council said it would stay shut until Friday.";
    String titled =
        "River road shut by floods\n\n"
            + "The county council closed the river road near Amberley on Tuesday because of"
            + " flooding, and said it expects to reopen it on Friday.";
    String body = storyPage(kept, titled);
    String articles = body.substring(body.indexOf("<section id=\"articles\">"));
    articles = articles.substring(0, articles.indexOf("</section>"));
    String alpha = null;
    String beta = null;
    for (String pane : articles.split("<div class=\"pane\"")) {
      if (pane.contains("<h3 class=\"pane-title\">Alpha Daily</h3>")) {
        alpha = pane;
      } else if (pane.contains("<h3 class=\"pane-title\">Beta Times</h3>")) {
        beta = pane;
      }
    }
    assertThat(alpha).as("Alpha Daily's pane").isNotNull().contains(NOTE);
    assertThat(beta).as("Beta Times' pane").isNotNull().doesNotContain(NOTE);
  }

  @Test
  void saysWhichArticleItsOutletLabelsAnOpinionPieceBesideItsScoreAndUnderItsHeadline()
      throws Exception {
    String opinion =
        "Opinion: The river road should never have closed\n\n"
            + "The county council shut the river road near Amberley on Tuesday, a reckless"
            + " decision that punished every driver in the valley for a little rain.";
    String news =
        "River road shut by floods\n\n"
            + "The county council closed the river road near Amberley on Tuesday because of"
            + " flooding, and said it expects to reopen it on Friday.";
    String body = storyPage(opinion, news);
    String wordings = body.substring(body.indexOf("<section id=\"wordings\">"));
    wordings = wordings.substring(0, wordings.indexOf("</section>"));
    assertThat(wordings)
        .containsOnlyOnce(
            "<strong>Alpha Daily</strong> <span class=\"opinion\" title=\"headline labelled"
                + " &quot;Opinion:&quot;\">opinion piece");
    String articles = body.substring(body.indexOf("<section id=\"articles\">"));
    assertThat(articles)
        .containsOnlyOnce(
            "<p class=\"opinion\">Opinion piece (headline labelled &quot;Opinion:&quot;)");
  }

  @Test
  void saysWhyThereIsNoBriefWhenNoSentenceCanBeStatedWhole() throws Exception {
    String a =
        "Judge delays sentencing of former aide\n\n"
            + "A federal judge on Tuesday postponed the sentencing of the former aide after warning"
            + " him that he could well face prison for lying to";
    String b =
        "Former aide's sentencing put off\n\n"
            + "The sentencing of the president's former aide was delayed on Tuesday by a federal"
            + " judge who repeatedly asked whether he wanted to";
    String body = storyPage(a, b);
    String brief = body.substring(body.indexOf("<section id=\"brief\">"));
    brief = brief.substring(0, brief.indexOf("</section>"));
    assertThat(brief)
        .contains("No brief: no sentence of the articles can be stated whole and neutrally")
        .doesNotContain("<ol");
  }

  /**
   * The page of the one story two texts (Alpha Daily's, Beta Times') make in a store of their own.
   */
  private static String storyPage(String alphaText, String betaText) throws Exception {
    Path dir = Files.createTempDirectory("parallax-page-notes-");
    try (Store store = Store.open(dir.resolve("store"), dev.parallax.Pipeline::analyse)) {
      IngestResult r =
          store.ingest(
              List.of(
                  new SourceText(
                      ArticleMeta.of("a.txt").withOutlet(Optional.of("Alpha Daily")), alphaText),
                  new SourceText(
                      ArticleMeta.of("b.txt").withOutlet(Optional.of("Beta Times")), betaText)),
              IngestOptions.defaults().withPublished(Optional.of(Fixture.PUBLISHED)),
              IngestProgress.NONE);
      String story = r.filed().get(0).storyId().orElseThrow();
      assertThat(r.filed()).allMatch(f -> f.storyId().orElseThrow().equals(story));
      try (Server server =
          Server.start(
              store,
              Server.Options.defaults()
                  .withAddress("127.0.0.1", 0)
                  .withAnalysisWait(Duration.ofMinutes(5)))) {
        HttpResponse<String> page =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/stories/" + story))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
