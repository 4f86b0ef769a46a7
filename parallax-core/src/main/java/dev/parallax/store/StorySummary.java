package dev.parallax.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story as listed.
 *
 * @param title the title of its first article
 * @param first date of its earliest article, if any is dated
 * @param last date of its latest article
 * @param articles stored articles, copies included
 * @param copies how many of them are copies of another article
 * @param outlets distinct outlets of its independent articles, in order of arrival
 * @param names its most distinctive names (from titles and leads), most frequent first
 * @param revision how many users' corrections (merges, moves) changed it: with the article count,
 *     copies and last date, what tells a rendering of the story made before a change from one made
 *     after, in any process
 * @param undated none of its articles has a date: {@code first} and {@code last} are the days they
 *     were filed on
 */
public record StorySummary(
    String id,
    String title,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    int articles,
    int copies,
    List<String> outlets,
    List<String> names,
    int revision,
    boolean undated) {
  public StorySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    outlets = List.copyOf(outlets);
    names = List.copyOf(names);
  }
}
