package dev.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TempEval-3's TimeBank and AQUAINT documents (TimeML): each document's plain text (the {@code
 * <TEXT>} element with its markup taken out), its creation time, and every annotated temporal
 * expression with its span in that text, type and value.
 */
final class Timex {
  static final String CORPUS = "timex-tbaq";
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");

  /** One annotated temporal expression: {@code [start, end)} in the document's plain text. */
  record Expression(int start, int end, String text, String type, String value) {}

  /** One document. */
  record Doc(String name, LocalDate created, String text, List<Expression> expressions) {}

  private Timex() {}

  static List<Doc> read(Corpora corpora) throws IOException {
    Path dir = corpora.dir(CORPUS);
    List<Path> files = new ArrayList<>();
    for (String part : List.of("TimeBank", "AQUAINT")) {
      try (Stream<Path> s = Files.list(dir.resolve(part))) {
        s.filter(p -> p.toString().endsWith(".tml")).sorted().forEach(files::add);
      }
    }
    List<Doc> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getParent().getFileName() + "/" + f.getFileName();
      Doc d = parse(name, Files.readString(f, StandardCharsets.UTF_8));
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  static Doc parse(String name, String xml) {
    Matcher dct = DCT.matcher(xml);
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    if (!dct.find() || from < 0 || to < from) {
      return null;
    }
    Marked m = marked(xml.substring(from + "<TEXT>".length(), to));
    return new Doc(name, LocalDate.parse(dct.group(1)), m.text(), m.expressions());
  }

  /** A text and the TIMEX3 expressions marked in it, with spans in the text. */
  record Marked(String text, List<Expression> expressions) {}

  /** The text between the tags of TimeML and its TIMEX3 expressions (other tags dropped). */
  static Marked marked(String body) {
    StringBuilder text = new StringBuilder();
    List<Expression> expressions = new ArrayList<>();
    Matcher m = TAG.matcher(body);
    int at = 0;
    int openStart = -1;
    String type = "";
    String value = "";
    while (m.find()) {
      text.append(unescape(body.substring(at, m.start())));
      at = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        openStart = text.length();
        type = "";
        value = "";
        Matcher a = ATTR.matcher(m.group(3));
        while (a.find()) {
          if (a.group(1).equals("type")) {
            type = a.group(2);
          } else if (a.group(1).equals("value")) {
            value = TimexValues.goldNotation(a.group(2));
          }
        }
      } else if (openStart >= 0) {
        expressions.add(
            new Expression(openStart, text.length(), text.substring(openStart), type, value));
        openStart = -1;
      }
    }
    text.append(unescape(body.substring(at)));
    return new Marked(text.toString(), expressions);
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
