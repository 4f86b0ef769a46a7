package dev.parallax.quote;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.GivenNames;
import dev.parallax.internal.RoleWords;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import dev.parallax.quote.QuoteFinder.Found;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The search for a cue's subject in the text {@link QuoteText} holds: the person or organisation
 * mention on the cue's side, an inverted or "according to" source after it, an apposition's head, a
 * role ("the senator"), or a pronoun resolved to the nearest earlier compatible speaker. Not
 * thread-safe; one instance per article.
 */
abstract class Subjects extends QuoteText {
  Subjects(Article article, Map<String, Entity> entities) {
    super(article, entities);
  }

  private Sources sources;

  static final Set<String> SPEECH = DataFiles.words("attribution.tsv", "speech-verb");

  Optional<Subject> subjectOf(Cue c) {
    if (c.according()) {
      return forwardSubject(c, 8);
    }
    Token verb = sentences.get(c.s()).tokens().get(c.index());
    Optional<Subject> agent = passiveAgent(c);
    if (agent.isPresent()) {
      return agent;
    }
    // a participle has no inverted subject: in ""...," promising the Friends of Abe ..." the
    // name after it is its object
    if (rightAfterQuote(c) && !verb.pos().equals("VBG")) {
      Optional<Subject> inverted = forwardSubject(c, 7);
      if (inverted.isPresent()) {
        return inverted;
      }
    }
    if (impersonal(c)) {
      return Optional.empty();
    }
    Optional<Subject> hanging = hangingSubject(c);
    if (hanging.isPresent()) {
      return hanging;
    }
    Optional<Subject> head = appositionHead(c);
    if (head.isPresent()) {
      return head; // names and roles inside the description are not the speaker
    }
    if (afterQuotedClause(c) && !AttributionFinder.hearerFirst(verb)) {
      // ""..." if she loses, said David Wasserman, an analyst": the source follows the cue
      Optional<Subject> inverted = forwardSubject(c, 4);
      if (inverted.isPresent()
          && endsPhrase(c.s(), inverted.get())
          && titlesOnly(c.s(), c.endIndex(), tokenAt(c.s(), inverted.get().offset()))) {
        return inverted;
      }
    }
    if (commonHeadSubject(c.s(), c.index()) != null) {
      return Optional.empty(); // "The mother of Michael Brown told reporters": not Michael Brown
    }
    Optional<Subject> before = backwardSubject(c);
    // a participle has no subject after it, unless a past one opens the sentence: "Stated Stone:"
    boolean opening = c.index() == 0 && verb.pos().equals("VBN");
    if (before.isPresent() || verb.pos().equals("VBG") || !opening && verb.pos().equals("VBN")) {
      return before;
    }
    if (AttributionFinder.hearerFirst(verb)) {
      // "\"...,\" a witness told CNN": past a subject that names no one, the name after a verb of
      // telling is the hearer (the inverted "asked the senator" right after a quote is read above)
      return before;
    }
    if (commonNounBefore(c)) {
      // "The friend said she was \"bubbly\"" (ECB+ topic 32): the subject names no one, and the
      // "she" after the cue is what the friend spoke of
      return before;
    }
    return forwardSubject(c, 3);
  }

  /**
   * The agent of a passive cue ("Sanders was asked by host Bill Maher"): the one speaking is named
   * after "by", not the subject.
   */
  Optional<Subject> passiveAgent(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int k = c.index();
    if (c.endIndex() >= toks.size() || !passive(toks, k)) {
      return Optional.empty();
    }
    Token verb = toks.get(k);
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    boolean naming = NAMING_AGENT.contains(lemma);
    if (!SPEECH.contains(lemma) && !AttributionFinder.hearerFirst(verb) && !naming) {
      // "reports he was fired by President Donald Trump" (AllSides train-2100): the agent of a verb
      // that is no verb of speaking did something to the subject, and says nothing
      return Optional.empty();
    }
    int at = c.endIndex();
    if (naming) {
      // "Anthony Q. Warner, 63, has been identified as the "bomber" in the Christmas day explosion
      // in Nashville by U.S. Attorney Don Cochran" (AllSides train-1825): the agent of a passive
      // verb of naming may follow what it named the subject, further on in the clause
      at = agentBy(c.s(), at);
    }
    if (at < 0
        || at + 1 >= toks.size()
        || !toks.get(at).word().equalsIgnoreCase("by")
        || inside[c.s()][at]) {
      return Optional.empty();
    }
    Cue by = new Cue(c.s(), at, at + 1, false, "by", toks.get(at).start());
    return forwardSubject(by, 6).filter(subj -> subj.pronoun() == null);
  }

  /**
   * Verbs of naming, identifying and describing, whose passive names the one they name or describe
   * for subject and may name who did so after "by", past what they named it ("was identified as the
   * "bomber" ... by", "was described as "reckless" by").
   */
  private static final Set<String> NAMING_AGENT =
      DataFiles.words("attribution.tsv", "naming-agent-verb");

  /**
   * The index of the "by" that names a passive's agent in the clause from {@code from} (at most 16
   * words on, outside quotation marks; not past a comma, semicolon, colon or a complementiser
   * outside them), or -1.
   */
  private int agentBy(int s, int from) {
    return QuoteText.agentBy(
        sentences.get(s).tokens(), from, 16, j -> inside[s][j], CLAUSE_ENDS::contains);
  }

  /** Words that end the clause a passive's agent is looked for in. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "that", "who", "which");

  /**
   * Whether the clause before the comma at {@code comma} opens with a noun phrase and then a finite
   * verb of the same form as the verb at {@code k}: "China blames US for trade war, says ...", not
   * "Smith, 45, says" nor "the mayor, who was elected, says".
   */
  private boolean seriesOfVerbs(int s, int comma, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int from = clauseStart(s, comma);
    for (int j = from; j < comma; j++) {
      Token t = toks.get(j);
      if (finite(t)) {
        return j > from && t.pos().equals(toks.get(k).pos());
      }
      if (inside[s][j] || !t.pos().matches("NN.*|DT|JJ.*|PRP|POS|CD|HYPH")) {
        return false; // "if she didn't win ..., said X", "But ... after she did, X tweeted"
      }
    }
    return false;
  }

  /**
   * A participle set off by a comma or after a preposition ("X urged ... Y, saying", "X deflected
   * questions about Y before saying") has the subject of the clause it hangs from: the subject of
   * the clause's first finite verb (past an opening phrase or subordinate clause closed by a
   * comma), not the nearest name.
   */
  Optional<Subject> hangingSubject(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int k = c.index();
    int b = k - 1;
    while (b > 0 && !inside[c.s()][b] && toks.get(b).pos().equals("RB")) {
      b--;
    }
    if (b <= 0
        && toks.get(k).pos().equals("VBG")
        && (b < 0 || !isWord(toks.get(b)) || toks.get(b).pos().matches("RB|CC"))) {
      return previousSpeaker(c.s()); // "X stated that ... / Adding, "..."": the participle goes on
    }
    if (b < 1 || inside[c.s()][b] && !closingMark(toks.get(b))) {
      return Optional.empty();
    }
    Token prev = toks.get(b);
    // "X needled the CNN “reporter,” saying": the comma stands inside the scare quotes
    boolean comma =
        prev.word().equals(",") || closingMark(prev) && toks.get(b - 1).word().equals(",");
    boolean participle = toks.get(k).pos().equals("VBG") && (comma || prev.pos().equals("IN"));
    // "De Blasio said the move was Bratton's and said", "Suu Kyi said ... but added"
    boolean coordinated = finite(toks.get(k)) && prev.pos().equals("CC");
    // "China blames US for trade war, says 'nothing is agreed until everything is agreed'"
    // (AllSides train-1880): a headline's verbs in a series after one subject, in one tense
    boolean series = finite(toks.get(k)) && prev.word().equals(",") && seriesOfVerbs(c.s(), b, k);
    if (!participle && !coordinated && !series) {
      return Optional.empty();
    }
    k = b + 1;
    int from = clauseStart(c.s(), b);
    for (int j = k - 2; j >= from; j--) {
      Token t = toks.get(j);
      Cue said =
          inside[c.s()][j] || !finite(t) || !SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT))
              ? null
              : cueAt(c.s(), j);
      if (said != null) {
        return subjectOf(said); // "..., Spicer said, adding": the participle goes with the cue
      }
    }
    for (int j = from; j < k - 1; j++) {
      Token t = toks.get(j);
      if (finite(t) && !inside[c.s()][j]) {
        Cue verb = new Cue(c.s(), j, j + 1, false, t.word(), t.start());
        Optional<Subject> subj = backwardSubject(verb);
        if (subj.isPresent()
            && (subj.get().mention() == null
                || tokenAt(c.s(), subj.get().mention().start()) >= from)) {
          return subj;
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The cue follows a comma closing a clause that holds a quotation: ""...," if ..., said X". */
  boolean afterQuotedClause(Cue c) {
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

  /**
   * The subject's mention ends its phrase: a comma, the sentence's end or a preposition follows.
   */
  boolean endsPhrase(int s, Subject subj) {
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
  boolean rightAfterQuote(Cue c) {
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

  /**
   * The cue is passive after an impersonal "it" ("it can be argued that ... the `` Foul Pole''",
   * ECB+ topic 7; "it was reported that"), or a verb of seeming ("it appears"): no one is behind
   * the "it", so a name before it is not the speaker.
   */
  private boolean impersonal(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int j = beforeCue(c);
    return j >= 0
        && !inside[c.s()][j]
        && toks.get(j).word().equalsIgnoreCase("it")
        && impersonalCue(toks, j + 1, c.index());
  }

  Optional<Subject> backwardSubject(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    if (indefiniteSubject(c) || commonHeadSubject(c.s(), c.index()) != null) {
      return Optional.empty();
    }
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
      if (first >= k || !objectAt(c.s(), first, k) || clauseSubject(c, first, k)) {
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
   * The name at tokens {@code [first, last]} is the subject of a clause a conjunction opens, not a
   * preposition's object: "The 'first kill', as Navy Chief Admiral Sureesh Mehta had later
   * described the sinking, ..." (ECB+ topic 12), "when Mayor Reyes said": the conjunction stands
   * before the titles and the name, and only auxiliaries and adverbs stand between the name and the
   * cue.
   */
  private boolean clauseSubject(Cue c, int first, int last) {
    List<Token> toks = sentences.get(c.s()).tokens();
    for (int k = last + 1; k < c.index(); k++) {
      if (inside[c.s()][k] || !isAuxiliaryOrAdverb(toks.get(k))) {
        return false;
      }
    }
    int j = first - 1;
    while (j >= 0 && !inside[c.s()][j] && titleWord(toks.get(j))) {
      j--;
    }
    return j >= 0
        && !inside[c.s()][j]
        && toks.get(j).pos().equals("IN")
        && dev.parallax.internal.ClauseWords.DEPENDENT_OPENERS.contains(
            toks.get(j).word().toLowerCase(Locale.ROOT));
  }

  /** Words that lead a sentence's noun phrase up to its head. */
  private static final Set<String> LEADING_POS =
      Set.of("DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "VBN", "HYPH", "PDT");

  /**
   * The subject phrase of the verb at token {@code k} when the sentence opens with it and its head
   * names people apart from the one named in its modifiers ({@code roles.tsv} "apart" and "kin"):
   * "The mother of Michael Brown told", "Supporters of Senator Bernie Sanders said", "Lawyers for
   * the whistleblower behind the complaint related to President Donald Trump's call with the leader
   * of Ukraine said", "The lawyers for the official who filed a complaint against President Trump
   * have expressed" (AllSides train-1234). The names in the modifiers are not the speaker, so no
   * one named is. Not when the verb is not the phrase's own: another finite verb outside a relative
   * clause, or a comma that opens no relative clause, lies between them. Heads who speak for the
   * name ("a spokesman for the Pentagon", "officials at the ministry") are read as before. Returns
   * the head with its first modifier's words as tokens {@code [start, end)}, or null.
   */
  int[] commonHeadSubject(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int verb = k;
    while (verb > 0 && !inside[s][verb - 1] && isAuxiliaryOrAdverb(toks.get(verb - 1))) {
      verb--;
    }
    int h = -1;
    int i = 0;
    while (i < verb && !inside[s][i] && LEADING_POS.contains(toks.get(i).pos())) {
      if (toks.get(i).pos().startsWith("NN")) {
        h = i;
      }
      i++;
    }
    if (h < 0 || h + 1 != i || i >= verb) {
      return null;
    }
    Token head = toks.get(h);
    String w = head.lemma().toLowerCase(Locale.ROOT);
    String next = toks.get(i).word().toLowerCase(Locale.ROOT);
    boolean preposition = toks.get(i).pos().equals("IN") && !next.equals("that");
    boolean relative = toks.get(i).pos().equals("WP") || toks.get(i).pos().equals("WDT");
    if (!(preposition || relative)
        || !(APART.contains(w) || RoleWords.KIN.contains(w))
        || (h > 0 && !Character.isLowerCase(head.word().codePointAt(0)))
        || Sources.mentionAt(sentences.get(s), head).isPresent()) {
      return null;
    }
    int open = 0; // relative clauses opened whose finite verb is still to come
    int end = -1;
    boolean named = false;
    for (int x = i; x < verb; x++) {
      Token t = toks.get(x);
      String p = t.pos();
      if (inside[s][x] || p.equals(":") || t.word().equals(";")) {
        return null;
      }
      named |= Sources.mentionAt(sentences.get(s), t).isPresent();
      if (p.equals("WP") || p.equals("WDT")) {
        open++;
        end = end < 0 ? x : end;
      } else if (p.equals(",")) {
        boolean opens = x + 1 < verb && toks.get(x + 1).pos().matches("WP|WDT");
        if (!opens && x != verb - 1) {
          return null;
        }
        end = end < 0 ? x : end;
      } else if (FINITE.contains(p)) {
        if (open == 0) {
          return null; // a verb of the sentence's own before the cue's
        }
        open--;
        end = end < 0 ? x : end;
      } else if (x > i && (p.equals("IN") || p.equals("TO")) && end < 0) {
        end = x;
      }
    }
    return named ? new int[] {0, end < 0 ? verb : end} : null;
  }

  /** People who speak about or for the one named after them: "supporters of X" are not X. */
  static final Set<String> APART = DataFiles.words("roles.tsv", "apart");

  /**
   * The index of the token right before the cue, past auxiliaries and adverbs outside quotation
   * marks ("has also said": "has" is passed, the word before it is returned); -1 for none.
   */
  private int beforeCue(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int j = c.index() - 1;
    while (j >= 0 && !inside[c.s()][j] && isAuxiliaryOrAdverb(toks.get(j))) {
      j--;
    }
    return j;
  }

  /** Whether a common noun stands right before the cue, past auxiliaries and adverbs. */
  private boolean commonNounBefore(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int j = beforeCue(c);
    return j >= 0 && !inside[c.s()][j] && toks.get(j).pos().matches("NNS?");
  }

  /**
   * Whether the cue's subject is a noun phrase naming nobody that a comma sets off from what it
   * said: "..., a source said", "..., one official said", "..., officials said". Its speaker is not
   * known; the name further back ("a scenario by the Red Sox, a source said") did not say it.
   */
  boolean indefiniteSubject(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int j = beforeCue(c);
    if (j < 1 || inside[c.s()][j] || !toks.get(j).pos().matches("NNS?")) {
      return false;
    }
    boolean plural = toks.get(j).pos().equals("NNS");
    int k = j - 1;
    while (k >= 0 && !inside[c.s()][k] && toks.get(k).pos().matches("NNS?|JJ")) {
      k--;
    }
    if (k < 0 || inside[c.s()][k]) {
      return false;
    }
    String w = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
    boolean indefinite = w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another");
    int before = indefinite ? k - 1 : k;
    return (indefinite || plural && k == j - 1)
        && before >= 0
        && toks.get(before).word().equals(",");
  }

  /**
   * The person opening a clause whose description, set off by commas, runs up to the cue ("J. Doe,
   * an analyst at the Cook Political Report, said"; "J. Doe, who had backed Cruz, wrote"): a person
   * mention right after the clause's start and right before a comma, with no verb of a clause of
   * its own between (a description holds only relative clauses and participles).
   */
  Optional<Subject> appositionHead(Cue c) {
    List<Token> toks = sentences.get(c.s()).tokens();
    int j = beforeCue(c);
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
      while (first > 0 && !inside[c.s()][first - 1] && titleWord(toks.get(first - 1))) {
        first--; // "Mr. Guerrero", "Washington Post columnist Margaret Sullivan"
      }
      if (first == 0
          || (first == 1 && toks.get(0).pos().equals("IN"))
          || toks.get(first - 1).word().equals(",")
          || inside[c.s()][first - 1]
          || closingMark(toks.get(first - 1))
          || subordinator(toks.get(first - 1))) {
        head = s.get();
      }
    }
    return Optional.ofNullable(head);
  }

  /**
   * A person ahead of an organisation in apposition ("Massimo Franco, a columnist for Corriere
   * della Sera, said"): the person speaks, the organisation is where they work.
   */
  Optional<Subject> personBefore(int s, Subject found) {
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
  Optional<Subject> personAfter(int s, Subject found) {
    if (!isOrganisation(found)) {
      return titledPersonAfter(s, found);
    }
    List<Token> toks = sentences.get(s).tokens();
    int k = tokenAt(s, found.mention().end() - 1) + 1;
    boolean comma = false;
    for (int n = 0; k < toks.size() && n < 4; k++, n++) {
      Token t = toks.get(k);
      Optional<Subject> p = subjectAt(s, t);
      if (p.isPresent() && p.get().mention() != null && !isOrganisation(p.get())) {
        return p;
      }
      if (!comma && n > 0 && t.word().equals(",") && toks.get(k - 1).pos().startsWith("NN")) {
        comma = true; // "said a Supreme Court advocate, Andrew Pincus": the name in apposition
        continue;
      }
      if (inside[s][k] || !(t.pos().startsWith("NN") || t.pos().equals("JJ"))) {
        return Optional.empty();
      }
      if (comma) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A name followed at once by capitalised title words and a person's name is a modifier of the
   * title, not the speaker ("said Palmer Public Safety Director Jon Owen", where the tagger took
   * the town for a person): no one's name runs straight into a title and another name.
   */
  private Optional<Subject> titledPersonAfter(int s, Subject found) {
    if (found.mention() == null) {
      return Optional.empty();
    }
    List<Token> toks = sentences.get(s).tokens();
    int k = tokenAt(s, found.mention().end() - 1) + 1;
    int titles = 0;
    for (int n = 0; k < toks.size() && n < 5; k++, n++) {
      Token t = toks.get(k);
      Optional<Subject> p = subjectAt(s, t);
      if (p.isPresent() && p.get().mention() != null && p.get().mention() != found.mention()) {
        return titles > 0 && !isOrganisation(p.get()) ? p : Optional.empty();
      }
      if (inside[s][k] || !t.pos().equals("NNP") || !Character.isUpperCase(t.word().charAt(0))) {
        return Optional.empty();
      }
      titles++;
    }
    return Optional.empty();
  }

  boolean isOrganisation(Subject found) {
    if (found.mention() == null) {
      return false;
    }
    Entity e = entities.get(found.mention().entity());
    return e != null && e.type() == EntityType.ORGANIZATION;
  }

  /**
   * A role right before the cue ("the senator said", "the conference speaker says"), resolved by
   * {@link Sources} to the person the article gave that role.
   */
  Optional<Subject> roleSubject(Cue c) {
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

  /** How many words a role subject ("the Kentucky Republican") may have. */
  private static final int ROLE_SUBJECT_WORDS = 5;

  /**
   * The person sentence {@code t}'s subject names by a definite role phrase with no name in it
   * ("the senator", "the Kentucky Republican"), past an opening phrase set off by a comma, when a
   * verb follows it (after at most a date or an adverb) and the person agrees with the pronoun.
   */
  private Optional<Entity> roleSubject(int t, String pronoun) {
    List<Token> toks = sentences.get(t).tokens();
    int k = 0;
    if (!toks.isEmpty()) {
      String p0 = toks.get(0).pos();
      if (p0.equals("IN") || p0.equals("RB") || p0.equals("VBN") || p0.equals("VBG")) {
        k = -1;
        for (int j = 1; j < toks.size() && j <= 10 && !inside[t][j]; j++) {
          if (toks.get(j).word().equals(",")) {
            k = j + 1;
            break;
          }
        }
        if (k < 0) {
          return Optional.empty();
        }
      }
    }
    if (k >= toks.size() || !toks.get(k).word().equalsIgnoreCase("the")) {
      return Optional.empty();
    }
    int j = k + 1;
    while (j < toks.size()
        && j - k <= ROLE_SUBJECT_WORDS
        && (toks.get(j).pos().startsWith("NN") || toks.get(j).pos().startsWith("JJ"))) {
      j++;
    }
    if (j == k + 1 || !toks.get(j - 1).pos().startsWith("NN")) {
      return Optional.empty();
    }
    Token head = toks.get(j - 1);
    if (Sources.mentionAt(sentences.get(t), head).isPresent()) {
      return Optional.empty(); // a name: the mention rules take it
    }
    int v = j;
    while (v < toks.size()
        && v - j < 4
        && (toks.get(v).pos().equals("RB")
            || toks.get(v).ner().equals("DATE")
            || (toks.get(v).pos().equals("IN")
                && v + 1 < toks.size()
                && toks.get(v + 1).ner().equals("DATE")))) {
      v++;
    }
    if (v >= toks.size() || !toks.get(v).pos().startsWith("VB")) {
      return Optional.empty();
    }
    Optional<Entity> e = sources().roleOf(t, k, j);
    return e.filter(x -> x.type() == EntityType.PERSON && GivenNames.compatible(x.name(), pronoun));
  }

  Sources sources() {
    if (sources == null) {
      sources = new Sources(this, entities);
    }
    return sources;
  }

  Optional<Subject> forwardSubject(Cue c, int maxTokens) {
    List<Token> toks = sentences.get(c.s()).tokens();
    boolean commonNoun = false;
    for (int k = c.endIndex(); k < toks.size() && k < c.endIndex() + maxTokens; k++) {
      Token t = toks.get(k);
      if (commonNoun && t.word().equals(",") && k + 1 < toks.size() && !inside[c.s()][k + 1]) {
        // "said her nephew, Ravi Singh, 32" (ECB+ topic 21): a role, then the person's name
        Optional<Subject> named = subjectAt(c.s(), toks.get(k + 1));
        if (named.isPresent()
            && named.get().mention() != null
            && named.get().mention().start() == toks.get(k + 1).start()
            && entities.get(named.get().mention().entity()).type() == EntityType.PERSON) {
          return named;
        }
      }
      if (inside[c.s()][k]
          || (!isWord(t)
              && !t.word().equals("'s")
              && !t.word().equals("’s")
              && !t.pos().equals("HYPH"))) {
        break;
      }
      String p = t.pos();
      commonNoun =
          (p.equals("NN") || p.equals("NNS"))
              && (commonNoun || k == c.endIndex() || precedesNoun(toks, c.endIndex(), k));
      Optional<Subject> s = subjectAt(c.s(), t);
      if (s.isPresent()) {
        Optional<Subject> owned = namedAfterPossessor(c.s(), s.get());
        if (owned.isPresent()) {
          return owned;
        }
        return Optional.of(personAfter(c.s(), s.get()).orElse(s.get()));
      }
      String next = k + 1 < toks.size() ? toks.get(k + 1).pos() : "";
      // a participle or a hyphened word as a title before a name: "said retired neurosurgeon X",
      // "said another leading Supreme Court advocate", "mused Blaze co-host X"
      boolean title =
          (t.pos().equals("VBN") || t.pos().equals("VBG") || t.word().indexOf('-') > 0)
              && next.startsWith("NN");
      if (t.pos().startsWith("VB") && !title) {
        break; // not "said retired Army Lt. Gen. X": a participle as a title before a name
      }
    }
    return Optional.empty();
  }

  /**
   * The person named at the end of a phrase that {@code found} opens as a possessor: "according to
   * Sanders' senior adviser Jeff Weaver" is Weaver's word, not Sanders' (AllSides train-930). Empty
   * when no possessive follows the name, or no person's name ends the phrase.
   */
  private Optional<Subject> namedAfterPossessor(int s, Subject found) {
    if (found.mention() == null) {
      return Optional.empty();
    }
    List<Token> toks = sentences.get(s).tokens();
    int k = tokenAt(s, found.mention().end() - 1) + 1;
    if (k >= toks.size() || !POSSESSIVE_MARKS.contains(toks.get(k).word())) {
      return Optional.empty();
    }
    for (int n = 0, j = k + 1; j < toks.size() && n < 6; j++, n++) {
      Token t = toks.get(j);
      if (inside[s][j] || !(t.pos().startsWith("NN") || t.pos().equals("JJ"))) {
        return Optional.empty();
      }
      Optional<Subject> p = subjectAt(s, t);
      if (p.isPresent()
          && p.get().mention() != null
          && p.get().mention() != found.mention()
          && entities.get(p.get().mention().entity()).type() == EntityType.PERSON) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");

  /** Tokens {@code [from, k)} are determiners, possessives and adjectives only. */
  private static boolean precedesNoun(List<Token> toks, int from, int k) {
    for (int x = from; x < k; x++) {
      String p = toks.get(x).pos();
      if (!(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.equals("NN"))) {
        return false;
      }
    }
    return true;
  }

  /** A person or organisation mention covering {@code t}, or a subject pronoun. */
  Optional<Subject> subjectAt(int s, Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(w) && t.pos().startsWith("PRP")) {
      return Optional.of(new Subject(null, w, t.start()));
    }
    boolean inMention = false;
    for (Mention m : sentences.get(s).mentions()) {
      if (m.start() <= t.start() && t.end() <= m.end()) {
        if (speakerLike(m) || stateAsSubject(s, m)) {
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

  /**
   * A place named alone right before a finite verb, which speaks as its state ("China blames US for
   * trade war, says ...", AllSides train-1880), as reported speech reads "Iran insisted ...".
   */
  private boolean stateAsSubject(int s, Mention m) {
    Entity e = entities.get(m.entity());
    if (e == null || e.type() != EntityType.PLACE) {
      return false;
    }
    List<Token> toks = sentences.get(s).tokens();
    for (int j = 0; j < toks.size(); j++) {
      if (toks.get(j).start() >= m.end()) {
        int first = tokenAt(s, m.start());
        // not "in China says", "the US-China deal", "Beijing's"
        boolean opens =
            first <= 0 || !toks.get(first - 1).pos().matches("DT|IN|JJ.*|POS|NN.*|TO|HYPH");
        return opens && QuoteText.FINITE.contains(toks.get(j).pos()) && !inside[s][j];
      }
    }
    return false;
  }

  boolean speakerLike(Mention m) {
    Entity e = entities.get(m.entity());
    return e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
  }

  /** The subject of the last cue of the sentence before {@code s}, in the same paragraph. */
  Optional<Subject> previousSpeaker(int s) {
    if (s == 0 || paragraphOf[s - 1] != paragraphOf[s]) {
      return Optional.empty();
    }
    List<Token> toks = sentences.get(s - 1).tokens();
    for (int k = toks.size() - 1; k >= 0; k--) {
      Cue c = inside[s - 1][k] ? null : cueAt(s - 1, k);
      if (c != null) {
        return subjectOf(c);
      }
    }
    return Optional.empty();
  }

  static boolean isPersonal(String pronoun) {
    return pronoun.equals("he") || pronoun.equals("she");
  }

  /**
   * Whether sentence {@code t}'s subject, before its first verb (and before {@code limit}), joins
   * two people or more ("Gymnasts Simone Biles, Maggie Nichols and Aly Raisman", "Simone Biles and
   * three fellow gymnasts"): a group a later "they" refers to, which no single entity stands for.
   */
  private boolean peopleSubject(int t, int limit) {
    Sentence sent = sentences.get(t);
    List<Token> toks = sent.tokens();
    int verb = 0;
    while (verb < toks.size()
        && !FINITE.contains(toks.get(verb).pos())
        && toks.get(verb).start() < limit) {
      verb++;
    }
    if (verb == toks.size() || toks.get(verb).start() >= limit) {
      return false;
    }
    int end = toks.get(verb).start();
    long people =
        sent.mentions().stream()
            .filter(m -> m.end() <= end && !insideQuote(t, m))
            .filter(
                m -> {
                  Entity e = entities.get(m.entity());
                  return e != null && e.type() == EntityType.PERSON;
                })
            .count();
    boolean joined = false;
    boolean plural = false;
    for (int k = 0; k < verb; k++) {
      joined |= toks.get(k).word().equalsIgnoreCase("and") && !inside[t][k];
      plural |= joined && toks.get(k).pos().equals("NNS") && !inside[t][k];
    }
    return joined && (people >= 2 || people == 1 && plural);
  }

  /**
   * Whether sentence {@code t}'s subject, before its first verb, is a plural common noun that no
   * name stands in ("residents at the village of Gavarzin complained", "Witnesses said"): a group a
   * later "they" refers to.
   */
  private boolean pluralCommonSubject(int t) {
    Sentence sent = sentences.get(t);
    List<Token> toks = sent.tokens();
    int verb = 0;
    while (verb < toks.size() && !toks.get(verb).pos().startsWith("VB")) {
      verb++;
    }
    if (verb == toks.size()) {
      return false;
    }
    int end = toks.get(verb).start();
    boolean plural = false;
    for (int k = 0; k < verb; k++) {
      String pos = toks.get(k).pos();
      if (pos.equals(",") || inside[t][k]) {
        return false; // an opening clause or a quotation, not a plain subject
      }
      plural |= pos.equals("NNS");
    }
    final int upTo = end;
    return plural
        && sent.mentions().stream()
            .noneMatch(
                m ->
                    m.start() < upTo
                        && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON));
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
      if (pronoun.equals("they") && peopleSubject(t, limit)) {
        // "Gymnasts Simone Biles, Maggie Nichols and Aly Raisman shocked Congress ..., blistering
        // the FBI, which they say failed to act" (AllSides train-808): the people, not Congress
        return Optional.empty();
      }
      if (t < s && pronoun.equals("they") && pluralCommonSubject(t)) {
        // "But residents at the village of Gavarzin complained ... Speaking to IRNA, they said
        // ..." (ECB+ topic 20): "they" are the residents, no organisation named before them
        return Optional.empty();
      }
      if (t == s) {
        // "Feinstein said "...," she said": the one a cue before the pronoun already names
        List<Token> toks = sent.tokens();
        for (int k = toks.size() - 1; k >= 0; k--) {
          if (toks.get(k).start() >= limit || inside[t][k]) {
            continue;
          }
          Cue c = cueAt(t, k);
          if (c != null && joinedOn(toks, k)) {
            // "Barr said he had rejected ... Joe Biden's son, Hunter, and said he did not believe"
            // (AllSides train-700): a verb joined on by "and" shares its subject with the verb
            // before it; the name right before "and" is no subject of its
            continue;
          }
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
      if (t < s && isPersonal(pronoun)) {
        // "In a statement, the Kentucky Republican on Tuesday dismissed Obama's actions ... He
        // says ...": the subject the sentence gives by a role, not the name after it
        Optional<Entity> role = roleSubject(t, pronoun);
        if (role.isPresent()) {
          return role;
        }
      }
      int opening = participialOpening(t);
      int[] after = t < s && isPersonal(pronoun) ? subjectAfterOpening(t) : null;
      if (after != null) {
        // "In a letter addressed to acting Director of National Intelligence Joseph Maguire, the
        // lead attorney for the whistleblower, Andrew Bakaj, alluded that ... The legal team, he
        // wrote, ..." (AllSides train-1234): the subject after an opening phrase is whom a later
        // "he" means, not the names in the phrase
        for (Mention m : sent.mentions()) {
          if (m.start() < after[0] || m.start() >= after[1] || insideQuote(t, m)) {
            continue;
          }
          Entity e = entities.get(m.entity());
          if (e != null && e.type() == want && GivenNames.compatible(e.name(), pronoun)) {
            return Optional.of(e);
          }
        }
      }
      for (Mention m : sent.mentions()) {
        if (m.start() >= limit || insideQuote(t, m) || m.start() < opening) {
          continue;
        }
        Entity e = entities.get(m.entity());
        if (e != null
            && e.type() == want
            && (!isPersonal(pronoun) || GivenNames.compatible(e.name(), pronoun))
            && (isPersonal(pronoun) || !modifies(sent, m))) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** Token {@code k} comes right after "and" or "but" (past adverbs). */
  private static boolean joinedOn(List<Token> toks, int k) {
    int j = k - 1;
    while (j >= 0 && toks.get(j).pos().equals("RB")) {
      j--;
    }
    return j >= 0
        && toks.get(j).pos().equals("CC")
        && (toks.get(j).word().equalsIgnoreCase("and")
            || toks.get(j).word().equalsIgnoreCase("but"));
  }

  /**
   * A name written before a common noun it modifies ("fueling GOP repeal push", "GOP calls"): what
   * "it" or "the insurer" stands for is the thing the noun names, not the modifier (AllSides
   * train-555: "the nation's second-largest health insurer announced" had been the GOP).
   */
  private static boolean modifies(Sentence sent, Mention m) {
    for (Token t : sent.tokens()) {
      if (t.start() >= m.end()) {
        String w = t.word();
        return !w.isEmpty()
            && Character.isLowerCase(w.codePointAt(0))
            && (t.pos().equals("NN") || t.pos().equals("NNS"));
      }
    }
    return false;
  }
}
