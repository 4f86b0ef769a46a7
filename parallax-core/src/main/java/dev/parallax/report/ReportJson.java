package dev.parallax.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.framing.OpinionLabel;
import dev.parallax.model.Article;
import dev.parallax.model.Attribution;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.DiffOp;
import dev.parallax.model.Discrepancy;
import dev.parallax.model.Entity;
import dev.parallax.model.Fact;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedSentence;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Mention;
import dev.parallax.model.Omission;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteDiff;
import dev.parallax.model.QuoteGroup;
import dev.parallax.model.Removal;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.Speaker;
import dev.parallax.model.TextSpan;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.Wording;
import dev.parallax.quote.Claims;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the {@code parallax.report/1} JSON contract (documented in docs/report-schema.md):
 * canonical, with keys sorted, so that outputs diff cleanly.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Sections later stages fill; present (empty) so consumers can rely on them. */
  static final List<String> LATER_SECTIONS = List.of();

  private ReportJson() {}

  /**
   * Reads back what {@link #write} wrote. Sentences come back without tokens (the JSON has none),
   * so the report renders in every format as the original did but cannot feed analysis stages.
   *
   * @throws IllegalArgumentException when the text is not a {@code parallax.report/1} document
   */
  public static Report read(String json) {
    return ReportReader.read(json);
  }

  public static String write(Report report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise report", e);
    }
  }

  /** The report as plain maps and lists, ready for any JSON writer. */
  public static Map<String, Object> tree(Report report) {
    Map<String, Object> root = new TreeMap<>();
    root.put("schema", Report.SCHEMA);
    List<Object> articles = new ArrayList<>();
    for (Article a : report.articles()) {
      articles.add(article(a));
    }
    root.put("articles", articles);
    List<Object> entities = new ArrayList<>();
    for (Entity e : report.entities()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("id", e.id());
      m.put("name", e.name());
      m.put("type", e.type().name());
      m.put("aliases", e.aliases());
      m.put("articles", e.articles());
      m.put("sentences", e.sentences());
      m.put("mentions", e.mentions());
      entities.add(m);
    }
    root.put("entities", entities);
    List<Object> quotes = new ArrayList<>();
    for (Quote q : report.quotes()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("id", q.id());
      m.put("article", q.article());
      m.put("sentence", q.sentence());
      m.put("text", q.text());
      m.put("start", q.start());
      m.put("end", q.end());
      m.put("fragment", q.fragment());
      m.put("speaker", speaker(q.speaker()));
      if (q.speaker().isEmpty()) {
        m.put("speakerReason", q.speakerReason());
      }
      m.put("cue", q.cue());
      quotes.add(m);
    }
    root.put("quotes", quotes);
    List<Object> groups = new ArrayList<>();
    for (QuoteGroup g : report.quoteGroups()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("id", g.id());
      m.put("quotes", g.quotes());
      m.put("speaker", speaker(g.speaker()));
      m.put("variance", g.variance().label());
      List<Object> diff = new ArrayList<>();
      for (QuoteDiff d : g.diff()) {
        Map<String, Object> dm = new TreeMap<>();
        dm.put("from", d.from());
        dm.put("to", d.to());
        dm.put("variance", d.variance().label());
        List<Object> ops = new ArrayList<>();
        for (DiffOp op : d.ops()) {
          ops.add(Map.of("op", op.op().label(), "a", op.a(), "b", op.b()));
        }
        dm.put("ops", ops);
        diff.add(dm);
      }
      m.put("diff", diff);
      groups.add(m);
    }
    root.put("quoteGroups", groups);
    List<Object> attributions = new ArrayList<>();
    for (Attribution a : report.attributions()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("id", a.id());
      m.put("article", a.article());
      m.put("sentences", a.sentences());
      m.put("kind", a.kind().label());
      m.put("source", speaker(a.source()));
      m.put("sourceText", a.sourceText().map(ReportJson::span).orElse(null));
      m.put("cue", a.cue().map(ReportJson::span).orElse(null));
      m.put("content", span(a.content()));
      m.put("quotes", a.quotes());
      m.put("statement", a.statement());
      attributions.add(m);
    }
    root.put("attributions", attributions);
    List<Object> facts = new ArrayList<>();
    for (Fact f : report.facts()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("id", f.id());
      m.put("sentences", f.sentences());
      m.put("articles", f.articles());
      m.put("label", f.label());
      m.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
      facts.add(m);
    }
    root.put("facts", facts);
    List<Object> claims = new ArrayList<>();
    for (Claims.Claim c : Claims.of(report)) {
      Map<String, Object> m = new TreeMap<>();
      m.put("speaker", speaker(Optional.of(c.speaker())));
      m.put("fact", c.fact());
      m.put("attributions", c.attributions());
      claims.add(m);
    }
    root.put("claims", claims);
    List<Object> omissions = new ArrayList<>();
    for (Omission o : report.omissions()) {
      omissions.add(Map.of("fact", o.fact(), "article", o.article()));
    }
    root.put("omissions", omissions);
    List<Object> discrepancies = new ArrayList<>();
    for (Discrepancy d : report.discrepancies()) {
      List<Object> values = new ArrayList<>();
      for (Discrepancy.Value v : d.values()) {
        values.add(Map.of("sentence", v.sentence(), "text", v.text(), "value", v.value()));
      }
      discrepancies.add(Map.of("fact", d.fact(), "values", values));
    }
    root.put("discrepancies", discrepancies);
    List<Object> brief = new ArrayList<>();
    for (BriefSentence b : report.brief()) {
      brief.add(Map.of("text", b.text(), "cites", b.cites(), "support", b.support()));
    }
    root.put("brief", brief);
    for (String section : LATER_SECTIONS) {
      root.put(section, List.of());
    }
    List<Object> timeline = new ArrayList<>();
    for (TimelineEntry t : report.timeline()) {
      Map<String, Object> m =
          dating(
              new TimelineEntry.Dating(
                  t.date(), t.until(), t.expression(), t.sentence(), t.sentences(), t.articles()));
      m.put("label", t.label());
      m.put("storyDay", t.storyDay());
      m.put("conflict", t.conflict());
      List<Object> dates = new ArrayList<>();
      for (TimelineEntry.Dating d : t.dates()) {
        dates.add(dating(d));
      }
      m.put("dates", dates);
      timeline.add(m);
    }
    root.put("timeline", timeline);
    List<Object> framing = new ArrayList<>();
    for (Framing f : report.framing()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("article", f.article());
      m.put("score", f.score());
      m.put("ownWords", f.ownWords());
      m.put("restsOn", f.restsOn());
      m.put("scoreLow", f.scoreLow());
      m.put("scoreHigh", f.scoreHigh());
      List<Object> terms = new ArrayList<>();
      for (LoadedTerm t : f.terms()) {
        Map<String, Object> tm = new TreeMap<>();
        tm.put("text", t.text());
        tm.put("sentence", t.sentence());
        tm.put("start", t.start());
        tm.put("end", t.end());
        tm.put("why", t.why());
        tm.put("weight", t.weight());
        tm.put("kind", t.kind());
        terms.add(tm);
      }
      m.put("terms", terms);
      List<Object> sentences = new ArrayList<>();
      for (LoadedSentence ls : f.sentences()) {
        Map<String, Object> sm = new TreeMap<>();
        sm.put("sentence", ls.sentence());
        sm.put("probability", ls.probability());
        sentences.add(sm);
      }
      m.put("loadedSentences", sentences);
      framing.add(m);
    }
    root.put("framing", framing);
    List<Object> wordings = new ArrayList<>();
    for (Wording w : report.wordings()) {
      List<Object> versions = new ArrayList<>();
      for (Wording.Version v : w.versions()) {
        Map<String, Object> vm = new TreeMap<>();
        vm.put("article", v.article());
        vm.put("sentences", v.sentences());
        vm.put("text", v.text());
        vm.put("onlyHere", v.onlyHere());
        versions.add(vm);
      }
      wordings.add(Map.of("fact", w.fact(), "versions", versions));
    }
    root.put("wordings", wordings);
    List<Object> diagnostics = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) {
      diagnostics.add(Map.of("code", d.code(), "source", d.source(), "message", d.message()));
    }
    root.put("diagnostics", diagnostics);
    return root;
  }

  private static Map<String, Object> span(TextSpan s) {
    Map<String, Object> m = new TreeMap<>();
    m.put("text", s.text());
    m.put("start", s.start());
    m.put("end", s.end());
    return m;
  }

  private static Map<String, Object> speaker(Optional<Speaker> speaker) {
    if (speaker.isEmpty()) {
      return null;
    }
    Map<String, Object> m = new TreeMap<>();
    m.put("entity", speaker.get().entity());
    m.put("name", speaker.get().name());
    return m;
  }

  private static Map<String, Object> article(Article a) {
    Map<String, Object> m = new TreeMap<>();
    m.put("id", a.id());
    m.put("source", a.source());
    m.put("outlet", a.outlet().orElse(null));
    m.put("title", a.title().orElse(null));
    m.put("published", a.published().map(Object::toString).orElse(null));
    m.put("url", a.url().orElse(null));
    m.put("author", a.author().orElse(null));
    if (a.meta().noHeadline()) {
      // only when said, so that reports of inputs whose headline was guessed read as before
      m.put("no_headline", true);
    }
    if (a.titleParagraphEnd() > 0) {
      // a first line that may be the headline or the first sentence, kept as both
      m.put("title_in_text", true);
    }
    // derived from the title, address and removed lines, so that a reader need not read it
    OpinionLabel.of(a).ifPresent(why -> m.put("opinion", why));
    m.put("text", a.text());
    List<Object> sentences = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      Map<String, Object> sm = new TreeMap<>();
      sm.put("id", s.id());
      sm.put("text", s.text());
      sm.put("kind", s.kind().label());
      sm.put("start", s.start());
      sm.put("end", s.end());
      List<Object> mentions = new ArrayList<>();
      for (Mention mn : s.mentions()) {
        Map<String, Object> mm = new TreeMap<>();
        mm.put("text", mn.text());
        mm.put("type", mn.type().name());
        mm.put("entity", mn.entity());
        mm.put("start", mn.start());
        mm.put("end", mn.end());
        mentions.add(mm);
      }
      sm.put("mentions", mentions);
      List<Object> times = new ArrayList<>();
      for (TimeExpression t : s.times()) {
        Map<String, Object> tm = new TreeMap<>();
        tm.put("text", t.text());
        tm.put("type", t.type());
        tm.put("value", t.value());
        tm.put("until", t.until().isEmpty() ? null : t.until());
        tm.put("start", t.start());
        tm.put("end", t.end());
        times.add(tm);
      }
      sm.put("times", times);
      sentences.add(sm);
    }
    m.put("sentences", sentences);
    List<Object> removed = new ArrayList<>();
    for (Removal r : a.removed()) {
      removed.add(Map.of("text", r.text(), "reason", r.reason()));
    }
    m.put("removed", removed);
    return m;
  }

  /** A date of the timeline as JSON: the entry's own fields or one of its {@code dates[]}. */
  private static Map<String, Object> dating(TimelineEntry.Dating d) {
    Map<String, Object> m = new TreeMap<>();
    m.put("date", d.date());
    m.put("end", d.until().isEmpty() ? null : d.until());
    m.put("expression", d.expression());
    m.put("sentence", d.sentence());
    m.put("sentences", d.sentences());
    m.put("articles", d.articles());
    return m;
  }
}
