package dev.parallax.store;

import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A name across the store: the stories and how many articles name it.
 *
 * @param id {@link #idOf} of the name
 * @param name the canonical name of the resolved entity it names, else the name as most often
 *     written
 * @param articles articles naming it
 * @param stories its newest stories, newest first: at most {@link #SHOWN}; the stories listing
 *     filtered by the name ({@link StoryFilter#entity}) pages through all of them
 * @param aliases the other names the resolved entities it names go by (empty when no story naming
 *     it has a computed report)
 * @param type the type of the resolved entity, when one is known
 * @param storyCount how many stories name it, listed or not
 */
public record EntityView(
    String id,
    String name,
    int articles,
    List<StorySummary> stories,
    List<String> aliases,
    Optional<EntityType> type,
    int storyCount) {
  /** Stories a view lists at most. */
  public static final int SHOWN = 100;

  public EntityView {
    Objects.requireNonNull(id, "id");
    if (storyCount < stories.size()) {
      throw new IllegalArgumentException(
          "storyCount " + storyCount + " is below the " + stories.size() + " stories listed");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    stories = List.copyOf(stories);
    aliases = List.copyOf(aliases);
  }

  /** A name no resolved entity holds: no aliases, no type. */
  public EntityView(
      String id, String name, int articles, List<StorySummary> stories, int storyCount) {
    this(id, name, articles, stories, List.of(), Optional.empty(), storyCount);
  }

  /** Whether some stories naming it are not listed here. */
  public boolean more() {
    return storyCount > stories.size();
  }

  /** The id of a name: lower case, runs of non-letters and non-digits as one hyphen. */
  public static String idOf(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
  }
}
