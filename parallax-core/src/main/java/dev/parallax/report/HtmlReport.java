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
 * A self-contained HTML page of the report: no script, no external resources. All text from articles
 * is untrusted and escaped.
 */
final class HtmlReport {
  private static final String CSS =
      "body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;color:#222}"
          + "table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;"
          + "text-align:left;vertical-align:top}th{background:#f3f3f3}.yes{background:#cde8cd;text-align:center}"
          + ".no{color:#bbb;text-align:center}.kind{color:#666;font-size:.85em}.removed{color:#7a4b00}"
          + ".omitted{background:#f6d6b8;text-align:center}.brief li{margin:.3rem 0}"
          + "details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}.sid{color:#888;font-size:.8em}"
          + ".day{background:#fff6d5}"
          + "del{background:#fbd5d5}ins{background:#cde8cd;text-decoration:none}.frag{color:#666;font-size:.85em}";

  private HtmlReport() {}

  static String render(Report report) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
        .append("<title>Parallax report</title><style>")
        .append(CSS)
        .append("</style></head><body>\n");
    h.append("<h1>Parallax report</h1>\n");
    brief(h, report);
    h.append("<h2>Articles</h2>\n<table><tr><th>id</th><th>outlet</th><th>title</th>")
        .append("<th>source</th><th>author</th><th>published</th><th>sentences</th><th>removed</th></tr>\n");
    for (Article a : report.articles()) {
      h.append("<tr><td>").append(esc(a.id())).append("</td><td>")
          .append(esc(a.outlet().orElse("(unknown)"))).append("</td><td>")
          .append(esc(a.title().orElse("(untitled)"))).append("</td><td>")
          .append(esc(a.url().orElse(a.source()))).append("</td><td>").append(esc(a.author().orElse("")))
          .append("</td><td>").append(esc(a.published().map(Object::toString).orElse("")))
          .append("</td><td>").append(a.sentences().size())
          .append("</td><td>").append(a.removed().size()).append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Who and what they mention</h2>\n");
    for (EntityType type : EntityType.values()) {
      List<Entity> of = report.entities().stream().filter(e -> e.type() == type).toList();
      if (of.isEmpty()) {
        continue;
      }
      h.append("<h3>").append(esc(type.name().charAt(0) + type.name().substring(1).toLowerCase(java.util.Locale.ROOT)))
          .append("</h3>\n<table><tr><th>name</th><th>also called</th>");
      for (Article a : report.articles()) {
        h.append("<th>").append(esc(a.id())).append("</th>");
      }
      h.append("<th>mentions</th></tr>\n");
      for (Entity e : of) {
        h.append("<tr><td>").append(esc(e.name())).append("</td><td>")
            .append(esc(String.join(", ", e.aliases()))).append("</td>");
        for (Article a : report.articles()) {
          boolean in = e.articles().contains(a.id());
          h.append(in ? "<td class=\"yes\">✓</td>" : "<td class=\"no\">·</td>");
        }
        h.append("<td>").append(e.mentions()).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    whoSaidWhat(h, report);
    if (!report.timeline().isEmpty()) {
      h.append("<h2>Timeline</h2>\n<table><tr><th>when</th><th>what</th><th>said as</th><th>sources</th></tr>\n");
      for (TimelineEntry t : report.timeline()) {
        String when = t.until().isEmpty() ? t.date() : t.date() + " – " + t.until();
        h.append(t.storyDay() ? "<tr class=\"day\"><td><strong>" : "<tr><td><strong>")
            .append(esc(when)).append("</strong>").append(t.storyDay() ? " (story day)" : "")
            .append("</td><td>").append(esc(t.label())).append("</td><td>").append(esc(t.expression()))
            .append("</td><td>");
        for (String sid : t.sentences()) {
          h.append("<a href=\"#").append(esc(sid)).append("\">").append(esc(sid)).append("</a> ");
        }
        h.append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (!report.framing().isEmpty()) {
      h.append("<h2>How each outlet put it</h2>\n<p>Loaded words in each outlet's own voice (quotations excluded);")
          .append(" score = weighted terms per 100 words.</p>\n<table><tr><th>article</th><th>score</th><th>loaded words</th></tr>\n");
      for (Framing f : report.framing()) {
        Article a = report.articles().stream().filter(x -> x.id().equals(f.article())).findFirst().orElseThrow();
        h.append("<tr><td>").append(esc(a.id() + " " + a.displayName())).append("</td><td>").append(f.score())
            .append("</td><td>");
        for (LoadedTerm t : f.terms()) {
          h.append("<mark title=\"").append(esc(t.why())).append("\">").append(esc(t.text()))
              .append("</mark> <a href=\"#").append(esc(t.sentence())).append("\" class=\"sid\">")
              .append(esc(t.sentence())).append("</a> ");
        }
        h.append("</td></tr>\n");
      }
      h.append("</table>\n");
      if (!report.wordings().isEmpty()) {
        h.append("<h3>The same fact, side by side</h3>\n<p>Marked: words no other outlet used for the fact.</p>\n");
        for (Wording w : report.wordings()) {
          h.append("<table><tr><th colspan=\"2\">").append(esc(w.fact())).append("</th></tr>\n");
          for (Wording.Version v : w.versions()) {
            h.append("<tr><td>").append(esc(v.article())).append("</td><td>").append(esc(v.text()));
            if (!v.onlyHere().isEmpty()) {
              h.append("<br><mark>").append(esc(String.join(", ", v.onlyHere()))).append("</mark>");
            }
            h.append("</td></tr>\n");
          }
          h.append("</table>\n");
        }
      }
    }
    h.append("<h2>Articles as cleaned</h2>\n");
    for (Article a : report.articles()) {
      h.append("<details><summary>").append(esc(a.id() + " " + a.displayName() + " — " + a.title().orElse("(untitled)")))
          .append("</summary>\n");
      for (Sentence s : a.sentences()) {
        h.append("<p id=\"").append(esc(s.id())).append("\"><span class=\"sid\">").append(esc(s.id())).append("</span> ");
        if (s.kind() != BlockKind.BODY) {
          h.append("<span class=\"kind\">[").append(esc(s.kind().label())).append("]</span> ");
        }
        h.append(esc(s.text())).append("</p>\n");
      }
      if (!a.removed().isEmpty()) {
        h.append("<h4>Removed</h4><ul>\n");
        for (Removal r : a.removed()) {
          h.append("<li class=\"removed\">").append(esc(r.text())).append(" <em>(").append(esc(r.reason()))
              .append(")</em></li>\n");
        }
        h.append("</ul>\n");
      }
      h.append("</details>\n");
    }
    if (!report.diagnostics().isEmpty()) {
      h.append("<h2>Diagnostics</h2>\n<ul>\n");
      for (Diagnostic d : report.diagnostics()) {
        h.append("<li>").append(esc(d.line())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void whoSaidWhat(StringBuilder h, Report report) {
    h.append("<h2>Who said what</h2>\n");
    if (report.quotes().isEmpty()) {
      h.append("<p>No quotations found.</p>\n");
      return;
    }
    QuoteViews views = new QuoteViews(report);
    for (Map.Entry<String, List<Quote>> e : views.bySpeaker(report).entrySet()) {
      h.append("<h3>").append(esc(e.getKey().isEmpty() ? "Speaker not known" : e.getKey())).append("</h3>\n<ul>\n");
      for (Quote q : e.getValue()) {
        h.append("<li><a href=\"#").append(esc(q.sentence())).append("\">").append(esc(q.id() + " " + q.article()))
            .append("</a> “").append(esc(q.text())).append("”");
        if (q.fragment()) {
          h.append(" <span class=\"frag\">[fragment]</span>");
        }
        String how = q.speaker().isPresent() ? q.cue() : q.speakerReason();
        if (!how.isEmpty()) {
          h.append(" <em>(").append(esc(how)).append(")</em>");
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (report.quoteGroups().isEmpty()) {
      return;
    }
    h.append("<h3>Quoted by several outlets</h3>\n<p>Each version against the longest: ")
        .append("<del>left out</del>, <ins>added</ins>.</p>\n");
    for (QuoteGroup g : report.quoteGroups()) {
      h.append("<h4>").append(esc(g.id() + " " + g.speaker().map(s -> s.name()).orElse("(speaker not known)")
              + " — " + g.variance().label())).append("</h4>\n<table><tr><th>article</th><th>version</th>")
          .append("<th>variance</th></tr>\n");
      if (!g.diff().isEmpty()) {
        List<String> ref = g.diff().get(0).from();
        h.append("<tr><td>").append(esc(views.outlet(ref))).append("</td><td>").append(esc(views.text(ref)))
            .append("</td><td>longest</td></tr>\n");
      }
      for (QuoteDiff d : g.diff()) {
        h.append("<tr><td>").append(esc(views.outlet(d.to()))).append("</td><td>");
        boolean first = true;
        for (DiffOp op : d.ops()) {
          h.append(first ? "" : " ");
          first = false;
          switch (op.op()) {
            case EQUAL -> h.append(esc(op.b()));
            case DELETE -> h.append("<del>").append(esc(op.a())).append("</del>");
            case INSERT -> h.append("<ins>").append(esc(op.b())).append("</ins>");
            case REPLACE -> h.append("<del>").append(esc(op.a())).append("</del> <ins>")
                .append(esc(op.b())).append("</ins>");
          }
        }
        h.append("</td><td>").append(esc(d.variance().label())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
  }

  private static void brief(StringBuilder h, Report report) {
    int n = report.articles().size();
    if (!report.brief().isEmpty()) {
      h.append("<h2>Brief</h2>\n<ol class=\"brief\">\n");
      for (BriefSentence b : report.brief()) {
        h.append("<li>").append(esc(b.text())).append(" <span class=\"sid\">");
        for (String id : b.cites()) {
          h.append("<a href=\"#").append(esc(id)).append("\">").append(esc(id)).append("</a> ");
        }
        h.append(esc("(" + b.support() + " of " + n + ")")).append("</span></li>\n");
      }
      h.append("</ol>\n");
    }
    List<Fact> shared = report.facts().stream().filter(f -> f.support() > 1).toList();
    if (!shared.isEmpty()) {
      h.append("<h2>Coverage</h2>\n<table><tr><th>fact</th><th>label</th>");
      for (Article a : report.articles()) {
        h.append("<th>").append(esc(a.id())).append("</th>");
      }
      h.append("</tr>\n");
      for (Fact f : shared) {
        h.append("<tr><td>").append(esc(f.id())).append("</td><td>").append(esc(f.label())).append("</td>");
        for (Article a : report.articles()) {
          Coverage c = Coverage.of(report, f, a);
          String cls = c == Coverage.REPORTED ? "yes" : c == Coverage.OMITTED ? "omitted" : "no";
          h.append("<td class=\"").append(cls).append("\" title=\"").append(esc(c.label())).append("\">")
              .append(esc(c == Coverage.REPORTED ? "✓" : c == Coverage.OMITTED ? "omitted" : "·"))
              .append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</table>\n");
    }
    List<Fact> single = report.facts().stream().filter(f -> f.support() == 1).toList();
    if (!single.isEmpty()) {
      h.append("<h2>Only here</h2>\n");
      for (Article a : report.articles()) {
        List<Fact> own = single.stream().filter(f -> f.articles().contains(a.id())).toList();
        if (own.isEmpty()) {
          continue;
        }
        h.append("<h3>").append(esc(a.id() + " " + a.displayName())).append("</h3>\n<ul>\n");
        for (Fact f : own) {
          for (String id : f.sentences()) {
            report.sentence(id).ifPresent(s -> h.append("<li><a class=\"sid\" href=\"#").append(esc(s.id()))
                .append("\">").append(esc(s.id())).append("</a> ").append(esc(s.text())).append("</li>\n"));
          }
        }
        h.append("</ul>\n");
      }
    }
    if (!report.discrepancies().isEmpty()) {
      h.append("<h2>Numbers that disagree</h2>\n<ul>\n");
      for (Discrepancy d : report.discrepancies()) {
        h.append("<li>").append(esc(d.fact())).append(": ");
        List<String> parts = new java.util.ArrayList<>();
        for (Discrepancy.Value v : d.values()) {
          parts.add(esc(v.sentence() + " \u201c" + v.text() + "\u201d"));
        }
        h.append(String.join(" vs ", parts)).append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
