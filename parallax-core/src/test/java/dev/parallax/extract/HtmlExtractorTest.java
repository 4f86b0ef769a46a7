package dev.parallax.extract;

import static dev.parallax.extract.ExtractionQualityTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.internal.DateLines;
import dev.parallax.model.Removal;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private static Extraction page(String name) throws IOException {
    return HtmlExtractor.extract(resource(name + ".html"), Optional.empty());
  }

  @Test
  void readsMetadataOfAClassicNewsPage() throws IOException {
    Extraction x = page("classic-news");
    assertThat(x.title()).contains("Council votes to close Harbor Street bridge to traffic");
    assertThat(x.outlet()).contains("The Riverside Courier");
    assertThat(x.published()).contains(LocalDate.of(2026, 3, 10));
    assertThat(x.author()).contains("Dana Whitfield");
    assertThat(x.url())
        .contains("https://www.riversidecourier.example/news/local/harbor-bridge-closure");
  }

  @Test
  void dropsNavigationRelatedLinksCommentsAndFooterWithReasons() throws IOException {
    Extraction x = page("classic-news");
    assertThat(x.text())
        .doesNotContain("Most read", "Related stories", "riverwatcher", "All rights reserved");
    assertThat(x.removed())
        .extracting(Removal::reason)
        .contains(
            "page furniture: <header>",
            "page furniture: class or id 'related'",
            "page furniture: class or id 'comments'",
            "page furniture: <footer>",
            "link block");
  }

  @Test
  void keepsHeadingsBlockquotesAndCaptionsAsTheirOwnLinesWithoutCredits() throws IOException {
    String text = page("classic-news").text();
    assertThat(text.split("\n\n"))
        .contains(
            "What happens to the buses",
            "Nobody asked the people who actually work on this street. We found out from the newspaper,"
                + " like everyone else.",
            "The Harbor Street bridge, seen from the north bank, has carried traffic since 1934.");
    assertThat(text).doesNotContain("Lena Brooks");
  }

  @Test
  void takesTheBodyFromJsonLdWhenTheMarkupHoldsOnlyAShell() throws IOException {
    Extraction x = page("jsonld-article");
    assertThat(x.fromJsonLd()).isTrue();
    assertThat(x.title())
        .contains("Nine-hour session in Muscat ends with deal on framework for second round");
    assertThat(x.outlet()).contains("Meridian Wire");
    assertThat(x.author()).contains("Samir Haddad, Claire Dubois");
    assertThat(x.published()).contains(LocalDate.of(2026, 2, 6));
    assertThat(x.url()).contains("https://meridianwire.example/world/muscat-talks-framework");
    assertThat(x.text().split("\n\n")).hasSize(6);
  }

  @Test
  void prefersTheMarkupWhenItHoldsTheArticle() throws IOException {
    assertThat(page("liveblog").fromJsonLd()).isFalse();
  }

  @Test
  void readsTheDateFromATimeElementInsideTheDroppedHeader() throws IOException {
    Extraction x = page("cookie-newsletter");
    assertThat(x.published()).contains(LocalDate.of(2026, 8, 16));
    assertThat(x.text()).doesNotContain("cookies", "Morning Brief", "free articles");
  }

  @Test
  void stripsTheSiteNameFromTheDocumentTitle() throws IOException {
    assertThat(page("cookie-newsletter").title())
        .contains("Crews gain ground on Cedar Ridge fire as winds ease");
  }

  @Test
  void fallsBackToTheHostNameForTheOutlet() throws IOException {
    Extraction x = page("amp-minimal");
    assertThat(x.outlet()).contains("coastnews.example");
    assertThat(x.published()).contains(LocalDate.of(2026, 7, 15));
  }

  @Test
  void keepsLiveBlogPostTitlesAndKeyPointsButNotTimestamps() throws IOException {
    String text = page("liveblog").text();
    assertThat(text.split("\n\n"))
        .contains("Turnout figures", "Polls closed at 8 p.m. across the state")
        .doesNotContain("20:00", "Advertisement", "Copy link Share");
  }

  @Test
  void findsNoArticleInAPageOfLinks() {
    String html =
        "<html><body><nav><a href=/a>Home</a></nav><ul><li><a href=/1>One story</a></li>"
            + "<li><a href=/2>Another story</a></li></ul><p>Page not found.</p></body></html>";
    assertThat(HtmlExtractor.extract(html, Optional.empty()).text()).isEmpty();
  }

  @Test
  void repairsMalformedMarkupAndStillFindsTheParagraphs() {
    String para =
        "The committee met for six hours and agreed, after a long debate, to publish the report.";
    String html =
        "<html><body><div class=content><p>" + para + "<p><b>" + para + "</div></span></body>";
    assertThat(HtmlExtractor.extract(html, Optional.empty()).text())
        .isEqualTo(para + "\n\n" + para);
  }

  private static final String PARA =
      "<p>The committee met for six hours and agreed, after a long debate, to publish the report.</p>";

  @Test
  void fallsThroughToTheNextDateSourceWhenOneDoesNotParse() {
    String html =
        "<html><head><meta name=date content=\"09/09/2026\"></head><body><article>"
            + "<time datetime=\"2026-09-08T10:00:00+02:00\">Yesterday</time>"
            + PARA
            + PARA
            + "</article></body></html>";
    assertThat(HtmlExtractor.extract(html, Optional.empty()).published())
        .contains(LocalDate.of(2026, 9, 8));
  }

  @Test
  void readsRfc1123Dates() {
    assertThat(PageMetadata.date("Tue, 8 Sep 2026 11:42:00 GMT"))
        .contains(LocalDate.of(2026, 9, 8));
  }

  @Test
  void stripsTheSiteNameFromASocialCardTitle() {
    String html =
        "<html><head><meta property=og:site_name content=\"The Courier\">"
            + "<meta property=og:title content=\"Bridge to close | The Courier\"></head><body>"
            + PARA
            + "</body></html>";
    assertThat(HtmlExtractor.extract(html, Optional.empty()).title()).contains("Bridge to close");
  }

  @Test
  void keepsAnArticleInsideAnOverflowHiddenWrapperButDropsScreenReaderText() {
    String html =
        "<html><body><div class=\"overflow-hidden\"><div class=\"sr-only\">Skip to the main story now</div>"
            + PARA
            + "<div class=\"overflow-hidden rounded\">"
            + PARA
            + "</div>"
            + PARA
            + "</div></body></html>";
    Extraction x = HtmlExtractor.extract(html, Optional.empty());
    assertThat(x.text().split("\n\n")).hasSize(3);
    assertThat(x.removed())
        .extracting(Removal::reason)
        .containsExactly("hidden text: class 'sr-only'");
  }

  @Test
  void readsAnArticleInASlotAboveTheFooterButNotTheFooter() {
    // a notice longer than a thin page's article, outside the slot, so that the slot's article
    // is only found when the slot is not read as the footer
    String notice =
        "<p>Offers that appear on this site are from companies from which the site receives"
            + " compensation, which may affect where and in which order they appear.</p>";
    String[] article = {
      "The committee met for six hours on Tuesday and agreed, after a long and at times heated"
          + " debate, to publish the engineers' report on the bridge in full.",
      "Members of the public spoke for two hours about the closure of the bridge, and most of"
          + " them asked the council to keep the crossing open to cyclists and walkers.",
      "The report, which runs to ninety pages, will be published on the council's own website"
          + " next week, along with the minutes of the meeting and the engineers' drawings.",
      "A spokesperson for the harbour authority said its engineers would inspect the structure"
          + " again in the spring, before the council takes any further decision on its future.",
      "The bridge has carried traffic across the harbour since 1934 and was last repaired eleven"
          + " years ago, when its deck was replaced and its railings were painted.",
      "Shop owners on both banks said the closure had already cost them customers, and several"
          + " asked the council for help with their rents while the work goes on."
    };
    String html =
        "<html><body><div class=\"notice\">"
            + notice.repeat(4)
            + "</div><div class=\"above-footer\"><div class=\"article-body\"><p>"
            + String.join("</p><p>", article)
            + "</p></div></div><div class=\"site-footer\"><p>Copyright and every right of the"
            + " publisher reserved, with the terms of use and the privacy notice.</p></div>"
            + "</body></html>";
    Extraction x = HtmlExtractor.extract(html, Optional.empty());
    assertThat(x.text()).contains(article).doesNotContain("Copyright");
    assertThat(x.removed())
        .extracting(Removal::reason)
        .contains("page furniture: class or id 'footer'");
  }

  @Test
  void takesThePublicationDateFromAPrintedDatelineWhenThePageHasNoDateMetadata()
      throws IOException {
    assertThat(page("br-separated-legacy").published()).contains(LocalDate.of(2026, 7, 10));
    assertThat(DateLines.date("09 Sep 2026 11:42 GMT")).contains(LocalDate.of(2026, 9, 9));
    assertThat(DateLines.date("no date here 2026")).isEmpty();
  }

  @Test
  void dropsAdLabelsAndCopyrightLinesLeftInTheBody() throws IOException {
    assertThat(page("split-body-blocks").removed())
        .extracting(Removal::reason)
        .contains("ad label");
    assertThat(page("br-separated-legacy").removed())
        .extracting(Removal::reason)
        .contains("copyright line");
  }

  private static Extraction html(String body) {
    return HtmlExtractor.extract(
        "<html><head><title>A post</title></head><body>" + body + "</body></html>",
        Optional.empty());
  }

  @Test
  void keepsAShortPostThatIsAFullSentence() {
    Extraction x =
        html(
            "<nav><a href='/'>Home</a></nav><div class='post'><p>We will meet again at the harbour on Friday evening at six!</p></div>");
    assertThat(x.text()).isEqualTo("We will meet again at the harbour on Friday evening at six!");
  }

  @Test
  void keepsALastParagraphEndingInAColonButDropsALabel() {
    Extraction x =
        html(
            "<div><p>The council meets on Monday. It has put the whole budget online for everyone in the town to read, and asks for comments:</p>"
                + "<p><a href='/budget'>budget.pdf</a></p><p>Tags:</p></div>");
    assertThat(x.text()).endsWith("asks for comments:");
    assertThat(x.removed()).extracting(Removal::text).contains("Tags:");
  }

  @Test
  void readsTheWholeMarkedBodyOfAPostOfShortLines() {
    Extraction x =
        html(
            "<div class='entry-content'><h3>Film</h3><p>Fuji 400.</p><h3>Cameras</h3><p>Pentax.</p>"
                + "<p>Photos taken over two weeks by the two of us, in two countries, on one roll.</p></div>");
    assertThat(x.text()).startsWith("Film").contains("Fuji 400.", "Pentax.");
  }

  @Test
  void saysWhyAPageHasNoArticle() {
    Extraction x =
        html(
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><ul><li><a href='/1'>Talks resume</a></li></ul>");
    assertThat(x.text()).isEmpty();
    assertThat(HtmlExtractor.whyEmpty(x))
        .startsWith("no article found in the page: ")
        .contains("page furniture");
  }
}
