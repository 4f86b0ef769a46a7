package dev.parallax.report;

import dev.parallax.model.DiffOp;
import dev.parallax.model.Discrepancy;
import dev.parallax.model.EntityType;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Removal;
import dev.parallax.model.Report;
import dev.parallax.model.TimelineEntry;
import java.util.List;
import java.util.Locale;

/**
 * What a human-readable report shows, read once off a {@link Report}: the sections in the order
 * they are shown, as strings, numbers and lists ready for a template. The text, Markdown and HTML
 * formats and the server's story page all render this one view; none of them reads the report
 * itself. Absent values are empty strings; every value is untrusted text that a template must
 * escape for its format. Immutable.
 *
 * @param title the first article's title, else "Comparison of N articles"
 * @param articles the articles in input order, with their sentences and removed parts
 * @param entityCount how many entities the report has
 * @param factCount how many facts, shared and single-source
 * @param brief the neutral brief, every sentence with its citations
 * @param coverage the coverage matrix: facts several articles report × articles
 * @param singleSourceFacts how many facts one article only reports
 * @param onlyHere per article with single-source facts, the sentences stating them
 * @param discrepancies numbers that disagree
 * @param entities the entities by type (types without any left out)
 * @param speakers quotations by speaker, speakers in order of first quote, the unattributed last
 * @param otherAttributions attributions that are no statements ({@code Attribution#statement}): in
 *     the JSON report, not listed under who said what
 * @param unattributedFragments quoted words no speaker is found for, of four words or fewer or
 *     without a verb (a nickname, a title, a scare-quoted term): in the JSON report, not listed
 * @param quoteGroups quotations several outlets carry, each version diffed against the longest
 * @param timeline the dated events in order
 * @param framing per article, the loaded words in its own voice
 * @param wordings per shared fact, how each article put it
 * @param diagnostics one line per diagnostic
 */
public record ReportView(
    String title,
    List<ArticleView> articles,
    int entityCount,
    int factCount,
    List<BriefLine> brief,
    List<FactRow> coverage,
    int singleSourceFacts,
    List<OnlyHere> onlyHere,
    List<Discrepancy> discrepancies,
    List<EntityGroup> entities,
    List<SpeakerView> speakers,
    int otherAttributions,
    int unattributedFragments,
    List<QuoteGroupView> quoteGroups,
    List<TimelineRow> timeline,
    List<FramingRow> framing,
    List<WordingView> wordings,
    List<String> diagnostics) {

  public ReportView {
    articles = List.copyOf(articles);
    brief = List.copyOf(brief);
    coverage = List.copyOf(coverage);
    onlyHere = List.copyOf(onlyHere);
    discrepancies = List.copyOf(discrepancies);
    entities = List.copyOf(entities);
    speakers = List.copyOf(speakers);
    quoteGroups = List.copyOf(quoteGroups);
    timeline = List.copyOf(timeline);
    framing = List.copyOf(framing);
    wordings = List.copyOf(wordings);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The view of {@code report}. */
  public static ReportView of(Report report) {
    return new ViewBuilder(report).build();
  }

  /**
   * Why the brief is empty, as a reader needs it; empty when there is a brief. The brief states
   * only whole, neutral sentences of the articles, so an empty one means no sentence qualified.
   */
  public String briefMissing() {
    if (!brief.isEmpty()) {
      return "";
    }
    if (articles.stream().mapToInt(ArticleView::bodySentences).sum() == 0) {
      return "No brief: the articles have no body text.";
    }
    return "No brief: no sentence of the articles can be stated whole and neutrally (each is cut"
        + " off, a headline, too short or without a verb, a quotation with no named speaker, or"
        + " holds a loaded word that a cut-off or headline wording of the same fact avoids).";
  }

  /**
   * An article: {@code outlet}, {@code title}, {@code url}, {@code author} and {@code published}
   * are empty when not known; {@code displayName} is the outlet, else the source; {@code
   * titleInText} when the text's first paragraph is the title itself (a first line that may be the
   * headline or the story's first sentence, kept as both); {@code opinion} what labels it an
   * opinion piece ({@link dev.parallax.framing.OpinionLabel}), empty when nothing does.
   */
  public record ArticleView(
      String id,
      String source,
      String outlet,
      String displayName,
      String title,
      boolean titleInText,
      String opinion,
      String url,
      String author,
      String published,
      int bodySentences,
      List<SentenceView> sentences,
      List<Removal> removed) {
    public ArticleView {
      sentences = List.copyOf(sentences);
      removed = List.copyOf(removed);
    }
  }

  /**
   * A sentence of an article: {@code kind} is empty for body text, else {@code heading} or {@code
   * caption}; {@code paragraphStart} when it opens a paragraph of the cleaned text.
   */
  public record SentenceView(String id, String kind, String text, boolean paragraphStart) {}

  /**
   * A sentence of the brief, the sentences it cites and how many of the {@code of} articles support
   * it.
   */
  public record BriefLine(String text, List<String> cites, int support, int of) {
    public BriefLine {
      cites = List.copyOf(cites);
    }
  }

  /** A row of the coverage matrix: a fact several articles report and one cell per article. */
  public record FactRow(
      String id, String label, List<String> sentences, int support, List<Cell> cells) {
    public FactRow {
      sentences = List.copyOf(sentences);
      cells = List.copyOf(cells);
    }
  }

  /**
   * A cell of the coverage matrix; {@code sentence} is the article's sentence stating the fact, if
   * it reports it.
   */
  public record Cell(String article, Coverage state, String sentence) {}

  /** An article's single-source facts, as the sentences stating them. */
  public record OnlyHere(String article, String outlet, List<SentenceRef> sentences) {
    public OnlyHere {
      sentences = List.copyOf(sentences);
    }
  }

  /** A sentence by id. */
  public record SentenceRef(String id, String text) {}

  /** The entities of one type. */
  public record EntityGroup(EntityType type, List<EntityRow> entities) {
    public EntityGroup {
      entities = List.copyOf(entities);
    }

    /** "Person", "Organization"... */
    public String singular() {
      return type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** "People", "Organisations"... */
    public String plural() {
      return switch (type) {
        case PERSON -> "People";
        case ORGANIZATION -> "Organisations";
        case PLACE -> "Places";
        default -> "Other";
      };
    }
  }

  /** An entity; {@code mentionedIn} has one entry per article, in article order. */
  public record EntityRow(
      String name, List<String> aliases, List<Boolean> mentionedIn, int mentions) {
    public EntityRow {
      aliases = List.copyOf(aliases);
      mentionedIn = List.copyOf(mentionedIn);
    }
  }

  /**
   * A speaker's quotations and the reported speech attributed to them; {@code name} is "Speaker not
   * known" for the quotations without a speaker and the reported speech whose source names no one
   * the story knows.
   */
  public record SpeakerView(
      String name, List<QuoteLine> quotes, List<ReportedLine> reported, List<ClaimView> claims) {
    public SpeakerView {
      quotes = List.copyOf(quotes);
      reported = List.copyOf(reported);
      claims = List.copyOf(claims);
    }
  }

  /**
   * One claim of a speaker as several outlets carry it: the speaker's attributions (quoted,
   * reported or mixed) whose sentences state the same fact, from at least two articles, side by
   * side; at least one of them reported speech (a quotation carried alone by every outlet is a
   * quote group). {@code fact} is the fact's id; its label is not shown, since it may be another
   * source's wording of the fact.
   */
  public record ClaimView(String fact, List<ReportedLine> versions) {
    public ClaimView {
      versions = List.copyOf(versions);
    }
  }

  /**
   * Reported speech (an attribution of kind {@code indirect} or {@code mixed}): {@code sentence} is
   * the first sentence it lies in; {@code source} the source's words as written when they were not
   * resolved to a story entity ("officials"), else empty; {@code cue} the attribution words; {@code
   * content} what is attributed, in the writer's words.
   */
  public record ReportedLine(
      String id,
      String article,
      String outlet,
      String sentence,
      String kind,
      String source,
      String cue,
      String content) {}

  /**
   * A quotation: {@code outlet} is its article's display name; {@code how} the verb it was
   * attributed with when {@code attributed}, else why no speaker was found.
   */
  public record QuoteLine(
      String id,
      String article,
      String outlet,
      String sentence,
      String text,
      boolean fragment,
      boolean attributed,
      String how) {}

  /**
   * A quotation several outlets carry: {@code speaker} is empty when not known; {@code reference}
   * is the longest version, which every one of {@code versions} is diffed against ("A1 Outlet" in
   * the outlets).
   */
  public record QuoteGroupView(
      String id,
      String speaker,
      String variance,
      List<String> quotes,
      String referenceOutlet,
      String reference,
      List<VersionView> versions) {
    public QuoteGroupView {
      quotes = List.copyOf(quotes);
      versions = List.copyOf(versions);
    }
  }

  /** A version of a quotation and the word-level diff from the longest one to it. */
  public record VersionView(String outlet, String variance, List<DiffOp> ops) {
    public VersionView {
      ops = List.copyOf(ops);
    }
  }

  /**
   * An event of the timeline; {@code until} is empty unless it is a range. {@code conflict}: the
   * articles date it differently, each date with its sentences in {@code dates} (the row's own
   * first).
   */
  public record TimelineRow(
      String date,
      String until,
      String expression,
      String label,
      boolean storyDay,
      String sentence,
      List<String> sentences,
      boolean conflict,
      List<TimelineEntry.Dating> dates) {
    public TimelineRow {
      sentences = List.copyOf(sentences);
      dates = List.copyOf(dates);
    }

    /** The dates other than the row's own, when the articles disagree. */
    public List<TimelineEntry.Dating> otherDates() {
      return dates.size() <= 1 ? List.of() : dates.subList(1, dates.size());
    }
  }

  /**
   * An article's loaded words and score, with the 90% interval of the score and where the score and
   * its interval fall on a chart shared by the story's articles ({@code 0..100}, the story's
   * highest interval end at 100); {@code opinion} what labels the article an opinion piece, empty
   * when nothing does (its score then measures a writer's argued view, not a report's wording).
   */
  public record FramingRow(
      String article,
      String outlet,
      String opinion,
      double score,
      double scoreLow,
      double scoreHigh,
      int ownWords,
      List<LoadedTerm> terms,
      List<dev.parallax.model.LoadedSentence> sentences,
      double scoreAt,
      double lowAt,
      double highAt) {
    public FramingRow {
      terms = List.copyOf(terms);
      sentences = List.copyOf(sentences);
    }

    /** How many terms the score rests on. */
    public int restsOn() {
      return terms.size();
    }
  }

  /** A shared fact as each article put it; {@code label} is the fact's. */
  public record WordingView(String fact, String label, List<WordingVersion> versions) {
    public WordingView {
      versions = List.copyOf(versions);
    }
  }

  /**
   * An article's wording of a fact: the words only it used for the fact, and the loaded words of
   * its framing that stand in these sentences.
   */
  public record WordingVersion(
      String article,
      String outlet,
      List<String> sentences,
      String text,
      List<String> onlyHere,
      List<LoadedTerm> loaded) {
    public WordingVersion {
      sentences = List.copyOf(sentences);
      onlyHere = List.copyOf(onlyHere);
      loaded = List.copyOf(loaded);
    }
  }
}
