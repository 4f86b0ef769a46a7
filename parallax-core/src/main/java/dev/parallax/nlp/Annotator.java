package dev.parallax.nlp;

import dev.parallax.internal.RoleWords;
import dev.parallax.model.Block;
import dev.parallax.model.BlockKind;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The CoreNLP pipeline Parallax uses: {@code tokenize, ssplit, pos, lemma, ner} with coarse NER and
 * SUTime. Loading takes seconds, so there is one per process ({@link #shared()}); {@link #annotate}
 * is thread-safe and may be called from several threads at once.
 */
public final class Annotator {
  /**
   * Where " and " splits a name that closes a list ("A, B and C": the name starts right after a
   * list's comma and is two capitalised names joined by "and"), or -1: a name joined by "and" alone
   * ("Procter and Gamble", "Johnson and Johnson") stays one.
   */
  static int listedPair(String text, int start, String name) {
    int and = name.indexOf(" and ");
    if (and <= 0 || name.indexOf(" and ", and + 1) >= 0) {
      return -1;
    }
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || text.charAt(i) != ',') {
      return -1;
    }
    String after = name.substring(and + " and ".length());
    return !after.isEmpty() && Character.isUpperCase(after.charAt(0)) ? and : -1;
  }

  /**
   * Where a person's name starts with its sentence's first word and that word is a preposition
   * ("Under O'Brien, ...", "With Smith gone, ..."): the offset where the name itself starts; else
   * {@code start}. No person's name opens with a preposition; an organisation's may ("Under
   * Armour"), so only people are cut. A function word in lower case opens no name of any kind.
   */
  static int openingPreposition(List<Token> tokens, EntityType type, int start, int end) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.start() == start
          && t.word().equals(t.word().toLowerCase(java.util.Locale.ROOT))
          && t.pos().matches("IN|TO|CC|DT")
          && tokens.get(k + 1).start() < end) {
        // "rename Columbus Day as Indigenous Peoples Day" (AllSides train-1777): the tagger took
        // "as" into the name; no name opens with a function word in lower case
        return tokens.get(k + 1).start();
      }
    }
    if (type != EntityType.PERSON || tokens.isEmpty() || tokens.get(0).start() != start) {
      return start;
    }
    Token first = tokens.get(0);
    if (!(first.pos().equals("IN") || first.pos().equals("TO"))
        || tokens.size() < 2
        || tokens.get(1).start() >= end) {
      return start;
    }
    return tokens.get(1).start();
  }

  private static volatile Annotator shared;

  private final StanfordCoreNLP pipeline;

  private Annotator(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The pipeline settings: coarse NER (fine-grained costs 2x), paragraphs never joined. */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    p.setProperty("pos.maxlen", "200");
    p.setProperty("ner.maxlen", "200");
    return p;
  }

  /** The process-wide annotator, loaded on first use. */
  public static Annotator shared() {
    Annotator a = shared;
    if (a == null) {
      synchronized (Annotator.class) {
        a = shared;
        if (a == null) {
          edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
          a = new Annotator(properties());
          shared = a;
        }
      }
    }
    return a;
  }

  /**
   * Annotates a cleaned document. Sentence ids are {@code articleId.S1...}; all offsets index
   * {@code doc.text()}. Dates are resolved against {@code published} when given and kept relative
   * otherwise. Runs of text with no sentence end over {@link TextBudget#MAX_RUN_WORDS} words are
   * parsed as several sentences ({@link TextBudget#pieces}); the length of the whole is the
   * caller's to bound ({@link TextBudget#fit}).
   */
  public List<Sentence> annotate(
      CleanDocument doc, String articleId, Optional<LocalDate> published) {
    return TimeFixer.fix(annotateRaw(doc, articleId, published), doc.text(), published);
  }

  /** The sentences with SUTime's time expressions as it found them, before {@link TimeFixer}. */
  List<Sentence> annotateRaw(CleanDocument doc, String articleId, Optional<LocalDate> published) {
    List<Sentence> out = new ArrayList<>();
    for (int[] piece : TextBudget.pieces(doc.text())) {
      annotate(doc, piece[0], piece[1], articleId, published, out);
    }
    return out;
  }

  /** Annotates {@code [from, to)} of the document's text, adding its sentences to {@code out}. */
  private void annotate(
      CleanDocument doc,
      int from,
      int to,
      String articleId,
      Optional<LocalDate> published,
      List<Sentence> out) {
    Annotation ann = new Annotation(pairedSurrogates(doc.text().substring(from, to)));
    published.ifPresent(d -> ann.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(ann);
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int start = from + labels.get(0).beginPosition();
      int end = from + labels.get(labels.size() - 1).endPosition();
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        tokens.add(
            new Token(
                l.word(),
                orEmpty(l.lemma()),
                orEmpty(l.tag()),
                l.ner() == null ? "O" : l.ner(),
                from + l.beginPosition(),
                from + l.endPosition()));
      }
      List<Mention> mentions = new ArrayList<>();
      List<TimeExpression> times = new ArrayList<>();
      List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (ms != null) {
        // SUTime marks words such as "Summers", "Daily" or "SEC" inside a name ("Lawrence H.
        // Summers", "USA Today", "the SEC") as times; the tagger's name wins, and no part of the
        // same time expression is kept ("the" of "the SEC")
        Set<String> inNames = new HashSet<>();
        for (CoreMap m : ms) {
          Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
          if (timex != null
              && timex.tid() != null
              && typeOf(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)).isPresent()) {
            inNames.add(timex.tid());
          }
        }
        for (CoreMap m : ms) {
          String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          int ms0 = from + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int ms1 = from + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          String text = doc.text().substring(ms0, ms1);
          Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
          Optional<EntityType> type = typeOf(tag);
          if (type.isPresent() && text.codePoints().noneMatch(Character::isLetter)) {
            // "Of the 288 candidates" (ECB+ topic 11): the tagger took a bare number for a place;
            // a name has a letter
            continue;
          }
          if (type.isPresent()) {
            int opening = openingPreposition(tokens, type.get(), ms0, ms1);
            if (opening > ms0) {
              // "Under O'Brien, the former head coach ..." (ECB+ topic 5): the tagger took the
              // sentence's capitalised first word into the person's name
              text = doc.text().substring(opening, ms1);
              ms0 = opening;
            }
            int and = listedPair(doc.text(), ms0, text);
            if (and > 0) {
              // "magazines including Wink, Beauty Parade, Twitter and Playboy" (ECB+ topic 4): the
              // tagger ran the list's last two names into one; each is named apart
              mentions.add(new Mention(text.substring(0, and), type.get(), ms0, ms0 + and, ""));
              int second = and + " and ".length();
              mentions.add(new Mention(text.substring(second), type.get(), ms0 + second, ms1, ""));
            } else {
              mentions.add(new Mention(text, type.get(), ms0, ms1, ""));
            }
            continue;
          }
          if (timex != null && !inNames.contains(timex.tid())) {
            times.add(
                new TimeExpression(
                    text, orEmpty(timex.timexType()), orEmpty(timex.value()), ms0, ms1));
            continue;
          }
        }
      }
      int cut = letterEndsSentence(tokens);
      if (cut > 0) {
        // "... the mayor wrote in a post on X. “We will rebuild ...": two sentences
        int mid = tokens.get(cut).start();
        add(
            doc,
            articleId,
            out,
            start,
            tokens.get(cut - 1).end(),
            tokens.subList(0, cut),
            mentions,
            times);
        add(doc, articleId, out, mid, end, tokens.subList(cut, tokens.size()), mentions, times);
      } else {
        add(doc, articleId, out, start, end, tokens, mentions, times);
      }
    }
  }

  /** Adds the sentence at {@code [start, end)}, or joins it to the one before where it goes on. */
  private static void add(
      CleanDocument doc,
      String articleId,
      List<Sentence> out,
      int start,
      int end,
      List<Token> tokens,
      List<Mention> mentions,
      List<TimeExpression> times) {
    Sentence cur =
        new Sentence(
            articleId + ".S" + (out.size() + 1),
            kindAt(doc, start),
            doc.text().substring(start, end),
            start,
            end,
            List.copyOf(tokens),
            mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList(),
            times.stream().filter(t -> t.start() >= start && t.end() <= end).toList());
    Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last != null
        && !doc.text().substring(last.end(), start).contains("\n\n")
        && joins(last, cur)) {
      out.set(out.size() - 1, joined(doc.text(), last, cur));
    } else {
      out.add(cur);
    }
  }

  /**
   * Where a sentence the splitter left whole starts again: after a capital letter and its full stop
   * read as an initial, right after a preposition and before an opening quotation mark ("said in a
   * post on X. “We will rebuild ..."); an initial inside a name follows a name ("John F. “Jack”
   * Kennedy"). The index of the token that starts the second sentence, or -1.
   */
  static int letterEndsSentence(List<Token> tokens) {
    for (int k = 1; k + 1 < tokens.size(); k++) {
      Token t = tokens.get(k);
      Token before = tokens.get(k - 1);
      if (t.word().matches("\\p{Lu}\\.")
          && before.pos().equals("IN")
          && Character.isLowerCase(before.word().charAt(0))
          && tokens.get(k + 1).pos().equals("``")) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Currency signs as the tokenizer gives them before an amount. */
  private static final Set<String> CURRENCY = Set.of("$", "US$", "£", "€", "¥", "#");

  /** A company's suffixes written short with a full stop ("Inc.", "Corp."). */
  private static final Set<String> COMPANY_SHORT =
      Set.of("inc.", "corp.", "co.", "ltd.", "llc.", "plc.", "cos.");

  /** A title's short forms with their full stop ("sen.", "dep."; {@code roles.tsv}). */
  private static final Set<String> TITLE_ABBREVIATIONS =
      dev.parallax.internal.TitleAbbreviations.WRITTEN.stream()
          .filter(w -> w.endsWith("."))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Where the sentence splitter broke a sentence that goes on: a quotation mark or bracket left on
   * its own ("... was recovered. \"") closes the sentence before it; a title's short form that ends
   * one ("Dep." | "Ortiz is the fifth deputy ...", "said Police Const." | "Tim Fanning ...") and a
   * number sign before its number ("in case No." | "VA089897 filed ...") open the next; a number is
   * not cut at its decimal point ("worth $2." | "6 million").
   */
  private static boolean joins(Sentence last, Sentence cur) {
    if (cur.tokens().stream().noneMatch(Annotator::hasWord)) {
      return true;
    }
    // "... wouldn't play for Jim..." | "that they'd all come back ...": a sentence does not start
    // in lower case (a name such as "iPhone" or "eBay" may)
    String first =
        cur.tokens().stream().filter(Annotator::hasWord).findFirst().orElseThrow().word();
    if (Character.isLowerCase(first.codePointAt(0))
        && first.codePoints().skip(1).noneMatch(Character::isUpperCase)) {
      return true;
    }
    List<Token> lt = last.tokens();
    String end = lt.get(lt.size() - 1).word();
    String before = lt.size() >= 2 ? lt.get(lt.size() - 2).word() : "";
    // the tokenizer ends "said Police Const." with "Const." or with "Const" and its full stop
    String lastWord = end.equals(".") ? before + "." : end;
    if (TITLE_ABBREVIATIONS.contains(lastWord.toLowerCase(java.util.Locale.ROOT))
        && Character.isUpperCase(cur.text().charAt(0))) {
      return true;
    }
    // "a subpoena to Twitter Inc." | "Chief Executive Jack Dorsey after ...": a company's short
    // suffix before a person's title goes on with the title (AllSides train-1400)
    String company = lastWord.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.+$", ".");
    if (COMPANY_SHORT.contains(company)
        && RoleWords.ALL.contains(first.toLowerCase(java.util.Locale.ROOT))
        && Character.isUpperCase(first.codePointAt(0))) {
      return true;
    }
    // the tokenizer ends "case No." with "No." or with "No" and its full stop
    boolean numberSign =
        end.equals("No.") || end.equals("Nos.") || end.equals(".") && before.matches("Nos?");
    if (numberSign && cur.tokens().get(0).word().codePoints().anyMatch(Character::isDigit)) {
      return true;
    }
    // "worth $2." | "6 million", "(11." | "30 p.m. ET)", "(£1." | "6m) in gems": a number broken at
    // its decimal point (a year ends a sentence with four digits)
    // "a record of 182 - 158 (." | "535)": a fraction's point after its opening bracket
    // (ECB+ writes ".535" as ". 535"); no sentence ends with an opening bracket
    if (end.equals(".")
        && (before.equals("(") || before.equals("-LRB-"))
        && cur.tokens().get(0).word().matches("\\d+")) {
      return true;
    }
    boolean brokenNumber =
        end.matches("\\d{1,2}\\.") || end.equals(".") && before.matches("\\d{1,2}");
    // "A $103." | "1 million sum" (ECB+ topic 10): three digits after a currency sign too
    String third = lt.size() >= 3 ? lt.get(lt.size() - 3).word() : "";
    brokenNumber |=
        end.matches("\\d{3}\\.") && CURRENCY.contains(before)
            || end.equals(".") && before.matches("\\d{3}") && CURRENCY.contains(third);
    if (brokenNumber && cur.tokens().get(0).word().matches("\\d+(?:m|bn|k|am|pm)?")) {
      return true;
    }
    // "a loaded. 38 - caliber revolver", "pointed a. 38": a calibre's point read as a full stop
    // (ECB+ topic 19); no sentence ends with an article
    List<Token> ct = cur.tokens();
    boolean digitsFirst = ct.get(0).word().matches("\\d+");
    boolean article = lastWord.matches("(?i)(?:a|an|the)\\.");
    boolean calibre = false;
    for (int k = 1; k < Math.min(4, ct.size()); k++) {
      calibre |= ct.get(k).word().toLowerCase(java.util.Locale.ROOT).matches("-?calib(?:er|re)");
    }
    return digitsFirst && (article || calibre);
  }

  private static Sentence joined(String text, Sentence last, Sentence cur) {
    List<Token> tokens = new ArrayList<>(last.tokens());
    tokens.addAll(cur.tokens());
    List<Mention> mentions = new ArrayList<>(last.mentions());
    mentions.addAll(cur.mentions());
    List<TimeExpression> times = new ArrayList<>(last.times());
    times.addAll(cur.times());
    return new Sentence(
        last.id(),
        last.kind(),
        text.substring(last.start(), cur.end()),
        last.start(),
        cur.end(),
        tokens,
        mentions,
        times);
  }

  /** Maps a CoreNLP tag to a Parallax entity type; numbers and dates are not entities. */
  public static Optional<EntityType> typeOf(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    switch (tag) {
      case "PERSON":
        return Optional.of(EntityType.PERSON);
      case "ORGANIZATION":
        return Optional.of(EntityType.ORGANIZATION);
      case "LOCATION":
      case "COUNTRY":
      case "CITY":
      case "STATE_OR_PROVINCE":
        return Optional.of(EntityType.PLACE);
      case "MISC":
      case "NATIONALITY":
        return Optional.of(EntityType.OTHER);
      default:
        return Optional.empty();
    }
  }

  private static boolean hasWord(Token t) {
    return t.word().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static BlockKind kindAt(CleanDocument doc, int offset) {
    for (Block b : doc.blocks()) {
      if (offset >= b.start() && offset < b.end()) {
        return b.kind();
      }
    }
    return BlockKind.BODY;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * The text with each unpaired surrogate (half of a character that a broken encoding or a cut
   * left) replaced by U+FFFD, of the same length so that offsets still index the text: CoreNLP's
   * lemmatizer stops with an {@link Error} on one ("could not match input").
   */
  static String pairedSurrogates(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
              : !Character.isLowSurrogate(c)
                  || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (!paired) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }
}
