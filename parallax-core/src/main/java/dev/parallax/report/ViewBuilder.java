package dev.parallax.report;

import dev.parallax.framing.OpinionLabel;
import dev.parallax.internal.DataFiles;
import dev.parallax.model.Article;
import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Fact;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteDiff;
import dev.parallax.model.QuoteGroup;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.Speaker;
import dev.parallax.model.TextSpan;
import dev.parallax.model.Wording;
import dev.parallax.quote.Claims;
import dev.parallax.report.ReportView.ArticleView;
import dev.parallax.report.ReportView.BriefLine;
import dev.parallax.report.ReportView.Cell;
import dev.parallax.report.ReportView.ClaimView;
import dev.parallax.report.ReportView.EntityGroup;
import dev.parallax.report.ReportView.EntityRow;
import dev.parallax.report.ReportView.FactRow;
import dev.parallax.report.ReportView.FramingRow;
import dev.parallax.report.ReportView.OnlyHere;
import dev.parallax.report.ReportView.QuoteGroupView;
import dev.parallax.report.ReportView.QuoteLine;
import dev.parallax.report.ReportView.ReportedLine;
import dev.parallax.report.ReportView.SentenceRef;
import dev.parallax.report.ReportView.SentenceView;
import dev.parallax.report.ReportView.SpeakerView;
import dev.parallax.report.ReportView.TimelineRow;
import dev.parallax.report.ReportView.VersionView;
import dev.parallax.report.ReportView.WordingVersion;
import dev.parallax.report.ReportView.WordingView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link ReportView} off a {@link Report}, section by section. Not thread-safe; use once.
 */
final class ViewBuilder {
  private final Report report;
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, String> opinions = new HashMap<>();
  private final Map<String, Quote> quotes = new HashMap<>();

  ViewBuilder(Report report) {
    this.report = report;
    report.articles().forEach(a -> articles.put(a.id(), a));
    report.quotes().forEach(q -> quotes.put(q.id(), q));
  }

  ReportView build() {
    List<Fact> single =
        report.facts().stream().filter(f -> f.support() == 1 && !titleOnly(f)).toList();
    return new ReportView(
        title(),
        report.articles().stream().map(this::article).toList(),
        report.entities().size(),
        report.facts().size(),
        report.brief().stream()
            .map(b -> new BriefLine(b.text(), b.cites(), b.support(), articles.size()))
            .toList(),
        coverage(),
        single.size(),
        onlyHere(single),
        report.discrepancies(),
        entities(),
        speakers(),
        (int) report.attributions().stream().filter(a -> !a.statement()).count(),
        (int) report.quotes().stream().filter(ViewBuilder::unattributedFragment).count(),
        quoteGroups(),
        report.timeline().stream()
            .map(
                t ->
                    new TimelineRow(
                        t.date(),
                        t.until(),
                        t.expression(),
                        t.label(),
                        t.storyDay(),
                        t.sentence(),
                        t.sentences(),
                        t.conflict(),
                        t.dates()))
            .toList(),
        framing(),
        wordings(),
        report.diagnostics().stream().map(d -> d.line()).toList());
  }

  /** A title for a report that is not a stored story: its first article's. */
  private String title() {
    return report.articles().stream()
        .map(a -> a.title().orElseGet(() -> topHeading(a)))
        .filter(t -> !t.isBlank())
        .findFirst()
        .orElse("Comparison of " + report.articles().size() + " articles");
  }

  private ArticleView article(Article a) {
    List<SentenceView> sentences = new ArrayList<>();
    int lastEnd = 0;
    for (Sentence s : a.sentences()) {
      String gap =
          a.text()
              .substring(
                  Math.min(lastEnd, a.text().length()), Math.min(s.start(), a.text().length()));
      boolean paragraphStart = sentences.isEmpty() || gap.contains("\n");
      sentences.add(
          new SentenceView(
              s.id(),
              s.kind() == BlockKind.BODY ? "" : s.kind().label(),
              s.text(),
              paragraphStart));
      lastEnd = s.end();
    }
    return new ArticleView(
        a.id(),
        a.source(),
        a.outlet().orElse(""),
        a.displayName(),
        a.title().orElseGet(() -> topHeading(a)),
        a.titleParagraphEnd() > 0,
        opinion(a.id()),
        a.url().orElse(""),
        a.author().orElse(""),
        a.published().map(Object::toString).orElse(""),
        (int) a.sentences().stream().filter(s -> s.kind() == BlockKind.BODY).count(),
        sentences,
        a.removed());
  }

  /**
   * What an untitled article shows for its title: the heading its text opens with (a headline below
   * a dateline, "Updated: November 11, 2011" then "Navy foils pirate attack", is kept as a heading
   * of the text: taken for the title it would change what the grouper and the brief read), else
   * nothing.
   */
  private static String topHeading(Article a) {
    List<Sentence> s = a.sentences();
    return !s.isEmpty() && s.get(0).kind() == BlockKind.HEADING ? s.get(0).text() : "";
  }

  /** The display name of an article, or its id when the report does not hold it. */
  /** What labels the article an opinion piece ({@link OpinionLabel}), read once per article. */
  private String opinion(String article) {
    return opinions.computeIfAbsent(article, id -> OpinionLabel.of(articles.get(id)).orElse(""));
  }

  private String outlet(String article) {
    Article a = articles.get(article);
    return a == null ? article : a.displayName();
  }

  private List<FactRow> coverage() {
    List<FactRow> rows = new ArrayList<>();
    for (Fact f : report.facts()) {
      if (f.support() < 2) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      for (Article a : report.articles()) {
        Coverage state = Coverage.of(report, f, a);
        String sentence =
            state == Coverage.REPORTED
                ? f.sentences().stream()
                    .filter(s -> s.startsWith(a.id() + "."))
                    .findFirst()
                    .orElse("")
                : "";
        cells.add(new Cell(a.id(), state, sentence));
      }
      rows.add(new FactRow(f.id(), f.label(), f.sentences(), f.support(), cells));
    }
    return rows;
  }

  /**
   * A fact stated only by its article's first line where the cleaner kept that line as the title
   * and as body (it could not tell a headline from a first sentence): the article's lead retells
   * it, so it is no claim only that article makes, and "Only here" does not list it.
   */
  private boolean titleOnly(Fact f) {
    return !f.sentences().isEmpty()
        && f.sentences().stream()
            .allMatch(
                id -> {
                  Article a = articles.get(id.substring(0, Math.max(0, id.indexOf('.'))));
                  return a != null && report.sentence(id).map(a::inTitleParagraph).orElse(false);
                });
  }

  private List<OnlyHere> onlyHere(List<Fact> single) {
    List<OnlyHere> out = new ArrayList<>();
    for (Article a : report.articles()) {
      List<Fact> own = single.stream().filter(f -> f.articles().contains(a.id())).toList();
      if (own.isEmpty()) {
        continue;
      }
      List<SentenceRef> sentences = new ArrayList<>();
      for (Fact f : own) {
        for (String id : f.sentences()) {
          report.sentence(id).ifPresent(s -> sentences.add(new SentenceRef(s.id(), s.text())));
        }
      }
      out.add(new OnlyHere(a.id(), a.displayName(), sentences));
    }
    return out;
  }

  private List<EntityGroup> entities() {
    List<EntityGroup> out = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      List<EntityRow> rows = new ArrayList<>();
      for (Entity e : report.entities()) {
        if (e.type() == type) {
          List<Boolean> in =
              report.articles().stream().map(a -> e.articles().contains(a.id())).toList();
          rows.add(new EntityRow(e.name(), e.aliases(), in, e.mentions()));
        }
      }
      if (!rows.isEmpty()) {
        out.add(new EntityGroup(type, rows));
      }
    }
    return out;
  }

  /**
   * Quotations and reported speech by speaker name, speakers in order of first appearance; then
   * reported speech whose source is only described ("police said"), then what has no known speaker.
   */
  private List<SpeakerView> speakers() {
    Map<String, List<QuoteLine>> quoted = new LinkedHashMap<>();
    Map<String, List<ReportedLine>> reported = new LinkedHashMap<>();
    Map<String, Attribution> byId = new HashMap<>();
    report.attributions().forEach(a -> byId.put(a.id(), a));
    Map<String, List<ClaimView>> claims = new HashMap<>();
    for (Claims.Claim c : Claims.of(report)) {
      claims
          .computeIfAbsent(c.speaker().name(), k -> new ArrayList<>())
          .add(
              new ClaimView(
                  c.fact(), c.attributions().stream().map(id -> reported(byId.get(id))).toList()));
    }
    List<String> order = new ArrayList<>();
    for (Quote q : report.quotes()) {
      if (unattributedFragment(q)) {
        continue; // "godfather": a scare-quoted word no one is named for, counted below the list
      }
      String name = q.speaker().map(s -> s.name()).orElse("");
      quoted.computeIfAbsent(name, k -> new ArrayList<>()).add(line(q));
      if (!order.contains(name)) {
        order.add(name);
      }
    }
    for (Attribution a : report.attributions()) {
      String name =
          a.source()
              .map(s -> s.name())
              .orElse(a.sourceText().filter(t -> !t.text().isBlank()).isPresent() ? DESCRIBED : "");
      if (a.kind() == AttributionKind.DIRECT || !a.statement()) {
        continue; // listed above as a quotation; or what a source did or wanted, not said
      }
      reported.computeIfAbsent(name, k -> new ArrayList<>()).add(reported(a));
      if (!order.contains(name)) {
        order.add(name);
      }
    }
    if (order.remove(DESCRIBED)) {
      order.add(DESCRIBED);
    }
    if (order.remove("")) {
      order.add("");
    }
    List<SpeakerView> out = new ArrayList<>();
    for (String name : order) {
      out.add(
          new SpeakerView(
              name.isEmpty()
                  ? "Speaker not known"
                  : name.equals(DESCRIBED) ? "Sources described, not named" : name,
              quoted.getOrDefault(name, List.of()),
              reported.getOrDefault(name, List.of()),
              claims.getOrDefault(name, List.of())));
    }
    return out;
  }

  /**
   * The key of reported speech whose source the article describes without naming a person or an
   * organisation ("police said", "President Trump's lawyers insisted"): listed apart from speech no
   * source is given for.
   */
  private static final String DESCRIBED = "\u0001described";

  /** Roles whose holder speaks for someone else ("aide", "spokesman", "campaign"). */
  private static final Set<String> SPEAKS_FOR = DataFiles.words("roles.tsv", "speaks-for");

  /**
   * The source phrase names someone who speaks for the speaker it was resolved to ("A Trump aide",
   * "a spokesman for the Clinton campaign", "his aides"), not the speaker with a title before the
   * name: the line shows the phrase, so that a reader does not take the aide's words for the
   * principal's own.
   */
  static boolean speaksFor(String phrase, String speaker) {
    List<String> words =
        Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            .filter(w -> !w.isEmpty())
            .toList();
    String[] name = speaker.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    boolean endsWithName =
        !words.isEmpty()
            && name.length > 0
            && words.get(words.size() - 1).equals(name[name.length - 1]);
    for (int i = 0; i < words.size(); i++) {
      if (SPEAKS_FOR.contains(words.get(i))
          && (!endsWithName
              || words.subList(i + 1, words.size()).stream().anyMatch(FOR::contains))) {
        // "A Trump aide", "his aides", "a spokesman for Senator Ted Cruz"; not "Secretary of
        // State John Kerry", the speaker named with a title before
        return true;
      }
    }
    return false;
  }

  /** Words after a role that name whom its holder speaks for: "a spokesman for", "an aide to". */
  private static final Set<String> FOR = Set.of("for", "to");

  private static boolean according(String cue) {
    return cue.toLowerCase(Locale.ROOT).startsWith("according to");
  }

  /**
   * The source's words with the cue, in reading order: "a hospital spokesperson said", but
   * "according to the fire service", not "the fire service according to".
   */
  private static String spokenBy(String source, String cue) {
    return according(cue) ? cue + " " + source : (source + " " + cue).strip();
  }

  /** A quoted fragment no speaker was found for: a nickname, a title, a scare-quoted term. */
  private static boolean unattributedFragment(Quote q) {
    return q.fragment() && q.speaker().isEmpty();
  }

  private ReportedLine reported(Attribution a) {
    String phrase = a.sourceText().map(TextSpan::text).orElse("");
    String source = a.source().map(sp -> speaksFor(phrase, sp.name()) ? phrase : "").orElse(phrase);
    String cue = a.cue().map(TextSpan::text).orElse("");
    if (according(cue) && !source.isEmpty()) {
      cue = spokenBy(source, cue);
      source = "";
    }
    return new ReportedLine(
        a.id(),
        a.article(),
        outlet(a.article()),
        a.sentences().get(0),
        a.kind().label(),
        source,
        cue,
        a.content().text());
  }

  private QuoteLine line(Quote q) {
    boolean attributed = q.speaker().isPresent();
    String how = attributed ? q.cue() : q.speakerReason();
    if (attributed) {
      // "'...,' a Trump aide said": the aide's words listed under Trump, with who said them
      Attribution a = quotationSources().get(q.id());
      String phrase = a == null ? "" : a.sourceText().map(TextSpan::text).orElse("");
      if (a != null
          && a.source().map(Speaker::entity).equals(q.speaker().map(Speaker::entity))
          && speaksFor(phrase, q.speaker().get().name())) {
        how = spokenBy(phrase, how);
      }
    }
    return new QuoteLine(
        q.id(),
        q.article(),
        outlet(q.article()),
        q.sentence(),
        q.text(),
        q.fragment(),
        attributed,
        how);
  }

  private Map<String, Attribution> quotationSources;

  /** The attribution quoting each quotation (direct or mixed) that gives its source words. */
  private Map<String, Attribution> quotationSources() {
    if (quotationSources == null) {
      quotationSources = new HashMap<>();
      for (Attribution a : report.attributions()) {
        if (a.kind() != AttributionKind.INDIRECT && a.sourceText().isPresent()) {
          for (String id : a.quotes()) {
            quotationSources.putIfAbsent(id, a);
          }
        }
      }
    }
    return quotationSources;
  }

  private List<QuoteGroupView> quoteGroups() {
    List<QuoteGroupView> out = new ArrayList<>();
    for (QuoteGroup g : report.quoteGroups()) {
      String referenceOutlet = "";
      String reference = "";
      if (!g.diff().isEmpty()) {
        List<String> longest = g.diff().get(0).from();
        referenceOutlet = versionOutlet(longest);
        reference = versionText(longest);
      }
      List<VersionView> versions = new ArrayList<>();
      for (QuoteDiff d : g.diff()) {
        versions.add(new VersionView(versionOutlet(d.to()), d.variance().label(), d.ops()));
      }
      out.add(
          new QuoteGroupView(
              g.id(),
              g.speaker().map(s -> s.name()).orElse(""),
              g.variance().label(),
              g.quotes(),
              referenceOutlet,
              reference,
              versions));
    }
    return out;
  }

  /** The joined text of a version given by its quote ids. */
  private String versionText(List<String> ids) {
    List<String> parts = new ArrayList<>();
    for (String id : ids) {
      Quote q = quotes.get(id);
      if (q != null) {
        parts.add(q.text());
      }
    }
    return String.join(" … ", parts);
  }

  /** "A2 Outlet" for the article of a version. */
  private String versionOutlet(List<String> ids) {
    Quote q = ids.isEmpty() ? null : quotes.get(ids.get(0));
    if (q == null) {
      return "?";
    }
    Article a = articles.get(q.article());
    return q.article() + " " + (a == null ? "" : a.displayName());
  }

  private List<FramingRow> framing() {
    double top = 0;
    for (Framing f : report.framing()) {
      top = Math.max(top, f.scoreHigh());
    }
    List<FramingRow> out = new ArrayList<>();
    for (Framing f : report.framing()) {
      out.add(
          new FramingRow(
              f.article(),
              outlet(f.article()),
              opinion(f.article()),
              f.score(),
              f.scoreLow(),
              f.scoreHigh(),
              f.ownWords(),
              f.terms(),
              f.sentences(),
              at(f.score(), top),
              at(f.scoreLow(), top),
              at(f.scoreHigh(), top)));
    }
    return out;
  }

  /** Where a score falls on the story's chart, 0..100 with one decimal. */
  private static double at(double score, double top) {
    return top <= 0 ? 0 : Math.round(1000.0 * score / top) / 10.0;
  }

  private List<WordingView> wordings() {
    Map<String, String> labels = new HashMap<>();
    report.facts().forEach(f -> labels.put(f.id(), f.label()));
    Map<String, List<LoadedTerm>> loaded = new HashMap<>();
    report.framing().forEach(f -> loaded.put(f.article(), f.terms()));
    List<WordingView> out = new ArrayList<>();
    for (Wording w : report.wordings()) {
      List<WordingVersion> versions = new ArrayList<>();
      for (Wording.Version v : w.versions()) {
        List<LoadedTerm> terms =
            loaded.getOrDefault(v.article(), List.of()).stream()
                .filter(t -> v.sentences().contains(t.sentence()))
                .toList();
        versions.add(
            new WordingVersion(
                v.article(), outlet(v.article()), v.sentences(), v.text(), v.onlyHere(), terms));
      }
      out.add(new WordingView(w.fact(), labels.getOrDefault(w.fact(), ""), versions));
    }
    return out;
  }
}
