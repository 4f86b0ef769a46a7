package dev.parallax.story;

import java.util.List;
import java.util.Objects;

/**
 * A batch filed: each article's filing in order, then what its end changed: articles moved (in
 * order) and stories merged (in order; a merged story's remaining articles are moved first).
 */
public record Batch(List<Filing> filings, List<Moved> moves, List<Merge> merges) {
  public Batch {
    filings = List.copyOf(filings);
    moves = List.copyOf(moves);
    merges = List.copyOf(merges);
  }

  /** Where the i-th article of the batch is now. */
  public String storyOf(int i, String key) {
    String at = filings.get(i).storyId();
    for (Moved m : moves) {
      if (m.key().equals(key) && m.from().equals(at)) {
        at = m.to();
      }
    }
    return follow(at);
  }

  /** Where a story id ended up after the batch's merges. */
  public String follow(String storyId) {
    String at = storyId;
    for (Merge m : merges) {
      if (m.gone().equals(at)) {
        at = m.into();
      }
    }
    return at;
  }

  /**
   * Two stories found at the end of a batch to be one event: {@code gone}'s articles are now {@code
   * into}'s (the older of the two), {@code why} scores the pair.
   */
  public record Merge(String gone, String into, Match why) {
    public Merge {
      Objects.requireNonNull(gone, "gone");
      Objects.requireNonNull(into, "into");
      Objects.requireNonNull(why, "why");
    }
  }

  /**
   * An article the end of a batch moved to the story its neighbours are in, and why: {@code why}
   * scores it against the other articles the batch's end put in that story.
   */
  public record Moved(String key, String from, String to, Match why) {
    public Moved {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(why, "why");
    }
  }
}
