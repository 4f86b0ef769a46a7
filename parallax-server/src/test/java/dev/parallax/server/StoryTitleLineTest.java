package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import java.net.URI;
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
 * The story page says under an article's headline when that headline is also the text's first
 * paragraph (a first line the lead retells, kept as the title and as body), and only there.
 */
class StoryTitleLineTest {
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
    Path dir = Files.createTempDirectory("parallax-title-line-");
    try (Store store = Store.open(dir.resolve("store"), dev.parallax.Pipeline::analyse)) {
      IngestResult r =
          store.ingest(
              List.of(
                  new SourceText(
                      ArticleMeta.of("a.txt").withOutlet(Optional.of("Alpha Daily")), kept),
                  new SourceText(
                      ArticleMeta.of("b.txt").withOutlet(Optional.of("Beta Times")), titled)),
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
            Fixture.get()
                .http
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/stories/" + story))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
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
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
