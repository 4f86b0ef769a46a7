package dev.parallax.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.BlockKind;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.DiffOp;
import dev.parallax.model.Discrepancy;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Fact;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedSentence;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Mention;
import dev.parallax.model.Omission;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteDiff;
import dev.parallax.model.QuoteGroup;
import dev.parallax.model.QuoteVariance;
import dev.parallax.model.Removal;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.Speaker;
import dev.parallax.model.TextSpan;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the {@code parallax.report/1} JSON that {@link ReportJson} writes back into a {@link
 * Report}. The JSON carries no tokens, so sentences come back without them: enough to render the
 * report again in any format (writing it again gives the same JSON), not to rerun analysis stages
 * on it.
 */
final class ReportReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportReader() {}

  static Report read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a report: " + e.getOriginalMessage(), e);
    }
    String schema = root.path("schema").asText("");
    if (!schema.equals(Report.SCHEMA)) {
      throw new IllegalArgumentException(
          "report schema '" + schema + "', expected " + Report.SCHEMA);
    }
    return new Report(
        list(root, "articles", ReportReader::article),
        list(
            root,
            "entities",
            e ->
                new Entity(
                    e.get("id").asText(),
                    e.get("name").asText(),
                    EntityType.valueOf(e.get("type").asText()),
                    strings(e, "aliases"),
                    strings(e, "articles"),
                    strings(e, "sentences"),
                    e.get("mentions").asInt())),
        list(
            root,
            "quotes",
            q ->
                new Quote(
                    q.get("id").asText(),
                    q.get("article").asText(),
                    q.get("sentence").asText(),
                    q.get("text").asText(),
                    q.get("start").asInt(),
                    q.get("end").asInt(),
                    q.get("fragment").asBoolean(),
                    speaker(q.get("speaker")),
                    q.path("speakerReason").asText(""),
                    q.get("cue").asText())),
        list(
            root,
            "quoteGroups",
            g ->
                new QuoteGroup(
                    g.get("id").asText(),
                    strings(g, "quotes"),
                    speaker(g.get("speaker")),
                    variance(g.get("variance")),
                    list(
                        g,
                        "diff",
                        d ->
                            new QuoteDiff(
                                strings(d, "from"),
                                strings(d, "to"),
                                variance(d.get("variance")),
                                list(
                                    d,
                                    "ops",
                                    o ->
                                        new DiffOp(
                                            DiffOp.Kind.valueOf(
                                                o.get("op").asText().toUpperCase(Locale.ROOT)),
                                            o.get("a").asText(),
                                            o.get("b").asText())))))),
        list(
            root,
            "attributions",
            a ->
                new Attribution(
                    a.get("id").asText(),
                    a.get("article").asText(),
                    strings(a, "sentences"),
                    AttributionKind.valueOf(a.get("kind").asText().toUpperCase(Locale.ROOT)),
                    speaker(a.get("source")),
                    span(a.get("sourceText")),
                    span(a.get("cue")),
                    span(a.get("content"))
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "attribution " + a.get("id").asText() + " has no content")),
                    strings(a, "quotes"),
                    !a.has("statement") || a.get("statement").asBoolean())),
        list(
            root,
            "facts",
            f ->
                new Fact(
                    f.get("id").asText(),
                    strings(f, "sentences"),
                    strings(f, "articles"),
                    f.get("label").asText(),
                    f.get("confidence").asDouble())),
        list(
            root,
            "omissions",
            o -> new Omission(o.get("fact").asText(), o.get("article").asText())),
        list(
            root,
            "discrepancies",
            d ->
                new Discrepancy(
                    d.get("fact").asText(),
                    list(
                        d,
                        "values",
                        v ->
                            new Discrepancy.Value(
                                v.get("sentence").asText(),
                                v.get("text").asText(),
                                v.get("value").asText())))),
        list(
            root,
            "brief",
            b ->
                new BriefSentence(
                    b.get("text").asText(), strings(b, "cites"), b.get("support").asInt())),
        list(root, "timeline", ReportReader::timelineEntry),
        list(
            root,
            "framing",
            f ->
                new Framing(
                    f.get("article").asText(),
                    f.get("score").asDouble(),
                    f.get("ownWords").asInt(),
                    list(
                        f,
                        "terms",
                        t ->
                            new LoadedTerm(
                                t.get("text").asText(),
                                t.get("sentence").asText(),
                                t.get("start").asInt(),
                                t.get("end").asInt(),
                                t.get("why").asText(),
                                t.get("weight").asDouble(),
                                t.has("kind") ? t.get("kind").asText() : LoadedTerm.WORD)),
                    // a report written before loaded sentences were listed has none
                    list(
                        f,
                        "loadedSentences",
                        x ->
                            new LoadedSentence(
                                x.get("sentence").asText(), x.get("probability").asDouble())))),
        list(
            root,
            "wordings",
            w ->
                new Wording(
                    w.get("fact").asText(),
                    list(
                        w,
                        "versions",
                        v ->
                            new Wording.Version(
                                v.get("article").asText(),
                                strings(v, "sentences"),
                                v.get("text").asText(),
                                strings(v, "onlyHere"))))),
        list(
            root,
            "diagnostics",
            d ->
                new Diagnostic(
                    d.get("code").asText(), d.get("source").asText(), d.get("message").asText())));
  }

  /**
   * A timeline entry; one written before entries carried their dates is read as dated once, without
   * conflict.
   */
  private static TimelineEntry timelineEntry(JsonNode t) {
    TimelineEntry single =
        new TimelineEntry(
            t.get("date").asText(),
            text(t.get("end")),
            t.get("expression").asText(),
            t.get("sentence").asText(),
            strings(t, "sentences"),
            strings(t, "articles"),
            t.get("label").asText(),
            t.get("storyDay").asBoolean());
    if (!t.has("dates") || !t.get("dates").isArray() || t.get("dates").isEmpty()) {
      return single;
    }
    List<TimelineEntry.Dating> dates =
        list(
            t,
            "dates",
            d ->
                new TimelineEntry.Dating(
                    d.get("date").asText(),
                    text(d.get("end")),
                    d.get("expression").asText(),
                    d.get("sentence").asText(),
                    strings(d, "sentences"),
                    strings(d, "articles")));
    return new TimelineEntry(
        single.date(),
        single.until(),
        single.expression(),
        single.sentence(),
        single.sentences(),
        single.articles(),
        single.label(),
        single.storyDay(),
        dates,
        dates.size() > 1);
  }

  private static Article article(JsonNode a) {
    ArticleMeta meta =
        ArticleMeta.of(a.get("source").asText())
            .withUrl(optional(a.get("url")))
            .withTitle(optional(a.get("title")))
            .withOutlet(optional(a.get("outlet")))
            .withPublished(optional(a.get("published")).map(LocalDate::parse))
            .withAuthor(optional(a.get("author")))
            .withNoHeadline(a.path("no_headline").asBoolean(false));
    return new Article(
        a.get("id").asText(),
        meta,
        a.get("text").asText(),
        list(
            a,
            "sentences",
            s ->
                new Sentence(
                    s.get("id").asText(),
                    BlockKind.valueOf(s.get("kind").asText().toUpperCase(Locale.ROOT)),
                    s.get("text").asText(),
                    s.get("start").asInt(),
                    s.get("end").asInt(),
                    List.of(),
                    list(
                        s,
                        "mentions",
                        m ->
                            new Mention(
                                m.get("text").asText(),
                                EntityType.valueOf(m.get("type").asText()),
                                m.get("start").asInt(),
                                m.get("end").asInt(),
                                m.get("entity").asText())),
                    list(
                        s,
                        "times",
                        t ->
                            new TimeExpression(
                                t.get("text").asText(),
                                t.get("type").asText(),
                                t.get("value").asText(),
                                text(t.get("until")),
                                t.get("start").asInt(),
                                t.get("end").asInt())))),
        list(a, "removed", r -> new Removal(r.get("text").asText(), r.get("reason").asText())));
  }

  private static Optional<Speaker> speaker(JsonNode n) {
    return n == null || n.isNull()
        ? Optional.empty()
        : Optional.of(new Speaker(n.get("entity").asText(), n.get("name").asText()));
  }

  private static Optional<TextSpan> span(JsonNode n) {
    return n == null || n.isNull()
        ? Optional.empty()
        : Optional.of(
            new TextSpan(n.get("text").asText(), n.get("start").asInt(), n.get("end").asInt()));
  }

  private static QuoteVariance variance(JsonNode n) {
    return QuoteVariance.valueOf(n.asText().toUpperCase(Locale.ROOT));
  }

  private static Optional<String> optional(JsonNode n) {
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }

  private static List<String> strings(JsonNode parent, String field) {
    return list(parent, field, JsonNode::asText);
  }

  private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> read) {
    List<T> out = new ArrayList<>();
    JsonNode array = parent.get(field);
    if (array != null) {
      for (JsonNode n : array) {
        out.add(read.apply(n));
      }
    }
    return out;
  }
}
