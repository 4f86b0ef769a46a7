package dev.parallax;

import dev.parallax.align.Aligner;
import dev.parallax.align.Embedder;
import dev.parallax.align.SentenceEmbedder;
import dev.parallax.story.StoryGrouper;
import java.util.Objects;

/**
 * What a library user may tune, passed in rather than read from the environment: the aligner's
 * thresholds, the story grouper's, and the sentence embedder both use. Each settings class says
 * which data chose its defaults.
 *
 * @param alignment how sentences of different articles are aligned into facts
 * @param grouping how articles are grouped into stories ({@code cluster}, {@code ingest})
 * @param embedder the sentence embedder; by default the process-wide MiniLM model, loaded on first
 *     use
 */
public record Settings(
    Aligner.Settings alignment, StoryGrouper.Settings grouping, Embedder embedder) {
  public Settings {
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(embedder, "embedder");
  }

  /** The defaults of every part, with the process-wide sentence embedder. */
  public static Settings defaults() {
    return new Settings(
        Aligner.Settings.defaults(),
        StoryGrouper.Settings.defaults(),
        texts -> SentenceEmbedder.shared().embed(texts));
  }

  public Settings withAlignment(Aligner.Settings a) {
    return new Settings(a, grouping, embedder);
  }

  public Settings withGrouping(StoryGrouper.Settings g) {
    return new Settings(alignment, g, embedder);
  }

  public Settings withEmbedder(Embedder e) {
    return new Settings(alignment, grouping, e);
  }

  /** A story grouper with these settings and this embedder. */
  public StoryGrouper grouper() {
    return StoryGrouper.with(embedder::embed, grouping);
  }

  /** An aligner with these settings and this embedder. */
  public Aligner aligner() {
    return Aligner.with(embedder, alignment);
  }
}
