package dev.parallax.cli;

import static dev.parallax.cli.CompareCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax story ID --explain}, {@code story merge} and {@code story move}, driven through
 * the real command line on a real store.
 */
class StoryCorrectionCommandsTest {
  private static final Path EXAMPLE = Path.of("../examples/harbor-bridge");

  @TempDir Path dir;

  private String store() {
    return dir.resolve("store").toString();
  }

  private JsonNode explain(String id) throws Exception {
    CompareCommandTest.Run r = run("story", id, "--explain", "--store", store(), "-f", "json");
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void explainsMovesAndMergesAndKeepsTheCorrections() throws Exception {
    CompareCommandTest.Run ingest =
        run("ingest", "--store", store(), "--published", "2026-03-10", EXAMPLE.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    String id =
        new ObjectMapper()
            .readTree(run("stories", "--store", store(), "--format", "json").out())
            .get("stories")
            .get(0)
            .get("id")
            .asText();

    CompareCommandTest.Run text = run("story", id, "--explain", "--store", store());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .startsWith("Story " + id + ": why each article is in it\n")
        .contains("  - started " + id)
        .contains("  - joined " + id + " with score ")
        .contains("embedding ", "words ", "names ", "numbers ");

    JsonNode e = explain(id);
    assertThat(e.get("articles")).hasSize(3);
    String article = e.get("articles").get(2).get("id").asText();

    CompareCommandTest.Run usage = run("story", "move", article, "--store", store());
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("either the story S3");
    CompareCommandTest.Run missing = run("story", "move", "a0", "--new", "--store", store());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("no article 'a0'");

    CompareCommandTest.Run move = run("story", "move", article, "--new", "--store", store());
    assertThat(move.code()).as(move.err()).isZero();
    assertThat(move.out()).startsWith("moved " + article + " from " + id + " to ");
    String fresh = move.out().split(" ")[5];
    assertThat(explain(id).get("articles")).hasSize(2);
    JsonNode moved = explain(fresh).get("articles").get(0).get("steps");
    assertThat(moved.get(moved.size() - 1).get("kind").asText()).isEqualTo("moved-by-user");

    CompareCommandTest.Run same = run("story", "merge", id, id, "--store", store());
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("same story");
    CompareCommandTest.Run merge =
        run("story", "merge", id, fresh, "--store", store(), "--format", "json");
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(new ObjectMapper().readTree(merge.out()).get("kind").asText()).isEqualTo("merge");

    JsonNode after = explain(fresh);
    assertThat(after.get("story").asText()).isEqualTo(id);
    assertThat(after.get("articles")).hasSize(3);
    assertThat(after.get("corrections"))
        .extracting(c -> c.get("kind").asText())
        .containsExactly("move", "merge");
    assertThat(run("story", id, "--explain", "--store", store()).out())
        .contains("Corrections:\n  - moved " + article)
        .contains("by a user");
    assertThat(run("story", "S99", "--explain", "--store", store()).code()).isEqualTo(3);

    // an article's date, given by hand: checked, made, and listed with the corrections
    CompareCommandTest.Run notADate = run("story", "date", article, "10 March", "--store", store());
    assertThat(notADate.code()).isEqualTo(2);
    assertThat(notADate.err()).contains("'10 March' is not a date like 2026-02-06");
    CompareCommandTest.Run sameDate =
        run("story", "date", article, "2026-03-10", "--store", store());
    assertThat(sameDate.code()).isEqualTo(2);
    assertThat(sameDate.err()).contains("already dated 2026-03-10");
    assertThat(run("story", "date", "a0", "2026-03-09", "--store", store()).code()).isEqualTo(3);
    CompareCommandTest.Run dated =
        run("story", "date", article, "2026-03-09", "--store", store(), "-f", "json");
    assertThat(dated.code()).as(dated.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(dated.out());
    assertThat(d.get("kind").asText()).isEqualTo("date");
    assertThat(d.get("published").asText()).isEqualTo("2026-03-09");
    assertThat(explain(id).get("corrections"))
        .extracting(c -> c.get("kind").asText())
        .containsExactly("move", "merge", "date");
    JsonNode stories =
        new ObjectMapper().readTree(run("stories", "--store", store(), "-f", "json").out());
    assertThat(stories.get("stories").get(0).get("first").asText()).isEqualTo("2026-03-09");
  }
}
