package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.EntityType;
import dev.parallax.model.SourceText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity pages and {@code --entity} filters over a real store: a story's resolved entities (written
 * when its report is computed) find it by any alias, an acronym its text never writes and a
 * surname; before its report only the capitalised words of titles and leads do.
 */
class StoreEntityTest {
  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  private static SourceText text(String source, String outlet, LocalDate day, String body) {
    return new SourceText(
        ArticleMeta.of(source).withOutlet(Optional.of(outlet)).withPublished(Optional.of(day)),
        body);
  }

  /** Two outlets on one fire; the firm and the former president are named only past the lead. */
  static List<SourceText> fire() {
    return List.of(
        text(
            "post.txt",
            "Harbour Post",
            DAY,
            """
            Fire closes county data centre

            A fire in the county's data centre closed its offices on Monday, officials said.

            The blaze started in a battery room, and crews had it out within an hour.

            Nobody was hurt, the fire service said.

            The building was designed by EYP Mission Critical Facilities Inc., a firm based in \
            Albany, according to county records.

            Former president Barack Obama toured the building when it opened in 2012.
            """),
        text(
            "courier.txt",
            "Coastal Courier",
            DAY,
            """
            Battery fire shuts county data centre

            County offices stayed closed on Monday after a fire in the data centre's battery \
            room, officials said.

            Crews put the fire out in under an hour and nobody was injured.

            The county will inspect the other battery rooms this week.

            EYP Mission Critical Facilities Inc. designed the centre, county records show.

            Barack Obama visited it in 2012, and Obama praised its design at the time.
            """));
  }

  private static StoryFilter naming(String name) {
    return new StoryFilter(Optional.empty(), Optional.of(name), Optional.empty(), 0, 100);
  }

  private static List<String> ids(List<StorySummary> stories) {
    return stories.stream().map(StorySummary::id).toList();
  }

  @Test
  void aStoryIsFoundByItsResolvedEntitiesOnceItsReportIsComputed() throws Exception {
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      IngestResult r = store.ingest(fire(), IngestOptions.defaults(), IngestProgress.NONE);
      String story = r.filed().get(0).storyId().orElseThrow();
      assertThat(r.filed().get(1).storyId()).hasValue(story);

      // before its report: only the capitalised words of titles and leads
      assertThat(store.stories(naming("EYP MCF"))).isEmpty();
      assertThat(store.stories(naming("Obama"))).isEmpty();
      assertThat(store.entity("Obama")).isEmpty();
      assertThat(ids(store.stories(naming("County")))).containsExactly(story);

      assertThat(store.report(story)).isPresent();

      // an acronym the text never writes, a surname, the full name, an alias
      assertThat(ids(store.stories(naming("EYP MCF")))).containsExactly(story);
      assertThat(ids(store.stories(naming("Obama")))).containsExactly(story);
      assertThat(ids(store.stories(naming("barack-obama")))).containsExactly(story);
      assertThat(ids(store.stories(naming("EYP Mission Critical Facilities"))))
          .containsExactly(story);
      assertThat(store.stories(naming("Michelle Obama"))).isEmpty();

      EntityView obama = store.entity("Obama").orElseThrow();
      assertThat(obama.id()).isEqualTo("obama");
      assertThat(obama.name()).isEqualTo("Barack Obama");
      assertThat(obama.type()).hasValue(EntityType.PERSON);
      assertThat(obama.aliases()).containsExactly("Obama");
      assertThat(obama.articles()).isEqualTo(2);
      assertThat(ids(obama.stories())).containsExactly(story);

      EntityView firm = store.entity("eyp-mcf").orElseThrow();
      assertThat(firm.name()).startsWith("EYP Mission Critical Facilities");
      assertThat(firm.type()).hasValue(EntityType.ORGANIZATION);
      assertThat(ids(firm.stories())).containsExactly(story);

      List<SearchHit> hits =
          store.search(
              new SearchQuery(
                  "battery",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of("EYP MCF"),
                  20));
      assertThat(hits).extracting(SearchHit::kind).contains(SearchHit.Kind.ARTICLE);
    }
    // kept in the store: another process reading it finds the same
    try (Store reader = Store.openReadOnly(dir, Pipeline::analyse)) {
      assertThat(reader.stories(naming("EYP MCF"))).hasSize(1);
      assertThat(reader.entity("Obama").orElseThrow().aliases()).containsExactly("Obama");
    }
  }

  @Test
  void anEntityPageListsItsStoriesNewestFirst() throws Exception {
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      String fire =
          store
              .ingest(fire(), IngestOptions.defaults(), IngestProgress.NONE)
              .filed()
              .get(0)
              .storyId()
              .orElseThrow();
      store.report(fire);
      SourceText later =
          text(
              "library.txt",
              "Valley Herald",
              DAY.plusDays(20),
              """
              Obama opens lakeside library

              Barack Obama opened a lakeside library on Sunday, the foundation said.

              The library holds letters and photographs from his two terms.
              """);
      String library =
          store
              .ingest(List.of(later), IngestOptions.defaults(), IngestProgress.NONE)
              .filed()
              .get(0)
              .storyId()
              .orElseThrow();
      assertThat(library).isNotEqualTo(fire);
      // the later story has no report yet: its title's names find it
      assertThat(ids(store.entity("Obama").orElseThrow().stories())).containsExactly(library, fire);
      // every story naming it is counted, and all are listed, so the page links to no more
      assertThat(store.entity("Obama").orElseThrow().storyCount()).isEqualTo(2);
      assertThat(store.entity("Obama").orElseThrow().more()).isFalse();
      assertThat(ids(store.stories(naming("Obama")))).containsExactly(library, fire);
    }
  }
}
