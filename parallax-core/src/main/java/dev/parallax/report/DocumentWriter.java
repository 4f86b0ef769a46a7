package dev.parallax.report;

import dev.parallax.model.Article;
import dev.parallax.model.Fact;
import dev.parallax.model.Discrepancy;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.DiffOp;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteDiff;
import dev.parallax.model.QuoteGroup;
import dev.parallax.model.Removal;
import dev.parallax.model.Report;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.Wording;
import java.util.List;
import java.util.Map;

/**
 * Writes the human-readable report, as terminal text or as Markdown: the articles, who and what they
 * mention (with which articles mention each), what cleaning removed and why, and diagnostics.
 */
final class DocumentWriter {
  enum Style {
    TEXT,
    MARKDOWN
  }

  private final Report report;
  private final Style style;
  private final StringBuilder out = new StringBuilder();

  DocumentWriter(Report report, Style style) {
    this.report = report;
    this.style = style;
  }

  String render() {
    heading(1, "Parallax report");
    line(
        report.articles().size()
            + " articles, "
            + report.entities().size()
            + " entities, "
            + report.facts().size()
            + " facts"
            + (report.diagnostics().isEmpty() ? "" : ", " + report.diagnostics().size() + " diagnostics"));
    blank();
    brief();
    coverage();
    onlyHere();
    discrepancies();
    heading(2, "Articles");
    for (Article a : report.articles()) {
      long body = a.sentences().stream().filter(s -> s.kind() == BlockKind.BODY).count();
      item(
          a.id()
              + "  "
              + a.outlet().orElse("(outlet unknown)")
              + " — "
              + a.title().orElse("(untitled)")
              + "  ["
              + a.source()
              + "; "
              + body
              + " body sentences, "
              + a.removed().size()
              + " removed]"
              + a.author().map(x -> " by " + x).orElse("")
              + a.published().map(x -> ", " + x).orElse("")
              + a.url().filter(u -> !u.equals(a.source())).map(u -> " <" + u + ">").orElse(""));
    }
    blank();
    heading(2, "Who and what they mention");
    line(
        "Columns: "
            + String.join(" ", report.articles().stream().map(Article::id).toList())
            + " (x = mentioned)");
    for (EntityType type : EntityType.values()) {
      List<Entity> of = report.entities().stream().filter(e -> e.type() == type).toList();
      if (of.isEmpty()) {
        continue;
      }
      blank();
      heading(3, title(type));
      for (Entity e : of) {
        StringBuilder cols = new StringBuilder();
        for (Article a : report.articles()) {
          cols.append(e.articles().contains(a.id()) ? " x " : " . ");
        }
        String aliases = e.aliases().isEmpty() ? "" : " (also: " + String.join(", ", e.aliases()) + ")";
        item(code(cols.toString()) + " " + e.name() + aliases + " — " + e.mentions() + " mentions");
      }
    }
    if (!report.timeline().isEmpty()) {
      blank();
      heading(2, "Timeline");
      for (TimelineEntry t : report.timeline()) {
        String when = t.until().isEmpty() ? t.date() : t.date() + " to " + t.until();
        item(
            code(String.format("%-10s", when))
                + (t.storyDay() ? " [story day] " : " ")
                + t.label()
                + "  ("
                + quote(t.expression())
                + "; "
                + String.join(", ", t.sentences())
                + ")");
      }
    }
    if (!report.framing().isEmpty()) {
      blank();
      heading(2, "How each outlet put it");
      line("Loaded words in each outlet's own voice (quotations excluded); score = weighted terms per 100 words.");
      for (Framing f : report.framing()) {
        Article a = report.articles().stream().filter(x -> x.id().equals(f.article())).findFirst().orElseThrow();
        item(
            a.id() + " " + a.displayName() + ": score " + f.score() + " (" + f.terms().size() + " terms in "
                + f.ownWords() + " words)");
        for (LoadedTerm t : f.terms()) {
          item("    " + quote(t.text()) + " — " + t.why() + " (" + t.sentence() + ")");
        }
      }
      if (!report.wordings().isEmpty()) {
        blank();
        line("The same fact, side by side (words no other outlet used for it in brackets):");
        for (Wording w : report.wordings()) {
          item(w.fact());
          for (Wording.Version v : w.versions()) {
            String name = report.articles().stream().filter(x -> x.id().equals(v.article()))
                .findFirst().map(Article::displayName).orElse(v.article());
            item("    " + v.article() + " " + name + ": " + quote(v.text())
                + (v.onlyHere().isEmpty() ? "" : "  [" + String.join(", ", v.onlyHere()) + "]"));
          }
        }
      }
    }
    blank();
    whoSaidWhat();
    heading(2, "Headings and captions");
    for (Article a : report.articles()) {
      for (Sentence s : a.sentences()) {
        if (s.kind() != BlockKind.BODY) {
          item(a.id() + " " + s.kind().label() + ": " + s.text());
        }
      }
    }
    blank();
    heading(2, "Removed as not part of the article");
    for (Article a : report.articles()) {
      for (Removal r : a.removed()) {
        item(a.id() + " " + quote(r.text()) + " — " + r.reason());
      }
    }
    if (!report.diagnostics().isEmpty()) {
      blank();
      heading(2, "Diagnostics");
      for (Diagnostic d : report.diagnostics()) {
        item(d.line());
      }
    }
    return out.toString();
  }

  private void whoSaidWhat() {
    heading(2, "Who said what");
    if (report.quotes().isEmpty()) {
      line("No quotations found.");
      blank();
      return;
    }
    QuoteViews views = new QuoteViews(report);
    for (Map.Entry<String, List<Quote>> e : views.bySpeaker(report).entrySet()) {
      heading(3, e.getKey().isEmpty() ? "Speaker not known" : e.getKey());
      for (Quote q : e.getValue()) {
        String how =
            q.speaker().isPresent()
                ? (q.cue().isEmpty() ? "" : " (" + q.cue() + ")")
                : " (" + q.speakerReason() + ")";
        item(q.id() + " " + q.article() + " " + quote(q.text()) + (q.fragment() ? " [fragment]" : "") + how);
      }
      blank();
    }
    if (report.quoteGroups().isEmpty()) {
      return;
    }
    heading(3, "Quoted by several outlets");
    out.append(
            style == Style.MARKDOWN
                ? "Differences from the longest version: ~~left out~~, **added**."
                : "Differences from the longest version: [-left out-], {+added+}.")
        .append('\n');
    blank();
    for (QuoteGroup g : report.quoteGroups()) {
      item(
          g.id() + " " + g.speaker().map(s -> s.name()).orElse("(speaker not known)") + " — "
              + g.variance().label() + " — " + String.join(", ", g.quotes()));
      if (!g.diff().isEmpty()) {
        QuoteDiff first = g.diff().get(0);
        subItem(md(views.outlet(first.from()) + " (longest): " + quote(views.text(first.from()))));
      }
      for (QuoteDiff d : g.diff()) {
        subItem(md(views.outlet(d.to()) + " (" + d.variance().label() + "): ") + marked(d.ops()));
      }
    }
    blank();
  }

  /** The version's words with what differs from the reference marked, escaped for the style. */
  private String marked(List<DiffOp> ops) {
    StringBuilder b = new StringBuilder("\"");
    boolean md = style == Style.MARKDOWN;
    for (DiffOp op : ops) {
      if (b.length() > 1) {
        b.append(' ');
      }
      switch (op.op()) {
        case EQUAL -> b.append(md(op.b()));
        case DELETE -> b.append(md ? "~~" + md(op.a()) + "~~" : "[-" + op.a() + "-]");
        case INSERT -> b.append(md ? "**" + md(op.b()) + "**" : "{+" + op.b() + "+}");
        case REPLACE ->
            b.append(md ? "~~" + md(op.a()) + "~~ **" + md(op.b()) + "**" : "[-" + op.a() + "-]{+" + op.b() + "+}");
      }
    }
    return b.append('"').toString();
  }

  private void subItem(String alreadyEscaped) {
    out.append(style == Style.MARKDOWN ? "  - " : "      ").append(alreadyEscaped).append('\n');
  }

  private void brief() {
    if (report.brief().isEmpty()) {
      return;
    }
    heading(2, "Brief");
    for (BriefSentence b : report.brief()) {
      item(b.text() + " [" + String.join(" ", b.cites()) + "; " + b.support() + " of "
          + report.articles().size() + "]");
    }
    blank();
  }

  private void coverage() {
    List<Fact> shared = report.facts().stream().filter(f -> f.support() > 1).toList();
    if (shared.isEmpty()) {
      return;
    }
    heading(2, "Coverage");
    line("Facts reported by several articles. Columns: "
        + String.join(" ", report.articles().stream().map(Article::id).toList())
        + " (x = reported, ! = omitted: most others report it, . = absent)");
    for (Fact f : shared) {
      StringBuilder cols = new StringBuilder();
      for (Article a : report.articles()) {
        cols.append(' ').append(Coverage.of(report, f, a).symbol()).append(' ');
      }
      item(code(cols.toString()) + " " + f.id() + " " + f.label() + " [" + String.join(" ", f.sentences()) + "]");
    }
    blank();
  }

  private void onlyHere() {
    List<Fact> single = report.facts().stream().filter(f -> f.support() == 1).toList();
    if (single.isEmpty()) {
      return;
    }
    heading(2, "Only here");
    for (Article a : report.articles()) {
      List<Fact> own = single.stream().filter(f -> f.articles().contains(a.id())).toList();
      if (own.isEmpty()) {
        continue;
      }
      heading(3, a.id() + " " + a.displayName());
      for (Fact f : own) {
        for (String id : f.sentences()) {
          report.sentence(id).ifPresent(s -> item(s.id() + " " + s.text()));
        }
      }
      blank();
    }
  }

  private void discrepancies() {
    if (report.discrepancies().isEmpty()) {
      return;
    }
    heading(2, "Numbers that disagree");
    for (Discrepancy d : report.discrepancies()) {
      List<String> parts = new java.util.ArrayList<>();
      for (Discrepancy.Value v : d.values()) {
        parts.add(v.sentence() + " " + quote(v.text()));
      }
      item(d.fact() + ": " + String.join(" vs ", parts));
    }
    blank();
  }

  private static String title(EntityType type) {
    switch (type) {
      case PERSON:
        return "People";
      case ORGANIZATION:
        return "Organisations";
      case PLACE:
        return "Places";
      default:
        return "Other";
    }
  }

  private void heading(int level, String text) {
    if (style == Style.MARKDOWN) {
      out.append("#".repeat(level)).append(' ').append(md(text)).append("\n\n");
    } else {
      out.append(level == 1 ? text.toUpperCase(java.util.Locale.ROOT) : text).append('\n');
      out.append((level == 1 ? "=" : level == 2 ? "-" : "~").repeat(text.length())).append('\n');
    }
  }

  private void item(String text) {
    out.append(style == Style.MARKDOWN ? "- " + md(text) : "  " + text).append('\n');
  }

  private void line(String text) {
    out.append(style == Style.MARKDOWN ? md(text) : text).append('\n');
  }

  private void blank() {
    out.append('\n');
  }

  private String code(String s) {
    return style == Style.MARKDOWN ? "\u0060" + s + "\u0060" : s;
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  /** Markdown from untrusted text: escape what would become markup (HTML included). */
  private String md(String s) {
    if (style != Style.MARKDOWN) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean inCode = false;
    for (char c : s.toCharArray()) {
      if (c == '\u0060') {
        inCode = !inCode;
        b.append(c);
      } else if (inCode) {
        b.append(c);
      } else if ("\\*_[]<>#|".indexOf(c) >= 0) {
        b.append(c == '<' ? "&lt;" : c == '>' ? "&gt;" : "\\" + c);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
