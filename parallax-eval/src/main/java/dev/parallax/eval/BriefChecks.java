package dev.parallax.eval;

import dev.parallax.internal.QuoteSpans;
import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the brief suite checks in each brief sentence, read from the report alone: that it is a
 * complete sentence of an article (one of the sentences it cites, word for word after an {@code
 * Only ... reports:} label; with a verb; at least {@value #MIN_WORDS} words; not in the input's
 * headline line; not scraping debris; ending with its full stop, not cut off; not cutting a
 * quotation that runs over several sentences), that it cites sentences of the report, and that it
 * names outlets rather than article ids or input paths. Also how loaded its wording is, by the
 * framing stage's terms.
 */
final class BriefChecks {
  static final int MIN_WORDS = 6;

  /** The label a single-source sentence carries; group 1 is who it names. */
  static final Pattern ONLY = Pattern.compile("^Only (.+?) reports?: ");

  /** Article ids as the report numbers them ("A2", "A2.S3"). */
  private static final Pattern ARTICLE_ID = Pattern.compile("\\bA\\d+(\\.S\\d+)?\\b");

  /** Link text screen readers are given, which scraping leaves in the text. */
  private static final Pattern LINK_TEXT =
      Pattern.compile("(?i)\\bopens? (in )?a new (window|tab)\\b");

  /** Ends as a sentence ends. */
  private static final Pattern FINISHED = Pattern.compile("[.!?…][\"'”’)\\]]*$");

  private BriefChecks() {}

  /** One brief sentence's faults (empty when it has none) and the article sentence it states. */
  record Checked(BriefSentence brief, List<String> faults, Optional<Sentence> stated) {}

  /**
   * Checks one brief sentence of the report. {@code titles} gives each input's headline by source;
   * {@code names} are strings the brief must never show (input paths, corpus ids).
   */
  static Checked check(BriefSentence b, Report r, Map<String, String> titles, List<String> names) {
    List<String> faults = new ArrayList<>();
    String body = b.text();
    Matcher only = ONLY.matcher(body);
    if (only.find()) {
      body = body.substring(only.end());
    }
    List<Sentence> cited = new ArrayList<>();
    for (String id : b.cites()) {
      r.sentence(id).ifPresent(cited::add);
    }
    if (cited.isEmpty() || cited.size() < b.cites().size()) {
      faults.add("cites-nothing");
    }
    String stated = body;
    Optional<Sentence> s = cited.stream().filter(c -> c.text().equals(stated)).findFirst();
    if (s.isEmpty()) {
      faults.add("not-an-article-sentence");
    } else {
      Sentence x = s.get();
      if (x.tokens().stream().noneMatch(t -> t.pos().startsWith("VB"))) {
        faults.add("no-verb");
      }
      if (x.wordCount() < MIN_WORDS) {
        faults.add("short");
      }
      Article a = articleOf(r, x.id());
      String title = a == null ? "" : titles.getOrDefault(a.source(), "");
      if (x.kind() == BlockKind.HEADING || (a != null && inHeadline(x, a.text(), title))) {
        faults.add("headline");
      }
      if (a != null && quotationCut(x, QuoteSpans.mask(a.text()))) {
        faults.add("quotation-cut");
      }
    }
    if (debris(body)) {
      faults.add("debris");
    }
    if (!FINISHED.matcher(body).find()) {
      faults.add("unfinished");
    }
    if (ARTICLE_ID.matcher(b.text()).find() || names.stream().anyMatch(b.text()::contains)) {
      faults.add("names-id-or-path");
    }
    return new Checked(b, faults, s);
  }

  /**
   * A fragment cut from its start (a lower-case start, or a bracket closed that it never opened),
   * or link text the cleaner should have removed.
   */
  static boolean debris(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    boolean lowerStart = i < text.length() && Character.isLowerCase(text.codePointAt(i));
    int open = text.indexOf('(');
    int close = text.indexOf(')');
    boolean cutInBrackets = close >= 0 && (open < 0 || close < open);
    return lowerStart || cutInBrackets || LINK_TEXT.matcher(text).find();
  }

  /**
   * The sentence lies in the input's headline line, which the analysis kept as text: the cleaned
   * text opens with the headline and the sentence starts inside it.
   */
  static boolean inHeadline(Sentence s, String text, String title) {
    String t = title.strip();
    return !t.isEmpty() && text.startsWith(t) && s.start() < t.length();
  }

  /**
   * A quotation runs across the sentence's edge (opens in it and goes on past its end, or closes in
   * it after opening before it): stated alone, its marks do not pair and the speaker's words are
   * cut.
   */
  static boolean quotationCut(Sentence s, boolean[] quoted) {
    return QuoteSpans.cut(quoted, s.start(), s.end());
  }

  static Article articleOf(Report r, String sentenceId) {
    for (Article a : r.articles()) {
      if (sentenceId.startsWith(a.id() + ".")) {
        return a;
      }
    }
    return null;
  }

  /** Loaded-term weight by sentence id, as the framing stage marked the report. */
  static Map<String, Double> loadedBySentence(Report r) {
    Map<String, Double> out = new HashMap<>();
    for (Framing f : r.framing()) {
      for (LoadedTerm t : f.terms()) {
        out.merge(t.sentence(), t.weight(), Double::sum);
      }
    }
    return out;
  }

  /** Words outside quotation marks: the count a score per 100 words of own voice rests on. */
  static int ownWords(String text) {
    int n = 0;
    boolean quoted = false;
    for (String w : text.split("\\s+")) {
      boolean opens = w.startsWith("\"") || w.startsWith("“");
      boolean closes = w.endsWith("\"") || w.endsWith("”") || w.matches(".*[\"”][.,;:!?]?$");
      if (opens) {
        quoted = true;
      }
      if (!quoted && w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
      if (closes && !(opens && w.length() == 1)) {
        quoted = false;
      }
    }
    return n;
  }
}
