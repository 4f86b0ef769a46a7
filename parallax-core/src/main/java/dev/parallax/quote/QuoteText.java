package dev.parallax.quote;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import dev.parallax.quote.QuoteFinder.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one article as {@link QuoteFinder} reads it to attribute quotations: its paragraphs,
 * which tokens lie inside quotation marks, and the search for a cue's subject (a person or
 * organisation mention, a role, or a pronoun resolved to an earlier speaker) and for the segments
 * of a sentence around a quotation. Not thread-safe; one instance per article.
 */
abstract class QuoteText {
  static final Set<String> PRONOUNS = DataFiles.words("grammar.tsv", "subject-pronoun");
  static final Set<String> AUXILIARIES = DataFiles.words("grammar.tsv", "auxiliary");

  /** What may follow a verb of saying and still be part of the cue: "said in a post on X". */
  static final Pattern CUE_TAIL =
      Pattern.compile(
          "^(?:\\s+(?:in|on|during|at)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:post|statement|tweet|interview|message"
              + "|video|briefing|speech|letter|news conference|press conference|press release|address)"
              + "(?:\\s+(?:on|to)\\s+(?:X|Twitter|Facebook|Telegram|Instagram|Truth Social|social media"
              + "|state television|state media|reporters))?"
              + "|\\s+on\\s+(?:X|Twitter|Facebook|Telegram|Instagram|Truth Social|social media))");

  static final int MAX_SUBJECT_DISTANCE = 12;
  static final int PRONOUN_LOOKBACK = 6;

  final Article article;
  final String text;
  final List<Sentence> sentences;
  final Map<String, Entity> entities;
  final List<int[]> paragraphs = new ArrayList<>();
  final int[] paragraphOf;

  /** Per sentence, per token: inside a quotation (marks included). */
  final boolean[][] inside;

  final List<Found> found = new ArrayList<>();

  QuoteText(Article article, Map<String, Entity> entities) {
    this.article = article;
    this.text = article.text();
    this.sentences = article.sentences().stream().map(QuoteText::withPossessives).toList();
    this.entities = entities;
    Matcher m = Pattern.compile("\\n\\s*\\n").matcher(text);
    int at = 0;
    while (m.find()) {
      paragraphs.add(new int[] {at, m.start()});
      at = m.end();
    }
    paragraphs.add(new int[] {at, text.length()});
    paragraphOf = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      paragraphOf[i] = paragraphAt(sentences.get(i).start());
    }
    inside = new boolean[sentences.size()][];
    for (int i = 0; i < sentences.size(); i++) {
      inside[i] = new boolean[sentences.get(i).tokens().size()];
    }
  }

  /**
   * The sentence with a plural possessive's apostrophe ("Sanders’ campaign manager"), which the
   * tagger reads as a closing quotation mark, tagged as the possessive it is: a mark right after a
   * word ending in s, before a word, with no single quotation opened before it in the sentence.
   */
  static Sentence withPossessives(Sentence s) {
    List<Token> toks = s.tokens();
    List<Token> out = null;
    int open = 0;
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      boolean single = t.word().equals("’") || t.word().equals("'") || t.word().equals("‘");
      if (single && t.pos().equals("``")) {
        open++;
      } else if (single && t.pos().equals("''")) {
        Token prev = k > 0 ? toks.get(k - 1) : null;
        Token next = k + 1 < toks.size() ? toks.get(k + 1) : null;
        if (open == 0
            && prev != null
            && next != null
            && prev.end() == t.start()
            && next.start() > t.end()
            && next.isWord()
            && prev.word().toLowerCase(Locale.ROOT).endsWith("s")) {
          if (out == null) {
            out = new ArrayList<>(toks);
          }
          out.set(k, new Token(t.word(), t.lemma(), "POS", t.ner(), t.start(), t.end()));
        } else {
          open = Math.max(0, open - 1);
        }
      }
    }
    if (out == null) {
      return s;
    }
    return new Sentence(
        s.id(), s.kind(), s.text(), s.start(), s.end(), out, s.mentions(), s.times());
  }

  record Cue(int s, int index, int endIndex, boolean according, String text, int offset) {}

  /** Who a cue points at: a mention, a pronoun still to resolve, or a role already resolved. */
  record Subject(Mention mention, String pronoun, int offset, Entity resolved) {
    Subject(Mention mention, String pronoun, int offset) {
      this(mention, pronoun, offset, null);
    }
  }

  int paragraphAt(int offset) {
    for (int p = 0; p < paragraphs.size(); p++) {
      if (offset < paragraphs.get(p)[1] || p == paragraphs.size() - 1) {
        return p;
      }
    }
    return paragraphs.size() - 1;
  }

  /** The sentence containing {@code offset}, or the first one after it; -1 if none. */
  int sentenceAt(int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (offset < sentences.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  /** The cue word at token {@code k} of sentence {@code s}, or null when it is none. */
  abstract Cue cueAt(int s, int k);

  /** Verbs of naming ("named", "dubbed", "called"), {@code attribution.tsv}. */
  static final java.util.Set<String> NAMING_VERBS =
      DataFiles.words("attribution.tsv", "naming-verb");

  /**
   * "a written statement", "his stated aim", "the reported deal": a participle used as an
   * adjective.
   */
  static boolean adjectival(List<Token> toks, int k) {
    String before = k > 0 ? toks.get(k - 1).pos() : "";
    if (before.equals("DT") || before.equals("PRP$")) {
      return true;
    }
    if (inHyphenatedWord(toks, k)) {
      return true; // part of a word with a hyphen: "signed-up members", "a long-awaited report"
    }
    String pos = toks.get(k).pos();
    if ((pos.equals("VBN") || pos.equals("VBG"))
        && k > 1
        && toks.get(k - 1).word().equals("-")
        && toks.get(k - 2).pos().matches("RB|JJ")) {
      // the same word written with spaces around its hyphen: "the so - called \"Teflon Don\""
      // (ECB+ topic 26), "a long - awaited report"
      return true;
    }
    if (pos.equals("VBN")
        && k > 0
        && toks.get(k - 1).pos().startsWith("NN")
        && NAMING_VERBS.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT))
        && agentBy(toks, k + 1, 8, j -> false, w -> w.equals(",") || w.equals(".") || w.equals(";"))
            >= 0) {
      // "the man dubbed the \"Oddfather\" by tabloid newspapers" (ECB+ topic 26): a participle of
      // naming right after its noun, with its agent after the name, qualifies the noun, which
      // names no one who speaks ("one councillor called Leeds ..." still speaks)
      return true;
    }
    return (pos.equals("VBN") || pos.equals("VBG"))
        && k + 1 < toks.size()
        && toks.get(k + 1).pos().startsWith("NN")
        && (before.startsWith("JJ") || before.equals("IN"));
  }

  /**
   * Token {@code k} is part of a word the tokenizer parted at a hyphen written without spaces
   * ("beefed-up", "long-awaited"), not beside a dash ("said — on Twitter — that").
   */
  static boolean inHyphenatedWord(List<Token> toks, int k) {
    return k > 0 && hyphenJoins(toks, k - 1, k)
        || k + 1 < toks.size() && hyphenJoins(toks, k, k + 1);
  }

  private static boolean hyphenJoins(List<Token> toks, int a, int b) {
    Token x = toks.get(a);
    Token y = toks.get(b);
    Token hyphen = x.pos().equals("HYPH") ? x : y.pos().equals("HYPH") ? y : null;
    return hyphen != null
        && (hyphen.word().equals("-") || hyphen.word().equals("\u2010"))
        && x.end() == y.start();
  }

  /** The quotation ends on a comma, "!" or "?", as a quotation its speaker follows does. */
  boolean closedBySpeech(Found f) {
    int e = f.span.end();
    while (e > f.span.start() && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      char c = text.charAt(--e);
      if (c == ',' || c == '!' || c == '?') {
        return true;
      }
    }
    int at = f.span.end();
    while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) {
      if (text.charAt(at++) == ',') {
        return true;
      }
    }
    return false;
  }

  static boolean finiteVerb(Token t) {
    String p = t.pos();
    return (p.equals("VBD") || p.equals("VBZ"))
        && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------- segments

  /** Token indexes of the quote's end sentence after the quote, up to the next quotation. */
  List<Integer> afterSegment(Found f) {
    List<Integer> out = new ArrayList<>();
    List<Token> toks = sentences.get(f.endSentence).tokens();
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).start() < f.span.end()) {
        continue;
      }
      if (inside[f.endSentence][k]) {
        if (!out.isEmpty() || toks.get(k).start() > f.span.end() + 1) {
          break;
        }
        continue;
      }
      String w = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals(";")
          || (k > 0 && toks.get(k - 1).word().equals(",") && NEW_CLAUSE.contains(w))) {
        break; // '"a sticking plaster", while Labour said ...': the next clause has its own speaker
      }
      out.add(k);
    }
    return out;
  }

  static final java.util.Set<String> NEW_CLAUSE = DataFiles.words("grammar.tsv", "new-clause");

  /**
   * Token indexes of the quote's start sentence before the quote, back to the previous quotation.
   */
  List<Integer> beforeSegment(Found f) {
    List<Integer> out = new ArrayList<>();
    List<Token> toks = sentences.get(f.startSentence).tokens();
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).start() >= f.span.start() - 1) {
        break;
      }
      if (inside[f.startSentence][k]) {
        out.clear();
      } else {
        out.add(k);
      }
    }
    return out;
  }

  /** Token indexes at the start of a sentence, up to its first quotation. */
  List<Integer> leadingSegment(int s) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < inside[s].length && !inside[s][k]; k++) {
      out.add(k);
    }
    return out;
  }

  /**
   * Token indexes at the start of sentence {@code s} after {@code f}'s closing mark, which the
   * splitter may have put there ("...?" / " Rubio said."), up to the next quotation.
   */
  List<Integer> leadingSegment(int s, Found f) {
    List<Token> toks = sentences.get(s).tokens();
    int k = 0;
    while (k < toks.size() && inside[s][k] && toks.get(k).start() < f.span.end() + 2) {
      k++;
    }
    List<Integer> out = new ArrayList<>();
    for (; k < toks.size() && !inside[s][k]; k++) {
      out.add(k);
    }
    return out;
  }

  Cue firstCue(int s, List<Integer> segment) {
    Cue described = null;
    for (int k : segment) {
      Cue c = cueAt(s, k);
      if (c != null && described == null && describesName(s, c)) {
        described = c; // a later cue of the segment goes first
      } else if (c != null) {
        return c;
      }
    }
    return described;
  }

  /**
   * A participle that opens a description set off after a name: ""...," Olympic medalist Simone
   * Biles, widely considered the greatest U.S. gymnast of all time, said" (AllSides train-808)
   * describes her; "said" is the cue.
   */
  private boolean describesName(int s, Cue c) {
    List<Token> toks = sentences.get(s).tokens();
    String pos = toks.get(c.index()).pos();
    if (!pos.equals("VBN") && !pos.equals("VBG")) {
      return false;
    }
    int j = c.index() - 1;
    while (j >= 0 && toks.get(j).pos().startsWith("RB")) {
      j--;
    }
    return j >= 1 && toks.get(j).word().equals(",") && toks.get(j - 1).pos().startsWith("NNP");
  }

  boolean noOtherVerbBetween(int s, List<Integer> segment, Cue c) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k : segment) {
      if (k >= c.index()) {
        return true;
      }
      String pos = toks.get(k).pos();
      if (pos.startsWith("VB") || pos.equals("MD") || pos.equals("CC") && k == c.index() - 1) {
        return false; // '"..." and urged': a predicate of its own; the quote is the verb's before
      }
    }
    return true;
  }

  int words(int s, List<Integer> segment) {
    int n = 0;
    for (int k : segment) {
      if (isWord(sentences.get(s).tokens().get(k))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The words of a quotation's sentence before it are at most a conjunction or a connecting adverb
   * ("But "..."", "And then "...""): the quotation goes on with the statement before it.
   */
  boolean opensBare(Found f) {
    List<Integer> segment = beforeSegment(f);
    List<Token> toks = sentences.get(f.startSentence).tokens();
    int n = 0;
    for (int k : segment) {
      Token t = toks.get(k);
      if (!isWord(t)) {
        continue;
      }
      if (++n > 2 || !(t.pos().equals("CC") || t.pos().equals("RB"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end offset of a participial phrase opening sentence {@code s} up to its comma ("Asked about
   * her vote in the event that Clinton faces Trump, she replied"): the names in it are the
   * participle's objects, not the subject a later pronoun refers to; -1 when the sentence does not
   * open so.
   */
  int participialOpening(int s) {
    List<Token> toks = sentences.get(s).tokens();
    int k = 0;
    while (k < toks.size() && toks.get(k).pos().equals("RB")) {
      k++;
    }
    if (k >= toks.size()
        || !(toks.get(k).pos().equals("VBN") || toks.get(k).pos().equals("VBG"))
        || toks.get(k).word().equalsIgnoreCase("according")) {
      return -1; // "According to X, ...": X is the source, not an object
    }
    for (int j = k + 1; j < toks.size(); j++) {
      if (inside[s][j]) {
        return -1;
      }
      if (toks.get(j).word().equals(",")) {
        return toks.get(j).start();
      }
    }
    return -1;
  }

  /**
   * The subject after a phrase or clause that a preposition or conjunction opens sentence {@code s}
   * with, up to its comma ("In a letter addressed to acting Director of National Intelligence
   * Joseph Maguire, the lead attorney for the whistleblower, Andrew Bakaj, alluded"): the offsets
   * {@code [from, to)} from that comma to the first finite verb or relative pronoun after it, where
   * the subject is, since the names before the comma are the phrase's objects. Null when the
   * sentence does not open so, or opens with the holder of a view ({@link #PERSPECTIVE}: "For Mr.
   * Rubio, who has been called a Republican Obama, articulating ...").
   */
  int[] subjectAfterOpening(int s) {
    List<Token> toks = sentences.get(s).tokens();
    if (toks.isEmpty()
        || !toks.get(0).pos().equals("IN")
        || PERSPECTIVE.contains(toks.get(0).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int comma = -1;
    for (int j = 1; j < toks.size(); j++) {
      if (inside[s][j]) {
        return null;
      }
      if (comma < 0 && toks.get(j).word().equals(",")) {
        comma = j;
      } else if (comma >= 0
          && (FINITE.contains(toks.get(j).pos())
              || toks.get(j).pos().equals("WP")
              || toks.get(j).pos().equals("WDT"))) {
        return j == comma + 1 ? null : new int[] {toks.get(comma).start(), toks.get(j).start()};
      }
    }
    return null;
  }

  /**
   * Prepositions whose object is the one whose view or likeness the sentence gives ("For Jonathan
   * Chait, Williamson is exposing ...", "To Florida consultant Wilson, the official party line ...
   * is just plain silly", "Like Obama, ..."), or the source ("According to X").
   */
  private static final Set<String> PERSPECTIVE =
      Set.of("according", "for", "to", "like", "unlike", "as");

  /** Finite verbs and modals: the tags of a verb that makes a clause of its own. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  boolean sameParagraph(int a, int b) {
    return a >= 0 && b < sentences.size() && paragraphOf[a] == paragraphOf[b];
  }

  Found lastQuoteEndingIn(int s, Found before) {
    Found last = null;
    for (Found q : found) {
      if (q == before) {
        break;
      }
      if (q.endSentence == s) {
        last = q;
      }
    }
    return last;
  }

  /** Tokens {@code [from, to)} are determiners, adjectives and nouns: titles before a name. */
  boolean titlesOnly(int s, int from, int to) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k = from; k < to; k++) {
      String p = toks.get(k).pos();
      if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cue at {@code cue}, after an "it" subject ending at token {@code subjectEnd}, is a verb of
   * seeming or a passive with a form of "be" ("it appears", "it was reported", "it can be argued"):
   * no one is behind the "it".
   */
  static boolean impersonalCue(List<Token> toks, int subjectEnd, int cue) {
    String lemma = toks.get(cue).lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("appear") || lemma.equals("seem")) {
      return true;
    }
    if (!toks.get(cue).pos().equals("VBN")) {
      return false;
    }
    for (int x = subjectEnd; x < cue; x++) {
      if (toks.get(x).lemma().equalsIgnoreCase("be")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first "by" from {@code from} within {@code window} tokens, skipping the tokens
   * {@code skip} names and stopping at a word {@code stop} names (lower case), or -1: the "by" that
   * names a passive's agent in its clause.
   */
  static int agentBy(
      List<Token> toks,
      int from,
      int window,
      java.util.function.IntPredicate skip,
      java.util.function.Predicate<String> stop) {
    for (int j = from; j < toks.size() && j < from + window; j++) {
      if (skip.test(j)) {
        continue;
      }
      String w = toks.get(j).word().toLowerCase(Locale.ROOT);
      if (w.equals("by")) {
        return j;
      }
      if (stop.test(w)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the past participle at {@code k} is a passive: a form of "be" or "get" before it, past
   * adverbs ("was called", "were quickly called", "got asked").
   */
  static boolean passive(List<Token> toks, int k) {
    if (!toks.get(k).pos().equals("VBN")) {
      return false;
    }
    int b = k - 1;
    while (b >= 0 && toks.get(b).pos().equals("RB")) {
      b--;
    }
    String be = b < 0 ? "" : toks.get(b).lemma().toLowerCase(Locale.ROOT);
    return be.equals("be") || be.equals("get");
  }

  static boolean isAuxiliaryOrAdverb(Token t) {
    String p = t.pos();
    return p.equals("RB")
        || p.equals("MD")
        || p.startsWith("VB") && AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  int tokenAt(int s, int offset) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).end() > offset) {
        return k;
      }
    }
    return toks.size() - 1;
  }

  /** The first word of sentence {@code t} outside quotation marks is {@code pronoun}. */
  boolean opensWith(int t, String pronoun) {
    List<Token> toks = sentences.get(t).tokens();
    for (int k = 0; k < toks.size(); k++) {
      if (!inside[t][k]
          && isWord(toks.get(k))
          && !toks.get(k).pos().equals("CC")
          && !toks.get(k).pos().equals("RB")) {
        return toks.get(k).word().equalsIgnoreCase(pronoun);
      }
    }
    return false;
  }

  boolean insideQuote(int s, Mention m) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).start() >= m.start() && toks.get(k).end() <= m.end()) {
        return inside[s][k];
      }
    }
    return false;
  }

  /** The first word of sentence {@code s} is lowercase: the splitter cut a sentence short. */
  boolean opensLowercase(int s) {
    for (Token t : sentences.get(s).tokens()) {
      if (isWord(t)) {
        return Character.isLowerCase(t.word().codePointAt(0));
      }
    }
    return false;
  }

  /**
   * A clause of more than four words, opened by a pronoun, a determiner or "that", follows the cue
   * ("Kasich said he would have fired ..."): the cue governs it, not the quotation before.
   */
  boolean ownContent(int s, Cue c) {
    List<Token> toks = sentences.get(s).tokens();
    if (c.endIndex() >= toks.size()) {
      return false;
    }
    Token next = toks.get(c.endIndex());
    if (!(next.pos().equals("PRP") || next.pos().equals("DT") || next.word().equals("that"))) {
      return false;
    }
    int n = 0;
    for (int k = c.endIndex(); k < toks.size() && !toks.get(k).word().equals(","); k++) {
      n += isWord(toks.get(k)) ? 1 : 0;
    }
    return n > 4;
  }

  boolean endsWithColon(int s) {
    List<Token> toks = sentences.get(s).tokens();
    return !toks.isEmpty()
        && toks.get(toks.size() - 1).word().equals(":")
        && !inside[s][toks.size() - 1];
  }

  /** Token {@code k} ends a run of determiners, adjectives and nouns opened by a preposition. */
  boolean objectOfPreposition(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
      String p = toks.get(j).pos();
      if (p.equals("IN") || p.equals("TO")) {
        return true;
      }
      if (!(p.startsWith("NN")
          || p.startsWith("JJ")
          || p.equals("DT")
          || p.equals("CD")
          || p.equals("POS"))) {
        return false;
      }
    }
    return false;
  }

  /** The subject's mention is a possessor ("Clinton's introducer"), not the speaker. */
  boolean possessor(int s, Subject subj) {
    if (subj.mention() == null) {
      return false;
    }
    List<Token> toks = sentences.get(s).tokens();
    int k = tokenAt(s, subj.mention().end() - 1) + 1;
    return k < toks.size() && toks.get(k).pos().equals("POS");
  }

  static boolean isWord(Token t) {
    return t.isWord();
  }

  Article article() {
    return article;
  }

  /** The quotations found so far, in text order. */
  List<Found> found() {
    return found;
  }

  /** Whether token {@code k} of sentence {@code s} lies inside a quotation (its marks included). */
  boolean inside(int s, int k) {
    return inside[s][k];
  }

  /**
   * The first token of the clause of sentence {@code s} that ends before token {@code end} (the
   * comma a participle hangs from): after the last semicolon or colon, past quotation tokens and
   * past opening phrases closed by a comma ("In June, after Brown criticized Clinton, Hillary shot
   * back, saying").
   */
  int clauseStart(int s, int end) {
    List<Token> toks = sentences.get(s).tokens();
    int from = 0;
    for (int j = end - 1; j >= 0; j--) {
      if (toks.get(j).word().equals(";") || toks.get(j).word().equals(":")) {
        from = j + 1;
        break;
      }
    }
    while (from < end && inside[s][from]) {
      from++;
    }
    boolean opening = true;
    while (opening && from < end && toks.get(from).pos().matches("IN|WRB|RB")) {
      opening = false;
      for (int j = from + 1; j < end; j++) {
        if (toks.get(j).word().equals(",") && !inside[s][j]) {
          from = j + 1;
          opening = true;
          break;
        }
      }
    }
    return from;
  }

  /** {@code [start, end)} widened so that every quotation it touches lies inside it whole. */
  int[] widenToQuotations(int start, int end) {
    int a = start;
    int b = end;
    for (Found f : found) {
      if (f.span.start() - 1 < b && f.span.end() + 1 > a) {
        a = Math.min(a, f.span.start());
        b = Math.max(b, f.span.end());
      }
    }
    return new int[] {a, b};
  }

  static boolean finite(Token t) {
    String p = t.pos();
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  /**
   * A word of the titles and descriptions written before a name: "Washington Post columnist",
   * "retired Army Lt. Gen.", "the Clinton campaign's".
   */
  static boolean titleWord(Token t) {
    String p = t.pos();
    return p.startsWith("NN")
        || p.startsWith("JJ")
        || p.equals("HYPH")
        || p.equals("POS")
        || p.equals("CD")
        || p.equals("DT");
  }

  /**
   * A word opening a subordinate clause ("after", "when", "that"): the clause's subject follows it,
   * as it follows a sentence's start ("The issue came up after Mr. Doe, asked about it, had said").
   */
  static boolean subordinator(Token t) {
    String p = t.pos();
    return (p.equals("IN") && !t.word().equalsIgnoreCase("of")) || p.equals("WRB");
  }

  /**
   * A quotation mark, which stands outside the quotation when the comma before it was left out of
   * the quoted words (""...,” Jeff Doe, her campaign manager, said"), whichever way the tagger read
   * it.
   */
  static boolean closingMark(Token t) {
    return t.word().matches("[\"“”'’`]+");
  }

  /**
   * Tokens {@code [from, to)} between two commas hold a finite verb and do not open with a relative
   * pronoun: a clause of its own, not part of a description.
   */
  boolean ownClause(int s, int from, int to) {
    List<Token> toks = sentences.get(s).tokens();
    if (from >= to || toks.get(from).pos().startsWith("W")) {
      return false;
    }
    if (toks.get(from).pos().equals("VBD") || toks.get(from).pos().equals("VBN")) {
      return false; // "Mr. Doe, asked about it, had said": a participle, with no subject of its own
    }
    for (int k = from; k < to; k++) {
      String p = toks.get(k).pos();
      if (p.equals("WP") || p.equals("WP$")) {
        return false; // "a consultant who earlier had tried to ...": the verb is the relative's
      }
      if (finite(toks.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name on tokens {@code first..last} is the object of a verb or preposition before it
   * ("endorsed Clinton", "with MSNBC's Rachel Maddow") or qualifies a noun after it ("a Sanders
   * supporter"), so it is not the subject of a cue further on.
   */
  boolean objectAt(int s, int first, int last) {
    List<Token> toks = sentences.get(s).tokens();
    if (last + 1 < toks.size() && toks.get(last + 1).pos().startsWith("NN")) {
      return true;
    }
    for (int k = first - 1; k >= 0 && !inside[s][k]; k--) {
      String pos = toks.get(k).pos();
      if (pos.equals("DT")
          || pos.equals("PRP$")
          || pos.equals("POS")
          || pos.startsWith("NN")
          || pos.startsWith("JJ")) {
        continue; // "by NYPD commissioner Bill Bratton": titles before the name
      }
      return pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO");
    }
    return false;
  }
}
