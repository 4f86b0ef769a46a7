package dev.parallax.brief;

import dev.parallax.model.Article;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Fact;
import java.util.List;

/** Test helper: the brief of automatic length. */
public final class BriefWriterAccess {
  private BriefWriterAccess() {}

  public static List<BriefSentence> write(List<Article> articles, List<Fact> facts) {
    return BriefWriter.create().write(articles, facts, 0);
  }
}
