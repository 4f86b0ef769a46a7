package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.nlp.TextBudget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real command line in process (the models load once for all tests of this module). */
class CompareCommandTest {
  private static final Path EXAMPLE = Path.of("../examples/harbor-bridge");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void comparesTheBundledExampleAsJson() throws Exception {
    Run r =
        run("compare", "-q", "--published", "2026-03-10", "--format", "json", EXAMPLE.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("schema").asText()).isEqualTo("parallax.report/1");
    assertThat(root.get("articles")).hasSize(3);
    assertThat(root.get("articles").get(1).get("outlet").asText()).isEqualTo("Northern Ledger");
    assertThat(root.get("articles").get(0).get("published").asText()).isEqualTo("2026-03-10");
    assertThat(root.get("diagnostics")).isEmpty();
  }

  @Test
  void goesOnPastMissingAndEmptyInputsAndNamesThem(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run r =
        run(
            "compare",
            "-q",
            "--format",
            "json",
            "does-not-exist.txt",
            empty.toString(),
            EXAMPLE.resolve("02-northern-ledger.txt").toString(),
            EXAMPLE.resolve("01-coastal-courier.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("does-not-exist.txt: no such file or folder [missing]");
    assertThat(r.err()).contains(empty + ": file has no text [empty]");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("articles")).hasSize(2);
    // the two bad inputs, and the two articles read without a date ("on Monday" stays unplaced)
    assertThat(root.get("diagnostics").findValuesAsText("code"))
        .containsExactly("missing", "empty", "undated", "undated");
  }

  @Test
  void keepsAnArticleGivenTwiceOnceAndReportsTheCopy(@TempDir Path dir) throws Exception {
    Path copy =
        Files.copy(EXAMPLE.resolve("01-coastal-courier.txt"), dir.resolve("copy-of-01.txt"));
    Run r =
        run(
            "compare",
            "-q",
            "--published",
            "2026-03-10",
            "--format",
            "json",
            EXAMPLE.resolve("01-coastal-courier.txt").toString(),
            EXAMPLE.resolve("02-northern-ledger.txt").toString(),
            EXAMPLE.resolve("03-daily-sentinel.txt").toString(),
            copy.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("articles")).hasSize(3);
    assertThat(root.get("articles").get(0).get("source").asText())
        .endsWith("01-coastal-courier.txt");
    assertThat(root.get("articles").get(0).get("sentences").size()).isGreaterThan(5);
    assertThat(root.get("diagnostics")).hasSize(1);
    assertThat(root.get("diagnostics").get(0).get("code").asText()).isEqualTo("duplicate");
    assertThat(root.get("diagnostics").get(0).get("source").asText()).isEqualTo(copy.toString());
    assertThat(r.err())
        .contains(
            copy
                + ": same text as "
                + EXAMPLE.resolve("01-coastal-courier.txt")
                + "; skipped [duplicate]");
  }

  @Test
  void analysesTheBeginningOfANineMegabyteLineAndSaysWhatWasLeftOut(@TempDir Path dir)
      throws Exception {
    // the bundled example's paragraphs in seeded random order, on one line, to 9.5 MB (under the 10
    // MB cap)
    List<String> paragraphs = new ArrayList<>();
    for (String name :
        List.of("01-coastal-courier.txt", "02-northern-ledger.txt", "03-daily-sentinel.txt")) {
      Files.readString(EXAMPLE.resolve(name))
          .lines()
          .filter(l -> l.strip().endsWith("."))
          .forEach(paragraphs::add);
    }
    Random random = new Random(21);
    StringBuilder line = new StringBuilder();
    while (line.length() < 9_500_000) {
      line.append(paragraphs.get(random.nextInt(paragraphs.size())).strip()).append(' ');
    }
    Path big = Files.writeString(dir.resolve("big.txt"), line.toString().strip() + "\n");
    // how long it takes is measured by bench/large-input.sh, not asserted here: the machine is
    // shared
    Run r = run("compare", "-q", "--published", "2026-03-10", "--format", "json", big.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode article = root.get("articles").get(0);
    assertThat(article.get("text").asText().length()).isLessThanOrEqualTo(TextBudget.MAX_CHARS);
    assertThat(article.get("sentences").size()).isGreaterThan(500);
    assertThat(r.err())
        .contains(big + ": too long to analyse whole: analysed the first ")
        .contains("[truncated]");
  }

  /** Sentences and titles of a JSON report, per article. */
  private static List<List<String>> sentences(JsonNode report) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode a : report.get("articles")) {
      List<String> s = new ArrayList<>();
      a.get("sentences").forEach(n -> s.add(n.get("text").asText()));
      out.add(s);
    }
    return out;
  }

  @Test
  void keepsTheFirstSentenceOfTextsSaidToHaveNoHeadline(@TempDir Path dir) throws Exception {
    // each first sentence is one the lead below restates: without the option it may be a headline
    // ending in a full stop, so it is the title and stays body
    String first1 = "Flooding closes the river road near Amberley.";
    String first2 = "River road near Amberley closed by flooding.";
    Path a =
        Files.writeString(
            dir.resolve("a.txt"),
            first1
                + "\n\nFlooding closed the river road near Amberley on Tuesday morning after heavy"
                + " rain overnight, and the county council said it would stay shut until Friday.\n");
    Path b =
        Files.writeString(
            dir.resolve("b.txt"),
            first2
                + "\n\nThe county council closed the river road near Amberley on Tuesday because of"
                + " flooding after a night of heavy rain, and said it expects to reopen it on Friday.\n");
    Run guessed = run("compare", "-q", "--format", "json", a.toString(), b.toString());
    assertThat(guessed.code()).as(guessed.err()).isZero();
    JsonNode g = new ObjectMapper().readTree(guessed.out());
    assertThat(g.get("articles").get(0).get("title").asText()).isEqualTo(first1);
    assertThat(sentences(g).get(0)).first().isEqualTo(first1);
    assertThat(g.get("articles").get(0).get("removed")).isEmpty();
    assertThat(g.get("articles").get(0).has("no_headline")).isFalse();
    assertThat(g.get("articles").get(0).get("title_in_text").asBoolean()).isTrue();

    Run said =
        run("compare", "-q", "--no-headline", "--format", "json", a.toString(), b.toString());
    assertThat(said.code()).as(said.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(said.out());
    assertThat(sentences(r).get(0)).first().isEqualTo(first1);
    assertThat(sentences(r).get(1)).first().isEqualTo(first2);
    for (JsonNode article : r.get("articles")) {
      assertThat(article.get("title").isNull()).isTrue();
      assertThat(article.get("no_headline").asBoolean()).isTrue();
      assertThat(article.has("title_in_text")).isFalse();
      assertThat(article.get("removed")).isEmpty();
    }
  }

  @Test
  void documentsNoHeadlineInTheHelpOfEveryCommandThatReadsInputs() {
    for (String command : List.of("compare", "extract", "cluster", "ingest")) {
      Run help = run(command, "--help");
      assertThat(help.code()).isZero();
      assertThat(help.out()).as(command).contains("--no-headline");
    }
  }

  @Test
  void exitsThreeWhenNoInputIsAnArticle(@TempDir Path dir) throws Exception {
    Path bin =
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
    Run r = run("compare", "-q", bin.toString());
    assertThat(r.code()).isEqualTo(Main.NO_ARTICLES);
    assertThat(r.err()).contains(bin + ": binary file, not text [binary]");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void reportsASingleArticleWithAWarning() {
    Run r = run("compare", "-q", EXAMPLE.resolve("02-northern-ledger.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("only one article");
    assertThat(r.out()).contains("Northern Ledger");
  }

  @Test
  void rejectsBadOptionsWithOneLineAndExitTwo() {
    Run bad = run("compare", "--format", "pdf", EXAMPLE.toString());
    assertThat(bad.code()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).startsWith("parallax: --format: unknown format 'pdf'");
    Run date = run("compare", "--published", "last friday", EXAMPLE.toString());
    assertThat(date.code()).isEqualTo(Main.USAGE);
    assertThat(date.err()).contains("'last friday' is not a date");
    assertThat(run("compare").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void writesHtmlToAFileAndSetsOutletsFromOptions(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report/story.html");
    String first = EXAMPLE.resolve("01-coastal-courier.txt").toString();
    Run r =
        run(
            "compare",
            "--format",
            "html",
            "--out",
            out.toString(),
            "--outlet",
            first + "=Courier Test",
            first,
            EXAMPLE.resolve("02-northern-ledger.txt").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("wrote " + out);
    String html = Files.readString(out);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("Courier Test")
        .doesNotContain("<script");
  }

  /** Two short articles on one event, each with a headline line and "on Friday" to resolve. */
  private static final String ROAD_CLOSED =
      "Council closes harbour road\n\nThe city council closed the harbour road on Friday"
          + " after the storm damaged its sea wall, officials said.\n";

  private static final String ROAD_SHUT =
      "Harbour road shut\n\nThe harbour road was closed on Friday because the storm had"
          + " damaged the sea wall, the city council said.\n";

  @Test
  void setsOneInputsPublicationDate(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), ROAD_CLOSED);
    Path b = Files.writeString(dir.resolve("b.txt"), ROAD_SHUT);
    Run r =
        run(
            "compare",
            "-q",
            "--format",
            "json",
            "--published",
            "2026-03-10",
            "--published",
            a + "=2026-02-02",
            a.toString(),
            b.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode articles = new ObjectMapper().readTree(r.out()).get("articles");
    assertThat(articles.get(0).get("published").asText()).isEqualTo("2026-02-02");
    assertThat(articles.get(1).get("published").asText()).isEqualTo("2026-03-10");
    // "on Friday" is resolved against each article's own date
    assertThat(r.out()).contains("2026-01-30").contains("2026-03-06");
    Run unknown = run("compare", "--published", "c.txt=2026-02-02", a.toString(), b.toString());
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("'c.txt' is not one of the inputs given");
  }

  @Test
  void setsAFoldersDateAndOutletForEveryArticleInIt(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("courier"));
    Files.writeString(folder.resolve("a.txt"), ROAD_CLOSED);
    Path b = Files.writeString(dir.resolve("b.txt"), ROAD_SHUT);
    Run r =
        run(
            "compare",
            "-q",
            "--format",
            "json",
            "--published",
            folder + "=2026-02-02",
            "--outlet",
            folder + "=Folder Courier",
            folder.toString(),
            b.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode articles = new ObjectMapper().readTree(r.out()).get("articles");
    assertThat(articles.get(0).get("published").asText()).isEqualTo("2026-02-02");
    assertThat(articles.get(0).get("outlet").asText()).isEqualTo("Folder Courier");
    assertThat(articles.get(1).get("published").isNull()).isTrue();
  }

  @Test
  void refusesAnOutletOrDateThatWouldBeLost(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "The council met on Monday in Lyon.\n");
    Path b = Files.writeString(dir.resolve("b.txt"), "The council of Lyon met on Monday.\n");
    Run unknown = run("compare", "--outlet", "c.txt=Courier", a.toString(), b.toString());
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("--outlet: 'c.txt' is not one of the inputs given");
    Run twice =
        run("compare", "--outlet", a + "=One", "--outlet", a + "=Two", a.toString(), b.toString());
    assertThat(twice.code()).isEqualTo(Main.USAGE);
    assertThat(twice.err()).contains("--outlet: given twice for '" + a + "'");
    Run dates =
        run("compare", "--published", "2026-03-10", "--published", "2026-03-11", a.toString());
    assertThat(dates.code()).isEqualTo(Main.USAGE);
    assertThat(dates.err()).contains("--published: given twice for all inputs");
    Run empty = run("compare", "--outlet", a + "= ", a.toString(), b.toString());
    assertThat(empty.code()).isEqualTo(Main.USAGE);
    assertThat(empty.err()).contains("--outlet: no outlet name");
  }

  @Test
  void rendersArticleMarkupAsText(@TempDir Path dir) throws Exception {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"), "The <script>alert(1)</script> council met on Monday in Lyon.\n");
    Path b =
        Files.writeString(dir.resolve("b.txt"), "The council of Lyon met on Monday <b>late</b>.\n");
    Run r = run("compare", "-q", "--format", "html", a.toString(), b.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .doesNotContain("<b>late");
  }

  @Test
  void clustersInputsIntoStoriesWithSourcesAsGiven() throws Exception {
    String seeds = System.getProperty("parallax.shared", "../../shared") + "/seeds/oman-talks";
    Run r = run("cluster", "--published", "2026-02-06", EXAMPLE.toString(), seeds);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode stories = new ObjectMapper().readTree(r.out()).get("stories");
    assertThat(stories).hasSize(2);
    // stories come in the order cluster files articles (date, then id), not the order given
    JsonNode bridge =
        stories.get(0).toString().contains("coastal-courier") ? stories.get(0) : stories.get(1);
    JsonNode oman = bridge == stories.get(0) ? stories.get(1) : stories.get(0);
    assertThat(bridge.get("articles")).hasSize(3);
    assertThat(bridge.get("articles").toString()).contains(EXAMPLE + "/01-coastal-courier.txt");
    assertThat(oman.get("articles").get(0).asText()).startsWith(seeds + "/");
  }
}
