package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.report.Format;
import dev.parallax.report.ReportJson;
import dev.parallax.store.impl.LuceneStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story's report: computed on demand, then served from the store, recomputed when it grows. */
class StoreReportTest {
  @TempDir Path dir;

  static List<SourceText> example() throws Exception {
    List<SourceText> out = new ArrayList<>();
    try (var files = Files.list(Path.of("../examples/harbor-bridge"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(
            new SourceText(
                ArticleMeta.of(p.toString()).withPublished(Optional.of(LocalDate.of(2026, 3, 10))),
                Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  @Test
  void computesCachesAndRecomputesAfterTheStoryGrows() throws Exception {
    List<SourceText> texts = example();
    try (LuceneStore store = (LuceneStore) Store.open(dir, Pipeline::analyse)) {
      String id =
          store
              .ingest(texts, IngestOptions.defaults(), IngestProgress.NONE)
              .filed()
              .get(0)
              .storyId()
              .orElseThrow();
      assertThat(store.report("S404")).isEmpty();
      assertThat(store.reportCached(id)).isFalse();
      Report first = store.report(id).orElseThrow();
      assertThat(first.articles()).hasSize(3);
      assertThat(first.facts()).isNotEmpty();
      assertThat(store.reportCached(id)).isTrue();

      try (Store reader = Store.openReadOnly(dir, Pipeline::analyse)) {
        Report cached = reader.report(id).orElseThrow();
        assertThat(ReportJson.write(cached)).isEqualTo(ReportJson.write(first));
        for (Format f : Format.values()) {
          assertThat(f.render(cached)).as(f.name()).isEqualTo(f.render(first));
        }
      }

      SourceText copy =
          new SourceText(
              ArticleMeta.of("syndicated.txt")
                  .withOutlet(Optional.of("Syndicated Daily"))
                  .withPublished(Optional.of(LocalDate.of(2026, 3, 11))),
              texts.get(0).text());
      store.ingest(List.of(copy), IngestOptions.defaults(), IngestProgress.NONE);
      assertThat(store.reportCached(id)).isFalse();
      Report second = store.report(id).orElseThrow();
      assertThat(second.articles()).hasSize(3);
      assertThat(second.diagnostics())
          .anySatisfy(
              d -> {
                assertThat(d.code()).isEqualTo("copy");
                assertThat(d.source()).isEqualTo("syndicated.txt");
              });
      assertThat(store.reportCached(id)).isTrue();
    }
  }
}
