package dev.parallax.cli;

import static dev.parallax.cli.CompareCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExtractCommandTest {
  private static final Path HTML = Path.of("../parallax-core/src/test/resources/html");
  private static final Path INPUTS = Path.of("../parallax-core/src/test/resources/inputs");

  @Test
  void printsEachArticleAsJsonLinesWithMetadataAndRemovals() throws Exception {
    CompareCommandTest.Run r =
        run(
            "extract",
            "--format",
            "jsonl",
            HTML.resolve("classic-news.html").toString(),
            INPUTS.resolve("no-article.html").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("no-article.html: no article found in the page");
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode a = new ObjectMapper().readTree(lines[0]);
    assertThat(a.get("title").asText())
        .isEqualTo("Council votes to close Harbor Street bridge to traffic");
    assertThat(a.get("outlet").asText()).isEqualTo("The Riverside Courier");
    assertThat(a.get("published").asText()).isEqualTo("2026-03-10");
    assertThat(a.get("author").asText()).isEqualTo("Dana Whitfield");
    assertThat(a.get("url").asText()).endsWith("/news/local/harbor-bridge-closure");
    assertThat(a.get("text").asText())
        .startsWith("The Harbor Street bridge, seen from the north bank");
    assertThat(a.get("removed").findValuesAsText("reason"))
        .contains("page furniture: <footer>", "link block");
  }

  @Test
  void saysWhenTheTitleIsAlsoTheTextsFirstParagraph(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    String first = "Storm closes three ports along the coast.";
    Path t =
        Files.writeString(
            dir.resolve("t.txt"),
            first
                + "\n\nA storm closed three ports along the southern coast on Sunday, stranding"
                + " ferries and their passengers for two days in the harbours of the bay.\n");
    Path titled =
        Files.writeString(
            dir.resolve("u.txt"),
            "Storm closes three ports\n\nA storm closed three ports on Sunday.\n");
    CompareCommandTest.Run text = run("extract", t.toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("title: " + first + "  (also the text's first paragraph")
        .contains("\n" + first + "\n\nA storm closed");
    CompareCommandTest.Run json =
        run("extract", "--format", "jsonl", t.toString(), titled.toString());
    String[] lines = json.out().split("\n");
    JsonNode kept = new ObjectMapper().readTree(lines[0]);
    assertThat(kept.get("title_in_text").asBoolean()).isTrue();
    assertThat(kept.get("text").asText()).startsWith(first);
    JsonNode taken = new ObjectMapper().readTree(lines[1]);
    assertThat(taken.has("title_in_text")).isFalse();
    assertThat(taken.get("title").asText()).isEqualTo("Storm closes three ports");
  }

  @Test
  void printsReadableTextByDefault() {
    CompareCommandTest.Run r = run("extract", HTML.resolve("amp-minimal.html").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("== " + HTML.resolve("amp-minimal.html") + "\nurl: https://coastnews.example/")
        .contains("title: Strong quake shakes southern coast, no serious damage reported\n")
        .contains(
            "published: 2026-07-15\n",
            "author: -\n",
            "\nremoved:\n  - [headline (the title)] Strong quake",
            "  - [timestamp] 15 July 2026\n");
  }

  @Test
  void exitsThreeWhenNothingIsAnArticle() {
    CompareCommandTest.Run r = run("extract", INPUTS.resolve("binary-named.html").toString());
    assertThat(r.code()).isEqualTo(Main.NO_ARTICLES);
    assertThat(r.err()).contains("[binary]");
  }

  @Test
  void refusesALocalUrlUnlessAllowPrivateIsGiven() throws Exception {
    byte[] page = Files.readAllBytes(HTML.resolve("figure-ads.html"));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/a",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, page.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(page);
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/a";
      CompareCommandTest.Run refused = run("extract", url);
      assertThat(refused.code()).isEqualTo(Main.NO_ARTICLES);
      assertThat(refused.err())
          .contains(url + ": 127.0.0.1 resolves to 127.0.0.1", "[refused-address]");
      CompareCommandTest.Run allowed = run("extract", "--allow-private", url);
      assertThat(allowed.code()).as(allowed.err()).isZero();
      assertThat(allowed.out())
          .contains("title: A new wing gives forgotten photographs room to breathe");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void rejectsAnUnknownFormat() {
    assertThat(run("extract", "--format", "xml", "x.html").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void readsAFeedItemByItem() throws Exception {
    CompareCommandTest.Run r =
        run(
            "extract",
            "--no-fetch",
            "--format",
            "jsonl",
            INPUTS.resolve("lowfield.atom").toString());
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("source").asText()).endsWith("lowfield.atom#1");
    assertThat(first.get("outlet").asText()).isEqualTo("Lowfield Notes");
  }
}
