package dev.parallax.quote;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.QuoteMarks;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Speaker;
import dev.parallax.model.Token;
import dev.parallax.quote.QuoteFinder.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The attribution rules for quotations no cue of the lexicon stands beside (a verb right beside the
 * quotation, a colon or comma closing the clause that introduces it, a signature below it, the
 * speaker of the paragraph before), and how a found speaker, or the lack of one, is recorded on a
 * quotation. Not thread-safe; one instance per article.
 */
abstract class CuelessRules extends Subjects {
  CuelessRules(Article article, Map<String, Entity> entities) {
    super(article, entities);
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
    while (first + 1 < toks.size()
        && (toks.get(first).pos().equals("DT") || toks.get(first).pos().startsWith("JJ"))) {
      first++; // ""...," an angry Hollande retaliated"
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
    from = pastOpening(s, from, colon);
    Optional<Subject> owner = possessorOfWords(s, from, colon);
    if (owner.isPresent()) {
      settle(f, new Cue(s, colon, colon + 1, false, ":", toks.get(colon).start()), owner.get());
      return true;
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

  /** Nouns that name what someone said or wrote ("words", "statement", "response"). */
  private static final Set<String> SPEECH_NOUNS = DataFiles.words("attribution.tsv", "speech-noun");

  /** The subject pronoun a possessive one stands for. */
  private static final Map<String, String> POSSESSIVE_PRONOUNS =
      Map.of("his", "he", "her", "she", "their", "they");

  /**
   * Tokens {@code [from, colon)} are only a possessor and a noun of speech, perhaps with
   * adjectives: "His exact words:", "Trump's response:" (ECB+ topic 10, a paragraph of its own
   * above the quotation). The possessor said it.
   */
  private Optional<Subject> possessorOfWords(int s, int from, int colon) {
    List<Token> toks = sentences.get(s).tokens();
    if (colon - from < 2 || colon - from > 5) {
      return Optional.empty();
    }
    Token noun = toks.get(colon - 1);
    if (!noun.pos().startsWith("NN")
        || !SPEECH_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int k = from;
    Optional<Subject> owner = Optional.empty();
    Token first = toks.get(k);
    String pronoun = POSSESSIVE_PRONOUNS.get(first.word().toLowerCase(Locale.ROOT));
    if (pronoun != null && first.pos().equals("PRP$")) {
      owner = Optional.of(new Subject(null, pronoun, first.start()));
      k++;
    } else {
      while (k < colon && !toks.get(k).pos().equals("POS")) {
        k++;
      }
      if (k == from || k == colon) {
        return Optional.empty();
      }
      owner = subjectAt(s, toks.get(k - 1));
      if (owner.isEmpty() || owner.get().mention() == null) {
        return Optional.empty();
      }
      int start = toks.get(from).start();
      if (owner.get().mention().start() > start) {
        return Optional
            .empty(); // the whole possessor is the name: "Trump's", not "the aide to Trump's"
      }
      k++;
    }
    for (; k < colon - 1; k++) {
      if (!toks.get(k).pos().startsWith("JJ")) {
        return Optional.empty();
      }
    }
    return owner;
  }

  /**
   * The quotation follows a comma closing a clause of its subject and a finite verb alone, with
   * adverbs and particles ("Hillary shot back, "..."", "Hillary Clinton cracked, "...""), after any
   * opening phrase: the subject speaks.
   */
  boolean commaSubject(Found f) {
    int s = f.startSentence;
    List<Integer> segment = beforeSegment(f);
    if (segment.isEmpty()) {
      return false;
    }
    List<Token> toks = sentences.get(s).tokens();
    int comma = segment.get(segment.size() - 1);
    if (!toks.get(comma).word().equals(",")) {
      return false;
    }
    int from = segment.get(0);
    for (int k : segment) {
      if (k < comma && (toks.get(k).word().equals(";") || toks.get(k).word().equals(":"))) {
        from = k + 1;
      }
    }
    from = pastOpening(s, from, comma);
    while (from < comma && toks.get(from).pos().equals("CC")) {
      from++;
    }
    if (from >= comma) {
      return false;
    }
    Optional<Subject> subj = subjectAt(s, toks.get(from));
    if (subj.isEmpty()) {
      return false;
    }
    int v =
        subj.get().mention() == null ? from + 1 : tokenAt(s, subj.get().mention().end() - 1) + 1;
    while (v < comma && toks.get(v).pos().equals("RB")) {
      v++;
    }
    if (v >= comma || !finiteVerb(toks.get(v))) {
      return false;
    }
    for (int k = v + 1; k < comma; k++) {
      if (!toks.get(k).pos().equals("RB") && !toks.get(k).pos().equals("RP")) {
        return false;
      }
    }
    settle(f, cueOf(s, v), subj.get());
    return true;
  }

  /**
   * The cue lies in a phrase opening the quotation's sentence, before a main clause with a verb of
   * its own ("After X criticised Y, Hillary shot back, "...""): that clause introduces the
   * quotation, not the cue ("As X put it, "..."" has none).
   */
  boolean inOpeningClause(Found f, Cue c) {
    if (c.according()) {
      return false;
    }
    int s = f.startSentence;
    List<Token> toks = sentences.get(s).tokens();
    List<Integer> segment = beforeSegment(f);
    if (segment.isEmpty() || segment.get(0) != 0) {
      return false;
    }
    int end = segment.get(segment.size() - 1) + 1;
    int main = pastOpening(s, 0, end);
    if (c.index() >= main) {
      return false;
    }
    for (int k = main; k < end; k++) {
      if (finiteVerb(toks.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Past the opening phrases closed by a comma that start the clause at {@code from} ("Asked
   * whether ..., Mr. Smith shot back:", "After X criticized Y, Hillary shot back,"), up to {@code
   * to}.
   */
  int pastOpening(int s, int from, int to) {
    List<Token> toks = sentences.get(s).tokens();
    while (from < to && toks.get(from).pos().matches("IN|WRB|RB|VBN|VBG")) {
      int comma = -1;
      for (int j = from + 1; j < to - 1; j++) {
        if (toks.get(j).word().equals(",") && !inside[s][j]) {
          comma = j;
          break;
        }
      }
      if (comma < 0) {
        break;
      }
      from = comma + 1;
    }
    return from;
  }

  /**
   * A quotation closing its paragraph signed by the next one: a dash and a name, titles allowed
   * before it ("- Bernie Sanders.", "-President Obama, tweeting after ..."), as epigraphs and
   * fact-check lists attribute quotations. A name alone below a quotation is not taken: it is as
   * often a picture's credit ("Monique Dalle.", "Scott Olson via Getty Images.").
   */
  boolean signedBelow(Found f) {
    int n = f.endSentence + 1;
    if (n >= sentences.size()
        || sameParagraph(f.endSentence, n)
        || words(f.endSentence, afterSegment(f)) > 0) {
      return false;
    }
    return signature(f, n, 0, sentences.get(n).tokens().size());
  }

  /**
   * A quotation that is a line of its own, signed on that line: a dash and a name after the closing
   * mark, titles allowed before the name and a description after a comma ("“...” ― Maria Lopez",
   * "\"...\" - Sen. Ted Cruz, on Twitter"), as lists of readers' or voters' answers and epigraphs
   * attribute quotations. A quotation inside a sentence is not taken: a dash and a name after it
   * are as often the item's byline ("... was \"still the No. 1 force.\"--Jane Doe.").
   */
  boolean signedAfter(Found f) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, f.span.start() - 1)) + 1;
    for (int i = lineStart; i < f.span.start(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !QuoteMarks.isMark(text.charAt(i))) {
        return false; // words before the quotation on its line
      }
    }
    int lineEnd = text.indexOf('\n', f.span.end());
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    // the first token past the closing mark, in the quotation's last sentence or, where the
    // splitter cut after the mark, in the next one
    for (int s = f.endSentence; s < sentences.size() && sentences.get(s).start() < lineEnd; s++) {
      List<Token> toks = sentences.get(s).tokens();
      for (int k = 0; k < toks.size(); k++) {
        Token t = toks.get(k);
        if (t.start() < f.span.end() || !t.isWord() && QuoteMarks.isMark(t.word().charAt(0))) {
          continue;
        }
        if (t.start() >= lineEnd) {
          return false;
        }
        int to = k;
        while (to < toks.size() && toks.get(to).end() <= lineEnd && !inside[s][to]) {
          to++;
        }
        return signature(f, s, k, to);
      }
    }
    return false;
  }

  /**
   * Tokens {@code [from, to)} of sentence {@code s} are a signature: a dash, titles, the name of a
   * person or organisation, then only punctuation or a description after a comma. Settles {@code f}
   * on that name.
   */
  private boolean signature(Found f, int s, int from, int to) {
    List<Token> toks = sentences.get(s).tokens();
    if (from >= to) {
      return false;
    }
    String first = toks.get(from).word();
    // "- Sanders.", or "-President Obama" where the tokenizer kept the dash on the title
    boolean dash =
        first.matches("-+|[\u2013\u2014\u2015]")
            || first.matches("[-\u2013\u2014\u2015]+\\p{L}.*")
                && !inSpeakerMention(s, toks.get(from));
    if (!dash) {
      return false;
    }
    int k = from + 1;
    while (k < to - 1 && titleWord(toks.get(k)) && !inSpeakerMention(s, toks.get(k))) {
      k++; // "- Sen. Ted Cruz", "-President Obama"
    }
    if (k >= to) {
      return false;
    }
    Optional<Subject> subj = subjectAt(s, toks.get(k));
    if (subj.isEmpty() || subj.get().mention() == null) {
      return false;
    }
    int after = tokenAt(s, subj.get().mention().end() - 1) + 1;
    for (int j = after; j < to && !toks.get(j).word().equals(","); j++) {
      if (toks.get(j).isWord()) {
        return false; // "- Jane Doe reports": a sentence, not a signature
      }
    }
    settle(f, new Cue(s, from, from + 1, false, first, toks.get(from).start()), subj.get());
    return true;
  }

  private boolean allPunctuation(int s) {
    for (Token t : sentences.get(s).tokens()) {
      if (isWord(t)) {
        return false;
      }
    }
    return true;
  }

  private boolean inSpeakerMention(int s, Token t) {
    for (Mention m : sentences.get(s).mentions()) {
      if (m.start() <= t.start() && t.end() <= m.end() && speakerLike(m)) {
        return true;
      }
    }
    return false;
  }

  static void goOn(Found f, Found prev) {
    f.speaker = prev.speaker;
    f.speakerType = prev.speakerType;
    f.cue = prev.cue;
    f.cueOffset = prev.cueOffset;
  }

  Optional<Mention> colonIntroducer(Found f) {
    List<Token> toks = sentences.get(f.startSentence).tokens();
    int k = -1;
    for (int x = 0; x < toks.size() && toks.get(x).end() <= f.span.start() - 1; x++) {
      k = x;
    }
    while (k >= 0 && inside[f.startSentence][k]) {
      k--;
    }
    int s = f.startSentence;
    if (k == 0 && toks.get(0).word().equals(":") && sameParagraph(s - 1, s)) {
      s--; // "Rep. Trey Gowdy (R-S.C.) / :"I have ...": the splitter cut before the colon
      toks = sentences.get(s).tokens();
      k = toks.size();
    } else if (k < 1 || !toks.get(k).word().equals(":")) {
      return Optional.empty();
    }
    int b = k - 1;
    if (toks.get(b).word().equals(")") || toks.get(b).word().equals("-RRB-")) {
      // "Rep. Trey Gowdy (R-S.C.): "..."": past the party and state of a transcript's speaker
      while (b > 0 && !toks.get(b).word().equals("(") && !toks.get(b).word().equals("-LRB-")) {
        b--;
      }
      b--;
      if (b < 0) {
        return Optional.empty();
      }
    }
    Token before = toks.get(b);
    for (Mention m : sentences.get(s).mentions()) {
      if (m.start() <= before.start() && before.end() <= m.end() && speakerLike(m)) {
        return Optional.of(addressedBy(s, m).orElse(m));
      }
    }
    return Optional.empty();
  }

  /**
   * A headline's "Speaker to Hearer: "..."": the name before "to" speaks, not the one addressed
   * ("Simone Biles to Congress: 'I blame Larry Nassar ...'", AllSides train-808).
   */
  private Optional<Mention> addressedBy(int s, Mention hearer) {
    List<Token> toks = sentences.get(s).tokens();
    int k = 0;
    while (k < toks.size() && toks.get(k).start() < hearer.start()) {
      k++;
    }
    if (k < 2 || !toks.get(k - 1).word().equalsIgnoreCase("to")) {
      return Optional.empty();
    }
    Token last = toks.get(k - 2);
    for (Mention m : sentences.get(s).mentions()) {
      if (m.start() <= last.start()
          && last.end() <= m.end()
          && m.start() == toks.get(0).start()
          && speakerLike(m)) {
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

  /**
   * A quotation opening a paragraph with no cue of its own goes on with whoever the paragraph
   * before last gave words to: the speaker of its last quotation, or the subject of its last cue
   * ("He warned that ... / "This is not a circumstance ..."").
   */
  boolean previousParagraphSpeaker(Found f) {
    if (!opensBare(f)
        || f.startSentence == 0
        || sameParagraph(f.startSentence - 1, f.startSentence)) {
      return false;
    }
    int last = f.startSentence - 1;
    int first = last;
    while (first > 0 && sameParagraph(first - 1, last)) {
      first--;
    }
    for (int p = last; p >= first; p--) {
      List<Token> pt = sentences.get(p).tokens();
      Found quoted = lastQuoteEndingIn(p, f);
      int quoteEnd = quoted == null ? -1 : quoted.span.end();
      for (int k = pt.size() - 1; k >= 0; k--) {
        if (pt.get(k).start() < quoteEnd && quoted.speaker.isPresent()) {
          goOn(f, quoted);
          return true;
        }
        Cue c = inside[p][k] ? null : cueAt(p, k);
        if (c != null && tryCue(f, c)) {
          if (f.speakerType == EntityType.PERSON) {
            return true;
          }
          f.speaker = Optional.empty();
          f.cue = "";
          f.cueOffset = -1;
          return false;
        }
      }
      if (quoted != null && quoted.speaker.isPresent()) {
        goOn(f, quoted);
        return true;
      }
    }
    return false;
  }
}
