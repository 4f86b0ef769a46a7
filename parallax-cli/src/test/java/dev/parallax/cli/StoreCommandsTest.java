package dev.parallax.cli;

import static dev.parallax.cli.CompareCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import dev.parallax.store.Store;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoredArticleJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, stories, story and search, driven through the real command line. */
class StoreCommandsTest {
  private static final Path CORPUS = Path.of("../parallax-core/src/test/resources/corpus");
  private static final Path EXAMPLE = Path.of("../examples/harbor-bridge");

  @TempDir Path dir;

  private String store() {
    return dir.resolve("store").toString();
  }

  /** A parallax-spark job's output as the job writes it: articles in its order, and _SUCCESS. */
  private Path sparkOutput() throws Exception {
    Path out = dir.resolve("job");
    Files.createDirectories(out.resolve("articles"));
    List<String> lines = new java.util.ArrayList<>();
    String[] outlets = {"Coastal Courier", "Northern Ledger", "Daily Sentinel"};
    List<Path> files;
    try (var s = Files.list(EXAMPLE)) {
      files = s.sorted().toList();
    }
    for (int i = 0; i < files.size(); i++) {
      ArticleMeta meta =
          ArticleMeta.of(files.get(i).toString())
              .withOutlet(java.util.Optional.of(outlets[i]))
              .withPublished(java.util.Optional.of(java.time.LocalDate.of(2026, 3, 10)));
      SourceText in = new SourceText(meta, Files.readString(files.get(i)));
      lines.add(
          StoredArticleJson.write(
              new StoredArticle("a" + i, "S-1", in, java.util.Optional.empty())));
    }
    Files.write(out.resolve("articles/part-00000"), lines.subList(0, 2));
    Files.write(out.resolve("articles/part-00001"), List.of(lines.get(2), "{not json"));
    Files.writeString(out.resolve("_SUCCESS"), "{\"schema\": \"parallax.spark/1\"}");
    return out;
  }

  @Test
  void anUndatedTextIsCountedAndDatedWhenGivenAgainWithItsDate() throws Exception {
    Path text =
        Files.writeString(
            dir.resolve("ferry.txt"),
            "Ferry service cut after storm\n\nThe harbor authority cut ferry service across the"
                + " bay on Monday after the storm. Crews began inspecting the piers on Tuesday.\n");
    CompareCommandTest.Run first = run("ingest", "--store", store(), text.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .startsWith("1 text: 1 added (1 undated: give --published to date them),");
    String id = "S1";
    JsonNode undated =
        new ObjectMapper()
            .readTree(run("story", id, "--store", store(), "-q", "--format", "json").out());
    assertThat(undated.get("articles").get(0).path("published").textValue()).isNull();
    assertThat(undated.get("diagnostics").findValuesAsText("code")).contains("undated");
    // the list says its day is the day it was filed on, not a date
    assertThat(run("stories", "--store", store()).out()).contains(" undated  1 articles");
    assertThat(
            new ObjectMapper()
                .readTree(run("stories", "--store", store(), "-f", "json").out())
                .get("stories")
                .get(0)
                .path("undated")
                .asBoolean())
        .isTrue();

    CompareCommandTest.Run again =
        run("ingest", "--store", store(), "--published", "2026-03-11", text.toString());
    assertThat(again.out()).startsWith("1 text: 0 added, 0 copies, 1 duplicate");
    JsonNode dated =
        new ObjectMapper()
            .readTree(run("story", id, "--store", store(), "-q", "--format", "json").out());
    assertThat(dated.get("articles").get(0).get("published").asText()).isEqualTo("2026-03-11");
    assertThat(dated.get("timeline").findValuesAsText("date")).contains("2026-03-09");
    assertThat(run("stories", "--store", store()).out())
        .contains("2026-03-11")
        .doesNotContain("undated");
  }

  @Test
  void ingestNoHeadlineKeepsTheFirstSentenceInTheStoredStorysReport() throws Exception {
    String first = "Flooding closes the river road near Amberley.";
    Path a =
        Files.writeString(
            dir.resolve("a.txt"),
            first
                + "\n\nFlooding closed the river road near Amberley on Tuesday morning after heavy"
                + " rain overnight, and the county council said it would stay shut until Friday.\n");
    CompareCommandTest.Run r =
        run(
            "ingest",
            "--store",
            store(),
            "--published",
            "2026-03-10",
            "--no-headline",
            a.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String id =
        new ObjectMapper()
            .readTree(run("stories", "--store", store(), "--format", "json").out())
            .get("stories")
            .get(0)
            .get("id")
            .asText();
    CompareCommandTest.Run json = run("story", id, "--store", store(), "-q", "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode article = new ObjectMapper().readTree(json.out()).get("articles").get(0);
    assertThat(article.get("no_headline").asBoolean()).isTrue();
    assertThat(article.get("title").isNull()).isTrue();
    assertThat(article.get("sentences").get(0).get("text").asText()).isEqualTo(first);
  }

  @Test
  void ingestFromSparkFilesAJobsArticlesInItsOrder() throws Exception {
    Path job = sparkOutput();
    CompareCommandTest.Run r = run("ingest", "--store", store(), "--from-spark", job.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("3 texts: 3 added, 0 copies, 0 duplicates, 0 skipped; the store holds 1 story");
    assertThat(r.err()).contains("part-00001:2").contains("bad-record");
    CompareCommandTest.Run list = run("stories", "--store", store(), "--format", "json");
    assertThat(new ObjectMapper().readTree(list.out()).toString()).contains("Coastal Courier");
  }

  @Test
  void ingestFromSparkRefusesAnUnfinishedJobAndInputsBeside() throws Exception {
    Path job = sparkOutput();
    Files.delete(job.resolve("_SUCCESS"));
    CompareCommandTest.Run unfinished =
        run("ingest", "--store", store(), "--from-spark", job.toString());
    assertThat(unfinished.code()).isEqualTo(3);
    assertThat(unfinished.err()).contains("not the output of a finished parallax-spark job");
    CompareCommandTest.Run both =
        run("ingest", "--store", store(), "--from-spark", job.toString(), EXAMPLE.toString());
    assertThat(both.code()).isEqualTo(2);
  }

  @Test
  void ingestsListsReportsAndSearches() throws Exception {
    CompareCommandTest.Run first =
        run(
            "ingest",
            "--store",
            store(),
            "--published",
            "2026-03-10",
            "--outlet",
            "Wire",
            EXAMPLE.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .startsWith("3 texts: 3 added, 0 copies, 0 duplicates, 0 skipped; the store holds 1 story");
    assertThat(first.err()).doesNotContain("[#"); // no terminal, no bar unless asked

    CompareCommandTest.Run again =
        run(
            "ingest",
            "--store",
            store(),
            "--published",
            "2026-03-10",
            "--progress",
            EXAMPLE.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).startsWith("3 texts: 0 added, 0 copies, 3 duplicates, 0 skipped");
    assertThat(again.err()).contains("3 articles").contains("1 story ").contains(" ETA ");

    CompareCommandTest.Run list = run("stories", "--store", store(), "--format", "json");
    assertThat(list.code()).as(list.err()).isZero();
    JsonNode stories = new ObjectMapper().readTree(list.out()).get("stories");
    assertThat(stories).hasSize(1);
    String id = stories.get(0).get("id").asText();
    assertThat(stories.get(0).get("articles").asInt()).isEqualTo(3);
    assertThat(stories.get(0).get("last").asText()).isEqualTo("2026-03-10");

    CompareCommandTest.Run text = run("stories", "--store", store());
    assertThat(text.out()).startsWith(id + " ").contains("3 articles");
    assertThat(run("stories", "--store", store(), "--since", "2026-04-01").out()).isEmpty();

    Path html = dir.resolve("out/report.html");
    CompareCommandTest.Run report =
        run("story", id, "--store", store(), "-q", "--format", "html", "-o", html.toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(Files.readString(html)).contains("<html");
    CompareCommandTest.Run json = run("story", id, "--store", store(), "-q", "--format", "json");
    assertThat(new ObjectMapper().readTree(json.out()).get("schema").asText())
        .isEqualTo("parallax.report/1");

    CompareCommandTest.Run search = run("search", "--store", store(), "bridge", "collapse");
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.out()).startsWith("1. ").contains("[[");
    CompareCommandTest.Run searchJson =
        run("search", "--store", store(), "--format", "json", "bridge");
    JsonNode hits = new ObjectMapper().readTree(searchJson.out()).get("hits");
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).get("highlights")).isNotEmpty();
  }

  @Test
  void explainsWhatIsWrongInOneLine() throws Exception {
    CompareCommandTest.Run missing = run("stories", "--store", dir.resolve("absent").toString());
    assertThat(missing.code()).isEqualTo(Main.STORE);
    assertThat(missing.err().strip()).doesNotContain("\n").contains("no store here");

    assertThat(
            run("ingest", "--store", store(), "--published", "2026-03-10", EXAMPLE.toString())
                .code())
        .isZero();
    CompareCommandTest.Run unknown = run("story", "S99", "--store", store());
    assertThat(unknown.code()).isEqualTo(Main.NO_ARTICLES);
    assertThat(unknown.err()).contains("no story 'S99'");

    CompareCommandTest.Run badDate = run("search", "--store", store(), "--since", "yesterday", "x");
    assertThat(badDate.code()).isEqualTo(Main.USAGE);
    assertThat(badDate.err()).contains("--since: 'yesterday' is not a date");

    try (Store writer = Store.open(dir.resolve("store"), Pipeline::analyse)) {
      CompareCommandTest.Run locked =
          run("ingest", "--store", store(), "--wait", "1", EXAMPLE.toString());
      assertThat(locked.code()).isEqualTo(Main.STORE);
      assertThat(locked.err())
          .contains("waiting up to 1 s")
          .contains(dir.resolve("store") + ": the store is being written by another process");
      // reading works while a writer holds the store
      assertThat(run("stories", "--store", store()).code()).isZero();
      assertThat(writer.counts().articles()).isEqualTo(3);
    }
  }

  @Test
  void countsCopiesAndSkipsWhatIsNotAnArticle() throws Exception {
    Path copies = dir.resolve("in");
    Files.createDirectories(copies);
    Path a = CORPUS.resolve("cup-final--astoria-tribune.txt");
    Files.writeString(
        copies.resolve("a.jsonl"),
        "{\"text\": "
            + new ObjectMapper().writeValueAsString(Files.readString(a))
            + ", \"outlet\": \"Astoria Tribune\"}\n"
            + "{\"text\": "
            + new ObjectMapper().writeValueAsString(Files.readString(a))
            + ", \"outlet\": \"Other Wire\"}\n");
    CompareCommandTest.Run r =
        run("ingest", "--store", store(), "--published", "2026-05-24", copies.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("2 texts: 1 added, 1 copy, 0 duplicates, 0 skipped");
  }

  @Test
  void listsStoriesAPageAtATimeAndSaysWhereTheNextStarts() throws Exception {
    Path two = dir.resolve("two");
    Files.createDirectories(two);
    for (String name :
        List.of("cup-final--astoria-tribune.txt", "fuel-tax-announcement--daily-meridian.txt")) {
      Files.copy(CORPUS.resolve(name), two.resolve(name));
    }
    CompareCommandTest.Run in =
        run("ingest", "--store", store(), "--published", "2026-05-24", two.toString());
    assertThat(in.code()).as(in.err()).isZero();
    assertThat(in.out()).contains("the store holds 2 stories");

    CompareCommandTest.Run first = run("stories", "--store", store(), "--limit", "1");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out().lines()).hasSize(1);
    String cursor = first.err().strip().replace("parallax: next page: --after ", "");
    CompareCommandTest.Run second =
        run("stories", "--store", store(), "--limit", "1", "--after", cursor);
    assertThat(second.out().lines()).hasSize(1);
    assertThat(second.out()).isNotEqualTo(first.out());
    assertThat(second.err()).isEmpty();

    JsonNode page =
        new ObjectMapper()
            .readTree(run("stories", "--store", store(), "--limit", "1", "-f", "json").out());
    assertThat(page.get("next").asText()).isEqualTo(cursor);
    CompareCommandTest.Run bad = run("stories", "--store", store(), "--after", "two");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--after must be a cursor");
  }
}
