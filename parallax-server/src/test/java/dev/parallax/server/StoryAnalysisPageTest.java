package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A story page asked for before its analysis is ready says so, and reloads until it is. */
class StoryAnalysisPageTest {
  private final Fixture f = Fixture.get();

  @Test
  void aStoryNotYetAnalysedGets202AndAPageThatReloadsUntilTheReportIsReady() throws Exception {
    try (Server quick =
        Server.start(
            f.store,
            Server.Options.defaults()
                .withAddress("127.0.0.1", 0)
                .withAnalysisWait(Duration.ZERO))) {
      HttpRequest page =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + quick.port() + "/stories/" + f.markupStory))
              .build();
      HttpResponse<String> first = f.http.send(page, HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).isEqualTo(202);
      assertThat(first.headers().firstValue("Retry-After")).contains("3");
      assertThat(first.body())
          .contains("<meta http-equiv=\"refresh\" content=\"3\">")
          .contains("Analysing 2 articles from Valley Herald, Orrin Post")
          .contains("Museum reopens &lt;img src=x onerror=alert(2)&gt;")
          .doesNotContain(" style=");
      assertThat(first.body().split("<script", -1)).hasSize(2); // only the page's own app.js

      HttpResponse<String> later = first;
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (later.statusCode() == 202 && System.nanoTime() < deadline) {
        Thread.sleep(200);
        later = f.http.send(page, HttpResponse.BodyHandlers.ofString());
      }
      assertThat(later.statusCode()).isEqualTo(200);
      assertThat(later.body()).contains("id=\"brief\"").doesNotContain("http-equiv=\"refresh\"");
    }
  }

  @Test
  void anUnknownStoryIsStillA404() throws Exception {
    try (Server quick =
        Server.start(
            f.store,
            Server.Options.defaults()
                .withAddress("127.0.0.1", 0)
                .withAnalysisWait(Duration.ZERO))) {
      HttpRequest page =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + quick.port() + "/stories/none-such"))
              .build();
      assertThat(f.http.send(page, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(404);
    }
  }
}
