package dev.parallax.quote;

import dev.parallax.internal.ClauseWords;
import dev.parallax.internal.DataFiles;
import dev.parallax.internal.RoleWords;
import dev.parallax.internal.TitleAbbreviations;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the attributions of one article from part-of-speech patterns around a cue: a verb of saying
 * or claiming from {@code attribution.tsv} ({@code X said (that) C}, {@code C, X said}, {@code C,
 * said X}, {@code X, ..., saying C}) or {@code according to X}. The content is the clause the cue
 * governs, read to the sentence's end or from its start, widened to whole quotations; the source is
 * the noun phrase in subject position, resolved by {@link Sources}. Runs after {@link QuoteFinder}
 * on the same article and reads its quotations: a content that is one quotation is that quotation's
 * attribution. Not thread-safe; one instance per article.
 */
final class AttributionFinder {

  /** An attribution before ids are given. Offsets index the article text. */
  static final class Draft {
    final int sentence;
    final int cueStart;
    final int cueEnd;
    final int contentStart;
    final int contentEnd;
    final int firstSentence;
    final int lastSentence;
    int sourceStart = -1;
    int sourceEnd = -1;
    Optional<Entity> source = Optional.empty();
    AttributionKind kind = AttributionKind.INDIRECT;

    /** What the source said or wrote, not what it did, wanted or felt ({@code Attribution}). */
    boolean statement = true;

    final List<QuoteFinder.Found> quotes = new ArrayList<>();

    Draft(
        int sentence,
        int cueStart,
        int cueEnd,
        int contentStart,
        int contentEnd,
        int first,
        int last) {
      this.sentence = sentence;
      this.cueStart = cueStart;
      this.cueEnd = cueEnd;
      this.contentStart = contentStart;
      this.contentEnd = contentEnd;
      this.firstSentence = first;
      this.lastSentence = last;
    }
  }

  /**
   * Verbs that attribute a clause to their subject, learnt from PolNeAR train (see the file's
   * header).
   */
  static final Set<String> CUE_LEMMAS = DataFiles.words("attribution.tsv", "cue-verb");

  /** A cue verb's lemma and the word after it that mean no speech ("call off", "hail from"). */
  private static final Set<String> NOT_CUE_PHRASES =
      DataFiles.words("attribution.tsv", "not-cue-phrase");

  /** Verbs of naming ("named", "called", "dubbed"): after a noun they name it, not attribute. */
  private static final Set<String> NAMING = QuoteText.NAMING_VERBS;

  /** Cue verbs whose first object is the hearer ("told reporters that ..."), not the content. */
  private static final Set<String> HEARER_FIRST =
      DataFiles.words("attribution.tsv", "hearer-object");

  /** A verb whose first object is the hearer ("told", "asked"), by its lemma. */
  static boolean hearerFirst(Token verb) {
    return HEARER_FIRST.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> COMPLEMENTISERS =
      DataFiles.words("attribution.tsv", "content-opener");
  private static final Set<String> SUBJECTS = DataFiles.words("grammar.tsv", "subject-pronoun");
  private static final Set<String> NEW_CLAUSE = DataFiles.words("grammar.tsv", "new-clause");
  static final Set<String> AUXILIARIES = DataFiles.words("grammar.tsv", "auxiliary");
  static final Set<String> NOUN_LINKS = DataFiles.words("grammar.tsv", "noun-link");
  static final Set<String> PLACE_LINKS = DataFiles.words("grammar.tsv", "place-link");
  private static final Set<String> DOCUMENT_LINKS = DataFiles.words("grammar.tsv", "document-link");
  private static final Set<String> JOINING = Set.of("and", "or", "but", "nor");
  private static final Set<String> SOURCE_DESCRIBERS =
      DataFiles.words("grammar.tsv", "source-describer");
  private static final int MIN_CONTENT_WORDS = 2;
  private static final int MAX_SUBJECT_TOKENS = 10;

  private final QuoteFinder quotes;
  private final Sources sources;
  private final String text;
  private final List<Sentence> sentences;

  /**
   * Subjects of verbs of saying that "and" joins to an earlier cue, whose content was cut before
   * them ({@link #beforeCoordinatedVerb}): the verb's subject is that cue's. Keyed by sentence and
   * token ({@code s << 20 | k}).
   */
  private final java.util.Map<Long, int[]> joinedSubjects = new java.util.HashMap<>();

  AttributionFinder(QuoteFinder quotes, Sources sources) {
    this.quotes = quotes;
    this.sources = sources;
    this.text = quotes.article().text();
    this.sentences = quotes.sentences;
  }

  List<Draft> find() {
    List<Draft> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> toks = sentences.get(s).tokens();
      for (int k = 0; k < toks.size(); k++) {
        if (quotes.inside(s, k)) {
          continue;
        }
        Draft d = cueAt(s, k);
        if (d != null) {
          out.add(d);
        }
      }
    }
    for (Draft d : out) {
      classify(d);
    }
    return out;
  }

  // ---------------------------------------------------------------- cues

  private Draft cueAt(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    Token t = toks.get(k);
    String w = lower(t);
    if (w.equals("according") && k + 1 < toks.size() && lower(toks.get(k + 1)).equals("to")) {
      return according(s, k);
    }
    if (!t.pos().startsWith("VB") || !CUE_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (QuoteFinder.adjectival(toks, k)) {
      return null; // "the claim", "his call", "a written statement": not a verb of the clause
    }
    if (nounAfterObjectModifier(toks, k)) {
      // "a move that fueled GOP calls on Capitol Hill to upend the law" (AllSides train-555): the
      // tagger's verb is the head of the object of a verb that takes no clause
      return null;
    }
    int cueEnd = k + 1;
    while (cueEnd < toks.size() && toks.get(cueEnd).pos().equals("RP")) {
      cueEnd++; // "pointed out"
    }
    if (k + 1 < toks.size()
        && NOT_CUE_PHRASES.contains(
            t.lemma().toLowerCase(Locale.ROOT) + " " + lower(toks.get(k + 1)))) {
      // "Sanders has called off all campaign events" (AllSides train-930): cancelled, not said; "a
      // nominee ... who hails from outside mainstream economics circles" (train-270): where one
      // comes from, not praise
      return null;
    }
    int[] subject = subjectBefore(s, k);
    if (subject != null && subject[1] == k && names(toks, k)) {
      // "a woman named Sarah Jones", "a dog called Rex": a verb of naming right after its noun
      // modifies it (a reduced relative clause); the noun is what is named, not a source
      return null;
    }
    if (summoned(toks, k)) {
      // "The fire service was called at 06:00 BST to the store", "Engineers were called to switch
      // off the supply" (ECB+ topic 14): someone sent for, not someone speaking
      return null;
    }
    if (reached(toks, k + 1)) {
      // "King called him again yesterday and reached a deal": a call made, not a name given (that
      // takes a second object: "called him a 'perfect fit'")
      return null;
    }
    if (subject != null
        && subject[1] == k
        && t.pos().equals("VBN")
        && k + 1 < toks.size()
        && (lower(toks.get(k + 1)).equals("by") || lower(toks.get(k + 1)).equals("of"))) {
      // "the mandatory challenger nominated by the IBF", "a report released by the agency", "the
      // woman accused of killing two co-workers": a passive participle right after its noun with a
      // preposition after it modifies the noun, and says nothing
      return null;
    }
    if (subject != null && reducedRelative(toks, subject[0], subject[1], k)) {
      // "Cases of the more contagious variant of Covid-19 first identified in the UK have been
      // confirmed in several European countries" (AllSides train-50): a participle after its noun
      // and adverbs, with a preposition after it, modifies the noun, and says nothing
      return null;
    }
    if (subject != null && subject[1] == k && t.pos().equals("VBN") && modifiesNoun(s, k + 1)) {
      // "The document released this week that described payments to Michael Cohen is rife with
      // inaccuracies, attorneys for Cohen charge" (AllSides train-1850): a participle right after
      // its noun, then a relative clause or the clause's own verb, modifies the noun
      return null;
    }
    if (subject != null && objectGap(s, subject, cueEnd)) {
      // "..., an ambition the Islamic republic has always denied having.": a clause without "that"
      // after a noun, whose cue's object is that noun: it says nothing of a clause
      return null;
    }
    if (t.lemma().equalsIgnoreCase("claim") && claimsLives(toks, cueEnd)) {
      // "Eleven days of fighting claimed hundreds of lives" (AllSides train-640): lives taken, not
      // a claim made
      return null;
    }
    if (t.lemma().equalsIgnoreCase("feel") && feelsAState(toks, cueEnd)) {
      // "he felt "much better"", "feel free to": how one feels, not what one holds (PolNeAR train
      // annotates 1 of 22 "feel" with "good", "bad", "confident" and the like as a cue)
      return null;
    }
    if (t.lemma().equalsIgnoreCase("add") && addsAQuantity(toks, cueEnd)) {
      // "Peyton Hillis added 101 yards on the ground": a quantity added, not words
      return null;
    }
    if (subject != null
        && subject[1] < k - 1
        && lower(toks.get(k - 1)).equals(",")
        && !t.pos().equals("VBG")
        && nameSetOffAfter(toks, cueEnd)) {
      // "... under federal law, like the ability to discuss workplace conditions, said Jenn
      // Kaiser, a Google spokeswoman." (AllSides train-1313): a name set off after the cue is its
      // speaker, not what a phrase before two commas said
      subject = null;
    }
    boolean inverted = false;
    // a present participle after a clause is no inverted cue ("..., said the senator" is finite):
    // "X filed a lawsuit ..., accusing the network of ..." has the clause's subject for its source
    if (subject == null && rightAfterClause(s, k) && !t.pos().equals("VBG")) {
      subject = nounPhraseAfter(s, cueEnd);
      if (subject != null && bareMassNoun(toks, subject)) {
        // "China's central bank says all ... are illegal, vows harsh crackdown" (AllSides train): a
        // bare singular noun after the verb is its object, not a speaker set after it
        subject = null;
      }
      inverted = subject != null;
      if (inverted && clauseAfter(s, cueEnd)) {
        // "Cohen gets 3 years, says Trump's 'dirty deeds' led him to 'choose darkness'" (AllSides
        // train-987): a clause with its own verb after the cue is what was said, by the subject of
        // the clause before, not a speaker set after the cue
        subject = mainSubject(s, k - 1);
        inverted = false;
      }
    }
    boolean participle = false;
    if (t.pos().equals("VBG")
        && subject != null
        && subject[1] == k
        && subject[0] > 0
        && objectBefore(toks.get(subject[0] - 1))
        && !textSpeaksForItself(toks, subject, k)) {
      // "Scott Boras entered the free agency process hoping his client could ...": the phrase
      // before the participle is the object of the clause's verb; the clause's subject hopes
      int[] main = clauseSubject(s, k + 1);
      if (main != null) {
        subject = main;
        participle = true;
      }
    } else if (t.pos().equals("VBG") && k > 0 && lower(toks.get(k - 1)).equals(",")) {
      // "X announced ..., saying that ...": the clause's subject, not a noun before a comma ("...
      // for Iran, the press secretary said, warning that": not "Iran")
      int[] hanging = clauseSubject(s, k);
      if (hanging != null) {
        subject = hanging;
        participle = true;
      }
    }
    if (subject == null) {
      subject = joinedSubjects.get((long) s << 20 | k);
    }
    if (subject == null) {
      int c = joiningBefore(s, k);
      if (c > 0) {
        subject = coordinatedSubject(s, c, t); // "Jones went home and said ..."
      }
    }
    int asAt = subject != null && !inverted && !participle ? commentAs(s, subject, k) : -1;
    String cueLemma = t.lemma().toLowerCase(Locale.ROOT);
    if (asAt >= 0
        && (DESCRIBING.contains(cueLemma) || NAMING.contains(cueLemma))
        && objectThenBreak(s, cueEnd)) {
      // "The 'first kill', as Navy Chief Admiral Sureesh Mehta had later described the sinking,
      // turned out to be a merchant trawler" (ECB+ topic 12): the clause names what its speaker
      // called a thing, the quotation before it; the rest of the sentence is no one's statement.
      // With no quotation nothing is attributed ("The ship, as officials described it, was ...")
      int[] named = quotationEndingBefore(s, asAt);
      if (named == null) {
        return null;
      }
      Draft d = draft(s, t.start(), toks.get(cueEnd - 1).end(), named);
      d.statement = statement(s, t, named);
      sources.resolve(d, s, subject[0], subject[1], true);
      return d;
    }
    int[] after = contentAfter(s, k, cueEnd, inverted ? subject : null);
    after = closedByMainVerb(s, k, after);
    if (subject != null
        && subject[1] == k
        && t.pos().equals("VBG")
        && opensItsClause(s, subject[0])
        && !complementiserAfter(s, cueEnd)) {
      // "The number of workers claiming new unemployment benefits increased by 5.2 million"
      // (AllSides train-1500), "Democrats supporting Mrs. Clinton have pointed to ...": a
      // participle inside the noun phrase that opens the sentence, or a clause "that" opens, takes
      // an object, not a clause; the clause's own verb comes after it
      after = beforeFiniteVerb(s, after);
    }
    if (subject != null && relativeOnOpeningPhrase(s, k) && !complementiserAfter(s, cueEnd)) {
      // "Woman who accused Brett Kavanaugh of sexual assault wants FBI to investigate" (AllSides
      // train-1590): the sentence's own verb follows the relative clause on its subject
      after = beforeMainVerb(s, after);
    }
    after = beforeCoordinatedVerb(s, k, after, subject);
    after = beforeClosingAttribution(s, after);
    if (after != null
        && setOff(s, subject, k, cueEnd)
        && opensNewClause(s, after)
        && hasVerb(s, contentBefore(s, subject[0]))) {
      // "Two were in serious condition, a hospital spokesperson said, while the others were
      // treated ...": the cue set off by commas attributes the clause before it, not the "while"
      // ("And so, he said, while members ... are horrified, they admire ...": no clause before)
      after = null;
    }
    if (after != null
        && !inverted
        && subject != null
        && subject[0] > 0
        && subject[0] < k
        && lower(toks.get(subject[0] - 1)).equals(",")
        && opensTimeClause(s, after)
        && hasVerb(s, contentBefore(s, subject[0]))) {
      // "The witness had entered the courtroom with his head covered, Del Giudice said when the
      // courtroom was reopened": when it was said, after the clause the cue closes
      after = null;
    }
    if (after == null
        && quotationAfter(s, cueEnd)
        && !(subject != null && subject[0] < k && quotationEndsBefore(s, subject[0]))) {
      // "When the prosecutor asked whether she shielded her son, Armstead answered, "Yes."": what
      // was said is the quotation, however short, not the clause before (a quotation before, as
      // in ""A," she said, "B."", is content of its own)
      return null;
    }
    if (after != null
        && circumstanceOnly(s, k, after)
        && subject != null
        && subject[0] > 0
        && subject[0] < k
        && lower(toks.get(subject[0] - 1)).equals(",")
        && hasVerb(s, contentBefore(s, subject[0]))) {
      // "... has changed from an administrative review into a criminal investigation, a person
      // familiar with the review confirmed to NBC News." (AllSides train-1357): "to" and the one
      // told, then the sentence's end, is no content; the clause before the cue is
      after = null;
    }
    if (after != null && onlyAnAttribution(s, after)) {
      // "... down from the 6.6 million filed the prior week, the Labor Department said Thursday"
      // (AllSides train): what follows is the sentence's own closing attribution, not this cue's
      // content
      return null;
    }
    int[] content;
    if (participle && after != null) {
      // ""...," Rubio said, citing Iran's missile program": what the participle says is its object
      content = after;
    } else if (subject != null && subject[0] < k && quotationEndsBefore(s, subject[0])) {
      // ""...," the senator told reporters on Thursday": the quotation is the content
      content = contentBefore(s, subject[0]);
    } else if (after != null && !inverted) {
      content = after;
    } else {
      int upTo = subject != null && subject[0] > k ? k : subject != null ? subject[0] : k;
      if (asAt > 0 && after == null) {
        // "It doesn't help that ... is a classic scare tactic, as David Dayen noted in The
        // Intercept." (PolNeAR train): a clause of comment set off after a clause says that clause
        upTo = asAt;
      }
      // only a cue set off from what comes before ("..., the senator said") closes a content
      content = upTo > 0 && closesClause(s, upTo) ? contentBefore(s, upTo) : null;
    }
    if (content == null) {
      return null;
    }
    int first = firstWord(s, content);
    if (first == cueEnd && joinsAVerb(toks, first) && !quotes.inside(s, first)) {
      // "rifles ... were found and confiscated", "The protester yelled and held up a banner": a
      // second verb joined on by a conjunction shares the cue's subject; nothing is said
      return null;
    }
    if (subject != null
        && passive(s, k)
        && RAISING.contains(t.lemma().toLowerCase(Locale.ROOT))
        && first >= 0
        && lower(toks.get(first)).equals("to")) {
      // "the Liberals are projected to win 157 seats": who projects it is not said; the subject
      // is what the content is about, and opens it (PolNeAR annotates "Cruz | to win most if not
      // all of the delegates"): "said to be Ethiopian" alone names no one it is said of
      int[] about = raisedSubject(s, subject, k);
      if (about != null) {
        content = new int[] {toks.get(about[0]).start(), content[1]};
      }
      Draft d = draft(s, toks.get(k).start(), toks.get(cueEnd - 1).end(), content);
      // "The cost of health insurance ... is expected to rise an average of 22 percent" (AllSides
      // train-2060): an expectation no one is said to hold is no one's statement
      d.statement = !EXPECTING.contains(t.lemma().toLowerCase(Locale.ROOT));
      return d;
    }
    if (t.lemma().equalsIgnoreCase("find") && foundAsAState(s, k, cueEnd)) {
      // "Nichols was found guilty", "he found himself in trouble": a verdict or a plight, not a
      // view
      return null;
    }
    if (t.lemma().matches("(?i)declare|pronounce")
        && cueEnd < toks.size()
        && toks.get(cueEnd).pos().equals("JJ")
        && passive(s, k)) {
      // "Gray was rushed to a hospital but was declared dead on arrival" (ECB+ topic 19): a
      // state declared of the subject, who says nothing
      return null;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    // "Giuliani was directly warned by the FBI that ..." (AllSides train-2121), "residents were
    // told by the police that ...": a passive verb of telling with its agent after "by" has the
    // agent for speaker, not its hearer
    int[] agent =
        (subject == null || subject[1] <= k)
                && HEARER_FIRST.contains(lemma)
                && QuoteText.passive(toks, k)
                && cueEnd + 1 < toks.size()
                && lower(toks.get(cueEnd)).equals("by")
            ? nounPhraseAfter(s, cueEnd + 1)
            : null;
    if (agent != null) {
      Draft d =
          draft(s, toks.get(negatedFrom(toks, k)).start(), toks.get(cueEnd - 1).end(), content);
      d.statement = statement(s, t, content) && !lemma.equals("ask");
      sources.resolve(d, s, agent[0], agent[1], true);
      return d;
    }
    if (subject == null && !(passive(s, k) && opensWithComplementiser(s, content))) {
      return null; // no source, unless impersonal: "it was reported that ..."
    }
    Draft d = draft(s, toks.get(negatedFrom(toks, k)).start(), toks.get(cueEnd - 1).end(), content);
    d.statement = statement(s, t, content);
    if (subject != null && subject[1] <= k && passive(s, k)) {
      if ((ACCUSING.contains(lemma) || MADE_PUBLIC.contains(lemma))
              && !opensWithComplementiser(s, content)
          || (DESCRIBING.contains(lemma) || NAMING.contains(lemma)) && !agentAfter(toks, cueEnd)
          || MADE_KNOWN.contains(lemma)
              && !opensWithComplementiser(s, content)
              && !agentAfter(toks, cueEnd)
          || lemma.equals("dismiss")
              && !agentAfter(toks, cueEnd)
              && (PROCEEDINGS.contains(toks.get(subject[1] - 1).lemma().toLowerCase(Locale.ROOT))
                  || asRole(toks, cueEnd))) {
        // "Jamey Comey would be dismissed as FBI director" (AllSides train-810): removed from an
        // office, not spoken of
        // "the city argued that the case should be dismissed as moot" (AllSides train-1320): a
        // proceeding dismissed with no one named is a ruling, not what the case said
        // "The defendant ... is charged in case No. VA089897" (ECB+ topic 16), "Hugh Jackman was
        // announced as the host" (topic 2): the one charged or named is not the one who speaks ("it
        // was announced that ..." is impersonal); "the rioting will be portrayed as an affirmation
        // that ..." (AllSides train): a passive verb of describing has the thing described for
        // subject, and names no one who describes it; so has a verb of naming ("It had been
        // dubbed a brilliant move in a grand game of diplomatic chess", AllSides train-1105)
        d.statement = false;
        return d;
      }
      if (HEARER_FIRST.contains(lemma)) {
        // "A lot will be asked of him on Saturday" (ECB+ topic 25), "residents were warned that
        // ...": a passive verb of telling has its hearer for subject; who spoke is not said
        d.statement = d.statement && !lemma.equals("ask");
        return d;
      }
    }
    if (subject != null) {
      if (expletive(s, subject, cueEnd, content)) {
        // "it does seem odd that ...": the "it" stands for no one
        sources.words(d, s, subject[0], subject[1]);
      } else {
        sources.resolve(d, s, subject[0], subject[1], true);
      }
      if (lemma.equals("threaten") && d.source.isEmpty() && namesAThing(s, subject)) {
        // "Tropical Storm Harvey is threatening to inundate southwestern Louisiana" (AllSides
        // train-123): a storm, a law or an event that threatens makes no threat
        d.statement = false;
      }
    }
    return d;
  }

  /**
   * The phrase's last word lies in a name that is neither a person, an organisation nor a place (a
   * storm, a law, an event), which cannot speak.
   */
  private boolean namesAThing(int s, int[] phrase) {
    Token head = sentences.get(s).tokens().get(phrase[1] - 1);
    return Sources.mentionAt(sentences.get(s), head)
        .map(m -> m.type() == EntityType.OTHER)
        .orElse(false);
  }

  /**
   * The index of the "and" or "but" right before the verb {@code k} (over auxiliaries and adverbs:
   * "and then said", "but has said"), or -1.
   */
  private int joiningBefore(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int j = pastAuxiliaries(s, k - 1);
    if (j < 0 || quotes.inside(s, j) || !toks.get(j).pos().equals("CC")) {
      return -1;
    }
    String w = lower(toks.get(j));
    return w.equals("and") || w.equals("but") ? j : -1;
  }

  /**
   * Token {@code i} is "and", "or", "but" or "nor" with a verb after it (over adverbs): "found and
   * confiscated", "yelled and then held up"; not "both", "either" or "neither", which open a
   * content ("said both he and Rubio promised ...").
   */
  private static boolean joinsAVerb(List<Token> toks, int i) {
    if (!toks.get(i).pos().equals("CC") || !JOINING.contains(lower(toks.get(i)))) {
      return false;
    }
    int j = i + 1;
    while (j < toks.size() && toks.get(j).pos().startsWith("RB")) {
      j++;
    }
    return j < toks.size() && toks.get(j).pos().startsWith("VB");
  }

  /**
   * "was found guilty", "found dead", "found himself in a series of exchanges": a passive "find"
   * with an adjective right after it, or any "find" with a reflexive object.
   */
  private boolean foundAsAState(int s, int k, int cueEnd) {
    List<Token> toks = sentences.get(s).tokens();
    if (cueEnd >= toks.size()) {
      return false;
    }
    String next = lower(toks.get(cueEnd));
    return toks.get(cueEnd).pos().equals("JJ") && passive(s, k)
        || next.endsWith("self")
        || next.endsWith("selves");
  }

  /**
   * "as" and a short phrase ending in an office's noun: "as FBI director", "as the team's coach".
   */
  private static boolean asRole(List<Token> toks, int from) {
    if (from >= toks.size() || !lower(toks.get(from)).equals("as")) {
      return false;
    }
    for (int x = from + 1; x < toks.size() && x <= from + 5; x++) {
      Token t = toks.get(x);
      if (RoleWords.ALL.contains(lower(t)) && t.pos().startsWith("NN")) {
        return true;
      }
      if (!t.pos().matches("DT|NNP|NNPS|NN|JJ|POS|PRP\\$")) {
        return false;
      }
    }
    return false;
  }

  /** Lives or victims within a few words after "claim": "claimed hundreds of lives". */
  private static boolean claimsLives(List<Token> toks, int from) {
    for (int x = from; x < toks.size() && x < from + 6; x++) {
      String w = toks.get(x).lemma().toLowerCase(Locale.ROOT);
      if (w.equals("life") || w.equals("victim")) {
        return true;
      }
      if (QuoteText.FINITE.contains(toks.get(x).pos())
          || COMPLEMENTISERS.contains(lower(toks.get(x)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "feel" with an adjective for complement (past adverbs and quotation marks), and no "that" or
   * "about" after it: a state ("felt much better", "feel free to"), not a view. Not a participle:
   * PolNeAR annotates "felt slighted", "feel squeezed" as cues, and "felt blindsided" not.
   */
  private static boolean feelsAState(List<Token> toks, int from) {
    int j = from;
    while (j < toks.size() && (isQuoteMark(toks.get(j)) || toks.get(j).pos().matches("RB|RBR"))) {
      j++;
    }
    if (j >= toks.size() || !toks.get(j).pos().matches("JJ|JJR|JJS")) {
      return false;
    }
    for (int x = j + 1; x < toks.size() && x <= j + 3; x++) {
      String w = lower(toks.get(x));
      if (COMPLEMENTISERS.contains(w) || w.equals("about")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A number and its noun right after the verb, and no verb of a clause after them: "added 101
   * yards on the ground", "added 200 jobs"; not "added 10 people were hurt".
   */
  private static boolean addsAQuantity(List<Token> toks, int from) {
    if (from + 1 >= toks.size()
        || !toks.get(from).pos().equals("CD")
        || !toks.get(from + 1).pos().startsWith("NN")) {
      return false;
    }
    int j = from + 1;
    while (j < toks.size() && toks.get(j).pos().startsWith("NN")) {
      j++;
    }
    return j >= toks.size()
        || !(toks.get(j).pos().startsWith("VB") || toks.get(j).pos().equals("MD"));
  }

  /**
   * Whether "call" at {@code k} is a passive with no agent after it and a place, a time, a purpose
   * or nothing after it: "was called to the scene", "were called in", "was called at 6 a.m.". Its
   * subject is sent for; nobody is said to speak ("was called a liar by Trump" has its speaker
   * after "by", and "has been called the Trump of the East" says what people call him).
   */
  static boolean summoned(List<Token> toks, int k) {
    if (!toks.get(k).lemma().equalsIgnoreCase("call") || !QuoteText.passive(toks, k)) {
      return false;
    }
    for (int j = k + 1; j < toks.size() && j <= k + 12; j++) {
      if (lower(toks.get(j)).equals("by")) {
        return false;
      }
    }
    int n = k + 1;
    while (n < toks.size() && toks.get(n).pos().equals("RB")) {
      n++;
    }
    // a name or a quotation after it names ("has been called the \"Trump of the East\""); a place,
    // a time or a purpose sends for
    String next = n < toks.size() ? toks.get(n).pos() : ".";
    return next.equals("IN") || next.equals("TO") || next.equals("RP") || next.equals(".");
  }

  /**
   * A present-tense cue ("calls", "claims") right after one noun that itself follows a verb that
   * takes no clause ("fueled GOP calls"): a noun, the head of that verb's object. After a verb of
   * saying the noun may be a clause's subject ("said Trump calls the shots"); a participle before
   * it is an adjective ("registered voters say").
   */
  private static boolean nounAfterObjectModifier(List<Token> toks, int k) {
    if (k < 2 || !(toks.get(k).pos().equals("VBZ") || toks.get(k).pos().equals("VBP"))) {
      return false;
    }
    Token noun = toks.get(k - 1);
    Token verb = toks.get(k - 2);
    return noun.pos().startsWith("NN")
        && verb.pos().equals("VBD")
        && !CUE_LEMMAS.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The phrase right before the participle cue at {@code k} is a text that says what follows ("a
   * report claiming ...", "a letter urging ...", "a memo saying ...") and the verb before it did
   * not make the text ("denied a report claiming the actress was paid", "cited a study showing"):
   * the text is the source, not the clause's subject, who only answered or pointed to it. A text
   * the subject made stays the subject's ("filed a lawsuit accusing", "sent a letter urging").
   */
  private static boolean textSpeaksForItself(List<Token> toks, int[] phrase, int k) {
    Token head = toks.get(k - 1);
    Token verb = toks.get(phrase[0] - 1);
    return head.pos().startsWith("NN")
        && TEXT_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT))
        && verb.pos().startsWith("VB")
        && !AUTHORING.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** Nouns of a text that says something of its own ("report", "letter", "memo"). */
  private static final Set<String> TEXT_NOUNS = DataFiles.words("attribution.tsv", "text-noun");

  /** Verbs of making or sending a text ("file", "write", "send"). */
  private static final Set<String> AUTHORING = DataFiles.words("attribution.tsv", "authoring-verb");

  /** A verb or a preposition, whose object the noun phrase after it is. */
  private static boolean objectBefore(Token t) {
    String pos = t.pos();
    return pos.equals("VBD")
        || pos.equals("VBZ")
        || pos.equals("VBP")
        || pos.equals("VB")
        || pos.equals("IN") && !lower(t).equals("that") && !lower(t).equals("by");
  }

  /**
   * Whether "call" at {@code from - 1} has a pronoun for its one object and then an adverb, a
   * particle, a conjunction or the sentence's end: "called him again yesterday and reached a deal",
   * a call made. Not "called him a liar", "called them, among other things, ...", "called us to
   * offer help", nor "called the plan unworkable", whose second object makes "call" a verb of
   * saying.
   */
  static boolean reached(List<Token> toks, int from) {
    if (from < 1
        || from + 1 >= toks.size()
        || !toks.get(from - 1).lemma().equalsIgnoreCase("call")
        || !toks.get(from).pos().equals("PRP")) {
      return false;
    }
    String next = toks.get(from + 1).pos();
    if (next.equals("RB") && from + 2 < toks.size() && toks.get(from + 2).pos().startsWith("JJ")) {
      return false; // "called themselves very conservative"
    }
    return next.equals("RB") || next.equals("RP") || next.equals("CC") || next.equals(".");
  }

  /**
   * Token {@code k} is a verb of naming between a common noun and a name, which nothing but the
   * rest of the sentence follows: "a woman named Sarah Jones was taken ...", "a super PAC called
   * “Future 45” ran ...". Not "the prince called for ..." nor "one lawmaker called Trump “the
   * orange prince”", where a second object makes it a verb of saying (the tagger reads all of these
   * as participles at times).
   */
  private static boolean names(List<Token> toks, int k) {
    if (k == 0
        || k + 1 >= toks.size()
        || !NAMING.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT))
        || !toks.get(k - 1).pos().startsWith("NN")
        || toks.get(k - 1).pos().startsWith("NNP")) {
      return false;
    }
    int j = k + 1;
    if (isQuoteMark(toks.get(j))) {
      j++;
      while (j < toks.size() && !isQuoteMark(toks.get(j))) {
        j++;
      }
      if (j >= toks.size()) {
        return false;
      }
      j++;
    } else if (toks.get(j).pos().startsWith("NNP")) {
      while (j < toks.size() && toks.get(j).pos().startsWith("NNP")) {
        j++;
      }
      if (j < toks.size() && toks.get(j).pos().equals("CD")) {
        // "a zone called Area 3, the stainless steel shell ...": the number ends the name
        // (AllSides train-1550); "called Trump 10 times" still reads a second object after it
        j++;
      } else if (j < toks.size() && toks.get(j).pos().equals("POS")) {
        // "called AP's report a “rush to judgment”": the name is the start of the first object
        j++;
        while (j < toks.size()
            && (toks.get(j).pos().startsWith("NN") || toks.get(j).pos().startsWith("JJ"))) {
          j++;
        }
      }
    } else {
      return false;
    }
    if (j >= toks.size()) {
      return true;
    }
    Token next = toks.get(j);
    String pos = next.pos();
    boolean secondObject =
        isQuoteMark(next)
            || pos.equals("DT")
            || pos.equals("PRP$")
            || pos.equals("CD")
            || pos.startsWith("JJ")
            || pos.startsWith("NN");
    return !secondObject;
  }

  private Draft according(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int[] source = nounPhraseAfter(s, k + 2);
    if (source == null) {
      return null;
    }
    int[] content;
    if (k == 0 || (k == 1 && !isWord(toks.get(0)))) {
      int from = source[1];
      // "According to Childs and the security advisory Microsoft published today, the flaw
      // ...": the sources run on to the comma that ends the opening phrase
      for (int c = from; c < toks.size() && c < from + 20 && !quotes.inside(s, c); c++) {
        if (lower(toks.get(c)).equals(",")) {
          from = c;
          break;
        }
      }
      while (from < toks.size() && !isWord(toks.get(from))) {
        from++;
      }
      content = span(s, from, toks.size());
    } else {
      content = contentBefore(s, k);
      if (content != null
          && lower(toks.get(k - 1)).equals(",")
          && source[1] + 1 < toks.size()
          && lower(toks.get(source[1])).equals(",")
          && isWord(toks.get(source[1] + 1))) {
        // "Instead it was, according to Sarah Palin, the offices ... that was destroyed": the
        // clause goes on past the source set off by commas
        int[] rest = clauseFrom(s, source[1] + 1);
        if (finiteVerb(s, rest)) {
          // not a list or an apposition of sources ("according to U.S. defense officials,
          // satellite imagery and available tracking data")
          content = new int[] {content[0], rest[1]};
        }
      }
    }
    if (content == null) {
      return null;
    }
    Draft d = draft(s, toks.get(k).start(), toks.get(k + 1).end(), content);
    sources.resolve(d, s, source[0], source[1], false);
    return d;
  }

  private Draft draft(int s, int cueStart, int cueEnd, int[] content) {
    int[] wide = quotes.widenToQuotations(content[0], content[1]);
    int first = quotes.sentenceAt(Math.min(wide[0], cueStart));
    int last = quotes.sentenceAt(Math.max(wide[1], cueEnd) - 1);
    return new Draft(s, cueStart, cueEnd, wide[0], wide[1], Math.max(0, first), Math.max(s, last));
  }

  /** Token {@code k} follows a comma, a dash or a quotation: a clause ends right before it. */
  private boolean closesClause(int s, int k) {
    Token before = sentences.get(s).tokens().get(k - 1);
    String w = lower(before);
    return quotes.inside(s, k - 1)
        || isQuoteMark(before)
        || w.equals(",")
        || before.pos().equals(":");
  }

  /**
   * The cue and its subject stand between commas after a clause ("..., a hospital spokesperson
   * said, ..."): a comma before the subject and one right after the cue.
   */
  private boolean setOff(int s, int[] subject, int k, int cueEnd) {
    List<Token> toks = sentences.get(s).tokens();
    int end = cueEnd;
    if (hearerFirst(toks.get(k))) {
      // "..., sources tell Fox News, amid discussion of ...": the one told is the cue's still
      int[] np = nounPhraseAfter(s, cueEnd);
      if (np != null) {
        end = np[1];
      }
    }
    return subject != null
        && subject[0] > 0
        && subject[0] < k
        && lower(toks.get(subject[0] - 1)).equals(",")
        && commaAfter(s, end);
  }

  /**
   * A comma follows at {@code j}, past the time the cue names ("..., the Commerce Department said
   * Tuesday, as shoppers returned").
   */
  private boolean commaAfter(int s, int j) {
    Sentence sentence = sentences.get(s);
    List<Token> toks = sentence.tokens();
    while (j < toks.size() && inTime(sentence, toks.get(j))) {
      j++;
    }
    return j < toks.size() && lower(toks.get(j)).equals(",");
  }

  /**
   * No finite verb, comma or quotation comes before token {@code j} in its clause: it lies in the
   * noun phrase that opens the sentence, or a clause that "that" opens.
   */
  private boolean opensItsClause(int s, int j) {
    List<Token> toks = sentences.get(s).tokens();
    for (int x = j - 1; x >= 0; x--) {
      Token t = toks.get(x);
      if (lower(t).equals("that") && t.pos().equals("IN")) {
        return true; // "Bannon said that President Trump firing Comey was ...": a clause opens
      }
      if (QuoteText.FINITE.contains(t.pos())
          || lower(t).equals(",")
          || quotes.inside(s, x)
          || isQuoteMark(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The content cut before its first finite verb outside quotation marks (or a past participle with
   * no auxiliary before it and no agent after it); null when that leaves too few words, and the
   * content as it was when it holds none.
   */
  private int[] beforeFiniteVerb(int s, int[] content) {
    if (content == null) {
      return null;
    }
    List<Token> toks = sentences.get(s).tokens();
    int from = firstTokenAt(toks, content[0]);
    for (int v = from; v < toks.size() && toks.get(v).end() <= content[1]; v++) {
      String pos = toks.get(v).pos();
      // the tagger reads a past tense after a plural noun as a participle too ("benefits
      // increased by 5.2 million"); a participle with its agent after it stays one ("bills
      // passed by the House")
      boolean pastRead =
          pos.equals("VBN")
              && !(v + 2 < toks.size()
                  && lower(toks.get(v + 1)).equals("by")
                  && !toks.get(v + 2).pos().equals("CD")
                  && !toks.get(v + 2).pos().equals("$"))
              && !AUXILIARIES.contains(toks.get(v - 1).lemma().toLowerCase(Locale.ROOT));
      if ((QuoteText.FINITE.contains(pos) || pastRead) && !quotes.inside(s, v)) {
        return span(s, from, v);
      }
    }
    return content;
  }

  /**
   * The cue at {@code k} (after its auxiliaries) stands in a relative clause that "who", "that" or
   * "which" opens right after a noun of the phrase opening the sentence, with no comma: "Woman who
   * accused ...", "The official who has criticised ...". The sentence's own verb is still to come.
   */
  private boolean relativeOnOpeningPhrase(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int j = pastAuxiliaries(s, k - 1);
    if (j < 1 || quotes.inside(s, j) || !toks.get(j).pos().matches("WP|WDT")) {
      return false;
    }
    return toks.get(j - 1).pos().startsWith("NN") && opensItsClause(s, j - 1);
  }

  /**
   * A relative clause's content cut before the sentence's own verb: when the content, up to its
   * first comma, dash, relative pronoun or word opening a clause of its own ("that", "before",
   * "while"), holds one finite verb outside quotation marks, that verb is the sentence's (the
   * content would need a verb of its own besides), and the content ends before it. Two or more
   * leave it as it was ("The official who said the plan would fail resigned": which verb closes the
   * content is not known).
   */
  private int[] beforeMainVerb(int s, int[] content) {
    if (content == null) {
      return null;
    }
    List<Token> toks = sentences.get(s).tokens();
    int from = firstTokenAt(toks, content[0]);
    int verb = -1;
    for (int v = from; v < toks.size() && toks.get(v).end() <= content[1]; v++) {
      Token t = toks.get(v);
      String w = lower(t);
      if (quotes.inside(s, v)) {
        continue;
      }
      if (v > from
          && (t.pos().matches("[,:]|WP|WDT|WRB")
              || w.equals(";")
              || COMPLEMENTISERS.contains(w)
              || ADVERBIAL_OPENERS.contains(w)
              || NEW_CLAUSE.contains(w))) {
        break;
      }
      // a past form the tagger may read as a participle counts too ("would close resigned/VBN"),
      // unless an auxiliary makes it part of the verb before ("would have closed")
      boolean past =
          t.pos().matches("VBD|VBN")
              && !AUXILIARIES.contains(toks.get(v - 1).lemma().toLowerCase(Locale.ROOT));
      if (QuoteText.FINITE.contains(t.pos()) || past) {
        if (verb >= 0) {
          return content;
        }
        verb = v;
      }
    }
    if (verb <= from) {
      return content;
    }
    int[] cut = span(s, from, verb);
    return cut == null ? content : cut;
  }

  /**
   * The content cut before a verb the cue's subject goes on with: "and" or "but" (after a comma or
   * a dash too, and with "then" or "also") and a finite verb of saying ({@code speech-verb}) of the
   * cue's own form ("denied an NBC News report that he asked to ... and suggested he might pull
   * ...", AllSides train-1120), or a subject pronoun and a finite verb after a quotation that
   * closes on a comma ("a news report he called "pure fiction," and he lashed out at the news
   * media"). A participle cue goes on with the clause's finite verb ("calling the article "pure
   * fiction" -- and then threatened to ..."). The content as it was when there is none. Not kept
   * (PolNeAR train): any verb of the cue lexicon ("said he rated ... and talked about"), a subject
   * pronoun after any comma ("says she hopes ..., but she knows that"), a comma and a verb of the
   * cue's form after the sentence's first verb; any verb of the cue's form after an object with no
   * verb of its own ("top GOP leaders opposed it and launched a last-ditch effort", AllSides
   * train-2390: content precision rose as much as recall fell, since PolNeAR annotates many such
   * second verbs as attributions of their own, which Parallax then did not find).
   */
  private int[] beforeCoordinatedVerb(int s, int k, int[] content, int[] subject) {
    if (content == null) {
      return null;
    }
    List<Token> toks = sentences.get(s).tokens();
    String cuePos = toks.get(k).pos();
    int from = firstTokenAt(toks, content[0]);
    for (int x = from + 1; x + 1 < toks.size() && toks.get(x).end() <= content[1]; x++) {
      if (quotes.inside(s, x)) {
        continue;
      }
      Token t = toks.get(x);
      String w = lower(t);
      Token before = toks.get(x - 1);
      boolean setOff = lower(before).equals(",") || before.pos().equals(":");
      boolean afterQuotation = isQuoteMark(before) && lower(toks.get(x - 2)).equals(",");
      if (w.equals("and") || w.equals("but")) {
        int y = x + 1;
        while (y < toks.size() && toks.get(y).pos().startsWith("RB")) {
          y++;
        }
        if (y + 1 >= toks.size() || quotes.inside(s, y)) {
          continue;
        }
        Token v = toks.get(y);
        // the verb of saying past auxiliaries and a negation: "confirmed Mr Alles would go, but did
        // not say whether Mr Trump fired him" (AllSides train-2100)
        int m = y;
        while (m + 1 < toks.size()
            && !quotes.inside(s, m + 1)
            && isAuxiliaryOrAdverb(toks.get(m))
            && toks.get(m + 1).pos().matches("VB.*|RB|MD")) {
          m++;
        }
        boolean sameForm =
            v.pos().equals(cuePos) || cuePos.equals("VBG") && QuoteText.FINITE.contains(v.pos());
        boolean saying =
            sameForm
                && QuoteText.FINITE.contains(v.pos())
                && SPEECH.contains(toks.get(m).lemma().toLowerCase(Locale.ROOT));
        boolean newSubject =
            afterQuotation
                && v.pos().equals("PRP")
                && SUBJECTS.contains(lower(v))
                && QuoteText.FINITE.contains(toks.get(y + 1).pos());
        if (saying || newSubject) {
          if (saying && subject != null) {
            // the outermost cue's subject: "Trump said he and Putin discussed ... but said"
            joinedSubjects.putIfAbsent((long) s << 20 | m, subject);
          }
          int cut = setOff ? x - 1 : x;
          int[] shorter = span(s, from, cut);
          return shorter == null ? content : shorter;
        }
      }
    }
    return content;
  }

  /** The index of the first token that starts at or after {@code offset} (the size if none). */
  private static int firstTokenAt(List<Token> toks, int offset) {
    int k = 0;
    while (k < toks.size() && toks.get(k).start() < offset) {
      k++;
    }
    return k;
  }

  /** A complementiser ("that", "whether") comes right after the cue. */
  private boolean complementiserAfter(int s, int j) {
    List<Token> toks = sentences.get(s).tokens();
    return j < toks.size()
        && COMPLEMENTISERS.contains(lower(toks.get(j)))
        && !toks.get(j).pos().equals("DT")
        && !toks.get(j).pos().equals("WDT");
  }

  /**
   * The content's first word opens a clause of its own ("while", "although"; not "but"), outside a
   * quotation (a quotation opening with "While ..." is what was said).
   */
  private boolean opensNewClause(int s, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    int x = firstWord(s, content);
    if (x < 0) {
      return false;
    }
    Token t = toks.get(x);
    // "..., the department said, noting that ...": a participle goes on as a clause of its own;
    // "..., the Labor Department reported Thursday, as the coronavirus incited more layoffs"
    // (AllSides train-1500): so does a clause of when or why
    // "..., sources tell Fox News, amid discussion of potentially tapping ..." (AllSides
    // train-125): a phrase a preposition opens after the comma, with no finite verb to the
    // content's end, belongs to the clause before ("..., he observed, without tractors or cranes,
    // then he can build one" goes on as what was said); not "of" or "for", which go on with the
    // word before the cue ("proof, the government argued, of Santilli's participation"; "So it
    // makes sense, strategists said, for Democrats to put the concept ...")
    return (NEW_CLAUSE.contains(lower(t))
            || QuoteFinder.DEPENDENT_OPENERS.contains(lower(t))
            || t.pos().equals("VBG")
            || t.pos().equals("IN")
                && !COMPLEMENTISERS.contains(lower(t))
                && !CONTINUING.contains(lower(t))
                && !finiteVerbIn(s, x, content[1]))
        && !t.pos().equals("CC")
        && !quotes.inside(s, x)
        && !(x > 0 && isQuoteMark(toks.get(x - 1)));
  }

  /** Prepositions that take the complement of the word before them, not the clause's. */
  private static final Set<String> CONTINUING = Set.of("of", "for");

  /** Whether a finite verb or a modal lies from token {@code from} to text offset {@code end}. */
  private boolean finiteVerbIn(int s, int from, int end) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k = from; k < toks.size() && toks.get(k).end() <= end; k++) {
      if (QuoteText.FINITE.contains(toks.get(k).pos())) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a clause of when something happened: "when", "after" ... */
  private static final Set<String> TIME_OPENERS = Set.of("when", "after", "before", "once");

  private boolean opensTimeClause(int s, int[] content) {
    int x = firstWord(s, content);
    return x >= 0
        && TIME_OPENERS.contains(lower(sentences.get(s).tokens().get(x)))
        && !quotes.inside(s, x);
  }

  /** A quotation opens right after the cue, past a comma or a colon. */
  private boolean quotationAfter(int s, int cueEnd) {
    List<Token> toks = sentences.get(s).tokens();
    for (int j = cueEnd; j < toks.size(); j++) {
      if (quotes.inside(s, j) || isQuoteMark(toks.get(j))) {
        return true;
      }
      if (!lower(toks.get(j)).equals(",") && !lower(toks.get(j)).equals(":")) {
        return false; // a word, or a full stop the splitter left inside the sentence
      }
    }
    return false;
  }

  /**
   * Whether the attribution reports what was said ({@code Attribution#statement}): a content that
   * "that", "whether" or a wh-word opens ("when" and "where", or any of them after a preposition,
   * only after a verb of saying or judging), or that opens as a clause (a subject, then a finite
   * verb before any preposition, comma or relative pronoun: "economists think Greece will
   * default"); any phrase after a verb of saying or judging ("hailed the project"), but not a
   * manner ("responded with tear gas", "reacted with alarm"), a tally ("posted 15 points") nor a
   * clause joined on by "and" or "but".
   */
  private boolean statement(int s, Token cue, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    int x = firstWord(s, content);
    if (x < 0 || toks.get(x).pos().equals("CC")) {
      // "Police were called immediately, and surrounded the building": a clause joined on, not
      // what the cue says
      return false;
    }
    String lemma = cue.lemma().toLowerCase(Locale.ROOT);
    boolean says = SPEECH.contains(lemma) || STATEMENT.contains(lemma);
    String first = lower(toks.get(x));
    if (first.equals("when") || first.equals("where")) {
      // "had been celebrating when the gunman entered": a time or a place, unless asked or said
      return says;
    }
    if (opensWithComplementiser(s, content)) {
      // "launched an investigation into how ...": a noun's complement, not what was said
      return says || x == 0 || !toks.get(x - 1).pos().equals("IN");
    }
    if (first.equals("with")) {
      return false;
    }
    if (ADVERBIAL_OPENERS.contains(first) && !quotes.inside(s, x)) {
      // "before she testifies before the Senate Judiciary Committee", "she will not testify until
      // the FBI investigates her claims" (AllSides train-1590): a clause of time or reason after
      // the verb says when or why, not what was said
      return false;
    }
    if (first.equals("to")
        && x + 1 < toks.size()
        && toks.get(x + 1).end() <= content[1]
        && !toks.get(x + 1).pos().startsWith("VB")) {
      // "she was admitted to hospital", "she conceded to the occasional public event" (ECB+ topic
      // 4): a verb of saying with a place or a thing after "to" says nothing; "admitted to lying",
      // "is said to be" keep their verb
      return false;
    }
    if (tally(s, x, content)) {
      return false;
    }
    if (lemma.equals("add") && !addsAClause(toks, x, content)) {
      // "The Emmys added a category - best reality-show host - and divvied ..." (ECB+ topic 2): a
      // thing added, not words
      return false;
    }
    if (lemma.equals("threaten") && !first.equals("to") && !quotes.inside(s, x)) {
      // "allowed rioters to overtake the Capitol ... and threaten the presidential transition of
      // power" (AllSides train-1555): a thing endangered, not a threat made ("threatened to
      // resign" is one)
      return false;
    }
    if (lemma.equals("dismiss") && (personObject(s, x) || proceedingObject(s, x, content))) {
      // "President Trump on Friday dismissed Reince Priebus as his chief of staff" (AllSides
      // train-1999): a person dismissed is let go; "A federal court on Monday dismissed the Federal
      // Trade Commission's antitrust complaint against Facebook" (train-2250): a ruling on a suit.
      // Neither is a view ("dismissed the report as a hoax", "dismissed Comey's account",
      // "dismissed the lawsuit as frivolous" are)
      return false;
    }
    if (says && MAKES_THINGS.contains(lemma) && !quotes.inside(s, x)) {
      // "Google wrote millions of lines of new computer code" (AllSides train-1100), "posted a
      // video": a phrase after a verb of writing is a thing made, not words; what was written is
      // a clause or a quotation
      says = false;
    }
    if (says) {
      return true;
    }
    if (content[1] <= cue.start()) {
      // "The number of workers claiming benefits increased by 5.2 million last week, the Labor
      // Department reported Thursday" (AllSides train): a clause before a closing cue is a
      // statement when it has a verb after its first word (the tagger reads "increased" there as a
      // participle); a noun phrase alone is not
      for (int k = x + 1; k < toks.size() && toks.get(k).end() <= content[1]; k++) {
        if (toks.get(k).pos().startsWith("VB")) {
          return true;
        }
      }
      return false;
    }
    if (inOpeningClause(s, cue, x)) {
      return false;
    }
    for (int from = x; x < toks.size() && toks.get(x).end() <= content[1]; x++) {
      String pos = toks.get(x).pos();
      if (QuoteText.FINITE.contains(pos)) {
        // a clause has its subject before its verb; "who had been laid off, entered the party"
        // is a verb phrase
        return x > from;
      }
      if (pos.equals("IN")
          || pos.equals("TO")
          || pos.equals("WDT")
          || pos.equals("WP")
          || pos.equals("WRB")
          || pos.equals(",")
          || pos.equals(":")) {
        // "promoting the film Friday when his Oscar role was announced" (ECB+ topic 2): the verb
        // after a wh-adverb is its own clause's, not the content's
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the content from token {@code x} holds a clause: a finite verb that no "and" or "or"
   * joins on to the cue's own ("added a category ... and divvied the duties" holds none).
   */
  private static boolean addsAClause(List<Token> toks, int x, int[] content) {
    for (int k = x; k < toks.size() && toks.get(k).end() <= content[1]; k++) {
      if (QuoteText.FINITE.contains(toks.get(k).pos())) {
        int j = k - 1;
        while (j > x && toks.get(j).pos().startsWith("RB")) {
          j--;
        }
        return j > x && !toks.get(j).pos().equals("CC");
      }
    }
    return false;
  }

  /**
   * The cue lies in a clause a subordinator opens the sentence with, and the content starts past
   * that clause's comma: "As the parade of A-list comedians continued, ratings were in steady
   * decline" (ECB+ topic 2) says nothing the comedians continued. Only for verbs that are not of
   * saying: "As he said, the plan failed" attributes the plan's failing.
   */
  private boolean inOpeningClause(int s, Token cue, int contentFirst) {
    List<Token> toks = sentences.get(s).tokens();
    if (toks.isEmpty() || !QuoteFinder.DEPENDENT_OPENERS.contains(lower(toks.get(0)))) {
      return false;
    }
    for (int k = 1; k < contentFirst; k++) {
      if (toks.get(k).word().equals(",")) {
        return toks.get(k).start() > cue.start();
      }
    }
    return false;
  }

  /**
   * A content that counts and says nothing: a number among its first three words and no finite verb
   * ("Lawson posted 15 points and eight assists", "Singler added six rebounds", "posted a game-high
   * 29 points"); "said 30 people died" has its verb.
   */
  private boolean tally(int s, int x, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k = x; k < toks.size() && k < x + 5 && toks.get(k).end() <= content[1]; k++) {
      String pos = toks.get(k).pos();
      if (pos.equals("IN") || pos.equals(",") || pos.startsWith("VB")) {
        return false; // "ordered inspections of the 23 footbridges": the number is not the object
      }
      if (pos.equals("CD")) {
        // past the number and what it counts (a plural the tagger read as a verb right after the
        // number: "six rebounds/VBZ"): a verb there makes it a clause's subject
        int j = k + 1;
        if (j < toks.size() && toks.get(j).pos().equals("VBZ")) {
          j++;
        }
        while (j < toks.size()
            && (toks.get(j).pos().startsWith("NN") || toks.get(j).pos().startsWith("JJ"))) {
          j++;
        }
        return j > k + 1 && (j >= toks.size() || !QuoteText.FINITE.contains(toks.get(j).pos()));
      }
    }
    return false;
  }

  /** Nouns of time after a verb of saying ("said last week", "said Thursday night"). */
  private static final Set<String> TIME_NOUNS = timeNouns();

  private static Set<String> timeNouns() {
    Set<String> out = new HashSet<>(DataFiles.words("calendar.tsv", "unit"));
    out.addAll(DataFiles.words("calendar.tsv", "part-of-day"));
    return Set.copyOf(out);
  }

  /**
   * The content without the sentence's own closing attribution at its end: "The President voiced
   * his concern about potential fallout from the trial during a private meeting last week ...,
   * people familiar with the session said" (AllSides train) voiced his concern, not what the people
   * said. The same content when it has none.
   */
  private int[] beforeClosingAttribution(int s, int[] content) {
    if (content == null) {
      return null;
    }
    int[] cut = beforeSetOffAttribution(s, content);
    if (cut != content) {
      return cut;
    }
    List<Token> toks = sentences.get(s).tokens();
    for (int c = toks.size() - 2; c > 0; c--) {
      Token t = toks.get(c);
      if (t.start() < content[0] || quotes.inside(s, c)) {
        return content;
      }
      if (t.word().equals(",") && t.end() <= content[1]) {
        int[] rest = {toks.get(c + 1).start(), content[1]};
        if (toks.get(c - 1).start() > content[0] && onlyAnAttribution(s, rest)) {
          return new int[] {content[0], toks.get(c - 1).end()};
        }
        return content;
      }
    }
    return content;
  }

  /**
   * The content cut before an attribution set off between two of its commas: "ordered Google to
   * assure employees they are allowed to speak out, people familiar with the matter say, as part of
   * a settlement" (AllSides train-1313) ordered Google to assure employees; what follows the
   * people's cue is theirs. The same content when it has none.
   */
  private int[] beforeSetOffAttribution(int s, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    for (int c = 1; c + 1 < toks.size(); c++) {
      Token t = toks.get(c);
      if (t.start() <= content[0] || t.end() > content[1] || !t.word().equals(",")) {
        continue;
      }
      if (quotes.inside(s, c)) {
        break;
      }
      int next = c + 1;
      while (next < toks.size()
          && toks.get(next).end() <= content[1]
          && !toks.get(next).word().equals(",")) {
        next++;
      }
      if (next >= toks.size() || toks.get(next).end() > content[1] || next == c + 1) {
        break; // the last comma: a closing attribution, if any
      }
      int[] between = {toks.get(c + 1).start(), toks.get(next - 1).end()};
      if (onlyAnAttribution(s, between)) {
        return new int[] {content[0], toks.get(c - 1).end()};
      }
    }
    return content;
  }

  /**
   * The content is a prepositional phrase and no more, up to the sentence's end or a full stop:
   * whom it was said to ("confirmed to NBC News", "said to reporters on Tuesday") or where and when
   * ("said at a news conference Wednesday", "said on his show Wednesday", where the cue's reading
   * skipped the "on"); no verb in it, and not a clause a complementiser opens.
   */
  private boolean circumstanceOnly(int s, int cue, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    int x = firstWord(s, content);
    if (x < 0 || quotes.inside(s, x)) {
      return false;
    }
    String first = lower(toks.get(x));
    // where and when only after a verb of saying: "weighed in on voters", "believe in the American
    // dream" and "asked about the kerfuffle" take what they are about as content
    boolean saying = SPEECH.contains(toks.get(cue).lemma().toLowerCase(Locale.ROOT));
    boolean preposition =
        first.equals("to")
            || saying && toks.get(x).pos().equals("IN") && OCCASION.contains(first)
            || saying
                && x > 0
                && toks.get(x - 1).pos().equals("IN")
                && OCCASION.contains(lower(toks.get(x - 1)));
    if (!preposition) {
      return false;
    }
    int last = x;
    for (int k = x + 1; k < toks.size() && toks.get(k).end() <= content[1]; k++) {
      String pos = toks.get(k).pos();
      if (pos.startsWith("VB") || pos.equals("MD") || pos.equals("WDT") || pos.equals("WP")) {
        return false;
      }
      last = k;
    }
    return last > x && (last + 1 >= toks.size() || !isWord(toks.get(last + 1)));
  }

  /**
   * Whether the content is a closing attribution and no more: a noun phrase (with its
   * prepositions), a verb of saying and at most three words naming no thing after it ("the Labor
   * Department said Thursday", "people familiar with the session said").
   */
  private boolean onlyAnAttribution(int s, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    int x = firstWord(s, content);
    if (x < 0) {
      return false;
    }
    int verb = -1;
    for (int k = x; k < toks.size() && toks.get(k).end() <= content[1]; k++) {
      Token t = toks.get(k);
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
        if (verb >= 0
            || !QuoteText.FINITE.contains(t.pos())
            || !SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT))) {
          return false;
        }
        verb = k;
      } else if (verb < 0
          && !(t.pos().startsWith("NN")
              || t.pos().startsWith("JJ")
              || t.pos().equals("DT")
              || t.pos().equals("POS")
              || t.pos().equals("CD")
              || t.pos().equals("PRP$")
              // "people familiar with the session said"
              || k > x && t.pos().equals("IN") && !COMPLEMENTISERS.contains(lower(t)))) {
        return false;
      } else if (verb >= 0
          && (k - verb > 3
              || COMPLEMENTISERS.contains(lower(t))
              || t.pos().startsWith("NN")
                  && !t.pos().startsWith("NNP")
                  && !TIME_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
        // "said Thursday", "said last week"; not "says party platform ignores movement"
        return false;
      }
    }
    return verb > x;
  }

  /** The index of the content's first word in its sentence, or -1. */
  private int firstWord(int s, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    for (int x = 0; x < toks.size(); x++) {
      if (toks.get(x).start() >= content[0] && isWord(toks.get(x))) {
        return x;
      }
    }
    return -1;
  }

  /**
   * An expletive "it": the subject is "it" alone and an adjective stands between the cue and what
   * it says ("it does seem odd that", "it is clear that", "it appears likely that"), or the cue is
   * passive or a verb of seeming ("it is not known whether", "it appears she called").
   */
  private boolean expletive(int s, int[] subject, int cueEnd, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    if (subject[1] - subject[0] != 1 || !lower(toks.get(subject[0])).equals("it")) {
      return false;
    }
    for (int x = cueEnd; x < toks.size() && toks.get(x).start() < content[0]; x++) {
      if (toks.get(x).pos().startsWith("JJ")) {
        return true;
      }
    }
    // "it's not known what ...", "it was reported that ...", "where it appears she called for
    // help": a passive cue, or a verb of seeming, has no one behind its "it"
    return QuoteText.impersonalCue(toks, subject[1], cueEnd - 1);
  }

  /** The span holds a finite verb or a modal: a clause of its own, not a noun phrase. */
  private boolean finiteVerb(int s, int[] span) {
    return anyToken(s, span, t -> QuoteText.FINITE.contains(t.pos()));
  }

  /** Whether a span of the sentence, {@code [start, end)} in the text, holds a verb. */
  private boolean hasVerb(int s, int[] span) {
    return anyToken(s, span, t -> t.pos().startsWith("VB"));
  }

  /** Some token of sentence {@code s} within the character span {@code [from, to)} is such. */
  private boolean anyToken(int s, int[] span, java.util.function.Predicate<Token> such) {
    if (span == null) {
      return false;
    }
    for (Token t : sentences.get(s).tokens()) {
      if (t.start() >= span[0] && t.end() <= span[1] && such.test(t)) {
        return true;
      }
    }
    return false;
  }

  /** A quotation closes right before token {@code k}, but for a comma. */
  private boolean quotationEndsBefore(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int j = k - 1;
    while (j >= 0 && !quotes.inside(s, j) && !isWord(toks.get(j)) && !isQuoteMark(toks.get(j))) {
      j--;
    }
    return j >= 0 && (quotes.inside(s, j) || isQuoteMark(toks.get(j)));
  }

  /** Words that open a clause of time or reason, never what a verb says. */
  private static final Set<String> ADVERBIAL_OPENERS =
      Set.of("until", "unless", "before", "after", "because", "while", "once", "since", "till");

  /**
   * Token {@code x} opens a person as an object: "him", "her", "them", or a person's name not
   * followed by a possessive ("Reince Priebus as his chief of staff", not "Comey's account").
   */
  /** Nouns of a proceeding before a court: "dismissed the complaint" is a ruling. */
  private static final Set<String> PROCEEDINGS =
      DataFiles.words("attribution.tsv", "proceeding-noun");

  /** Words after a "complaint" or a "charge" that make it a grievance voiced, not a suit. */
  private static final Set<String> GRIEVANCE = Set.of("about", "over", "from", "that");

  /**
   * Whether the content at {@code x} opens with a noun phrase whose head names a proceeding before
   * a court ("the Federal Trade Commission's antitrust complaint against Facebook", "FTC and state
   * antitrust complaints") and no "as" with a judgement follows it in the content ("dismissed the
   * suit as frivolous").
   */
  private boolean proceedingObject(int s, int x, int[] content) {
    List<Token> toks = sentences.get(s).tokens();
    int head = -1;
    int k = x;
    while (k < toks.size() && toks.get(k).end() <= content[1] && !quotes.inside(s, k)) {
      String p = toks.get(k).pos();
      if (p.startsWith("NN")) {
        head = k;
      } else if (!(p.equals("DT")
          || p.equals("PRP$")
          || p.startsWith("JJ")
          || p.equals("POS")
          || p.equals("CD")
          || p.equals("CC")
          || p.equals("HYPH"))) {
        break;
      }
      k++;
    }
    if (head < 0 || !PROCEEDINGS.contains(toks.get(head).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (head + 1 < toks.size() && GRIEVANCE.contains(lower(toks.get(head + 1)))) {
      return false; // "dismissed complaints about noise": grievances voiced, not a suit
    }
    for (int j = k; j + 1 < toks.size() && toks.get(j + 1).end() <= content[1]; j++) {
      String next = toks.get(j + 1).pos();
      boolean judged =
          next.startsWith("JJ")
              || next.equals("DT")
              || next.startsWith("NN")
              || next.equals("RB") && !lower(toks.get(j + 1)).equals("well");
      boolean alsoAs = j > 0 && lower(toks.get(j - 1)).equals("well");
      if (lower(toks.get(j)).equals("as") && judged && !alsoAs) {
        return false; // "as frivolous", "as a hoax"; not "as well as", "as it battles"
      }
    }
    return true;
  }

  private boolean personObject(int s, int x) {
    List<Token> toks = sentences.get(s).tokens();
    String w = lower(toks.get(x));
    if (w.equals("him") || w.equals("her") || w.equals("them")) {
      return true;
    }
    Optional<Mention> m = Sources.mentionAt(sentences.get(s), toks.get(x));
    if (m.isEmpty() || m.get().type() != EntityType.PERSON || quotes.inside(s, x)) {
      return false;
    }
    int after = x;
    while (after < toks.size() && toks.get(after).end() <= m.get().end()) {
      after++;
    }
    return after >= toks.size() || !toks.get(after).pos().equals("POS");
  }

  /**
   * Whether the participle at {@code k} modifies the noun {@code [nounStart, nounEnd)}: one or more
   * adverbs between them ("first", "recently") and no auxiliary, a preposition after it other than
   * a complementiser, then the clause's own finite verb within a few words, before any comma,
   * conjunction or complementiser ("the variant first identified in the UK have been confirmed").
   */
  private static boolean reducedRelative(List<Token> toks, int nounStart, int nounEnd, int k) {
    if (nounEnd > k || k + 1 >= toks.size()) {
      return false;
    }
    // the tagger reads such a participle as a past tense too ("first identified/VBD in the UK"):
    // then only after the object of a preposition, which is no clause's subject ("Cruz also
    // sought to ...", PolNeAR train, is a clause)
    boolean objectOfPreposition = nounStart > 0 && toks.get(nounStart - 1).pos().equals("IN");
    if (!toks.get(k).pos().equals("VBN")
        && !(toks.get(k).pos().equals("VBD") && objectOfPreposition)) {
      return false;
    }
    for (int j = nounEnd; j < k; j++) {
      if (!toks.get(j).pos().startsWith("RB") || AUXILIARIES.contains(lower(toks.get(j)))) {
        return false;
      }
    }
    Token next = toks.get(k + 1);
    if (nounEnd == k
        || !next.pos().equals("IN")
        || COMPLEMENTISERS.contains(lower(next))
        || lower(next).equals("if")) {
      return false;
    }
    // the clause's own verb after the participle's phrase: "... first identified in the UK have
    // been confirmed"; without it the participle is the clause's verb ("Trump first called for")
    for (int j = k + 2; j < toks.size() && j <= k + 8; j++) {
      String pos = toks.get(j).pos();
      if (pos.equals(",")
          || pos.equals(":")
          || pos.startsWith("W")
          || pos.equals("CC")
          || COMPLEMENTISERS.contains(lower(toks.get(j)))) {
        return false; // "a move partly intended as a signal that the network is ..."
      }
      if (QuoteText.FINITE.contains(pos)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs of making public, whose passive's subject is the thing made public ("Android, which was
   * released in 2007, ..." in AllSides train-1100; "the report was published on Monday").
   */
  static final Set<String> MADE_PUBLIC = Set.of("release", "publish", "issue", "post");

  /**
   * Verbs of making known, whose passive without an agent has the thing made known for subject:
   * "Cases of the new variant ... have been confirmed in several European countries" (AllSides
   * train-50) had been what "the UK" confirmed; "it was reported that ..." stays impersonal, and
   * "were confirmed by officials" names who confirmed.
   */
  private static final Set<String> MADE_KNOWN =
      DataFiles.words("attribution.tsv", "made-known-verb");

  /**
   * Verbs of writing, whose object phrase is a thing written or put up rather than what was said.
   */
  private static final Set<String> MAKES_THINGS = Set.of("write", "post");

  /** The content's first word is "that", "whether", "how"... */
  private boolean opensWithComplementiser(int s, int[] content) {
    int x = firstWord(s, content);
    return x >= 0 && COMPLEMENTISERS.contains(lower(sentences.get(s).tokens().get(x)));
  }

  /**
   * Verbs of accusing or naming, whose passive's subject is the one accused or named ("was
   * charged", "was announced as the host").
   */
  private static final Set<String> ACCUSING =
      Set.of("charge", "accuse", "indict", "sue", "announce", "name", "nominate", "appoint");

  /**
   * Verbs of describing (Levin 1993, class 29.2, "characterize" verbs), whose passive's subject is
   * the thing described: "was portrayed as", "is described as".
   */
  private static final Set<String> DESCRIBING =
      DataFiles.words("attribution.tsv", "describing-verb");

  /** A "by" in the clause after the verb: "was described by the police as ...". */
  private static boolean agentAfter(List<Token> toks, int from) {
    return QuoteText.agentBy(
            toks,
            from,
            12,
            j -> false,
            w -> w.equals(",") || w.equals(";") || COMPLEMENTISERS.contains(w))
        >= 0;
  }

  /** Verbs whose passive with an infinitive is about its subject ("is expected to"). */
  private static final Set<String> RAISING = DataFiles.words("attribution.tsv", "raising-verb");

  /** Raising verbs of expecting: their passive states an expectation, not what someone said. */
  private static final Set<String> EXPECTING = Set.of("expect", "anticipate");

  /**
   * The phrase a raising passive is about ("The men are said to be fishermen": "The men"), the
   * antecedent for a relative pronoun ("the pirates, who are said to be Ethiopian": "the pirates");
   * null when the subject does not end right before the verb's auxiliaries.
   */
  private int[] raisedSubject(int s, int[] subject, int k) {
    List<Token> toks = sentences.get(s).tokens();
    if (subject[1] > k) {
      return null;
    }
    for (int x = subject[1]; x < k; x++) {
      Token between = toks.get(x);
      boolean relative =
          lower(between).equals(",") || between.pos().equals("WP") || between.pos().equals("WDT");
      if (!isAuxiliaryOrAdverb(between) && !relative) {
        return null;
      }
    }
    Token head = toks.get(subject[0]);
    if (subject[1] - subject[0] == 1 && (head.pos().equals("WDT") || head.pos().equals("WP"))) {
      if (subject[0] < 2 || !lower(toks.get(subject[0] - 1)).equals(",")) {
        return null;
      }
      return antecedent(s, subject[0] - 2);
    }
    return subject;
  }

  /**
   * The index of the "as" that opens a clause of comment holding the cue and its subject ("..., as
   * the mayor noted", "As the mayor noted, ..."): "as" right before the subject, at the sentence's
   * start or after a comma, a dash or a bracket, and only auxiliaries and adverbs between the
   * subject and the cue; -1 otherwise.
   */
  private int commentAs(int s, int[] subject, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int a = subject[0] - 1;
    if (subject[1] > k || a < 0 || !lower(toks.get(a)).equals("as") || quotes.inside(s, a)) {
      return -1;
    }
    for (int x = subject[1]; x < k; x++) {
      if (!isAuxiliaryOrAdverb(toks.get(x))) {
        return -1;
      }
    }
    if (a == 0) {
      return 0;
    }
    String before = lower(toks.get(a - 1));
    return before.equals(",")
            || before.equals("--")
            || before.equals("(")
            || before.equals("-LRB-")
            || isDash(before)
        ? a
        : -1;
  }

  private static boolean isDash(String w) {
    return w.equals("\u2014") || w.equals("\u2013") || w.equals("-");
  }

  /**
   * After the cue, an object ("it", "the sinking") and then a comma, a bracket or the sentence's
   * end: the verb is done with its object, and says no clause.
   */
  private boolean objectThenBreak(int s, int cueEnd) {
    List<Token> toks = sentences.get(s).tokens();
    if (cueEnd >= toks.size() || quotes.inside(s, cueEnd)) {
      return false;
    }
    int end;
    String w = lower(toks.get(cueEnd));
    if (w.equals("it") || w.equals("them") || w.equals("this") || w.equals("that")) {
      end = cueEnd + 1;
    } else {
      int[] np = nounPhraseAfter(s, cueEnd);
      if (np == null || np[0] != cueEnd) {
        return false;
      }
      end = np[1];
    }
    if (end >= toks.size()) {
      return true;
    }
    String next = lower(toks.get(end));
    return next.equals(",")
        || next.equals(".")
        || next.equals(")")
        || next.equals("-RRB-")
        || isDash(next);
  }

  /**
   * The quotation that ends right before the comma (or dash) at {@code asAt - 1}, as a character
   * span; null when none does.
   */
  private int[] quotationEndingBefore(int s, int asAt) {
    List<Token> toks = sentences.get(s).tokens();
    int last = asAt - 2;
    if (last < 0 || !(quotes.inside(s, last) || isQuoteMark(toks.get(last)))) {
      return null;
    }
    int first = last;
    while (first - 1 >= 0 && (quotes.inside(s, first - 1) || isQuoteMark(toks.get(first - 1)))) {
      first--;
    }
    return new int[] {toks.get(first).start(), toks.get(last).end()};
  }

  /** A passive or impersonal cue with no source of its own ("it was reported that ..."). */
  private boolean passive(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    // over adverbs: "is now accused of murdering two women" (ECB+ topic 22), "were reportedly
    // warned"
    int b = k - 1;
    while (b > 0 && toks.get(b).pos().equals("RB")) {
      b--;
    }
    return toks.get(k).pos().equals("VBN")
        && b >= 0
        && AUXILIARIES.contains(toks.get(b).lemma().toLowerCase(Locale.ROOT))
        && !toks.get(b).lemma().equalsIgnoreCase("have");
  }

  // ---------------------------------------------------------------- subjects

  /**
   * The subject noun phrase ending right before the verb (over auxiliaries and adverbs: "has also
   * said"), as token indexes {@code [from, to)}; across an apposition or relative clause set off by
   * commas ("Mook, Clinton's campaign manager, said"; "Trump, who spoke in Ohio, said") the phrase
   * before the first comma.
   */
  private int[] subjectBefore(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int[] common = quotes.commonHeadSubject(s, k);
    if (common != null) {
      return common; // "The mother of Michael Brown told": she, not the name after "of"
    }
    int j = pastAuxiliaries(s, k - 1);
    int span = timeSpanEndingAt(toks, j);
    if (span >= 0) {
      // "Activists, who for years have demanded such a step" (AllSides train): a length of time
      // before the verb is no subject
      j = pastAuxiliaries(s, span - 1);
    }
    int day = dateEndingAt(s, j);
    if (day >= 0) {
      // "The European Union on Wednesday agreed ..." (AllSides train-1950): a date between the
      // subject and its verb is no subject
      j = pastAuxiliaries(s, day - 1);
    }
    if (j < 0 || quotes.inside(s, j)) {
      return null;
    }
    if ((toks.get(j).pos().equals("WP") || toks.get(j).pos().equals("WDT")) && j > 0) {
      // "Trump, who said ...", "voters who believe ...": the phrase the relative pronoun stands for
      int a = lower(toks.get(j - 1)).equals(",") ? j - 2 : j - 1;
      int[] np = antecedent(s, a);
      return np != null && headIsSubject(s, np) ? np : null;
    }
    if (lower(toks.get(j)).equals(",")) {
      // an apposition or a relative clause between commas: the subject is before its opening comma
      for (int c = j - 1; c >= 0 && c >= j - 25 && !quotes.inside(s, c); c--) {
        if (lower(toks.get(c)).equals(",")) {
          if (toks.get(c + 1).pos().equals("CC")) {
            break; // "..., and this is ..., says X": a clause joined on, not an apposition
          }
          int[] np = nounPhraseEndingAt(s, c - 1);
          if (np != null && headIsSubject(s, np)) {
            return firstOfApposition(s, np);
          }
          break;
        }
      }
      return null;
    }
    int[] np = nounPhraseEndingAt(s, j);
    if (np != null && np[0] >= 3) {
      // "Residents who saw the collapse said ...": the phrase before the cue is the object of a
      // relative clause; the subject is the phrase the clause is about
      Token verb = toks.get(np[0] - 1);
      Token relative = toks.get(np[0] - 2);
      if (verb.pos().startsWith("VB")
          && (relative.pos().equals("WP") || relative.pos().equals("WDT"))
          && !quotes.inside(s, np[0] - 3)) {
        int[] antecedent = antecedent(s, np[0] - 3);
        if (antecedent != null && toks.get(antecedent[1] - 1).pos().equals("DT")) {
          return antecedent; // "some who advocate free speech argue", "those who back her say"
        }
        if (antecedent != null) {
          np = antecedent;
        }
      } else {
        int[] about = beforeWho(s, np[0]);
        boolean finite = !toks.get(k).pos().matches("VBG|VBN") || j < k - 1;
        if (about == null && finite) {
          // not for a participle cue, which may itself qualify the noun before it ("lawsuits
          // seeking information")
          about = beforeParticiple(s, np);
        }
        if (about != null) {
          np = about;
        }
      }
    }
    return np != null && headIsSubject(s, np) ? withConjuncts(s, withHead(s, np)) : null;
  }

  /**
   * The subject with the phrases "and" joins before it ("Simone Biles and three fellow gymnasts
   * offered", AllSides train-808, had been "three fellow gymnasts" alone): the whole group speaks.
   * Only a name or a noun phrase that opens the sentence, so that an object before "and" ("met the
   * senator and aides said") is not taken in.
   */
  private int[] withConjuncts(int s, int[] np) {
    List<Token> toks = sentences.get(s).tokens();
    int and = np[0] - 1;
    if (and < 1 || quotes.inside(s, and)) {
      return np;
    }
    // a headline joins names with a comma: "New York's Kirsten Gillibrand, Bill de Blasio echo
    // progressive calls ..." (AllSides train-845); a plural verb says the two are one subject
    // ("Smith, the mayor, says" is one person)
    boolean listed =
        lower(toks.get(and)).equals(",")
            && toks.get(np[0]).pos().equals("NNP")
            && toks.get(and - 1).pos().equals("NNP")
            && np[1] < toks.size()
            && toks.get(np[1]).pos().equals("VBP");
    if (!lower(toks.get(and)).equals("and") && !listed) {
      return np;
    }
    int[] before = nounPhraseEndingAt(s, and - 1);
    if (before == null || before[0] != 0 || np[1] > 2 * MAX_SUBJECT_TOKENS) {
      return np;
    }
    return new int[] {0, np[1]};
  }

  /**
   * Past the words of a date or time from token {@code j} ("this week", "on Monday"), the next word
   * opens a relative clause ("that", "which"), is a finite verb, or goes on with the participle
   * ("by", "of", "too", "as"): what came before was a noun with a participle after it, not a
   * clause.
   */
  private boolean modifiesNoun(int s, int j) {
    Sentence sentence = sentences.get(s);
    List<Token> toks = sentence.tokens();
    while (j < toks.size()
        && (inTime(sentence, toks.get(j))
            || toks.get(j).pos().equals("IN")
                && j + 1 < toks.size()
                && inTime(sentence, toks.get(j + 1)))) {
      j++;
    }
    if (j >= toks.size() || quotes.inside(s, j)) {
      return false;
    }
    String pos = toks.get(j).pos();
    // the tagger reads a relative "that" as a conjunction too; a verb right after it says which
    boolean relative =
        lower(toks.get(j)).equals("that")
            && j + 1 < toks.size()
            && (toks.get(j + 1).pos().startsWith("VB") || toks.get(j + 1).pos().equals("MD"));
    // "the summary released Friday of the interview", "emails considered too damaging to make
    // public" (AllSides train-2050): what the participle says of its noun goes on
    String w = lower(toks.get(j));
    boolean modifier = PARTICIPLE_LINKS.contains(w);
    return pos.equals("WDT") || relative || modifier || QuoteText.FINITE.contains(pos);
  }

  /** Words a participle that describes its noun goes on with: "released by", "considered too". */
  private static final Set<String> PARTICIPLE_LINKS = Set.of("by", "of", "too", "as");

  private static boolean inTime(Sentence sentence, Token t) {
    return timeCovering(sentence, t).isPresent();
  }

  /** The sentence's time expression that holds token {@code t}, if any. */
  private static Optional<dev.parallax.model.TimeExpression> timeCovering(
      Sentence sentence, Token t) {
    for (dev.parallax.model.TimeExpression x : sentence.times()) {
      if (x.start() <= t.start() && t.end() <= x.end()) {
        return Optional.of(x);
      }
    }
    return Optional.empty();
  }

  /**
   * The index of the first token at or before {@code j} that is no auxiliary or adverb outside
   * quotation marks ("has also said": from "also", the word before "has"); -1 for none.
   */
  private int pastAuxiliaries(int s, int j) {
    List<Token> toks = sentences.get(s).tokens();
    while (j >= 0 && !quotes.inside(s, j) && isAuxiliaryOrAdverb(toks.get(j))) {
      j--;
    }
    return j;
  }

  /**
   * The index of the first token of a date or time the sentence's time expressions hold, ending at
   * token {@code end}, with the preposition before it ("on Wednesday", "late Friday", "last week"),
   * when a word precedes it; else -1.
   */
  private int dateEndingAt(int s, int end) {
    Sentence sentence = sentences.get(s);
    List<Token> toks = sentence.tokens();
    if (end < 1 || quotes.inside(s, end)) {
      return -1;
    }
    Optional<dev.parallax.model.TimeExpression> time = timeCovering(sentence, toks.get(end));
    if (time.isEmpty() || !(time.get().type().equals("DATE") || time.get().type().equals("TIME"))) {
      return -1;
    }
    int first = end;
    while (first > 0 && toks.get(first - 1).start() >= time.get().start()) {
      first--;
    }
    if (first > 0 && toks.get(first - 1).pos().equals("IN")) {
      first--;
    }
    return first > 0 ? first : -1;
  }

  /**
   * The index of the preposition that opens a phrase of time ending at {@code end} ("for years",
   * "in recent weeks", "for two decades"), or -1.
   */
  private static int timeSpanEndingAt(List<Token> toks, int end) {
    if (end < 1 || !TIME_NOUNS.contains(toks.get(end).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int j = end - 1;
    while (j >= 0
        && j >= end - 3
        && (toks.get(j).pos().startsWith("JJ")
            || toks.get(j).pos().equals("CD")
            || toks.get(j).pos().equals("DT"))) {
      j--;
    }
    return j >= 0 && toks.get(j).pos().equals("IN") ? j : -1;
  }

  /**
   * "Captain Ravi Menon, Chief Public Relations Officer, Defence, said" (ECB+ topic 12): an
   * apposition of two parts; the phrase found before the last part's comma is itself set off by a
   * comma, after a name that opens its clause (after a quotation, a comma or the sentence start):
   * the name is the subject. Otherwise {@code np} itself ("In Paris, the minister, a diplomat,
   * said" keeps "the minister").
   */
  private int[] firstOfApposition(int s, int[] np) {
    List<Token> toks = sentences.get(s).tokens();
    for (int hops = 0; hops < 2; hops++) {
      int comma = np[0] - 1;
      if (comma < 1 || quotes.inside(s, comma) || !lower(toks.get(comma)).equals(",")) {
        return np;
      }
      int[] before = nounPhraseEndingAt(s, comma - 1);
      if (before == null
          || !toks.get(before[1] - 1).pos().startsWith("NNP")
          || !headIsSubject(s, before)) {
        return np;
      }
      int opens = before[0] - 1;
      boolean atClauseStart =
          opens < 0
              || quotes.inside(s, opens)
              || lower(toks.get(opens)).equals(",")
              || toks.get(opens).pos().equals("''");
      if (!atClauseStart) {
        return np;
      }
      np = before;
    }
    return np;
  }

  /**
   * The subject opens a relative clause without "that" right after a common noun, and the cue has
   * no object after it (nothing, a mark, or a gerund and a mark): the noun is what the cue takes,
   * "the charges the company denied.", "an ambition the republic has denied having."
   */
  private boolean objectGap(int s, int[] subject, int cueEnd) {
    List<Token> toks = sentences.get(s).tokens();
    if (mainVerbAfterGap(toks, cueEnd)
        && (lower(toks.get(cueEnd)).equals("as")
            || !SPEECH.contains(toks.get(cueEnd - 1).lemma().toLowerCase(Locale.ROOT)))) {
      // "The China trade deal President Donald Trump is hailing as a major win fails to address
      // ..." (AllSides train-205): the sentence's own verb follows the cue and what it calls the
      // noun, with no subject of its own, so the clause was the noun's; the phrase found for the
      // subject may hold the noun too. Not after a verb of saying with no "as": "a probe the law
      // enforcement agency said was ongoing" says a clause whose subject is the noun (PolNeAR)
      for (int x = Math.max(1, subject[0]); x < subject[1]; x++) {
        Token noun = toks.get(x - 1);
        String p = toks.get(x).pos();
        if ((noun.pos().equals("NN") || noun.pos().equals("NNS"))
            && !timeWord(noun)
            && !quotes.inside(s, x - 1)
            && (p.equals("DT") || p.equals("PRP$") || p.equals("NNP"))) {
          return true;
        }
      }
    }
    if (subject[0] < 1 || quotes.inside(s, subject[0] - 1)) {
      return false;
    }
    Token before = toks.get(subject[0] - 1);
    String first = toks.get(subject[0]).pos();
    if (!(before.pos().equals("NN") || before.pos().equals("NNS"))
        || timeWord(before)
        || !(first.equals("DT") || first.equals("PRP$"))) {
      return false;
    }
    int j = cueEnd;
    if (j < toks.size() && toks.get(j).pos().equals("VBG")) {
      j++;
    }
    return j == toks.size() || !isWord(toks.get(j));
  }

  /**
   * A finite verb follows the cue at once, or after "as" and what the cue calls its object ("is
   * hailing as a major win fails"), with no noun phrase that could be its subject in between.
   */
  private static boolean mainVerbAfterGap(List<Token> toks, int j) {
    if (j < toks.size() && lower(toks.get(j)).equals("as")) {
      j++;
      while (j < toks.size()
          && !toks.get(j).pos().startsWith("VB")
          && !toks.get(j).pos().equals("MD")
          && isWord(toks.get(j))) {
        j++;
      }
    }
    return j < toks.size() && QuoteText.FINITE.contains(toks.get(j).pos());
  }

  /**
   * How far back from the phrase before the cue, in words outside quotation marks, a "who" opening
   * its clause is looked for.
   */
  private static final int RELATIVE_REACH = 20;

  /**
   * Most tokens (marks included) of a quotation a relative clause may hold ("“bird's-eye view”").
   */
  private static final int SCARE_QUOTE = 10;

  /**
   * "AN AUSTRALIAN climber who watched his brother fall to his death on New Zealand's highest peak
   * said" (ECB+ topic 23): the phrase before the cue ends a relative clause opened by "who" (or
   * "whose") further back, with a verb of its own and no comma between; the subject is the phrase
   * the clause is about. Null when there is none.
   */
  private int[] beforeWho(int s, int phraseStart) {
    List<Token> toks = sentences.get(s).tokens();
    boolean verb = false;
    int quoted = 0;
    int words = 0;
    for (int x = phraseStart - 1; x >= 1 && words < RELATIVE_REACH; x--) {
      Token t = toks.get(x);
      String w = lower(t);
      if (quotes.inside(s, x) || isQuoteMark(t)) {
        // "A Brooklyn woman who claims she had a “bird's-eye view” of the fatal police shooting
        // of 16-year-old Kimani Gray says ..." (ECB+ topic 19): a few quoted words inside the
        // relative clause are part of it
        if (++quoted > SCARE_QUOTE) {
          return null;
        }
        continue;
      }
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return null;
      }
      words += isWord(t) ? 1 : 0; // "16 - year - old" is three words
      if (t.pos().equals("WP") || t.pos().equals("WP$")) {
        return verb && (w.equals("who") || w.equals("whose")) ? antecedent(s, x - 1) : null;
      }
      verb |= t.pos().startsWith("VB");
    }
    return null;
  }

  /**
   * "The woman accusing Supreme Court nominee Brett Kavanaugh of sexual assault says" (AllSides
   * train-1590): the phrase before the cue is the object of a participle that qualifies the noun
   * opening the sentence, with only noun phrases and prepositions between and no comma; the subject
   * is the whole phrase, headed by the noun the participle qualifies ("An Israeli newspaper owned
   * by Adelson", PolNeAR). Null when there is none.
   */
  private int[] beforeParticiple(int s, int[] phrase) {
    List<Token> toks = sentences.get(s).tokens();
    int phraseStart = phrase[0];
    for (int x = phraseStart - 1; x >= 1 && x >= phraseStart - RELATIVE_REACH; x--) {
      Token t = toks.get(x);
      if (quotes.inside(s, x)) {
        return null;
      }
      String p = t.pos();
      if (p.equals("VBG") || p.equals("VBN")) {
        Token head = toks.get(x - 1);
        if (!(head.pos().equals("NN") || head.pos().equals("NNS"))) {
          return null;
        }
        int[] np = nounPhraseEndingAt(s, x - 1);
        return np == null || np[0] != 0 ? null : new int[] {0, phrase[1]};
      }
      if (!(inNounPhrase(t) || p.equals("IN") || p.equals("TO"))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The noun phrase a relative clause after token {@code end} is about: the phrase ending there, or
   * the one before it when that phrase only places it ("the footbridges in Astoria that share the
   * design", "Residents in Astoria who saw the collapse").
   */
  private int[] antecedent(int s, int end) {
    List<Token> toks = sentences.get(s).tokens();
    int[] np = nounPhraseEndingAt(s, end);
    if (np != null && np[0] >= 2 && PLACE_LINKS.contains(lower(toks.get(np[0] - 1)))) {
      int[] placed = nounPhraseEndingAt(s, np[0] - 2);
      if (placed != null) {
        return placed;
      }
    }
    return np;
  }

  /**
   * The subject whose last words are the object of "of", "for" or "at" inside it, widened to its
   * head when that is a plural common noun: "Supporters of Mayor Jane Smith said" is said by her
   * supporters, not by her; "officials at the Pentagon" still by the Pentagon, for whom officials
   * speak ({@link Sources}). A singular head ("the head of the agency", "Governor of Texas Greg
   * Abbott") is left as it was. After a preposition that places ("in", "near", "from") any noun is
   * the head: "Media in Iran described" is said by the media, not by Iran; "officials in Tehran"
   * still speak for it.
   */
  private int[] withHead(int s, int[] np) {
    List<Token> toks = sentences.get(s).tokens();
    int p = np[0] - 1;
    if (p < 1 || quotes.inside(s, p)) {
      return np;
    }
    String link = lower(toks.get(p));
    if ((NOUN_LINKS.contains(link) || PLACE_LINKS.contains(link))
        && mentionAt(s, toks.get(p - 1)).map(m -> m.type() == EntityType.PERSON).orElse(false)) {
      // "Dr. Anish Mahajan of Harbor-UCLA Medical Center issued a statement ..., noting"
      // (AllSides train-160), "Sen. Bernie Sanders of Vermont said": the person named before the
      // preposition speaks, not where they are from
      int[] before = nounPhraseEndingAt(s, p - 1);
      if (before != null && np[1] - before[0] <= 2 * MAX_SUBJECT_TOKENS) {
        return new int[] {before[0], np[1]};
      }
    }
    if (p >= 2
        && toks.get(p).pos().equals("IN")
        && (SOURCE_DESCRIBERS.contains(lower(toks.get(p - 1)))
            || toks.get(p - 1).pos().equals("VBG"))
        && toks.get(p - 2).pos().startsWith("NN")
        && !toks.get(p - 2).pos().startsWith("NNP")
        && !quotes.inside(s, p - 2)) {
      // "people familiar with the matter say", "sources close to the talks said", "officials
      // briefed on the plan said" (AllSides train-1313), "Trump officials meeting with the House
      // GOP conference said" (train-1840): the people the phrase describes speak, not the matter
      // or the ones they met
      int[] described = nounPhraseEndingAt(s, p - 2);
      if (described != null && np[1] - described[0] <= 2 * MAX_SUBJECT_TOKENS) {
        return new int[] {described[0], np[1]};
      }
    }
    boolean placed = PLACE_LINKS.contains(lower(toks.get(p)));
    if (!NOUN_LINKS.contains(lower(toks.get(p))) && !placed) {
      return np;
    }
    Token head = toks.get(p - 1);
    // "Media in Iran described ...", "Residents in Astoria said": the people placed, not the place;
    // "An adviser for the Vermont senator said": the adviser, who speaks for the senator
    boolean speaksFor =
        lower(toks.get(p)).equals("for")
            && head.pos().equals("NN")
            && Sources.SPEAKS_FOR.contains(lower(head));
    if (!head.pos().equals("NNS") && !(placed && head.pos().startsWith("NN")) && !speaksFor) {
      return np;
    }
    int[] before = nounPhraseEndingAt(s, p - 1);
    if (before == null || np[1] - before[0] > 2 * MAX_SUBJECT_TOKENS) {
      return np;
    }
    return new int[] {before[0], np[1]};
  }

  /**
   * The subject of the clause a participle hangs from: of the nearest verb of speech before it in
   * the clause ("Mayor Reyes said the bridge would reopen, adding", "..., the department said,
   * noting"), else of the nearest verb that has one ("Trump announced ..., saying").
   */
  private int[] clauseSubject(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    for (int j = k - 2; j >= 0 && !quotes.inside(s, j); j--) {
      Token t = toks.get(j);
      if (t.word().equals(";") || t.word().equals(":")) {
        break;
      }
      if ((QuoteText.FINITE.contains(t.pos()) || perfect(toks, j))
          && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        // "Mayor Reyes said the bridge would reopen, adding that ...": the participle goes on with
        // the one who spoke, not with the nearest verb's subject ("the bridge")
        int[] np = subjectBefore(s, j);
        if (np == null && rightAfterClause(s, j)) {
          np = nounPhraseAfter(s, j + 1); // "..., said the senator, adding"
        }
        if (np != null) {
          return np;
        }
        break;
      }
    }
    int[] main = mainSubject(s, k - 1);
    if (main != null) {
      return main;
    }
    return earlierSubject(s, k - 2, t -> t.pos().startsWith("VB") && !isAuxiliaryOrAdverb(t));
  }

  /**
   * A finite verb follows the cue in its clause, before a comma, a colon, a relative pronoun or the
   * sentence's end: the words after the cue are a clause, not a speaker's name ("..., said the man
   * who was arrested" has its verb in the relative clause).
   */
  private boolean clauseAfter(int s, int cueEnd) {
    List<Token> toks = sentences.get(s).tokens();
    for (int j = cueEnd; j < toks.size(); j++) {
      Token t = toks.get(j);
      String w = lower(t);
      if (w.equals(",")
          || w.equals(";")
          || w.equals(":")
          || w.equals(".")
          || w.equals("that")
          || t.pos().equals("WP")
          || t.pos().equals("WDT")
          || t.pos().equals("WRB")) {
        return false;
      }
      if (QuoteText.FINITE.contains(t.pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of the first finite verb of the clause ending before token {@code end}, past an
   * opening phrase closed by a comma ("In recent weeks, Trump has warned that ..."), or null.
   */
  private int[] mainSubject(int s, int end) {
    List<Token> toks = sentences.get(s).tokens();
    int from = quotes.clauseStart(s, end);
    for (int j = from; j < end; j++) {
      Token t = toks.get(j);
      if (quotes.inside(s, j)) {
        return null;
      }
      if (QuoteText.FINITE.contains(t.pos()) || perfect(toks, j)) {
        int[] np = subjectBefore(s, j);
        return np != null && np[0] >= from ? np : null;
      }
    }
    return null;
  }

  /**
   * Token {@code j} is a past participle after a form of "have" ("has warned", "had also said").
   */
  private static boolean perfect(List<Token> toks, int j) {
    if (!toks.get(j).pos().equals("VBN")) {
      return false;
    }
    int b = j - 1;
    while (b >= 0 && toks.get(b).pos().equals("RB")) {
      b--;
    }
    return b >= 0 && toks.get(b).lemma().equalsIgnoreCase("have");
  }

  /**
   * The subject of the verb a conjunction at {@code c} joins the cue to: the nearest verb before it
   * of the cue's form ("Mr. Putin forecast that the economy would rebound and praised ...": the
   * past tense "forecast", not the infinitive "rebound") that has a subject; an earlier form of the
   * cue's own verb first ("President Trump said he and Putin discussed ... but said he did not
   * raise concerns", AllSides train: the one who said it twice, not the one who discussed).
   */
  private int[] coordinatedSubject(int s, int c, Token cue) {
    String form = cue.pos();
    List<Token> toks = sentences.get(s).tokens();
    // after a comma, a verb of a relative clause set off by commas is not the one "and" goes on
    // from: "supported Democrats during his time on MSNBC, which let him go in 2015, and said ..."
    // (PolNeAR) is said by the one who supported, not by MSNBC; "Sanders, who endorsed Canova in
    // late May and said ..." goes on inside the relative clause
    boolean closed = c > 0 && lower(toks.get(c - 1)).equals(",");
    java.util.function.IntPredicate own =
        j -> {
          int w = pastAuxiliaries(s, j - 1);
          return !closed
              || w < 1
              || !(toks.get(w).pos().matches("WP|WDT") && lower(toks.get(w - 1)).equals(","));
        };
    int[] same =
        earlierSubjectAt(
            s,
            c - 1,
            j ->
                toks.get(j).pos().equals(form)
                    && toks.get(j).lemma().equalsIgnoreCase(cue.lemma())
                    && own.test(j));
    return same != null
        ? same
        : earlierSubjectAt(s, c - 1, j -> toks.get(j).pos().equals(form) && own.test(j));
  }

  /**
   * The subject of the nearest verb {@code such} at or before token {@code from} that has one, not
   * looking into or past a quotation.
   */
  private int[] earlierSubject(int s, int from, java.util.function.Predicate<Token> such) {
    List<Token> toks = sentences.get(s).tokens();
    return earlierSubjectAt(s, from, j -> such.test(toks.get(j)));
  }

  /** As {@link #earlierSubject(int, int, java.util.function.Predicate)}, by token index. */
  private int[] earlierSubjectAt(int s, int from, java.util.function.IntPredicate such) {
    for (int j = from; j >= 0 && !quotes.inside(s, j); j--) {
      if (such.test(j)) {
        int[] np = subjectBefore(s, j);
        if (np != null) {
          return np;
        }
      }
    }
    return null;
  }

  private boolean headIsSubject(int s, int[] np) {
    Token head = sentences.get(s).tokens().get(np[1] - 1);
    String w = lower(head);
    if (head.pos().equals("PRP")) {
      return SUBJECTS.contains(w) || w.equals("i") || w.equals("we") || w.equals("you");
    }
    return head.pos().startsWith("NN") || head.pos().equals("CD") || mentionAt(s, head).isPresent();
  }

  /** Tokens {@code [from, to)} of the noun phrase whose last token is {@code end}, or null. */
  private int[] nounPhraseEndingAt(int s, int end) {
    List<Token> toks = sentences.get(s).tokens();
    if (end < 0 || quotes.inside(s, end) || !inNounPhrase(toks.get(end))) {
      return null;
    }
    int from = end;
    // a determiner opens its phrase: "an ambition the Islamic republic" is two
    while (from - 1 >= 0
        && end - from + 1 < MAX_SUBJECT_TOKENS
        && !quotes.inside(s, from - 1)
        && inNounPhrase(toks.get(from - 1))
        && !opensPhrase(toks.get(from))) {
      from--;
    }
    return new int[] {from, end + 1};
  }

  /** A determiner or a possessive pronoun: the first word of its noun phrase. */
  private static boolean opensPhrase(Token t) {
    return t.pos().equals("DT") || t.pos().equals("PRP$");
  }

  /**
   * The noun phrase starting at {@code from} (after "according to", or "said" in "..., said X").
   */
  private int[] nounPhraseAfter(int s, int from) {
    List<Token> toks = sentences.get(s).tokens();
    int j = from;
    boolean document = false;
    while (j < toks.size()
        && !quotes.inside(s, j)
        && (inNounPhrase(toks.get(j))
            || linksNouns(toks, j)
            || titleStop(toks, j)
            || hyphenatedModifier(toks, j)
            || (document && linksDocument(toks, j)))
        && j - from < MAX_SUBJECT_TOKENS) {
      document |= Sources.ISSUED_BY.contains(lower(toks.get(j)));
      j++;
    }
    while (j > from && !inNounPhrase(toks.get(j - 1))) {
      j--;
    }
    if (j == from) {
      return null;
    }
    return new int[] {from, j};
  }

  /**
   * A noun phrase of common nouns and adjectives alone, with no determiner, number, name or
   * possessive, whose last word is a singular common noun: "harsh crackdown", not "the senator",
   * "officials", "Smith" or "one analyst".
   */
  private static boolean bareMassNoun(List<Token> toks, int[] phrase) {
    for (int j = phrase[0]; j < phrase[1]; j++) {
      String pos = toks.get(j).pos();
      if (!(pos.equals("NN") || pos.equals("NNS") || pos.startsWith("JJ"))) {
        return false;
      }
    }
    return toks.get(phrase[1] - 1).pos().equals("NN");
  }

  /**
   * The full stop the tokenizer cut from a title's short form before a name: "according to police
   * spokesperson Const. Tim Fanning".
   */
  private static boolean titleStop(List<Token> toks, int j) {
    return toks.get(j).word().equals(".")
        && j > 0
        && j + 1 < toks.size()
        && TitleAbbreviations.BARE.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))
        && toks.get(j + 1).pos().equals("NNP");
  }

  /**
   * A participle written with a hyphen before a noun modifies it: "according to a beefed-up
   * antitrust suit by the Federal Trade Commission" (AllSides train-705; the tagger reads
   * "beefed-up" as a verb).
   */
  private static boolean hyphenatedModifier(List<Token> toks, int j) {
    String p = toks.get(j).pos();
    if (!(p.startsWith("VB") || p.equals("RP"))) {
      return false;
    }
    // the tokenizer parts "beefed-up" and "long-awaited" at the hyphen
    return QuoteText.inHyphenatedWord(toks, j);
  }

  /** A preposition inside a source after the cue: "according to a spokesman for the campaign". */
  private static boolean linksNouns(List<Token> toks, int j) {
    String w = toks.get(j).word().toLowerCase(Locale.ROOT);
    return NOUN_LINKS.contains(w)
        && j + 1 < toks.size()
        && inNounPhrase(toks.get(j + 1))
        && j > 0
        && toks.get(j - 1).pos().startsWith("NN");
  }

  /** A preposition after a document's noun: "a statement on X by the ministry". */
  private static boolean linksDocument(List<Token> toks, int j) {
    return DOCUMENT_LINKS.contains(toks.get(j).word().toLowerCase(Locale.ROOT))
        && j + 1 < toks.size()
        && inNounPhrase(toks.get(j + 1));
  }

  private static boolean inNounPhrase(Token t) {
    String p = t.pos();
    if (timeWord(t)) {
      return false; // "said Tuesday": a date, not the source
    }
    return p.startsWith("NN")
        || p.equals("PRP")
        || p.equals("DT")
        || p.startsWith("JJ")
        || p.equals("CD")
        || p.equals("POS")
        || p.equals("PRP$")
        || p.equals("HYPH");
  }

  private static boolean isAuxiliaryOrAdverb(Token t) {
    String p = t.pos();
    if (p.equals("RB") || p.equals("MD") || p.equals("RBR")) {
      return true;
    }
    String l = t.lemma().toLowerCase(Locale.ROOT);
    return p.startsWith("VB") && AUXILIARIES.contains(l);
  }

  /**
   * Whether a proper name of two words or more starts at {@code from} and is followed by a comma or
   * the sentence's end: "said Jenn Kaiser, a Google spokeswoman", "said Jenn Kaiser.".
   */
  private static boolean nameSetOffAfter(List<Token> toks, int from) {
    int j = from;
    while (j < toks.size() && toks.get(j).pos().startsWith("NNP")) {
      j++;
    }
    if (j - from < 2) {
      return false;
    }
    return j == toks.size()
        || lower(toks.get(j)).equals(",")
        || (j == toks.size() - 1 && toks.get(j).pos().equals("."));
  }

  /** The cue follows a clause and a comma or a quotation: "..., said X" / "...," said X. */
  private boolean rightAfterClause(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    int j = k - 1;
    while (j >= 0 && toks.get(j).pos().equals("RB")) {
      j--;
    }
    if (j < 0) {
      return s > 0 && quotes.endsInsideQuote(s - 1);
    }
    return quotes.inside(s, j) || lower(toks.get(j)).equals(",");
  }

  // ---------------------------------------------------------------- contents

  /** Prepositions of a phrase that describes a hearer: "officials from the counsel's office". */
  private static final Set<String> HEARER_PHRASE = Set.of("from", "of", "at", "in", "with", "for");

  /**
   * The clause after the cue, {@code [start, end)} in the article text, or null when the cue ends
   * its clause. Skips the hearer of "told"/"asked", dates and adverbs, and stops at a following
   * attribution of its own (", adding that ...", "; Y said").
   */
  private int[] contentAfter(int s, int k, int cueEnd, int[] invertedSubject) {
    List<Token> toks = sentences.get(s).tokens();
    int j = invertedSubject != null ? invertedSubject[1] : cueEnd;
    int lemmaK = k;
    // a "that"/"whether"/wh-word within a few tokens with no verb before it opens the content
    boolean commaAfterCue = j < toks.size() && lower(toks.get(j)).equals(",");
    for (int x = j; x < toks.size() && x < j + 10 && !quotes.inside(s, x); x++) {
      Token t = toks.get(x);
      if (commaAfterCue
          && x > j
          && lower(t).equals(",")
          && x + 1 < toks.size()
          && !quotes.inside(s, x + 1)
          && COMPLEMENTISERS.contains(lower(toks.get(x + 1)))
          && toks.get(x + 1).pos().equals("IN")) {
        // "has said, in so many words, that his team will not sign him" (ECB+ topic 10): an
        // aside between commas right after the cue, then what was said
        return clauseFrom(s, x + 1);
      }
      if (commaAfterCue && x == j + 1 && QuoteFinder.DEPENDENT_OPENERS.contains(lower(t))) {
        // "..., people familiar with the matter say, as part of a settlement of formal complaints
        // that the search giant punishes ..." (AllSides train-1313): a clause of how or when
        // after a set-off cue; a "that" in it is no content of the cue
        break;
      }
      // a relative "that" ("ordered inspections of the bridges that share the design") opens no
      // content: the tagger marks it WDT, the complementiser IN
      boolean relative =
          t.pos().equals("WDT")
              || t.pos().startsWith("W")
                  && x > j
                  && toks.get(x - 1).pos().startsWith("NN")
                  && !hearerFirst(toks.get(lemmaK));
      if (COMPLEMENTISERS.contains(lower(t)) && !t.pos().equals("DT") && !relative) {
        return clauseFrom(s, x);
      }
      if (t.pos().startsWith("VB") || t.pos().equals("MD") || lower(t).equals(",") && x > j) {
        break;
      }
    }
    if (hearerFirst(toks.get(lemmaK))) {
      int[] np = nounPhraseAfter(s, j);
      if (np != null) {
        j = np[1];
        // "Republicans told officials from the White House counsel's office about their concerns"
        // (AllSides train-1750): a phrase of the hearer's before "about" is the hearer's still
        if (j + 1 < toks.size()
            && HEARER_PHRASE.contains(lower(toks.get(j)))
            && !quotes.inside(s, j)) {
          int[] of = nounPhraseAfter(s, j + 1);
          if (of != null && of[1] < toks.size() && lower(toks.get(of[1])).equals("about")) {
            j = of[1];
          }
        }
      }
    }
    boolean place = false;
    while (j < toks.size() && !quotes.inside(s, j)) {
      int aside = closeOfAside(toks, j);
      if (aside > j) {
        // "announced today (4 November 2011) that repairs have been completed": an aside in
        // brackets after the cue is no part of what was said
        j = aside + 1;
        continue;
      }
      if (!skippable(toks.get(j)) || possessiveTime(s, j)) {
        // "guest wrote Thursday's edition of Playbook" (AllSides train-2200): a day with "'s" opens
        // the object, not a time the verb happened at
        break;
      }
      if (NEGATIONS.contains(lower(toks.get(j)))) {
        break; // "He asked not to be identified": the negation is part of what was asked
      }
      if (lower(toks.get(j)).equals("in")
          && SPEECH.contains(toks.get(lemmaK).lemma().toLowerCase(Locale.ROOT))
          && j + 1 < toks.size()
          && !timeWord(toks.get(j + 1))) {
        // "said in an interview in Le Parisien Wednesday": where it was said, not what ("believe in
        // the American dream", "focused on immigration" keep their objects: what one holds to)
        int[] np = nounPhraseAfter(s, j + 1);
        if (np != null) {
          j = np[1];
          place = true;
          continue;
        }
      }
      j++;
    }
    if (place
        && j + 1 < toks.size()
        && (toks.get(j).pos().equals("VBN")
            || toks.get(j).pos().equals("VBD") && toks.get(j + 1).pos().equals("IN"))) {
      // "said in an interview published in Le Parisien": still where, not what; the content is
      // what a "that" after it opens ("said in a statement released by the campaign that ...");
      // the tagger reads such a participle as a past tense too ("said in a statement posted/VBD on
      // his Twitter account", AllSides train-160)
      for (int x = j + 1; x < toks.size() && x < j + 15 && !quotes.inside(s, x); x++) {
        String w = lower(toks.get(x));
        if (w.equals(",") || w.equals(";")) {
          break;
        }
        if (COMPLEMENTISERS.contains(w) && !toks.get(x).pos().equals("DT")) {
          return clauseFrom(s, x);
        }
      }
      return null;
    }
    if (j < toks.size()
        && lower(toks.get(j)).equals("by")
        && !(j + 1 < toks.size() && toks.get(j + 1).pos().equals("VBG"))) {
      // "the elections will be observed by local observers": a passive's agent is no content
      // ("responded by threatening to strike ..." keeps its content: a means, not an agent)
      return null;
    }
    return clauseFrom(s, j);
  }

  /**
   * "Nichols, whose lawyers argued he was insane when he carried out the killings, spoke for the
   * first time": a cue inside a relative clause set off by a comma says what runs up to the comma
   * that the main clause's verb follows.
   */
  private int[] closedByMainVerb(int s, int k, int[] content) {
    if (content == null || !inRelativeClause(s, k)) {
      return content;
    }
    List<Token> toks = sentences.get(s).tokens();
    int from = firstTokenAt(toks, content[0]);
    // only the first comma counts: one that opens an aside ("that Mr. Jager, under fire for ...,
    // would") leaves the content whole
    int comma = from + 1;
    while (comma < toks.size()
        && toks.get(comma).end() <= content[1]
        && (quotes.inside(s, comma) || !lower(toks.get(comma)).equals(","))) {
      comma++;
    }
    if (comma == toks.size() || toks.get(comma).end() > content[1]) {
      return content;
    }
    int v = comma + 1;
    while (v < toks.size() && toks.get(v).pos().equals("RB")) {
      v++;
    }
    if (v == toks.size() || !QuoteText.FINITE.contains(toks.get(v).pos())) {
      return content;
    }
    int[] cut = span(s, from, comma);
    return cut == null ? content : cut;
  }

  /**
   * The cue stands in a relative clause opened after a comma ("X, who said ...", "X, whose"), or
   * closing a phrase a comma sets off ("X, the former fixer who claimed ...").
   */
  private boolean inRelativeClause(int s, int k) {
    List<Token> toks = sentences.get(s).tokens();
    for (int x = k - 1; x > 0 && x >= k - 8; x--) {
      Token t = toks.get(x);
      if (quotes.inside(s, x) || lower(t).equals(",")) {
        return false;
      }
      if (t.pos().startsWith("W") && (lower(toks.get(x - 1)).equals(",") || inSetOffPhrase(s, x))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token {@code x} closes a phrase set off by a comma, with no finite verb between: "Michael
   * Cohen, the president's former fixer who once famously claimed ..." (AllSides train-987).
   */
  private boolean inSetOffPhrase(int s, int x) {
    List<Token> toks = sentences.get(s).tokens();
    for (int y = x - 1; y > 0 && y >= x - 8; y--) {
      Token t = toks.get(y);
      if (quotes.inside(s, y) || QuoteText.FINITE.contains(t.pos())) {
        return false;
      }
      if (lower(t).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * When token {@code j} opens a round bracket, the index of the one closing it within 12 tokens;
   * else -1.
   */
  private static int closeOfAside(List<Token> toks, int j) {
    if (!isOpeningBracket(toks.get(j))) {
      return -1;
    }
    for (int x = j + 1; x < toks.size() && x <= j + 12; x++) {
      String w = toks.get(x).word();
      if (w.equals(")") || w.equals("-RRB-")) {
        return x;
      }
    }
    return -1;
  }

  private static boolean isOpeningBracket(Token t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }

  /** Verbs of saying and writing. */
  private static final Set<String> SPEECH = DataFiles.words("attribution.tsv", "speech-verb");

  /** Prepositions of where and when a thing was said: "said at a news conference". */
  private static final Set<String> OCCASION =
      DataFiles.words("attribution.tsv", "occasion-preposition");

  /** Verbs whose object alone is what was said: "praised the project", "ordered inspections". */
  private static final Set<String> STATEMENT = DataFiles.words("attribution.tsv", "statement-verb");

  /**
   * The first token of the cue with its negation: "did not say", "never said", "wouldn't say" (a
   * reader must not see "say: who would lead the inquiry" for what the source declined to say);
   * {@code k} itself when the cue is not negated.
   */
  private static int negatedFrom(List<Token> toks, int k) {
    int j = k - 1;
    while (j >= 0 && toks.get(j).pos().equals("RB") && !NEGATIONS.contains(lower(toks.get(j)))) {
      j--; // "did not immediately say"
    }
    if (j < 0 || !NEGATIONS.contains(lower(toks.get(j)))) {
      return k;
    }
    Token aux = j > 0 ? toks.get(j - 1) : null;
    return aux != null
            && (aux.pos().equals("MD")
                || AUXILIARIES.contains(aux.lemma().toLowerCase(Locale.ROOT)))
        ? j - 1
        : j;
  }

  /** Words that negate the clause they open: kept at the head of a content. */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

  private static boolean timeWord(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME");
  }

  /**
   * Token {@code j} is a time word of a time expression with "'s" right after it ("Thursday's
   * edition", "this year's race").
   */
  private boolean possessiveTime(int s, int j) {
    Sentence sentence = sentences.get(s);
    List<Token> toks = sentence.tokens();
    if (!timeWord(toks.get(j))) {
      return false;
    }
    int end = j;
    while (end + 1 < toks.size()
        && (inTime(sentence, toks.get(end + 1)) || timeWord(toks.get(end + 1)))
        && !toks.get(end + 1).pos().equals("POS")) {
      end++;
    }
    return end + 1 < toks.size() && toks.get(end + 1).pos().equals("POS");
  }

  private static boolean skippable(Token t) {
    return t.pos().equals("RB")
        || t.pos().equals(",")
        || t.pos().equals(":")
        || timeWord(t)
        || (t.pos().equals("IN")
            && (t.word().equalsIgnoreCase("on") || t.word().equalsIgnoreCase("in")));
  }

  /** From token {@code from} to the clause's end in the sentence. */
  private int[] clauseFrom(int s, int from) {
    List<Token> toks = sentences.get(s).tokens();
    int end = toks.size();
    // "told reporters that when President Donald Trump informed him that ..., Schumer replied it
    // was a "big mistake"" (AllSides train-810): a dependent clause right after "that" closes at
    // its comma, and the clause that was said follows it
    boolean dependentOpen =
        from + 1 < toks.size()
            && COMPLEMENTISERS.contains(lower(toks.get(from)))
            && ClauseWords.DEPENDENT_OPENERS.contains(lower(toks.get(from + 1)));
    for (int x = from + 1; x < toks.size(); x++) {
      if (quotes.inside(s, x)) {
        continue;
      }
      String w = lower(toks.get(x));
      if (w.equals(";")) {
        end = x;
        break;
      }
      if (w.equals(",") && dependentOpen) {
        dependentOpen = false;
        continue;
      }
      if (w.equals(",") && x + 1 < toks.size() && !quotes.inside(s, x + 1)) {
        Token next = toks.get(x + 1);
        if (next.pos().equals("VBG")
            && CUE_LEMMAS.contains(next.lemma().toLowerCase(Locale.ROOT))) {
          end = x; // ", adding that ...": an attribution of its own
          break;
        }
        if (NEW_CLAUSE.contains(lower(next)) && !next.pos().equals("CC")) {
          end = x;
          break;
        }
        // ", he added." closes a clause; after "that in addition," (ECB+ topic 12) no clause is
        // there to close, and "the naval boarding party also found ..." is the content's own (a
        // content that is a phrase, "praised the plan for two hours, she said ...", is closed)
        boolean clauseOpened = COMPLEMENTISERS.contains(lower(toks.get(from)));
        int[] np =
            clauseOpened && !hasVerb(toks, from + 1, x) ? null : nounPhraseAfterComma(s, x + 1);
        if (np != null) {
          end = x;
          break;
        }
      }
    }
    return span(s, from, end);
  }

  /** Whether a verb stands among the tokens {@code [from, to)}. */
  private static boolean hasVerb(List<Token> toks, int from, int to) {
    for (int x = from; x < to; x++) {
      String pos = toks.get(x).pos();
      if (pos.startsWith("VB") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** "..., X said." at the end of a clause: a subject and a cue verb after a comma. */
  private int[] nounPhraseAfterComma(int s, int from) {
    List<Token> toks = sentences.get(s).tokens();
    int j = from;
    while (j < toks.size() && j - from < MAX_SUBJECT_TOKENS && inNounPhrase(toks.get(j))) {
      j++;
    }
    if (j == from) {
      return null; // "Ross, 55, would like a raise": a modal and a verb with no subject go on
    }
    while (j < toks.size() && isAuxiliaryOrAdverb(toks.get(j))) {
      j++;
    }
    if (j >= toks.size()) {
      return null;
    }
    Token v = toks.get(j);
    return v.pos().startsWith("VB") && CUE_LEMMAS.contains(v.lemma().toLowerCase(Locale.ROOT))
        ? new int[] {from, j}
        : null;
  }

  /** The clause before {@code upTo}: from the sentence start (or the last ";") to before it. */
  private int[] contentBefore(int s, int upTo) {
    List<Token> toks = sentences.get(s).tokens();
    int from = 0;
    for (int x = upTo - 1; x >= 0; x--) {
      if (!quotes.inside(s, x) && lower(toks.get(x)).equals(";")) {
        from = x + 1;
        break;
      }
    }
    return span(s, from, upTo);
  }

  /**
   * The text span of tokens {@code [from, to)} without punctuation at its edges; null if too short.
   */
  private int[] span(int s, int from, int to) {
    List<Token> toks = sentences.get(s).tokens();
    while (from < to && !isWord(toks.get(from)) && !isQuoteMark(toks.get(from))) {
      from++;
    }
    while (to > from && !isWord(toks.get(to - 1)) && !isQuoteMark(toks.get(to - 1))) {
      to--;
    }
    int words = 0;
    for (int x = from; x < to; x++) {
      if (isWord(toks.get(x))) {
        words++;
      }
    }
    if (words < MIN_CONTENT_WORDS) {
      return null;
    }
    return new int[] {toks.get(from).start(), toks.get(to - 1).end()};
  }

  // ---------------------------------------------------------------- kinds

  private void classify(Draft d) {
    int inside = 0;
    int outside = 0;
    for (int s = d.firstSentence; s <= d.lastSentence; s++) {
      List<Token> toks = sentences.get(s).tokens();
      for (int k = 0; k < toks.size(); k++) {
        Token t = toks.get(k);
        if (t.start() < d.contentStart || t.end() > d.contentEnd || !isWord(t)) {
          continue;
        }
        if (quotes.inside(s, k)) {
          inside++;
        } else {
          outside++;
        }
      }
    }
    for (QuoteFinder.Found q : quotes.found()) {
      if (q.span.start() < d.contentEnd && q.span.end() > d.contentStart) {
        d.quotes.add(q);
      }
    }
    d.kind =
        inside == 0
            ? AttributionKind.INDIRECT
            : outside == 0 ? AttributionKind.DIRECT : AttributionKind.MIXED;
  }

  private Optional<Mention> mentionAt(int s, Token t) {
    return Sources.mentionAt(sentences.get(s), t);
  }

  private static boolean isWord(Token t) {
    return t.isWord();
  }

  private static boolean isQuoteMark(Token t) {
    String w = t.word();
    return w.equals("``")
        || w.equals("''")
        || w.equals("`")
        || w.equals("\"")
        || w.equals("“")
        || w.equals("”")
        || w.equals("‘")
        || w.equals("’")
        // a straight single quotation mark, not a possessive's ("Trump says 'real test' ahead",
        // AllSides train-720, had lost its opening mark)
        || w.equals("'") && !t.pos().equals("POS");
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  static boolean speakerType(EntityType t) {
    return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
  }
}
