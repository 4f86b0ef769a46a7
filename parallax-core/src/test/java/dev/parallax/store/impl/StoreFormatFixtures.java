package dev.parallax.store.impl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StorySummary;
import dev.parallax.story.StoryMergeTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the files in {@code src/test/resources/store-format} were written from, and how a store is
 * read for comparison: {@link StoreFormatTest} reads them with the current code. The program that
 * wrote them ({@code StoreFormatCapture.main}, with the store code before the split) is in the
 * commit that added them.
 */
final class StoreFormatFixtures {
  private StoreFormatFixtures() {}

  static final LocalDate DAY = StoryMergeTest.DAY;

  static SourceText text(String source, String outlet, String title, String body, LocalDate day) {
    return new SourceText(
        ArticleMeta.of(source)
            .withUrl(Optional.of("https://example.org/" + source))
            .withOutlet(Optional.ofNullable(outlet))
            .withPublished(Optional.of(day))
            .withAuthor(Optional.of("Desk")),
        title + "\n\n" + body);
  }

  static final List<List<SourceText>> BATCHES =
      List.of(
          List.of(
              text(
                  "first.txt",
                  "Harbour Post",
                  "alpha: crossings halted at Portmere",
                  "Dockers at Portmere stopped work on Monday, said Ansel Kell of the dockers' union.",
                  DAY)),
          List.of(
              text(
                  "second.txt",
                  "Halvik Courier",
                  "beta: walkout strands travellers",
                  "Travellers waited for hours at Halvik as ferries stayed in port, Orsa Lindqvist said.",
                  DAY),
              text(
                  "wire.txt",
                  "Wire Daily",
                  "alpha: crossings halted at Portmere",
                  "Dockers at Portmere stopped work on Monday, said Ansel Kell of the dockers' union.",
                  DAY)),
          List.of(
              text(
                  "third.txt",
                  "Coastal Courier",
                  "gamma: ferry strike spreads from Portmere to Halvik",
                  "The strike by Portmere dockers led by Ansel Kell left ferries idle at Halvik, where Orsa Lindqvist "
                      + "said travellers waited for hours.",
                  DAY.plusDays(1)),
              text(
                  "museum.txt",
                  "Valley Herald",
                  "Museum reopens west wing",
                  "The Orrin Valley museum reopened its west wing on Monday after a two-year restoration, curator Mira Holt said.",
                  DAY.plusDays(9))));

  static final SourceText LATE =
      text(
          "late.txt",
          "Harbour Post",
          "alpha: Portmere dockers return",
          "Dockers at Portmere stayed off work for a second day, Ansel Kell of the dockers' union said.",
          DAY.plusDays(2));

  static String dump(LuceneStore s) {
    StringBuilder b = new StringBuilder();
    b.append("counts ").append(s.counts()).append('\n');
    for (StorySummary st : s.stories(StoryFilter.all())) {
      b.append("story ").append(st).append('\n');
      for (StoredArticle a : s.articles(st.id())) {
        SourceText in = a.input();
        b.append("  article ")
            .append(a.id())
            .append(' ')
            .append(a.storyId())
            .append(' ')
            .append(a.copyOf())
            .append(" source=")
            .append(in.source())
            .append(" outlet=")
            .append(in.outlet())
            .append(" title=")
            .append(in.title())
            .append(" url=")
            .append(in.url())
            .append(" published=")
            .append(in.published())
            .append(" author=")
            .append(in.author())
            .append(" removed=")
            .append(in.removed())
            .append(" text=")
            .append(in.text().replace("\n", "|"))
            .append('\n');
      }
    }
    b.append("story S2 ").append(s.story("S2")).append('\n');
    for (String q : List.of("Portmere", "museum", "\"ferries stayed\"", "title:strike")) {
      for (SearchHit h : s.search(SearchQuery.of(q))) {
        b.append("search ")
            .append(q)
            .append(' ')
            .append(h.kind())
            .append(' ')
            .append(h.id())
            .append(' ')
            .append(h.storyId())
            .append(' ')
            .append(h.title())
            .append(' ')
            .append(h.outlet())
            .append(' ')
            .append(h.published())
            .append(' ')
            .append(h.snippet())
            .append(' ')
            .append(h.highlights())
            .append('\n');
      }
    }
    for (String e : List.of("ansel-kell", "portmere", "nobody")) {
      // printed as the earlier EntityView printed itself: aliases and type came later, and a
      // store without computed reports has none
      Optional<String> v =
          s.entity(e)
              .map(
                  x -> {
                    assertThat(x.aliases()).isEmpty();
                    assertThat(x.type()).isEmpty();
                    return "EntityView[id=%s, name=%s, articles=%d, stories=%s]"
                        .formatted(x.id(), x.name(), x.articles(), x.stories());
                  });
      b.append("entity ").append(e).append(' ').append(v).append('\n');
    }
    return b.toString();
  }
}
