package dev.parallax.store;

import dev.parallax.clean.Cleaner;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.story.StoryGrouper;
import java.util.List;

/**
 * The analysis a store runs on what it holds, given by whoever opens it (the command line and the
 * server pass {@code Pipeline::analyse}), so that the store does not depend on the pipeline: a
 * story's report when it is asked for ({@link #analyse}), cleaning as texts are ingested ({@link
 * #clean}) and the grouper that files them into stories ({@link #grouper}). Called from any thread.
 */
@FunctionalInterface
public interface StoryAnalysis {
  /**
   * The report of one story.
   *
   * @param articles its independent articles as read, in arrival order (copies left out)
   * @param notes diagnostics the store adds to the report's own (one {@code copy} per copy left
   *     out)
   */
  Report analyse(List<SourceText> articles, List<Diagnostic> notes);

  /**
   * Cleans one text as it is ingested, alone: cleaning a batch together would make an article's
   * stored text, and so its identity, depend on its batch. A text this throws on is skipped with an
   * {@code analysis-failed} diagnostic and the rest of its batch is filed. The texts of a batch are
   * cleaned on several threads at once, so an override must be thread-safe. {@link Cleaner#clean}
   * unless overridden.
   */
  default CleanDocument clean(SourceText text) {
    return Cleaner.clean(text);
  }

  /**
   * A new story grouper, which the store restores to its saved state and files articles with;
   * {@link StoryGrouper#create} (the default settings) unless overridden.
   */
  default StoryGrouper grouper() {
    return StoryGrouper.create();
  }
}
