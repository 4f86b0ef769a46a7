package dev.parallax.report;

import dev.parallax.model.DiffOp;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the human-readable report, as terminal text or as Markdown, through the one {@code
 * document} template both share: the template says what each line holds, and the {@link Style}
 * gives the filters that write a line as a heading, a list item or a paragraph. In Markdown those
 * filters escape the whole line, so untrusted text never becomes markup; the template's values are
 * therefore not escaped one by one. Thread-safe.
 */
final class DocumentWriter {
  enum Style {
    TEXT,
    MARKDOWN
  }

  private static final PebbleEngine TEXT = engine(Style.TEXT);
  private static final PebbleEngine MARKDOWN = engine(Style.MARKDOWN);

  private DocumentWriter() {}

  static String render(ReportView view, Style style) {
    return Templates.render(style == Style.MARKDOWN ? MARKDOWN : TEXT, "document", view);
  }

  private static PebbleEngine engine(Style style) {
    return Templates.engine().autoEscaping(false).extension(new Syntax(style)).build();
  }

  /**
   * The filters of a style. {@code heading(level)}, {@code item}, {@code line} and {@code subitem}
   * write a whole line (with its newline); {@code code} marks a code span inside one; {@code md}
   * escapes for Markdown (nothing in text); {@code del}, {@code ins} and {@code diff} mark a word
   * diff; {@code pad(width)} pads on the right.
   */
  private static final class Syntax extends AbstractExtension {
    private final boolean md;

    /** Marks a code span this writer made; turned into a backtick when the line is escaped. */
    private static final char CODE = '\uE000';

    Syntax(Style style) {
      this.md = style == Style.MARKDOWN;
    }

    @Override
    public Map<String, Filter> getFilters() {
      return Map.of(
          "heading",
              filter(
                  List.of("level"),
                  (s, args) -> heading(((Number) args.get("level")).intValue(), s)),
          "item", filter(List.of(), (s, args) -> (md ? "- " + md(s) : "  " + s) + "\n"),
          "line", filter(List.of(), (s, args) -> md(s) + "\n"),
          "subitem", filter(List.of(), (s, args) -> (md ? "  - " : "      ") + s + "\n"),
          "code", filter(List.of(), (s, args) -> md ? CODE + s + CODE : s),
          "md", filter(List.of(), (s, args) -> md(s)),
          "pad",
              filter(
                  List.of("width"),
                  (s, args) ->
                      String.format("%-" + ((Number) args.get("width")).intValue() + "s", s)),
          "del", filter(List.of(), (s, args) -> del(s)),
          "ins", filter(List.of(), (s, args) -> ins(s)),
          "diff", new Op());
    }

    private String heading(int level, String text) {
      if (md) {
        return "#".repeat(level) + " " + md(text) + "\n\n";
      }
      return (level == 1 ? text.toUpperCase(Locale.ROOT) : text)
          + "\n"
          + (level == 1 ? "=" : level == 2 ? "-" : "~").repeat(text.length())
          + "\n";
    }

    private String del(String s) {
      return md ? "~~" + md(s) + "~~" : "[-" + s + "-]";
    }

    private String ins(String s) {
      return md ? "**" + md(s) + "**" : "{+" + s + "+}";
    }

    /**
     * Markdown from untrusted text: escape what would become markup (HTML included). Only the code
     * spans this writer made (between {@link #CODE} marks) are left as they are; a backtick in the
     * text is escaped like any other markup, so it cannot open a span that would stop the escaping.
     */
    private String md(String s) {
      if (!md) {
        return s;
      }
      StringBuilder b = new StringBuilder(s.length());
      boolean inCode = false;
      for (char c : s.toCharArray()) {
        if (c == CODE) {
          inCode = !inCode;
          b.append('\u0060');
        } else if (inCode) {
          b.append(c);
        } else if ("\\*_[]<>#|\u0060".indexOf(c) >= 0) {
          b.append(c == '<' ? "&lt;" : c == '>' ? "&gt;" : "\\" + c);
        } else {
          b.append(c);
        }
      }
      return b.toString();
    }

    /** One operation of a word diff, its words escaped and what changed marked. */
    private final class Op implements Filter {
      @Override
      public List<String> getArgumentNames() {
        return List.of();
      }

      @Override
      public Object apply(
          Object input,
          Map<String, Object> args,
          PebbleTemplate self,
          EvaluationContext context,
          int line) {
        DiffOp op = (DiffOp) input;
        return switch (op.op()) {
          case EQUAL -> md(op.b());
          case DELETE -> del(op.a());
          case INSERT -> ins(op.b());
          case REPLACE -> del(op.a()) + (md ? " " : "") + ins(op.b());
        };
      }
    }
  }

  /** A filter of text, with its named arguments. */
  private interface TextFilter {
    String apply(String input, Map<String, Object> args);
  }

  private static Filter filter(List<String> argumentNames, TextFilter f) {
    return new Filter() {
      @Override
      public List<String> getArgumentNames() {
        return argumentNames;
      }

      @Override
      public Object apply(
          Object input,
          Map<String, Object> args,
          PebbleTemplate self,
          EvaluationContext context,
          int line) {
        return f.apply(String.valueOf(input), args);
      }
    };
  }
}
