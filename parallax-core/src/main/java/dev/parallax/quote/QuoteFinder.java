package dev.parallax.quote;

import dev.parallax.internal.ClauseWords;
import dev.parallax.internal.DataFiles;
import dev.parallax.internal.QuoteMarks;
import dev.parallax.internal.TitleCase;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Speaker;
import dev.parallax.model.Token;
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
final class QuoteFinder extends CuelessRules {

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

  /**
   * "... said that Trump's goal was to see Iran with "zero nuclear capability."": an infinitive of
   * a verb that is no verb of speech is what was said, not the cue of the quotation in it
   * ("declined to say" still is one).
   */
  private static boolean infinitiveNotOfSpeech(List<Token> toks, int k) {
    return k > 0
        && toks.get(k - 1).pos().equals("TO")
        && toks.get(k).pos().equals("VB")
        && !SPEECH.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT));
  }

  /** Lemmas of verbs that introduce speech. */
  static final Set<String> SAY_LEMMAS =
      union(union(SPEECH, DataFiles.words("attribution.tsv", "cue-verb")), QUOTE_VERBS);

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
      int closing = sp.end() + markAfter(sp.end()) - 1;
      if (e + 1 < sentences.size() && closing < text.length() && sentenceAt(closing) == e + 1) {
        e++; // the splitter put the closing mark in the next sentence: the quotation ends there
      }
      String quoted = sp.text(text);
      if (s < 0 || quoted.isBlank()) {
        continue;
      }
      if (nickname(sp, quoted)) {
        // "Randolph \u201cTex\u201d Alles" (AllSides train-2100): part of a name, which had been a
        // quotation the nearest cue gave to someone else
        continue;
      }
      if (namesAWork(sp, quoted)) {
        // "Trump told \u201cFox & Friends\u201d of his nomination speech" (AllSides train): the
        // show he spoke to, not words he said
        continue;
      }
      if (namesAThing(sp, quoted)) {
        // "Senate Republicans on Wednesday unveiled their \u201cJustice Act\u201d police reform
        // legislation" (AllSides train-1717): the bill's name, which had been listed as words the
        // senators said
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

  /** Words before a title that make it a show, paper or book spoken to or in. */
  private static final Pattern BEFORE_A_WORK =
      Pattern.compile("(?i)\\b(?:told|tells|tell|telling|on|in|with|to)\\s*$");

  /**
   * A quotation in title case right after "told", "on", "in", "with" or "to" names a show, a paper
   * or a book ("told \u201cFox & Friends\u201d", "appeared on \u201cMeet the Press\u201d", "wrote
   * in \u201cThe Art of the Deal\u201d", "an interview with \"60 Minutes\"", AllSides train-2450),
   * not words someone said.
   */
  private boolean namesAWork(QuoteMarks.Span sp, String quoted) {
    int open = sp.start() - markBefore(sp.start());
    return TitleCase.phrase(quoted)
        && BEFORE_A_WORK.matcher(text.substring(Math.max(0, open - 12), Math.max(0, open))).find();
  }

  /** A determiner or possessive before a name in quotation marks. */
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those)|['\u2019]s)"
              + "\\s*$");

  /**
   * A quotation in title case right after a determiner or a possessive names a thing (a bill, a
   * plan, a programme: their \u201cJustice Act\u201d, the \u201cAmerica First\u201d policy, Trump's
   * \u201cBig Beautiful Bill\u201d), not words someone said: a quotation fills a clause or follows
   * a verb, not "the".
   */
  private boolean namesAThing(QuoteMarks.Span sp, String quoted) {
    int open = sp.start() - markBefore(sp.start());
    return quoted.strip().split("\\s+").length <= 6
        && TitleCase.phrase(quoted)
        && DETERMINER_BEFORE
            .matcher(text.substring(Math.max(0, open - 12), Math.max(0, open)))
            .find();
  }

  private static final Pattern GIVEN_NAME_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}.'’-]+\\s+$");
  private static final Pattern SURNAME_AFTER = Pattern.compile("^\\s+\\p{Lu}[\\p{L}'’-]+");

  /**
   * A nickname inside a person's name: one to three capitalised words in quotation marks between a
   * capitalised word and another ("Randolph \u201cTex\u201d Alles", "Vincent \"The Chin\"
   * Gigante"). Not a quotation.
   */
  private boolean nickname(QuoteMarks.Span sp, String quoted) {
    String[] words = quoted.strip().split("\\s+");
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (!TitleCase.capitalised(w) && !w.equals("the")) {
        return false;
      }
    }
    int open = sp.start() - markBefore(sp.start());
    int close = sp.end() + markAfter(sp.end());
    return GIVEN_NAME_BEFORE
            .matcher(text.substring(Math.max(0, open - 30), Math.max(0, open)))
            .find()
        && close <= text.length()
        && SURNAME_AFTER.matcher(text.substring(close, Math.min(text.length(), close + 30))).find();
  }

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
    // 0. a quotation that is a line of its own signed on that line: "“...” ― Maria Lopez"
    if (signedAfter(f)) {
      return;
    }
    if (f.startSentence == 0) {
      Optional<Mention> named = nameAfterColon(f, sentences.get(0).tokens());
      if (named.isPresent()) {
        introducedBy(f, named.get());
        return;
      }
    }
    // 1. a cue right after the quote: "...," she said / "...," said the ministry
    List<Integer> after = afterSegment(f);
    Cue firstAfter = firstCue(f.endSentence, after);
    // "...campaign." / " Ohio Gov. John Kasich said he would ...": past a closing mark the
    // splitter cut off, a cue governing a clause of its own opens a new statement
    boolean cutMark = sentenceAt(Math.max(f.span.start(), f.span.end() - 1)) < f.endSentence;
    if (firstAfter != null && cutMark && ownContent(f.endSentence, firstAfter)) {
      firstAfter = null;
    }
    // "demonstrators chanted "Thieves!" as they attempted to break through": a cue in a clause
    // that depends on the quotation's own is no attribution of it while a cue before it may be
    boolean dependent =
        firstAfter != null
            && (opensDependentClause(f.endSentence, after, firstAfter)
                || dependentClauseBetween(f.endSentence, after, firstAfter));
    if (firstAfter != null && !dependent && noOtherVerbBetween(f.endSentence, after, firstAfter)) {
      if (tryCue(f, firstAfter)) {
        return;
      }
      if (describedSpeaker(f, after, firstAfter)
          && (AttributionFinder.hearerFirst(
                  sentences.get(f.endSentence).tokens().get(firstAfter.index()))
              || otherSpeaker(f.endSentence, after, firstAfter))) {
        // ""...," a witness told CNN": the speaker is described, not named; the name after a
        // verb of telling is the hearer, and no other rule may give the quotation to someone else;
        // nor when the description brings in someone new or an organisation (""...," the company
        // said in a statement" after a worker's quotation had gone on with the worker)
        fail(f, "the cue '" + firstAfter.text() + "' names no person or organisation", firstAfter);
        return;
      }
    }
    // "Bannon: Trump firing Comey biggest mistake 'in modern political history'" (AllSides
    // train-1900): a headline that a name and a colon open is that one's, whatever verb follows
    Optional<Mention> headline = headlineLead(f);
    if (headline.isPresent()) {
      introducedBy(f, headline.get());
      return;
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
      if (c == null || inOpeningClause(f, c) || infinitiveNotOfSpeech(toks, k)) {
        continue;
      }
      if (insideSpeech(f.startSentence, k)) {
        // "Stephen Bannon said that President Trump firing former FBI Director James Comey was the
        // biggest mistake in "modern political history."" (AllSides train-1900): a verb that is
        // no verb of speaking, in what a verb of speaking before it reports, does not say the
        // quotation
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
      if (c == nearestBefore && relativeSubject(f.startSentence, c.index())) {
        // "firing a shot at an employee who had followed her in and had yelled, "Hide!"": the
        // one the relative clause is about said it, not the subject of a verb before it
        break;
      }
    }
    // 3. a cue after the quote but further away; not one in a dependent clause when a cue before
    // the quotation names its speaker by a description ("demonstrators chanted")
    if (dependent && nearestBefore != null) {
      firstAfter = null;
    }
    if (firstAfter != null && tryCue(f, firstAfter)) {
      return;
    }
    // ""...," since most cases were decided 5-4, said Lee Epstein": a later cue of the sentence
    for (int k : after) {
      Cue c = firstAfter == null || k <= firstAfter.index() ? null : cueAt(f.endSentence, k);
      if (c != null && tryCue(f, c)) {
        return;
      }
    }
    // a cue that names no one ("Asked whether ..., Mr. Smith shot back: "..."") leaves the
    // quotation to the rules below
    Cue unnamed = nearestBefore != null ? nearestBefore : firstAfter;
    // ""...," Trump barked": a verb the lexicon does not list, right beside the quotation
    if (besideVerb(f)) {
      return;
    }
    // "Republican pollster Daron Shaw: "...": a name and a colon introduce the quotation
    Optional<Mention> introducer = colonIntroducer(f);
    if (introducer.isPresent()) {
      introducedBy(f, introducer.get());
      return;
    }
    // "Trump went even further: "..."": the subject of the clause the colon closes
    if (colonSubject(f, f.startSentence, beforeSegment(f))) {
      return;
    }
    // "After X criticised Y, Hillary shot back, "..."": a clause of a subject and a verb alone
    if (commaSubject(f)) {
      return;
    }
    // 4. the adjacent sentence: an attribution that follows, or the quote this one continues
    if (words(f.endSentence, after) == 0 && sameParagraph(f.endSentence, f.endSentence + 1)) {
      int n = f.endSentence + 1;
      List<Integer> lead = leadingSegment(n, f);
      Cue c = firstCue(n, lead.subList(0, Math.min(lead.size(), 8)));
      if (c == null) {
        // "... today?" / Miller, a retired worker from a nuclear plant, said": past a description
        c = firstCue(n, lead);
        Optional<Subject> head = c == null ? Optional.empty() : appositionHead(c);
        if (head.isEmpty()
            || head.get().mention() == null
            || tokenAt(n, head.get().mention().start()) != lead.get(0)) {
          c = null;
        }
      }
      if (c != null && !introducesOwnQuote(n, lead, c) && !ownContent(n, c) && tryCue(f, c)) {
        return;
      }
    }
    if (opensBare(f) && sameParagraph(f.startSentence - 1, f.startSentence)) {
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
            if (tryCue(f, c)) {
              return;
            }
            if (c.according() || SPEECH.contains(pt.get(k).lemma().toLowerCase(Locale.ROOT))) {
              fail(f, "the cue '" + c.text() + "' names no person or organisation", c);
              return;
            }
            // "... a deal that will roll back some tariffs and see China boost purchases ... /
            // "This is a very important ...": a verb that attributes a view, with no one named,
            // is no cue for the quotation after it; the rules below may still find its speaker
            break;
          }
        }
      }
    }
    // a paragraph opening with a quotation and no attribution of its own goes on with the speaker
    // of
    // the quotation that closed the paragraph before ("..." said Murphy. / "I mean, ...")
    if (opensBare(f)
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
    if (previousParagraphSpeaker(f)) {
      return;
    }
    if (unnamed != null) {
      fail(f, "the cue '" + unnamed.text() + "' names no person or organisation", unnamed);
      return;
    }
    f.reason = "no verb of saying or named source next to the quote";
  }

  /**
   * The verb at {@code k} has a relative pronoun for its subject ("an employee who had yelled"),
   * perhaps across auxiliaries, adverbs and a verb joined on by "and" ("who had followed her in and
   * had yelled").
   */
  private boolean relativeSubject(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    boolean joined = false; // past an "and": the verb before it may have its object
    for (int j = k - 1; j >= 0 && j >= k - 12; j--) {
      Token t = toks.get(j);
      String pos = t.pos();
      if (inside[s][j]) {
        return false;
      }
      if (pos.equals("WP") || pos.equals("WDT")) {
        return true;
      }
      if (pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("MD")) {
        continue;
      }
      if (pos.equals("CC")) {
        joined = true;
        continue;
      }
      boolean object =
          pos.startsWith("NN")
              || pos.equals("PRP")
              || pos.equals("PRP$")
              || pos.equals("DT")
              || pos.equals("IN")
              || pos.equals("RP");
      if (!(joined && object)) {
        return false; // "at which point the crowd chanted": the crowd is the subject
      }
    }
    return false;
  }

  /**
   * Conjunctions that open a clause beside the quotation's own: "Officials said the review was
   * "routine," but Attorney General William Barr declined to comment" was said by the officials.
   */
  private static final Set<String> COORDINATORS = Set.of("but", "yet", "and");

  /** Conjunctions that open a clause depending on another: "while", "because", "as", "after". */
  static final Set<String> DEPENDENT_OPENERS = ClauseWords.DEPENDENT_OPENERS;

  /**
   * The first word after the quotation, before the cue, opens a dependent or a coordinate clause.
   */
  private boolean opensDependentClause(int s, List<Integer> after, Cue c) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k : after) {
      if (k >= c.index()) {
        return false;
      }
      if (isWord(toks.get(k))) {
        String w = toks.get(k).word().toLowerCase(Locale.ROOT);
        return DEPENDENT_OPENERS.contains(w) || COORDINATORS.contains(w);
      }
    }
    return false;
  }

  /**
   * A conjunction opening a dependent clause stands between the quotation and the cue, past words
   * of the quotation's own clause: "said he would decline an "illegal" nuclear launch if President
   * Donald Trump called for one" (AllSides train-2345): the cue is in the "if" clause, not the
   * quotation's.
   */
  private boolean dependentClauseBetween(int s, List<Integer> after, Cue c) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k : after) {
      if (k >= c.index()) {
        return false;
      }
      Token t = toks.get(k);
      if ((t.pos().equals("IN") || t.pos().equals("WRB"))
          && DEPENDENT_OPENERS.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Between the quotation and its cue stands only a common noun phrase ("a witness", "a local
   * barber", "one resident"): a determiner or number, adjectives and nouns, the last a common noun.
   */
  private boolean describedSpeaker(Found f, List<Integer> after, Cue c) {
    List<Token> toks = sentences.get(f.endSentence).tokens();
    int from = -1;
    for (int k : after) {
      if (k >= c.index()) {
        break;
      }
      if (from < 0 && (isWord(toks.get(k)))) {
        from = k;
      }
    }
    if (from < 0 || from >= c.index()) {
      return false;
    }
    String first = toks.get(from).pos();
    if (!(first.equals("DT") || first.equals("CD"))) {
      return false;
    }
    for (int k = from + 1; k < c.index(); k++) {
      String pos = toks.get(k).pos();
      if (!(pos.equals("JJ") || pos.equals("NN") || pos.equals("NNS") || pos.equals("HYPH"))) {
        return false;
      }
    }
    return toks.get(c.index() - 1).pos().startsWith("NN");
  }

  /**
   * The described speaker of a cue after the quotation is not the one an earlier quotation names:
   * an indefinite description ("a spokesman") brings someone in, and an organisation's noun ("the
   * company") names no person ("the woman", "the official" may be the person named before).
   */
  private boolean otherSpeaker(int s, List<Integer> after, Cue c) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k : after) {
      if (k >= c.index()) {
        break;
      }
      if (isWord(toks.get(k))) {
        String first = toks.get(k).lemma().toLowerCase(Locale.ROOT);
        String head = toks.get(c.index() - 1).lemma().toLowerCase(Locale.ROOT);
        return first.equals("a")
            || first.equals("an")
            || toks.get(k).pos().equals("CD")
            || Sources.ORGANISATION_ROLES.contains(head);
      }
    }
    return false;
  }

  /** {@code f} continues {@code prev}'s statement: same speaker, same cue. */

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

  /** The quotation is said by the one a name and a colon before it introduce. */
  private void introducedBy(Found f, Mention m) {
    Entity e = entities.get(m.entity());
    f.speaker = Optional.of(new Speaker(e.id(), e.name()));
    f.speakerType = e.type();
    f.cue = ":";
    f.cueOffset = m.end();
  }

  /**
   * The name that opens the article's first line, a headline, right before a colon that comes
   * before the quotation ("Bannon: Trump firing Comey ..."); empty otherwise.
   */
  private Optional<Mention> headlineLead(Found f) {
    if (f.startSentence != 0) {
      return Optional.empty();
    }
    List<Token> toks = sentences.get(0).tokens();
    for (Mention m : sentences.get(0).mentions()) {
      if (toks.isEmpty() || m.start() != toks.get(0).start() || !speakerLike(m)) {
        continue;
      }
      for (int k = 1; k < toks.size() && k <= 4; k++) {
        Token t = toks.get(k);
        if (t.start() < m.end()) {
          continue;
        }
        return t.word().equals(":") && t.end() <= f.span.start() && !inside[0][k]
            ? Optional.of(m)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "'Frankly disgusting': Trump lashes out at press, threatens NBC ..." (AllSides train-1120): a
   * headline that a quotation and a colon open gives it to the name right after the colon, which
   * the tagger's reading of the verbs after it had given to NBC.
   */
  private Optional<Mention> nameAfterColon(Found f, List<Token> toks) {
    int open = f.span.start() - markBefore(f.span.start());
    if (toks.isEmpty() || open > toks.get(0).start()) {
      return Optional.empty();
    }
    for (int k = 0; k + 1 < toks.size(); k++) {
      if (toks.get(k).start() < f.span.end() || inside[0][k] || closingMark(toks.get(k))) {
        continue;
      }
      if (!toks.get(k).word().equals(":")) {
        return Optional.empty();
      }
      // the name, or a title and the name ("Mayor Ruth Alder")
      for (int j = k + 1; j < toks.size() && j <= k + 3; j++) {
        int start = toks.get(j).start();
        Optional<Mention> m =
            sentences.get(0).mentions().stream()
                .filter(x -> x.start() == start && speakerLike(x))
                .findFirst();
        if (m.isPresent() || !TitleCase.capitalised(toks.get(j).word())) {
          return m;
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Token {@code k} is a cue that is no verb of speaking, after a verb of speaking of the same
   * sentence outside quotation marks (no semicolon between).
   */
  private boolean insideSpeech(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    if (SPEECH.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int j = k - 1; j >= 0; j--) {
      Token t = toks.get(j);
      if (t.word().equals(";") || inside[s][j]) {
        return false;
      }
      if (t.pos().startsWith("VB") && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quotation ends a few words before the verb with no other verb between ("...," Trump went on)
   * or opens right after it ("He joked: "...").
   */
  boolean besideQuote(int s, int k, int endIndex) {
    List<Token> toks = sentences.get(s).tokens();
    boolean verbBefore = false;
    for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
      if (inside[s][j]) {
        return true;
      }
      if (toks.get(j).pos().startsWith("VB")) {
        verbBefore = true; // "had yelled, "Hide!"": the quotation may still open right after it
        break;
      }
    }
    if (!verbBefore && k <= 6 && s > 0 && endsInsideQuote(s - 1)) {
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
