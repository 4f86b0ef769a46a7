package dev.parallax.quote;

import dev.parallax.internal.DataFiles;
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

/**
 * Finds the quotations of one article and attributes each. Attribution reads only the text around
 * the quote: a verb of saying before or after it in its sentence (or, failing that, in the adjacent
 * sentence), the cue's subject (the nearest person or organisation mention on the cue's side, or
 * the named source after an inverted "said the ministry" or "according to"), and a pronoun subject
 * resolved to the nearest earlier compatible speaker or mention. When that finds no one, the
 * speaker is empty and the reason says why. Not thread-safe; one instance per article.
 */
final class QuoteFinder extends Subjects {

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
  static final Set<String> QUOTE_VERBS = DataFiles.words("attribution.tsv", "quote-verb");

  /** Lemmas of verbs that introduce speech. */
  static final Set<String> SAY_LEMMAS =
      union(
          union(
              DataFiles.words("attribution.tsv", "speech-verb"),
              DataFiles.words("attribution.tsv", "cue-verb")),
          QUOTE_VERBS);

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  QuoteFinder(Article article, Map<String, Entity> entities) {
    super(article, entities);
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
  int markBefore(int at) {
    if (at >= 2 && QuoteMarks.doubleWidth(text, at - 2, at) == 2) {
      return 2;
    }
    return at >= 1 ? 1 : 0;
  }

  /** The width of the quotation mark starting at {@code at}, at least one character. */
  int markAfter(int at) {
    return Math.max(1, QuoteMarks.doubleWidth(text, at, text.length()));
  }

  /** At most four words, or no verb of its own. */
  boolean isFragment(QuoteMarks.Span sp) {
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
  void attribute(Found f) {
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
      List<Integer> lead = leadingSegment(n, f);
      Cue c = firstCue(n, lead.subList(0, Math.min(lead.size(), 8)));
      if (c != null && !introducesOwnQuote(n, lead, c) && !ownContent(n, c) && tryCue(f, c)) {
        return;
      }
    }
    if (words(f.startSentence, beforeSegment(f)) == 0
        && sameParagraph(f.startSentence - 1, f.startSentence)) {
      int p = f.startSentence - 1;
      Found prev = lastQuoteEndingIn(p, f);
      if (prev == null && sameParagraph(p - 1, p)) {
        // ""...?" / said X, who ... / "...": the sentence before holds only the cue of a quote;
        // ""...," said X (D-S.C.), / a member of ... / "...": a sentence cut inside the attribution
        Found earlier = lastQuoteEndingIn(p - 1, f);
        if (earlier != null
            && (earlier.cueOffset >= sentences.get(p).start()
                || opensLowercase(p) && earlier.cueOffset > earlier.span.end())) {
          prev = earlier;
        }
      }
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
  boolean besideVerb(Found f) {
    int s = f.endSentence;
    List<Integer> segment = afterSegment(f);
    if (words(s, segment) == 0 && sameParagraph(s, s + 1)) {
      s++; // ""This is fantastic!" / beamed Donald Hartley": split after the quotation
      segment = leadingSegment(s, f);
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
    if (v >= toks.size()
        || !finiteVerb(toks.get(v))
        || inside[s][v]
        || ownContent(s, cueOf(s, v))) {
      return false;
    }
    settle(f, cueOf(s, v), subj.get());
    return true;
  }

  Cue cueOf(int s, int k) {
    Token t = sentences.get(s).tokens().get(k);
    return new Cue(s, k, k + 1, false, t.word(), t.start());
  }

  /**
   * The quotation follows a colon closing a clause of sentence {@code s} ({@code segment}, the
   * tokens before the quotation): the clause's first person or organisation that is not the object
   * of a preposition ("In a Fox interview, Trump went even further:"), or its subject pronoun.
   */
  boolean colonSubject(Found f, int s, List<Integer> segment) {
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

  /**
   * A quotation closing its paragraph signed by the next one: a dash and a name ("- Bernie
   * Sanders."), as epigraphs and fact-check lists attribute quotations.
   */
  boolean signedBelow(Found f) {
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

  /** {@code f} continues {@code prev}'s statement: same speaker, same cue. */
  static void goOn(Found f, Found prev) {
    f.speaker = prev.speaker;
    f.speakerType = prev.speakerType;
    f.cue = prev.cue;
    f.cueOffset = prev.cueOffset;
  }

  /**
   * "Mr. Zahed said: "..."": the cue opening the next sentence is that sentence's quotation's own.
   */
  boolean introducesOwnQuote(int s, List<Integer> lead, Cue c) {
    if (lead.isEmpty() || lead.get(lead.size() - 1) + 1 >= inside[s].length) {
      return false; // no quotation after the cue in that sentence
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
  Optional<Mention> colonIntroducer(Found f) {
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

  boolean tryCue(Found f, Cue c) {
    Optional<Subject> subj = subjectOf(c);
    if (subj.isEmpty()) {
      return false;
    }
    settle(f, c, subj.get());
    return true;
  }

  void settle(Found f, Cue c, Subject subj) {
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

  void fail(Found f, String reason, Cue c) {
    f.reason = reason;
    f.cue = c.text();
    f.cueOffset = c.offset();
  }

  @Override
  Cue cueAt(int s, int k) {
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
    if (k == 0 && t.word().equals("Said")) {
      lemma = "say"; // "Said Jane Doe, who ...,": the tagger reads a name
    } else if (!t.pos().startsWith("VB")
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
  boolean besideQuote(int s, int k, int endIndex) {
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
}
