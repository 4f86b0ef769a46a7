package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The pages over HTTP: status, escaping and what each links to (the browser tests drive them). */
class PagesTest {
  private final Fixture f = Fixture.get();

  @Test
  void storyListEscapesTitlesAndLinksStories() {
    HttpResponse<String> r = f.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body())
        .contains("href=\"/stories/" + f.harborStory + "\"")
        .contains("Museum reopens &lt;img src=x onerror=alert(2)&gt;")
        .doesNotContain("<img src=x")
        .doesNotContain("style=")
        .doesNotContain("<script>");
  }

  @Test
  void linksTheNextPageOfStoriesWithTheSameFilters() {
    String first = f.get("/?limit=1&min-outlets=1").body();
    java.util.regex.Matcher next =
        java.util.regex.Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\">Older stories</a>")
            .matcher(first);
    assertThat(next.find()).as(first).isTrue();
    String href = next.group(1).replace("&amp;", "&");
    assertThat(href).startsWith("/?min-outlets=1&limit=1&after=");
    String second = f.get(href).body();
    assertThat(second).contains("class=\"story-title\"");
    assertThat(f.get("/").body()).doesNotContain("Older stories");
  }

  @Test
  void filtersTheListByOutlet() {
    HttpResponse<String> r = f.get("/?outlet=Orrin+Post");
    assertThat(r.body())
        .contains("/stories/" + f.markupStory)
        .doesNotContain("/stories/" + f.harborStory + "\"");
  }

  @Test
  void storyPageEscapesArticleText() {
    String body = f.get("/stories/" + f.markupStory).body();
    assertThat(body)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;b&gt;bold&lt;/b&gt;");
    assertThat(body.split("<script", -1)).hasSize(2);
    assertThat(body).doesNotContain(" style=").doesNotContain("onerror=alert(2)>");
  }

  @Test
  void storyPageSetsASpeakersClaimFromSeveralOutletsSideBySide() {
    String body = f.get("/stories/" + f.harborStory).body();
    int claim = body.indexOf("Same claim in several outlets");
    assertThat(claim).as("a claim block on the harbour story's page").isPositive();
    String block = body.substring(claim, body.indexOf("</div>", claim));
    assertThat(block.split("<dt>", -1)).as("two outlets' wordings or more").hasSizeGreaterThan(2);
    assertThat(block).contains("data-cites=\"");
  }

  @Test
  void searchPageMarksMatches() {
    HttpResponse<String> r = f.get("/search?q=footbridge");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .containsIgnoringCase("<mark>footbridge</mark>")
        .contains("/stories/" + f.harborStory);
    assertThat(f.get("/search").statusCode()).isEqualTo(200);
  }

  @Test
  void entityPageListsItsStories() {
    HttpResponse<String> r = f.get("/entities/velmora");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("/stories/" + f.harborStory);
  }

  @Test
  void unknownPagesAreHtml404s() {
    HttpResponse<String> r = f.get("/stories/none-such");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body()).contains("story &#39;none-such&#39; not found");
  }

  @Test
  void compareFormWithNothingChosenSaysSo() {
    Multipart m = new Multipart().field("urls", "");
    HttpResponse<String> r = postCompareForm(m);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("no files or URLs given").contains("id=\"compare-form\"");
  }

  @Test
  void aWrongOptionOnTheCompareFormIsShownAsTextNotMarkup() {
    Multipart m = new Multipart().field("urls", "").field("no_headline", "<b>on</b>");
    HttpResponse<String> r = postCompareForm(m);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("no_headline must be true or false, not &quot;&lt;b&gt;on&lt;/b&gt;&quot;")
        .doesNotContain("<b>on")
        .contains("id=\"compare-form\"");
  }

  @Test
  void aComparedTextWithoutADateIsShownUndatedAndSaysWhy() {
    byte[] text =
        ("Ferry service cut after storm\n\nThe harbor authority cut ferry service across the bay"
                + " on Monday after the storm. Crews began inspecting the piers on Tuesday.\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Multipart m = new Multipart().file("files", "ferry.txt", text).field("urls", "");
    HttpResponse<String> r = postCompareForm(m);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains("<p class=\"muted\">undated")
        .contains("no publication date found")
        .contains("[undated]");
  }

  private HttpResponse<String> postCompareForm(Multipart m) {
    return f.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base() + "/compare"))
            .header("Content-Type", m.contentType())
            .POST(m.body())
            .build());
  }
}
