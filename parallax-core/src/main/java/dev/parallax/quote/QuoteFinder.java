package dev.parallax.quote;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.GivenNames;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Speaker;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations of one article and attributes each. Attribution reads only the text around
 * the quote: a verb of saying before or after it in its sentence (or, failing that, in the adjacent
 * sentence), the cue's subject (the nearest person or organisation mention on the cue's side, or
 * the named source after an inverted "said the ministry" or "according to"), and a pronoun subject
 * resolved to the nearest earlier compatible speaker or mention. When that finds no one, the
 * speaker is empty and the reason says why. Not thread-safe; one instance per article.
 */
final class QuoteFinder {

  /** A found quotation with its attribution. */
  static final class Found {
    final QuoteMarks.Span span;
    final String text;
    final int startSentence;
    final int endSentence;
    final int paragraph;
    final boolean fragment;
    Optional<Speaker> speaker = Optional.empty();
    EntityType speakerType;
    String reason = "";
    String cue = "";
    int cueOffset = -1;

    Found(QuoteMarks.Span span, String text, int s, int e, int paragraph, boolean fragment) {
      this.span = span;
      this.text = text;
      this.startSentence = s;
      this.endSentence = e;
      this.paragraph = paragraph;
      this.fragment = fragment;
    }
  }

  /** Verbs that attribute only a quotation right beside them: "...," she joked. */
  private static final Set<String> QUOTE_VERBS = DataFiles.words("attribution.tsv", "quote-verb");

  /** Lemmas of verbs that introduce speech. */
  static final Set<String> SAY_LEMMAS =
      union(
          union(
              DataFiles.words("attribution.tsv", "speech-verb"),
              DataFiles.words("attribution.tsv", "cue-verb")),
          QUOTE_VERBS);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static final Set<String> PRONOUNS = DataFiles.words("grammar.tsv", "subject-pronoun");
  private static final Set<String> AUXILIARIES = DataFiles.words("grammar.tsv", "auxiliary");

  /** What may follow a verb of saying and still be part of the cue: "said in a post on X". */
  private static final Pattern CUE_TAIL =
      Pattern.compile(
          "^(?:\\s+(?:in|on|during|at)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:post|statement|tweet|interview|message"
              + "|video|briefing|speech|letter|news conference|press conference|press release|address)"
              + "(?:\\s+(?:on|to)\\s+(?:X|Twitter|Facebook|Telegram|Instagram|Truth Social|social media"
              + "|state television|state media|reporters))?"
              + "|\\s+on\\s+(?:X|Twitter|Facebook|Telegram|Instagram|Truth Social|social media))");

  private static final int MAX_SUBJECT_DISTANCE = 12;
  private static final int PRONOUN_LOOKBACK = 6;

  private final Article article;
  private final String text;
  private final List<Sentence> sentences;
  private final Map<String, Entity> entities;
  private final List<int[]> paragraphs = new ArrayList<>();
  private final int[] paragraphOf;

  /** Per sentence, per token: inside a quotation (marks included). */
  private final boolean[][] inside;

  private final List<Found> found = new ArrayList<>();
  private Sources sources;

  QuoteFinder(Article article, Map<String, Entity> entities) {
    this.article = article;
    this.text = article.text();
    this.sentences = article.sentences();
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

  List<Found> find() {
    if (sentences.isEmpty()) {
      return List.of();
    }
    List<QuoteMarks.Span> spans = QuoteMarks.find(text);
    for (QuoteMarks.Span sp : spans) {
      int lo = sp.start() - markBefore(sp.start());
      int hi = sp.end() + markAfter(sp.end());
      for (int si = 0; si < sentences.size(); si++) {
        List<Token> toks = sentences.get(si).tokens();
        for (int k = 0; k < toks.size(); k++) {
          Token t = toks.get(k);
          if (t.start() >= lo && t.end() <= hi) {
            inside[si][k] = true;
          }
        }
      }
    }
    for (QuoteMarks.Span sp : spans) {
      int s = sentenceAt(sp.start());
      int e = Math.max(s, sentenceAt(Math.max(sp.start(), sp.end() - 1)));
      String quoted = sp.text(text);
      if (s < 0 || quoted.isBlank()) {
        continue;
      }
      found.add(new Found(sp, quoted, s, e, paragraphAt(sp.start()), isFragment(sp)));
    }
    for (Found f : found) {
      attribute(f);
    }
    return found;
  }

  // ---------------------------------------------------------------- extraction helpers

  /** The width of the quotation mark (one character, or two for '' and ``) ending at {@code at}. */
  private int markBefore(int at) {
    if (at >= 2 && QuoteMarks.doubleWidth(text, at - 2, at) == 2) {
      return 2;
    }
    return at >= 1 ? 1 : 0;
  }

  /** The width of the quotation mark starting at {@code at}, at least one character. */
  private int markAfter(int at) {
    return Math.max(1, QuoteMarks.doubleWidth(text, at, text.length()));
  }

  private int paragraphAt(int offset) {
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

  /** At most four words, or no verb of its own. */
  private boolean isFragment(QuoteMarks.Span sp) {
    int words = 0;
    boolean verb = false;
    for (Sentence s : sentences) {
      if (s.end() <= sp.start() || s.start() >= sp.end()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.start() >= sp.start() && t.end() <= sp.end()) {
          if (t.isWord()) {
            words++;
          }
          if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
            verb = true;
          }
        }
      }
    }
    return words <= 4 || !verb;
  }

  // ---------------------------------------------------------------- attribution

  /** A verb of saying (or "according to") at token {@code index} of sentence {@code s}. */
  private record Cue(int s, int index, int endIndex, boolean according, String text, int offset) {}

  /** Who a cue points at: a mention, a pronoun still to resolve, or a role already resolved. */
  private record Subject(Mention mention, String pronoun, int offset, Entity resolved) {
    Subject(Mention mention, String pronoun, int offset) {
      this(mention, pronoun, offset, null);
    }
  }

  private void attribute(Found f) {
    // 1. a cue right after the quote: "...," she said / "...," said the ministry
    List<Integer> after = afterSegment(f);
    Cue firstAfter = firstCue(f.endSentence, after);
    if (firstAfter != null && noOtherVerbBetween(f.endSentence, after, firstAfter)) {
      if (tryCue(f, firstAfter)) {
        return;
      }
    }
    // 2. a cue before the quote, nearest first; a participle without subject defers to an earlier
    // cue
    Cue nearestBefore = null;
    List<Token> toks = sentences.get(f.startSentence).tokens();
    for (int k = toks.size() - 1; k >= 0; k--) {
      Token t = toks.get(k);
      if (t.start() >= f.span.start() || inside[f.startSentence][k]) {
        continue;
      }
      Cue c = cueAt(f.startSentence, k);
      if (c == null) {
        continue;
      }
      if (nearestBefore == null) {
        nearestBefore = c;
      }
      Optional<Subject> subj = subjectOf(c);
      if (subj.isPresent()) {
        settle(f, nearestBefore, subj.get());
        return;
      }
    }
    // 3. a cue after the quote but further away
    if (firstAfter != null && tryCue(f, firstAfter)) {
      return;
    }
    if (nearestBefore != null || firstAfter != null) {
      Cue c = nearestBefore != null ? nearestBefore : firstAfter;
      fail(f, "the cue '" + c.text() + "' names no person or organisation", c);
      return;
    }
    // ""...," Trump barked": a verb the lexicon does not list, right beside the quotation
    if (besideVerb(f)) {
      return;
    }
    // "Republican pollster Daron Shaw: "...": a name and a colon introduce the quotation
    Optional<Mention> introducer = colonIntroducer(f);
    if (introducer.isPresent()) {
      Entity e = entities.get(introducer.get().entity());
      f.speaker = Optional.of(new Speaker(e.id(), e.name()));
      f.speakerType = e.type();
      f.cue = ":";
      f.cueOffset = introducer.get().end();
      return;
    }
    // "Trump went even further: "..."": the subject of the clause the colon closes
    if (colonSubject(f, f.startSentence, beforeSegment(f))) {
      return;
    }
    // 4. the adjacent sentence: an attribution that follows, or the quote this one continues
    if (words(f.endSentence, after) == 0 && sameParagraph(f.endSentence, f.endSentence + 1)) {
      int n = f.endSentence + 1;
      List<Integer> lead = leadingSegment(n);
      Cue c = firstCue(n, lead.subList(0, Math.min(lead.size(), 8)));
      if (c != null && !introducesOwnQuote(n, lead, c) && tryCue(f, c)) {
        return;
      }
    }
    if (words(f.startSentence, beforeSegment(f)) == 0
        && sameParagraph(f.startSentence - 1, f.startSentence)) {
      int p = f.startSentence - 1;
      Found prev = lastQuoteEndingIn(p, f);
      if (prev != null && prev.speaker.isPresent()) {
        goOn(f, prev);
        return;
      }
      if (prev == null) {
        List<Token> pt = sentences.get(p).tokens();
        for (int k = pt.size() - 1; k >= 0; k--) {
          Cue c = inside[p][k] ? null : cueAt(p, k);
          if (c != null) {
            if (!tryCue(f, c)) {
              fail(f, "the cue '" + c.text() + "' names no person or organisation", c);
            }
            return;
          }
        }
      }
    }
    // a paragraph opening with a quotation and no attribution of its own goes on with the speaker
    // of
    // the quotation that closed the paragraph before ("..." said Murphy. / "I mean, ...")
    if (words(f.startSentence, beforeSegment(f)) == 0
        && f.startSentence > 0
        && !sameParagraph(f.startSentence - 1, f.startSentence)
        && paragraphOf[f.startSentence] == f.paragraph) {
      Found prev = lastQuoteEndingIn(f.startSentence - 1, f);
      if (prev == null && sameParagraph(f.startSentence - 2, f.startSentence - 1)) {
        // ""...?" / said Murphy, who ...": the paragraph's last sentence holds the cue alone
        Found earlier = lastQuoteEndingIn(f.startSentence - 2, f);
        if (earlier != null && earlier.cueOffset >= sentences.get(f.startSentence - 1).start()) {
          prev = earlier;
        }
      }
      if (prev != null && prev.speaker.isPresent()) {
        goOn(f, prev);
        return;
      }
      // "Reporter Jomana Karadsheh says:" closing the paragraph before introduces it
      if (prev == null && endsWithColon(f.startSentence - 1)) {
        List<Token> pt = sentences.get(f.startSentence - 1).tokens();
        for (int k = pt.size() - 1; k >= 0; k--) {
          Cue c = inside[f.startSentence - 1][k] ? null : cueAt(f.startSentence - 1, k);
          if (c != null && tryCue(f, c)) {
            return;
          }
        }
        if (colonSubject(f, f.startSentence - 1, leadingSegment(f.startSentence - 1))) {
          return;
        }
      }
    }
    if (signedBelow(f)) {
      return;
    }
    f.reason = "no verb of saying or named source next to the quote";
  }

  /**
   * A past or present verb right beside the quotation with its subject on either side ("...," Trump
   * barked / "...!" beamed Donald Hartley), when the lexicon does not list the verb.
   */
  private boolean besideVerb(Found f) {
    int s = f.endSentence;
    List<Integer> segment = afterSegment(f);
    if (words(s, segment) == 0 && sameParagraph(s, s + 1)) {
      s++; // ""This is fantastic!" / beamed Donald Hartley": split after the quotation
      segment = leadingSegment(s);
    }
    List<Token> toks = sentences.get(s).tokens();
    List<Integer> words = new ArrayList<>();
    for (int k : segment) {
      if (isWord(toks.get(k)) || !words.isEmpty()) {
        words.add(k);
      }
    }
    if (words.size() < 2 || !closedBySpeech(f)) {
      return false;
    }
    int first = words.get(0);
    if (finiteVerb(toks.get(first))) {
      Optional<Subject> subj = subjectAt(s, toks.get(first + 1));
      if (subj.isEmpty() || possessor(s, subj.get())) {
        return false;
      }
      settle(f, cueOf(s, first), subj.get());
      return true;
    }
    Optional<Subject> subj = subjectAt(s, toks.get(first));
    if (subj.isEmpty()) {
      return false;
    }
    int v = first + 1;
    if (subj.get().mention() != null) {
      v = tokenAt(s, subj.get().mention().end() - 1) + 1;
    }
    if (v >= toks.size() || !finiteVerb(toks.get(v)) || inside[s][v]) {
      return false;
    }
    settle(f, cueOf(s, v), subj.get());
    return true;
  }

  /** The quotation ends on a comma, "!" or "?", as a quotation its speaker follows does. */
  private boolean closedBySpeech(Found f) {
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

  private static boolean finiteVerb(Token t) {
    String p = t.pos();
    return (p.equals("VBD") || p.equals("VBZ"))
        && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The subject's mention is a possessor ("Clinton's introducer"), not the speaker. */
  private boolean possessor(int s, Subject subj) {
    if (subj.mention() == null) {
      return false;
    }
    List<Token> toks = sentences.get(s).tokens();
    int k = tokenAt(s, subj.mention().end() - 1) + 1;
    return k < toks.size() && toks.get(k).pos().equals("POS");
  }

  private Cue cueOf(int s, int k) {
    Token t = sentences.get(s).tokens().get(k);
    return new Cue(s, k, k + 1, false, t.word(), t.start());
  }

  /**
   * The quotation follows a colon closing a clause of sentence {@code s} ({@code segment}, the
   * tokens before the quotation): the clause's first person or organisation that is not the object
   * of a preposition ("In a Fox interview, Trump went even further:"), or its subject pronoun.
   */
  private boolean colonSubject(Found f, int s, List<Integer> segment) {
    List<Token> toks = sentences.get(s).tokens();
    int colon = -1;
    for (int k : segment) {
      if (isWord(toks.get(k))) {
        colon = -1;
      } else if (toks.get(k).word().equals(":")) {
        colon = k;
      }
    }
    if (colon < 0) {
      return false;
    }
    int from = 0;
    for (int k : segment) {
      if (k < colon && (toks.get(k).word().equals(";") || toks.get(k).word().equals(":"))) {
        from = k + 1;
      }
    }
    for (int k : segment) {
      if (k < from || k >= colon) {
        continue;
      }
      Optional<Subject> subj = subjectAt(s, toks.get(k));
      if (subj.isPresent() && !objectOfPreposition(s, k)) {
        Cue c = new Cue(s, colon, colon + 1, false, ":", toks.get(colon).start());
        settle(f, c, subj.get());
        return true;
      }
      if (toks.get(k).pos().startsWith("VB") && !toks.get(k).pos().equals("VBG")) {
        return false; // past the main verb: later names are its objects
      }
    }
    return false;
  }

  /** Token {@code k} ends a run of determiners, adjectives and nouns opened by a preposition. */
  private boolean objectOfPreposition(int s, int k) {
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

  /**
   * A quotation closing its paragraph signed by the next one: a dash and a name ("- Bernie
   * Sanders."), as epigraphs and fact-check lists attribute quotations.
   */
  private boolean signedBelow(Found f) {
    int n = f.endSentence + 1;
    if (n >= sentences.size()
        || sameParagraph(f.endSentence, n)
        || words(f.endSentence, afterSegment(f)) > 0) {
      return false;
    }
    List<Token> toks = sentences.get(n).tokens();
    if (toks.size() < 2 || !toks.get(0).word().matches("-+|[\u2013\u2014]")) {
      return false;
    }
    Optional<Subject> subj = subjectAt(n, toks.get(1));
    if (subj.isEmpty() || subj.get().mention() == null) {
      return false;
    }
    settle(f, new Cue(n, 0, 1, false, toks.get(0).word(), toks.get(0).start()), subj.get());
    return true;
  }

  private boolean endsWithColon(int s) {
    List<Token> toks = sentences.get(s).tokens();
    return !toks.isEmpty()
        && toks.get(toks.size() - 1).word().equals(":")
        && !inside[s][toks.size() - 1];
  }

  /** {@code f} continues {@code prev}'s statement: same speaker, same cue. */
  private static void goOn(Found f, Found prev) {
    f.speaker = prev.speaker;
    f.speakerType = prev.speakerType;
    f.cue = prev.cue;
    f.cueOffset = prev.cueOffset;
  }

  /**
   * "Mr. Zahed said: "..."": the cue opening the next sentence is that sentence's quotation's own.
   */
  private boolean introducesOwnQuote(int s, List<Integer> lead, Cue c) {
    if (lead.size() >= inside[s].length) {
      return false; // no quotation in that sentence
    }
    List<Token> toks = sentences.get(s).tokens();
    for (int k : lead) {
      if (k >= c.endIndex() && isWord(toks.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** A speaker-like mention right before a colon that opens the quotation, in its sentence. */
  private Optional<Mention> colonIntroducer(Found f) {
    List<Token> toks = sentences.get(f.startSentence).tokens();
    int k = -1;
    for (int x = 0; x < toks.size() && toks.get(x).end() <= f.span.start() - 1; x++) {
      k = x;
    }
    while (k >= 0 && inside[f.startSentence][k]) {
      k--;
    }
    if (k < 1 || !toks.get(k).word().equals(":")) {
      return Optional.empty();
    }
    Token before = toks.get(k - 1);
    for (Mention m : sentences.get(f.startSentence).mentions()) {
      if (m.start() <= before.start() && before.end() <= m.end() && speakerLike(m)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private boolean tryCue(Found f, Cue c) {
    Optional<Subject> subj = subjectOf(c);
    if (subj.isEmpty()) {
      return false;
    }
    settle(f, c, subj.get());
    return true;
  }

  private void settle(Found f, Cue c, Subject subj) {
    f.cue = c.text();
    f.cueOffset = c.offset();
    if (subj.resolved() != null) {
      f.speaker = Optional.of(new Speaker(subj.resolved().id(), subj.resolved().name()));
      f.speakerType = subj.resolved().type();
      return;
    }
    if (subj.mention() != null) {
      Entity e = entities.get(subj.mention().entity());
      f.speaker = Optional.of(new Speaker(e.id(), e.name()));
      f.speakerType = e.type();
      return;
    }
    resolvePronoun(subj.pronoun(), c.s(), subj.offset())
        .ifPresentOrElse(
            e -> {
              f.speaker = Optional.of(new Speaker(e.id(), e.name()));
              f.speakerType = e.type();
            },
            () ->
                f.reason =
                    "pronoun '"
                        + subj.pronoun()
                        + "' has no earlier compatible "
                        + (isPersonal(subj.pronoun()) ? "person" : "organisation")
                        + " in the "
                        + PRONOUN_LOOKBACK
                        + " sentences before");
  }

  private void fail(Found f, String reason, Cue c) {
    f.reason = reason;
    f.cue = c.text();
    f.cueOffset = c.offset();
  }

  private Cue cueAt(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    Token t = toks.get(k);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (w.equals("according")
        && k + 1 < toks.size()
        && toks.get(k + 1).word().equalsIgnoreCase("to")) {
      return new Cue(
          s, k, k + 2, true, text.substring(t.start(), toks.get(k + 1).end()), t.start());
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean particle =
        k + 1 < toks.size()
            && SAY_LEMMAS.contains(lemma + " " + toks.get(k + 1).word().toLowerCase(Locale.ROOT));
    if (!t.pos().startsWith("VB")
        || !(particle || SAY_LEMMAS.contains(lemma))
        || adjectival(toks, k)) {
      return null;
    }
    int tail = particle ? toks.get(k + 1).end() : t.end();
    Matcher m = CUE_TAIL.matcher(text.substring(tail, Math.min(text.length(), tail + 80)));
    int end = m.find() ? tail + m.end() : tail;
    int endIndex = k + 1;
    while (endIndex < toks.size() && toks.get(endIndex).end() <= end) {
      endIndex++;
    }
    String verb = particle ? lemma + " " + toks.get(k + 1).word().toLowerCase(Locale.ROOT) : lemma;
    if (QUOTE_VERBS.contains(verb) && !besideQuote(s, k, endIndex)) {
      return null; // "said as the talks began that ...": not a verb of saying away from a quote
    }
    return new Cue(s, k, endIndex, false, text.substring(t.start(), end), t.start());
  }

  /**
   * A quotation ends a few words before the verb with no other verb between ("...," Trump went on)
   * or opens right after it ("He joked: "...").
   */
  private boolean besideQuote(int s, int k, int endIndex) {
    List<Token> toks = sentences.get(s).tokens();
    for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
      if (inside[s][j]) {
        return true;
      }
      if (toks.get(j).pos().startsWith("VB")) {
        return false;
      }
    }
    if (k <= 6 && s > 0 && endsInsideQuote(s - 1)) {
      return true;
    }
    for (int j = endIndex; j < toks.size() && j < endIndex + 3; j++) {
      if (inside[s][j]) {
        return true;
      }
      if (isWord(toks.get(j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "a written statement", "his stated aim", "the reported deal": a participle used as an
   * adjective.
   */
  static boolean adjectival(List<Token> toks, int k) {
    String before = k > 0 ? toks.get(k - 1).pos() : "";
    if (before.equals("DT") || before.equals("PRP$")) {
      return true;
    }
    String pos = toks.get(k).pos();
    return (pos.equals("VBN") || pos.equals("VBG"))
        && k + 1 < toks.size()
        && toks.get(k + 1).pos().startsWith("NN")
        && (before.startsWith("JJ") || before.equals("IN"));
  }

  private Optional<Subject> subjectOf(Cue c) {
    if (c.according()) {
      return forwardSubject(c, 8);
    }
    Token verb = sentences.get(c.s()).tokens().get(c.index());
    if (rightAfterQuote(c)) {
      Optional<Subject> inverted = forwardSubject(c, 7);
      if (inverted.isPresent()) {
        return inverted;
      }
    }
    Optional<Subject> head = appositionHead(c);
    if (head.isPresent()) {
      return head; // names and roles inside the description are not the speaker
    }
    if (afterQuotedClause(c)
        && !AttributionFinder.HEARER_FIRST.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      // ""..." if she loses, said David Wasserman, an analyst": the source follows the cue
      Optional<Subject> inverted = forwardSubject(c, 4);
      if (inverted.isPresent()
          && endsPhrase(c.s(), inverted.get())
          && titlesOnly(c.s(), c.endIndex(), tokenAt(c.s(), inverted.get().offset()))) {
        return inverted;
      }
    }
    Optional<Subject> before = backwardSubject(c);
    if (before.isPresent() || verb.pos().equals("VBG") || verb.pos().equals("VBN")) {
      return before;
    }
    return forwardSubject(c, 3);
  }

  /** The cue follows a comma closing a clause that holds a quotation: ""...," if ..., said X". */
  private boolean afterQuotedClause(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    if (c.index() < 2 || !toks.get(c.index() - 1).word().equals(",")) {
      return false;
    }
    for (int k = c.index() - 2; k >= 0; k--) {
      if (inside[c.s()][k]) {
        return true;
      }
      if (toks.get(k).word().equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** Tokens {@code [from, to)} are determiners, adjectives and nouns: titles before a name. */
  private boolean titlesOnly(int s, int from, int to) {
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
   * The subject's mention ends its phrase: a comma, the sentence's end or a preposition follows.
   */
  private boolean endsPhrase(int s, Subject subj) {
    if (subj.mention() == null) {
      return false;
    }
    List<Token> toks = sentences.get(s).tokens();
    int k = tokenAt(s, subj.mention().end() - 1) + 1;
    if (k >= toks.size()) {
      return true;
    }
    String p = toks.get(k).pos();
    return !isWord(toks.get(k)) || p.equals("IN") || p.equals("TO");
  }

  /** Only punctuation between the end of a quotation and the cue. */
  private boolean rightAfterQuote(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    for (int k = c.index() - 1; k >= 0; k--) {
      if (inside[c.s()][k]) {
        return true;
      }
      if (isWord(toks.get(k))) {
        return false;
      }
    }
    return c.s() > 0 && c.index() <= 2 && endsInsideQuote(c.s() - 1);
  }

  boolean endsInsideQuote(int s) {
    boolean[] in = inside[s];
    for (int k = in.length - 1; k >= 0; k--) {
      if (in[k]) {
        return true;
      }
      if (isWord(sentences.get(s).tokens().get(k))) {
        return false;
      }
    }
    return false;
  }

  private Optional<Subject> backwardSubject(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    Optional<Subject> head = appositionHead(c);
    if (head.isPresent()) {
      return head;
    }
    Optional<Subject> role = roleSubject(c);
    if (role.isPresent()) {
      return role;
    }
    Subject object = null;
    for (int k = c.index() - 1;
        k >= 0 && k >= c.index() - MAX_SUBJECT_DISTANCE * (object == null ? 1 : 2);
        k--) {
      Token t = toks.get(k);
      if (inside[c.s()][k] || t.word().equals(";")) {
        break;
      }
      if (k + 1 < c.index() && toks.get(k + 1).pos().equals("POS")) {
        continue; // "Sanders' campaign manager": the possessor is not the one speaking
      }
      Optional<Subject> s = subjectAt(c.s(), t);
      if (s.isEmpty()) {
        continue;
      }
      Subject found = personBefore(c.s(), s.get()).orElse(s.get());
      int first = found.mention() == null ? k : tokenAt(c.s(), found.mention().start());
      if (first >= k || !objectAt(c.s(), first, k)) {
        return Optional.of(found);
      }
      // "Clinton, who called Sanders shortly after, told her supporters": Sanders is an object;
      // the subject further back speaks, else the object after all
      object = object == null ? found : object;
      k = first;
    }
    return Optional.ofNullable(object);
  }

  /**
   * The person opening a clause whose description, set off by commas, runs up to the cue ("J. Doe,
   * an analyst at the Cook Political Report, said"; "J. Doe, who had backed Cruz, wrote"): a person
   * mention right after the clause's start and right before a comma, with no verb of a clause of
   * its own between (a description holds only relative clauses and participles).
   */
  private Optional<Subject> appositionHead(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int j = c.index() - 1;
    while (j >= 0 && !inside[c.s()][j] && isAuxiliaryOrAdverb(toks.get(j))) {
      j--;
    }
    if (j < 1 || !toks.get(j).word().equals(",")) {
      return Optional.empty();
    }
    Subject head = null;
    int segmentEnd = j;
    for (int k = j - 1; k >= 1 && k >= j - 4 * MAX_SUBJECT_DISTANCE; k--) {
      if (inside[c.s()][k] || toks.get(k).word().equals(";")) {
        break;
      }
      if (!toks.get(k).word().equals(",")) {
        continue;
      }
      if (ownClause(c.s(), k + 1, segmentEnd)) {
        break;
      }
      segmentEnd = k;
      Optional<Subject> s = subjectAt(c.s(), toks.get(k - 1));
      if (s.isEmpty() || s.get().mention() == null || isOrganisation(s.get())) {
        continue;
      }
      int first = tokenAt(c.s(), s.get().mention().start());
      while (first > 0
          && !inside[c.s()][first - 1]
          && Character.isUpperCase(toks.get(first - 1).word().charAt(0))
          && toks.get(first - 1).pos().startsWith("NN")) {
        first--; // "Mr. Guerrero", "Representative Peter T. King"
      }
      if (first == 0
          || (first == 1 && toks.get(0).pos().equals("IN"))
          || toks.get(first - 1).word().equals(",")
          || inside[c.s()][first - 1]) {
        head = s.get();
      }
    }
    return Optional.ofNullable(head);
  }

  /**
   * Tokens {@code [from, to)} between two commas hold a finite verb and do not open with a relative
   * pronoun: a clause of its own, not part of a description.
   */
  private boolean ownClause(int s, int from, int to) {
    List<Token> toks = sentences.get(s).tokens();
    if (from >= to || toks.get(from).pos().startsWith("W")) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String p = toks.get(k).pos();
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAuxiliaryOrAdverb(Token t) {
    String p = t.pos();
    return p.equals("RB")
        || p.equals("MD")
        || p.startsWith("VB") && AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The name on tokens {@code first..last} is the object of a verb or preposition before it
   * ("endorsed Clinton", "with MSNBC's Rachel Maddow") or qualifies a noun after it ("a Sanders
   * supporter"), so it is not the subject of a cue further on.
   */
  private boolean objectAt(int s, int first, int last) {
    List<Token> toks = sentences.get(s).tokens();
    if (last + 1 < toks.size() && toks.get(last + 1).pos().startsWith("NN")) {
      return true;
    }
    for (int k = first - 1; k >= 0 && !inside[s][k]; k--) {
      String pos = toks.get(k).pos();
      if (pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("NNP")) {
        continue;
      }
      return pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO");
    }
    return false;
  }

  /**
   * A person ahead of an organisation in apposition ("Massimo Franco, a columnist for Corriere
   * della Sera, said"): the person speaks, the organisation is where they work.
   */
  private Optional<Subject> personBefore(int s, Subject found) {
    if (!isOrganisation(found)) {
      return Optional.empty();
    }
    List<Token> toks = sentences.get(s).tokens();
    boolean comma = false;
    int k = tokenAt(s, found.mention().start()) - 1;
    for (int n = 0; k >= 0 && n < MAX_SUBJECT_DISTANCE; k--, n++) {
      Token t = toks.get(k);
      if (inside[s][k] || t.pos().startsWith("VB") || t.word().equals(";")) {
        return Optional.empty();
      }
      comma |= t.word().equals(",");
      Optional<Subject> p = subjectAt(s, t);
      if (p.isPresent() && p.get().mention() != null && !isOrganisation(p.get())) {
        return comma ? p : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A person right after an organisation that only qualifies them ("said GOP strategist Keith
   * Nahigian", "said Washington Post columnist Margaret Sullivan").
   */
  private Optional<Subject> personAfter(int s, Subject found) {
    if (!isOrganisation(found)) {
      return Optional.empty();
    }
    List<Token> toks = sentences.get(s).tokens();
    int k = tokenAt(s, found.mention().end() - 1) + 1;
    for (int n = 0; k < toks.size() && n < 4; k++, n++) {
      Token t = toks.get(k);
      Optional<Subject> p = subjectAt(s, t);
      if (p.isPresent() && p.get().mention() != null && !isOrganisation(p.get())) {
        return p;
      }
      if (inside[s][k] || !(t.pos().startsWith("NN") || t.pos().equals("JJ"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private boolean isOrganisation(Subject found) {
    if (found.mention() == null) {
      return false;
    }
    Entity e = entities.get(found.mention().entity());
    return e != null && e.type() == EntityType.ORGANIZATION;
  }

  private int tokenAt(int s, int offset) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).end() > offset) {
        return k;
      }
    }
    return toks.size() - 1;
  }

  /**
   * A role right before the cue ("the senator said", "the conference speaker says"), resolved by
   * {@link Sources} to the person the article gave that role.
   */
  private Optional<Subject> roleSubject(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int k = c.index() - 1;
    while (k >= 0
        && !inside[c.s()][k]
        && (toks.get(k).pos().equals("RB")
            || toks.get(k).pos().equals("MD")
            || toks.get(k).pos().startsWith("VB")
                && AUXILIARIES.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT)))) {
      k--;
    }
    if (k < 0
        || inside[c.s()][k]
        || !(toks.get(k).pos().equals("NN") || toks.get(k).pos().equals("NNP"))) {
      return Optional.empty();
    }
    int from = k;
    while (from > 0
        && !inside[c.s()][from - 1]
        && k - from < 5
        && (toks.get(from - 1).pos().startsWith("NN")
            || toks.get(from - 1).pos().startsWith("JJ")
            || toks.get(from - 1).pos().equals("DT")
            || toks.get(from - 1).pos().equals("PRP$")
            || toks.get(from - 1).pos().equals("POS"))) {
      from--;
    }
    for (int x = from; x <= k; x++) {
      for (Mention m : sentences.get(c.s()).mentions()) {
        if (m.start() <= toks.get(x).start() && toks.get(x).end() <= m.end() && x == k) {
          return Optional.empty(); // the head is a name: the mention rules take it
        }
      }
    }
    int offset = toks.get(from).start();
    return sources().roleOf(c.s(), from, k + 1).map(e -> new Subject(null, null, offset, e));
  }

  private Sources sources() {
    if (sources == null) {
      sources = new Sources(this, entities);
    }
    return sources;
  }

  private Optional<Subject> forwardSubject(Cue c, int maxTokens) {
    List<Token> toks = sentences.get(c.s()).tokens();
    for (int k = c.endIndex(); k < toks.size() && k < c.endIndex() + maxTokens; k++) {
      Token t = toks.get(k);
      if (inside[c.s()][k] || (!isWord(t) && !t.word().equals("'s") && !t.word().equals("’s"))) {
        break;
      }
      Optional<Subject> s = subjectAt(c.s(), t);
      if (s.isPresent()) {
        return Optional.of(personAfter(c.s(), s.get()).orElse(s.get()));
      }
      if (t.pos().startsWith("VB")) {
        break;
      }
    }
    return Optional.empty();
  }

  /** A person or organisation mention covering {@code t}, or a subject pronoun. */
  private Optional<Subject> subjectAt(int s, Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(w) && t.pos().startsWith("PRP")) {
      return Optional.of(new Subject(null, w, t.start()));
    }
    boolean inMention = false;
    for (Mention m : sentences.get(s).mentions()) {
      if (m.start() <= t.start() && t.end() <= m.end()) {
        if (speakerLike(m)) {
          return Optional.of(new Subject(m, null, t.start()));
        }
        inMention = true;
      }
    }
    if (!inMention && t.pos().equals("NNP")) {
      // a surname the tagger missed here ("Ash wrote") that names one person of the story
      Entity person = sources().personNamed(t.word());
      if (person != null) {
        return Optional.of(new Subject(null, null, t.start(), person));
      }
    }
    return Optional.empty();
  }

  private boolean speakerLike(Mention m) {
    Entity e = entities.get(m.entity());
    return e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
  }

  private static boolean isPersonal(String pronoun) {
    return pronoun.equals("he") || pronoun.equals("she");
  }

  /**
   * The entity a subject pronoun refers to: walking back sentence by sentence, the speaker of the
   * latest quote there, else the first (subject-position) mention of a compatible type; he/she take
   * people whose given name does not say otherwise, it/they take organisations.
   */
  Optional<Entity> resolvePronoun(String pronoun, int s, int offset) {
    EntityType want = isPersonal(pronoun) ? EntityType.PERSON : EntityType.ORGANIZATION;
    for (int t = s; t >= 0 && t >= s - PRONOUN_LOOKBACK; t--) {
      Sentence sent = sentences.get(t);
      int limit = t == s ? offset : Integer.MAX_VALUE;
      Entity speaker = null;
      for (Found q : found) {
        if (!q.fragment
            && q.span.start() >= sent.start()
            && q.span.start() < Math.min(limit, sent.end())
            && q.speaker.isPresent()
            && q.speakerType == want) {
          Entity e = entities.get(q.speaker.get().entity());
          if (e != null && (!isPersonal(pronoun) || GivenNames.compatible(e.name(), pronoun))) {
            speaker = e;
          }
        }
      }
      if (speaker != null) {
        return Optional.of(speaker);
      }
      if (t < s && opensWith(t, pronoun)) {
        continue; // "She appeared to imply ... / "...," she said": the same she, further back
      }
      if (t == s) {
        // "Feinstein said "...," she said": the one a cue before the pronoun already names
        List<Token> toks = sent.tokens();
        for (int k = toks.size() - 1; k >= 0; k--) {
          if (toks.get(k).start() >= limit || inside[t][k]) {
            continue;
          }
          Cue c = cueAt(t, k);
          Optional<Subject> subj = c == null ? Optional.empty() : backwardSubject(c);
          if (subj.isPresent() && subj.get().mention() != null) {
            Entity e = entities.get(subj.get().mention().entity());
            if (e != null
                && e.type() == want
                && (!isPersonal(pronoun) || GivenNames.compatible(e.name(), pronoun))) {
              return Optional.of(e);
            }
          }
        }
      }
      for (Mention m : sent.mentions()) {
        if (m.start() >= limit || insideQuote(t, m)) {
          continue;
        }
        Entity e = entities.get(m.entity());
        if (e != null
            && e.type() == want
            && (!isPersonal(pronoun) || GivenNames.compatible(e.name(), pronoun))) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** The first word of sentence {@code t} outside quotation marks is {@code pronoun}. */
  private boolean opensWith(int t, String pronoun) {
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

  // ---------------------------------------------------------------- segments

  /** Token indexes of the quote's end sentence after the quote, up to the next quotation. */
  private List<Integer> afterSegment(Found f) {
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

  private static final java.util.Set<String> NEW_CLAUSE =
      DataFiles.words("grammar.tsv", "new-clause");

  /**
   * Token indexes of the quote's start sentence before the quote, back to the previous quotation.
   */
  private List<Integer> beforeSegment(Found f) {
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
  private List<Integer> leadingSegment(int s) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < inside[s].length && !inside[s][k]; k++) {
      out.add(k);
    }
    return out;
  }

  private Cue firstCue(int s, List<Integer> segment) {
    for (int k : segment) {
      Cue c = cueAt(s, k);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private boolean noOtherVerbBetween(int s, List<Integer> segment, Cue c) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k : segment) {
      if (k >= c.index()) {
        return true;
      }
      String pos = toks.get(k).pos();
      if (pos.startsWith("VB") || pos.equals("MD")) {
        return false;
      }
    }
    return true;
  }

  private int words(int s, List<Integer> segment) {
    int n = 0;
    for (int k : segment) {
      if (isWord(sentences.get(s).tokens().get(k))) {
        n++;
      }
    }
    return n;
  }

  private boolean sameParagraph(int a, int b) {
    return a >= 0 && b < sentences.size() && paragraphOf[a] == paragraphOf[b];
  }

  private Found lastQuoteEndingIn(int s, Found before) {
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

  private static boolean isWord(Token t) {
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
}
