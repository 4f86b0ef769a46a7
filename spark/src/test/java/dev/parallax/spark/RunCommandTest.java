package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Pipeline;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.Article;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Entity;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.report.ReportJson;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoredArticleJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax-spark run} end to end in local mode on a folder of JSON Lines and text: stories,
 * articles, one report per story of two outlets (the one the single-machine analysis gives), the
 * diagnostics of bad records, and the summary.
 */
class RunCommandTest {
  @TempDir static Path dir;
  static Path out;
  static JsonNode summary;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void run() throws IOException {
    LocalSpark.session();
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<String> lines = new ArrayList<>();
    String[][] outlets = {
      {"01-coastal-courier", "Coastal Courier"},
      {"02-northern-ledger", "Northern Ledger"},
      {"03-daily-sentinel", "Daily Sentinel"}
    };
    for (String[] o : outlets) {
      String text =
          Files.readString(
              Path.of("../examples/harbor-bridge/" + o[0] + ".txt"), StandardCharsets.UTF_8);
      lines.add(record(text, o[1]));
    }
    lines.add(lines.get(0)); // the same article again: a duplicate
    String copied =
        Files.readString(
            Path.of("../examples/harbor-bridge/02-northern-ledger.txt"), StandardCharsets.UTF_8);
    lines.add(record(copied, "Velmora Wire")); // the same text under another outlet: a copy
    lines.add("{\"text\": \"broken"); // line 6: not JSON
    lines.add(record("", "Empty Times")); // line 7: no text
    Files.write(corpus.resolve("bridge.jsonl"), lines, StandardCharsets.UTF_8);
    Path seeds = Files.createDirectories(corpus.resolve("seeds"));
    try (Stream<Path> s =
        Files.list(LocalSpark.corpora().resolveSibling("seeds").resolve("oman-talks"))) {
      for (Path f : s.sorted().toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    Files.writeString(corpus.resolve("notes.docx"), "not an article");
    out = dir.resolve("out");
    int code =
        Main.execute(
            "run",
            "--input",
            corpus.toString(),
            "--output",
            out.toString(),
            "--master",
            "local[2]",
            "--analyse",
            "min-outlets=2",
            "--published",
            "2026-03-10");
    assertThat(code).isZero();
    summary = JSON.readTree(out.resolve("_SUCCESS").toFile());
  }

  private static String record(String text, String outlet) {
    ObjectNode o = JSON.createObjectNode();
    o.put("text", text);
    o.put("outlet", outlet);
    return o.toString();
  }

  private static List<String> partLines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path f :
          s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void summaryCountsWhatWasReadAndSaysWhatWentWrong() {
    assertThat(summary.get("schema").asText()).isEqualTo("parallax.spark/1");
    JsonNode counts = summary.get("counts");
    // five records with text (one a duplicate, one a copy) and three seed files
    assertThat(counts.get("articles").asLong()).isEqualTo(8);
    assertThat(counts.get("duplicates").asLong()).isEqualTo(1);
    assertThat(counts.get("copies").asLong()).isEqualTo(1);
    assertThat(counts.get("stories").asLong()).isEqualTo(2);
    // stage 2's grouper held at most the 6 articles it filed (not the duplicate, not the copy)
    assertThat(counts.get("held-articles").asLong()).isBetween(1L, 6L);
    assertThat(counts.get("reports").asLong()).isBetween(1L, 2L);
    assertThat(counts.get("failed").asLong()).isZero();
    String diagnostics = summary.get("diagnostics").toString();
    assertThat(diagnostics).contains("bridge.jsonl:6").contains("bad-record");
    assertThat(diagnostics)
        .contains("bridge.jsonl:7")
        .contains("line 7: its 'text' or 'html' field is blank");
    assertThat(diagnostics).contains("notes.docx").contains("unsupported-type");
    assertThat(diagnostics).contains("bridge.jsonl:4").contains("duplicate");
  }

  @Test
  void storiesAreWrittenAsParquetAndJsonLinesWithCopiesMarked() throws IOException {
    List<String> stories = partLines(out.resolve("stories/jsonl"));
    assertThat(stories).hasSize(2);
    JsonNode bridge = null;
    for (String l : stories) {
      JsonNode s = JSON.readTree(l);
      if (s.toString().contains("Coastal Courier")) {
        bridge = s;
      }
    }
    assertThat(bridge).isNotNull();
    assertThat(bridge.get("id").asText()).matches("S-[0-9a-f]{16}");
    assertThat(bridge.get("title").asText()).contains("footbridge");
    assertThat(bridge.get("first").asText()).isEqualTo("2026-03-10");
    assertThat(bridge.get("outlets").asInt()).isEqualTo(3);
    assertThat(bridge.get("articles")).hasSize(4);
    int copies = 0;
    for (JsonNode a : bridge.get("articles")) {
      assertThat(a.get("source").asText()).contains("bridge.jsonl:");
      if (a.has("copy_of")) {
        copies++;
        assertThat(a.get("outlet").asText()).isEqualTo("Velmora Wire");
      }
    }
    assertThat(copies).isEqualTo(1);
    assertThat(
            LocalSpark.session().read().parquet(out.resolve("stories/parquet").toString()).count())
        .isEqualTo(2);
  }

  @Test
  void eachReportIsTheSingleMachineAnalysisOfItsStory() throws IOException {
    List<StoredArticle> articles =
        partLines(out.resolve("articles")).stream().map(StoredArticleJson::read).toList();
    assertThat(articles).hasSize(7); // the duplicate is not kept
    long reports = 0;
    List<String> storyIds = articles.stream().map(StoredArticle::storyId).distinct().toList();
    assertThat(storyIds).hasSize(2);
    for (String id : storyIds) {
      List<SourceText> independent = new ArrayList<>();
      List<Diagnostic> notes = new ArrayList<>();
      for (StoredArticle a : articles) {
        if (!a.storyId().equals(id)) {
          continue;
        }
        if (a.copyOf().isPresent()) {
          StoredArticle original =
              articles.stream()
                  .filter(o -> o.id().equals(a.copyOf().get()))
                  .findFirst()
                  .orElseThrow();
          notes.add(
              new Diagnostic(
                  "copy",
                  a.input().source(),
                  "same text as "
                      + original.input().source()
                      + original.input().outlet().map(o -> " (" + o + ")").orElse("")
                      + "; left out of the comparison as not an independent source"));
        } else {
          independent.add(a.input());
        }
      }
      Path report = out.resolve("reports/" + id + ".json");
      if (independent.stream().map(SourceText::outlet).flatMap(Optional::stream).distinct().count()
          < 2) {
        assertThat(report).doesNotExist();
        continue;
      }
      reports++;
      Report expected =
          Pipeline.analyse(
              independent,
              notes,
              new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1),
              Pipeline.Progress.NONE);
      Report got = ReportJson.read(Files.readString(report, StandardCharsets.UTF_8));
      // SUTime resolves a bare weekday differently depending on what the JVM annotated before (the
      // same
      // holds for two single-machine runs), so dates and what rests on them are not compared here
      assertThat(got.articles()).hasSameSizeAs(expected.articles());
      for (int i = 0; i < got.articles().size(); i++) {
        Article g = got.articles().get(i);
        Article e = expected.articles().get(i);
        assertThat(g.meta()).isEqualTo(e.meta());
        assertThat(g.text()).isEqualTo(e.text());
        assertThat(g.sentences().stream().map(x -> x.id() + " " + x.text()).toList())
            .isEqualTo(e.sentences().stream().map(x -> x.id() + " " + x.text()).toList());
      }
      assertThat(got.entities().stream().map(Entity::name).toList())
          .isEqualTo(expected.entities().stream().map(Entity::name).toList());
      assertThat(got.quotes().stream().map(q -> q.text()).toList())
          .isEqualTo(expected.quotes().stream().map(q -> q.text()).toList());
      assertThat(got.diagnostics()).isEqualTo(expected.diagnostics());
    }
    assertThat(reports).isEqualTo(summary.get("counts").get("reports").asLong()).isPositive();
  }

  @Test
  void noHeadlineKeepsAFirstSentenceTheLeadRestatesAsBodyWithoutTakingItForTheTitle()
      throws IOException {
    Path texts = Files.createDirectories(dir.resolve("untitled"));
    String first = "The city council approved a new budget for the harbour on Tuesday.";
    Files.writeString(
        texts.resolve("council.txt"),
        first
            + "\n\nThe council approved the harbour budget by seven votes to two on Tuesday"
            + " evening, after a debate of three hours about the cost of dredging the channel and"
            + " repairing the old sea wall.\n\nThe mayor said the work would start in spring.\n",
        StandardCharsets.UTF_8);
    for (boolean flag : new boolean[] {false, true}) {
      Path o = dir.resolve(flag ? "untitled-flag" : "untitled-guess");
      List<String> args =
          new ArrayList<>(
              List.of(
                  "run",
                  "--input",
                  texts.toString(),
                  "--output",
                  o.toString(),
                  "--master",
                  "local[1]",
                  "--analyse",
                  "none",
                  "--published",
                  "2026-03-10"));
      if (flag) {
        args.add("--no-headline");
      }
      assertThat(Main.execute(args.toArray(String[]::new))).isZero();
      List<StoredArticle> stored =
          partLines(o.resolve("articles")).stream().map(StoredArticleJson::read).toList();
      assertThat(stored).hasSize(1);
      SourceText input = stored.get(0).input();
      assertThat(input.meta().noHeadline()).isEqualTo(flag);
      CleanDocument cleaned = Cleaner.cleanAll(List.of(input)).get(0);
      // the first sentence stays body either way; without the flag it may be the headline, so it
      // is the title as well
      assertThat(cleaned.text()).startsWith(first);
      if (flag) {
        assertThat(cleaned.title()).isEmpty();
      } else {
        assertThat(cleaned.title()).contains(first);
      }
    }
  }

  @Test
  void anExistingOutputIsRefused() {
    assertThat(
            Main.execute(
                "run", "--input", dir.resolve("corpus").toString(), "--output", out.toString()))
        .isEqualTo(Main.OUTPUT);
  }

  @Test
  void aBadAnalyseSpecIsAUsageError() {
    assertThat(
            Main.execute(
                "run",
                "--input",
                "x",
                "--output",
                dir.resolve("o2").toString(),
                "--analyse",
                "all"))
        .isEqualTo(Main.USAGE);
  }

  @Test
  void slicesNoLongerThanTheWindowAndADayAreAUsageError() {
    assertThat(
            Main.execute(
                "run",
                "--input",
                "x",
                "--output",
                dir.resolve("o3").toString(),
                "--slice-days",
                "5"))
        .isEqualTo(Main.USAGE);
  }
}
