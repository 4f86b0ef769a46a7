package dev.parallax.store;

import dev.parallax.story.Match;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why each article of a stored story is in it ({@link Store#explain}): for each article, in arrival
 * order, the steps that brought it there — how it was filed (the score and its parts, and the
 * runner-up story), then any move or merge by the grouper at the end of a batch or by a user — and
 * the users' corrections that touched the story.
 *
 * @param storyId the story explained (an id merged into another is explained as that other)
 * @param articles its articles in arrival order, copies included
 * @param corrections the users' corrections naming the story or one of its articles, oldest first
 */
public record StoryExplanation(
    String storyId, List<ArticleExplanation> articles, List<Correction> corrections) {
  public StoryExplanation {
    Objects.requireNonNull(storyId, "storyId");
    articles = List.copyOf(articles);
    corrections = List.copyOf(corrections);
  }

  /**
   * One article and how it came to be in the story.
   *
   * @param title its cleaned title, or the start of its text when it has none
   * @param steps what placed it, oldest first: how it was filed, then moves and merges
   */
  public record ArticleExplanation(
      String id, String source, Optional<String> outlet, String title, List<Step> steps) {
    public ArticleExplanation {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(title, "title");
      steps = List.copyOf(steps);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("an article has at least one step (its filing)");
      }
    }

    /** How it was filed: its first step. */
    public Step filing() {
      return steps.get(0);
    }
  }

  /** What a step did. */
  public enum Kind {
    /** Filed into the best-scoring story, at or above the join threshold. */
    JOINED,
    /** Filed as the start of a new story: no story scored at or above the join threshold. */
    STARTED,
    /** The same text under another outlet: filed with the article it copies, not scored. */
    COPIED,
    /** Moved by the grouper at the end of a batch to the story its neighbours are in. */
    MOVED_BY_GROUPER,
    /** Its story was merged into another by the grouper at the end of a batch. */
    MERGED_BY_GROUPER,
    /** Moved by a user. */
    MOVED_BY_USER,
    /** Its story was merged into another by a user. */
    MERGED_BY_USER,
    /** Stored by a Parallax that did not record why (the store is older than explanations). */
    NOT_RECORDED;

    /** Its name in JSON and in the store: lower case with hyphens. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Kind of(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /**
   * One step of an article's way into its story.
   *
   * @param storyId the story it was in after the step
   * @param from the story it left (moves and merges)
   * @param why the score of the story it went to, with its parts (filing and grouper's moves and
   *     merges)
   * @param runnerUp the best other story at filing and its score; empty when no other story was a
   *     candidate (none within the window shared one of the article's most distinctive words)
   * @param join the join threshold the grouper used, when recorded (filing)
   * @param copyOf the article a copy copies
   * @param at when a user made the correction (ISO-8601 instant)
   */
  public record Step(
      Kind kind,
      String storyId,
      Optional<String> from,
      Optional<Match> why,
      Optional<Match> runnerUp,
      Optional<Double> join,
      Optional<String> copyOf,
      Optional<String> at) {
    public Step {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(why, "why");
      Objects.requireNonNull(runnerUp, "runnerUp");
      Objects.requireNonNull(join, "join");
      Objects.requireNonNull(copyOf, "copyOf");
      Objects.requireNonNull(at, "at");
    }

    /** A step that only says where the article went, and from where. */
    public static Step of(Kind kind, String storyId, Optional<String> from) {
      return new Step(
          kind,
          storyId,
          from,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }

    /** The step in one sentence, as the command line and the story page show it. */
    public String describe() {
      return describe(Optional.empty());
    }

    /**
     * {@link #describe()} for the article the step placed: a straggler's evidence then says whether
     * it is that article's own.
     */
    public String describe(String article) {
      return describe(Optional.of(article));
    }

    private String describe(Optional<String> article) {
      String fromId = from.orElse("?");
      String runner =
          runnerUp
              .map(r -> "; runner-up " + r.storyId() + " at " + score(r.score()))
              .orElse("; no other candidate story");
      return switch (kind) {
        case JOINED ->
            "joined "
                + storyId
                + why.map(m -> " with score " + score(m.score()) + " (" + parts(m) + ")").orElse("")
                + join.map(j -> ", join threshold " + score(j)).orElse("")
                + runner;
        case STARTED ->
            "started "
                + storyId
                + runnerUp
                    .map(
                        r ->
                            ": the best other story, "
                                + r.storyId()
                                + ", scored "
                                + score(r.score())
                                + " ("
                                + parts(r)
                                + ")"
                                + join.map(j -> ", below the join threshold " + score(j))
                                    .orElse(""))
                    .orElse(": no other candidate story");
        case COPIED ->
            "a copy of " + copyOf.orElse("another article") + " (same text), filed with it";
        case MOVED_BY_GROUPER ->
            "moved from "
                + fromId
                + " to "
                + storyId
                + " at the end of a batch"
                + why.map(m -> ", scoring " + score(m.score()) + " (" + parts(m) + ")").orElse("")
                + straggler(article);
        case MERGED_BY_GROUPER ->
            "its story "
                + fromId
                + " was merged into "
                + storyId
                + " by the grouper"
                + why.map(m -> ", the two scoring " + score(m.score()) + " (" + parts(m) + ")")
                    .orElse("")
                + straggler(article);
        case MOVED_BY_USER ->
            "moved by a user from "
                + fromId
                + " to "
                + storyId
                + at.map(t -> " at " + t).orElse("");
        case MERGED_BY_USER ->
            "its story "
                + fromId
                + " was merged into "
                + storyId
                + " by a user"
                + at.map(t -> " at " + t).orElse("");
        case NOT_RECORDED -> "filed into " + storyId + " before explanations were recorded";
      };
    }

    /**
     * Why a grouper's move or merge went ahead though its average score may be below the cut: a
     * lone article's best match stood out ({@link Match.Straggler}); empty when it did not decide
     * it.
     */
    private String straggler(Optional<String> article) {
      return why.flatMap(Match::straggler)
          .map(
              s ->
                  "; the cut left "
                      + (s.article().isPresent() && s.article().equals(article)
                          ? "it"
                          : s.article().map(a -> "article " + a).orElse("one article"))
                      + " alone, and it joined this story's articles as it matches "
                      + s.closest().map(c -> "article " + c).orElse("articles of the story")
                      + " at "
                      + score(s.score())
                      + ", "
                      + score(s.score() - s.outside())
                      + " above its best match outside the story ("
                      + score(s.outside())
                      + "; at least "
                      + score(s.margin())
                      + " needed)")
          .orElse("");
    }

    /** A match's parts in words. */
    public static String parts(Match m) {
      StringBuilder b =
          new StringBuilder()
              .append("embedding ")
              .append(score(m.embedding()))
              .append(", words ")
              .append(score(m.words()))
              .append(", names ")
              .append(score(m.names()))
              .append(", numbers ")
              .append(score(m.numbers()));
      if (m.otherDay()) {
        b.append(", events dated two or more days apart");
      }
      if (!m.sharedNames().isEmpty()) {
        b.append("; shared names: ").append(String.join(", ", m.sharedNames()));
      }
      if (!m.sharedNumbers().isEmpty()) {
        b.append("; shared numbers: ").append(String.join(", ", m.sharedNumbers()));
      }
      return b.toString();
    }

    private static String score(double x) {
      return String.format(Locale.ROOT, "%.3f", x);
    }
  }
}
