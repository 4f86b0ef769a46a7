package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.NoSuchElementException;
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
  void anUndatedArticleIsFiledTodayButItsTimesAreNotResolvedAgainstToday() throws Exception {
    String undated =
        "Ferry service cut after storm\n\n"
            + "The harbor authority cut ferry service across the bay on Monday after the storm."
            + " Crews began inspecting the piers on Tuesday.";
    String printed =
        "Ferry service resumes\n\nMarch 12, 2026\n\n"
            + "Ferry service across the bay resumed on Wednesday after crews inspected the piers.";
    try (LuceneStore store = (LuceneStore) Store.open(dir, Pipeline::analyse)) {
      IngestResult r =
          store.ingest(
              List.of(
                  new SourceText(ArticleMeta.of("cut.txt"), undated),
                  new SourceText(ArticleMeta.of("resumed.txt"), printed)),
              IngestOptions.defaults(),
              IngestProgress.NONE);
      String cut = r.filed().get(0).storyId().orElseThrow();
      String resumed = r.filed().get(1).storyId().orElseThrow();
      // no date: stored without one (filed on the day it arrived), so "on Monday" stays off the
      // timeline and the report says why, rather than dating it by the day of the ingest
      assertThat(store.articles(cut).get(0).input().published()).isEmpty();
      Report report = store.report(cut).orElseThrow();
      assertThat(report.timeline()).isEmpty();
      assertThat(report.diagnostics()).extracting(d -> d.code()).contains("undated");
      // the store's way to give the date, with the article's id
      String id = r.filed().get(0).articleId().orElseThrow();
      assertThat(report.diagnostics())
          .filteredOn(d -> d.code().equals("undated"))
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.message())
                      .endsWith(
                          "give the date with 'parallax story date "
                              + id
                              + " YYYY-MM-DD' (API: POST /api/articles/"
                              + id
                              + "/date)"));
      // the date the text prints is its date
      assertThat(store.articles(resumed).get(0).input().published())
          .contains(LocalDate.of(2026, 3, 12));
      assertThat(store.report(resumed).orElseThrow().timeline())
          .extracting(t -> t.date())
          .contains("2026-03-11");
    }
    try (Store reader = Store.openReadOnly(dir, Pipeline::analyse)) {
      assertThat(reader.articles("S1").get(0).input().published()).isEmpty();
    }
    // given again with its date, as the diagnostic says, the stored article takes it
    try (LuceneStore store = (LuceneStore) Store.open(dir, Pipeline::analyse)) {
      IngestResult again =
          store.ingest(
              List.of(new SourceText(ArticleMeta.of("cut.txt"), undated)),
              IngestOptions.defaults().withPublished(Optional.of(LocalDate.of(2026, 3, 11))),
              IngestProgress.NONE);
      assertThat(again.filed().get(0).outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
      String cut = again.filed().get(0).storyId().orElseThrow();
      assertThat(store.articles(cut).get(0).input().published())
          .contains(LocalDate.of(2026, 3, 11));
      Report report = store.report(cut).orElseThrow();
      assertThat(report.diagnostics()).extracting(d -> d.code()).doesNotContain("undated");
      assertThat(report.timeline()).extracting(t -> t.date()).contains("2026-03-09", "2026-03-10");
      // the story's days are its articles' dates, no longer the day it was filed
      assertThat(store.story(cut).orElseThrow().first()).contains(LocalDate.of(2026, 3, 11));
      assertThat(store.story(cut).orElseThrow().last()).contains(LocalDate.of(2026, 3, 11));
    }
  }

  @Test
  void aStorysDaysAreItsDatedArticlesDaysNotTheDayAnUndatedOneWasFiled() throws Exception {
    try (LuceneStore store = (LuceneStore) Store.open(dir, Pipeline::analyse)) {
      IngestResult march =
          store.ingest(
              List.of(
                  new SourceText(
                      ArticleMeta.of("march.txt"),
                      "Ferry service cut after storm\n\nThe harbor authority cut ferry service"
                          + " across the bay on Monday after the storm.")),
              IngestOptions.defaults().withPublished(Optional.of(LocalDate.of(2026, 3, 10))),
              IngestProgress.NONE);
      IngestResult undated =
          store.ingest(
              List.of(
                  new SourceText(
                      ArticleMeta.of("undated.txt"),
                      "Museum reopens its east wing\n\nThe city museum reopened its east wing"
                          + " to visitors after two years of repairs.")),
              IngestOptions.defaults(),
              IngestProgress.NONE);
      String story = march.filed().get(0).storyId().orElseThrow();
      String alone = undated.filed().get(0).storyId().orElseThrow();
      String article = undated.filed().get(0).articleId().orElseThrow();
      assertThat(alone).isNotEqualTo(story);
      // a story of undated articles alone has the days they were filed on
      LocalDate filed = store.story(alone).orElseThrow().first().orElseThrow();
      assertThat(filed).isAfter(LocalDate.of(2026, 3, 10));
      // moved into a dated story, the undated article does not stretch its days to its filing day
      store.move(article, Optional.of(story));
      assertThat(store.story(story).orElseThrow().first()).contains(LocalDate.of(2026, 3, 10));
      assertThat(store.story(story).orElseThrow().last()).contains(LocalDate.of(2026, 3, 10));
      // dated, it counts
      store.date(article, LocalDate.of(2026, 3, 12));
      assertThat(store.story(story).orElseThrow().last()).contains(LocalDate.of(2026, 3, 12));
    }
    try (Store reader = Store.openReadOnly(dir, Pipeline::analyse)) {
      assertThat(reader.stories(dev.parallax.store.StoryFilter.all()))
          .filteredOn(st -> st.articles() == 2)
          .singleElement()
          .satisfies(
              st -> {
                assertThat(st.first()).contains(LocalDate.of(2026, 3, 10));
                assertThat(st.last()).contains(LocalDate.of(2026, 3, 12));
              });
    }
  }

  @Test
  void aUserDatesAnArticleAndItsTimesAreResolvedAgainstThatDate() throws Exception {
    String text =
        "Ferry service cut after storm\n\n"
            + "The harbor authority cut ferry service across the bay on Monday after the storm."
            + " Crews began inspecting the piers on Tuesday.";
    String article;
    String story;
    try (LuceneStore store = (LuceneStore) Store.open(dir, Pipeline::analyse)) {
      // read with a wrong date (say, the page's "updated" line): its days follow that date
      IngestResult r =
          store.ingest(
              List.of(new SourceText(ArticleMeta.of("cut.txt"), text)),
              IngestOptions.defaults().withPublished(Optional.of(LocalDate.of(2026, 5, 20))),
              IngestProgress.NONE);
      article = r.filed().get(0).articleId().orElseThrow();
      story = r.filed().get(0).storyId().orElseThrow();
      assertThat(store.report(story).orElseThrow().timeline())
          .extracting(t -> t.date())
          .contains("2026-05-18");
      Correction c = store.date(article, LocalDate.of(2026, 3, 11));
      assertThat(c.kind()).isEqualTo(Correction.Kind.DATE);
      assertThat(c.into()).isEqualTo(story);
      assertThat(c.describe()).startsWith("dated " + article + " (story " + story + ") 2026-03-11");
      assertThat(store.articles(story).get(0).input().published())
          .contains(LocalDate.of(2026, 3, 11));
      assertThat(store.report(story).orElseThrow().timeline())
          .extracting(t -> t.date())
          .contains("2026-03-09", "2026-03-10")
          .doesNotContain("2026-05-18");
      assertThat(store.story(story).orElseThrow().first()).contains(LocalDate.of(2026, 3, 11));
      assertThat(store.story(story).orElseThrow().last()).contains(LocalDate.of(2026, 3, 11));
      assertThatThrownBy(() -> store.date(article, LocalDate.of(2026, 3, 11)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already dated 2026-03-11");
      assertThatThrownBy(() -> store.date("a0000", LocalDate.of(2026, 3, 11)))
          .isInstanceOf(NoSuchElementException.class);
      // the grouper counts the story at its new date: a report of the next day joins it, where
      // the story's old date (two months on) was outside the window a story takes articles in
      IngestResult next =
          store.ingest(
              List.of(
                  new SourceText(
                      ArticleMeta.of("inspected.txt"),
                      "Ferry service cut after storm, piers inspected\n\n"
                          + "The harbor authority kept ferry service across the bay cut on"
                          + " Thursday after the storm while crews inspected the piers.")),
              IngestOptions.defaults().withPublished(Optional.of(LocalDate.of(2026, 3, 12))),
              IngestProgress.NONE);
      assertThat(next.filed().get(0).storyId()).contains(story);
    }
    // recorded for good: the date and the correction outlive the process
    try (Store reader = Store.openReadOnly(dir, Pipeline::analyse)) {
      assertThat(reader.articles(story).get(0).input().published())
          .contains(LocalDate.of(2026, 3, 11));
      assertThat(reader.explain(story).orElseThrow().corrections())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.kind()).isEqualTo(Correction.Kind.DATE);
                assertThat(c.article()).contains(article);
                assertThat(c.published()).contains(LocalDate.of(2026, 3, 11));
              });
      assertThatThrownBy(() -> reader.date(article, LocalDate.of(2026, 3, 12)))
          .isInstanceOf(IllegalStateException.class);
    }
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
