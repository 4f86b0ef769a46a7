package dev.parallax.entity;

import static dev.parallax.internal.TitleCase.capitalised;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.RoleWords;
import dev.parallax.internal.TitleAbbreviations;
import dev.parallax.internal.TitleCase;
import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import dev.parallax.nlp.Annotator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names the coarse tagger misses, story-wide: runs of capitalised words in body sentences
 * that end with a company word ("... Facilities Inc.", kept whole even where the tagger cut it),
 * that recur in two or more articles, or that are a part of a name the tagger found elsewhere
 * ("Colts" of "Indianapolis Colts"); acronyms defined in the text ("... Inc. (EYP MCF)") or made of
 * a found name's initials ("USGS"). A word opening a sentence counts only where the story also
 * writes it capitalised inside a sentence. Package-private; stateless.
 */
final class NameFinder {
  private static final Set<String> COMPANY = DataFiles.words("company-suffixes.txt");
  private static final Set<String> SKIP = skipWords();

  private static final Pattern NICKNAME =
      Pattern.compile(
          "\\s*(?:\"|“|``|\\(|')\\s*\\p{Lu}[\\p{L}'’ ]{0,24}?\\s*(?:\"|”|''|\\)|')\\s+(\\p{Lu}[\\p{L}'’-]+)");
  private static final Pattern HANDLE = Pattern.compile("@\\p{L}[\\p{L}\\p{N}_]{1,30}");
  private static final Pattern QUOTED =
      Pattern.compile("“([^”\\n]{3,80})”|\"([^\"\\n]{3,80})\"|``\\s*([^`'\\n]{3,80}?)\\s*''");
  private static final Set<String> CONNECTORS = Set.of("of", "&", "and", "de", "for");

  private NameFinder() {}

  private static Set<String> skipWords() {
    Set<String> out = new HashSet<>(DataFiles.words("function-words.txt"));
    out.addAll(DataFiles.words("not-names.txt"));
    out.addAll(RoleWords.ALL);
    out.addAll(DataFiles.words("time.tsv", "time-zone")); // "16:05 GMT"
    for (String kind : List.of("month", "month-abbreviation", "weekday", "season")) {
      out.addAll(DataFiles.words("calendar.tsv", kind));
    }
    return Set.copyOf(out);
  }

  /** A run of capitalised tokens in one sentence. */
  private record Run(
      int article, int sentence, int from, int to, String norm, boolean company, boolean defined) {}

  /**
   * Adds the names found to each sentence's mentions ({@code mentions[article][sentence]}, modified
   * in place, kept in text order).
   */
  static void extend(List<Article> articles, List<List<List<Mention>>> mentions) {
    trailingPeople(articles, mentions);
    for (int ai = 0; ai < articles.size(); ai++) {
      Article a = articles.get(ai);
      for (int si = 0; si < a.sentences().size(); si++) {
        List<Mention> ms = mentions.get(ai).get(si);
        unlisted(ms, a.sentences().get(si), a.text());
        coordinatedTitles(ms, a.sentences().get(si).tokens(), a.text());
        ofNames(ms, a.sentences().get(si).tokens(), a.text());
        joinNicknames(ms, a.text());
        if (a.sentences().get(si).kind() == BlockKind.BODY) {
          quotedTitles(ms, a.sentences().get(si), a.text());
        }
        caseNames(ms, a.sentences().get(si), a.text());
        caucuses(ms, a.sentences().get(si), a.text());
      }
    }
    Set<String> midCapitalised = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    wordCases(articles, midCapitalised, lowerCase);
    for (int ai = 0; ai < articles.size(); ai++) {
      for (int si = 0; si < articles.get(ai).sentences().size(); si++) {
        Sentence s = articles.get(ai).sentences().get(si);
        List<Mention> ms = mentions.get(ai).get(si);
        if (s.kind() == BlockKind.BODY && titleCased(s)) {
          // "Social Media" in a headline kept in the body, where the story writes "social media";
          // "Meritless" of "The Perjury Allegation against Jeff Sessions Is Meritless." (AllSides
          // train-1600), which the tagger named nothing and no sentence capitalises inside it
          ms.removeIf(
              m ->
                  writtenInLowerCase(m.text(), lowerCase)
                      || untagged(m, s) && !capitalisedInProse(m.text(), midCapitalised));
        }
        withoutOpeningWord(ms, s, midCapitalised, lowerCase);
      }
    }
    Map<String, EntityType> taggedNames = new HashMap<>();
    Map<String, EntityType> taggedParts = new HashMap<>();
    for (int ai = 0; ai < articles.size(); ai++) {
      for (int si = 0; si < articles.get(ai).sentences().size(); si++) {
        List<Token> toks = articles.get(ai).sentences().get(si).tokens();
        for (Mention m : mentions.get(ai).get(si)) {
          List<String> parts = EntityResolver.nameParts(EntityResolver.surface(m.text()));
          taggedNames.putIfAbsent(String.join(" ", parts), m.type());
          // parts of a person's name: the surname only (not an initial or a given name)
          int from = m.type() == EntityType.PERSON ? parts.size() - 1 : 0;
          for (int a = from; a < parts.size(); a++) {
            for (int b = a + 1; b <= parts.size(); b++) {
              if (b - a < parts.size() && String.join("", parts.subList(a, b)).length() >= 2) {
                taggedParts.merge(
                    String.join(" ", parts.subList(a, b)),
                    m.type(),
                    (x, y) -> x == y ? x : EntityType.OTHER);
              }
            }
          }
        }
      }
    }
    List<Run> runs = new ArrayList<>();
    Map<String, Set<Integer>> articlesOf = new HashMap<>();
    for (int ai = 0; ai < articles.size(); ai++) {
      Article a = articles.get(ai);
      for (int si = 0; si < a.sentences().size(); si++) {
        Sentence s = a.sentences().get(si);
        if (s.kind() != BlockKind.BODY || titleCased(s)) {
          continue;
        }
        for (Run r : runs(ai, si, s.tokens(), a.text(), midCapitalised)) {
          runs.add(r);
          articlesOf.computeIfAbsent(r.norm(), k -> new HashSet<>()).add(ai);
        }
      }
    }
    Map<String, String> initials = new HashMap<>();
    for (Map.Entry<String, EntityType> e : taggedNames.entrySet()) {
      if (e.getValue() == EntityType.ORGANIZATION || e.getValue() == EntityType.OTHER) {
        initials.merge(initials(e.getKey()), e.getKey(), (x, y) -> x.equals(y) ? x : "");
      }
    }
    Map<String, EntityType> found = new HashMap<>(taggedNames);
    for (Run r : runs) {
      List<Mention> ms = mentions.get(r.article()).get(r.sentence());
      List<Token> toks = articles.get(r.article()).sentences().get(r.sentence()).tokens();
      String text = articles.get(r.article()).text();
      int start = toks.get(r.from()).start();
      int lastEnd = toks.get(r.to() - 1).end();
      // "a post on X.": the sentence's full stop the tokenizer left on a one-letter name
      int end =
          r.to() - r.from() == 1 && text.charAt(lastEnd - 1) == '.' && lastEnd - start <= 2
              ? lastEnd - 1
              : lastEnd;
      String span = text.substring(start, end);
      if (span.codePoints().filter(Character::isLetter).count() < 1
          || (r.to() < toks.size()
              && !r.company()
              && SKIP.contains(bare(toks.get(r.to()).word()))
              && capitalised(toks.get(r.to()).word()))) {
        continue; // "Foreign" of "Foreign Minister": a title's word, not a name
      }
      EntityType type;
      boolean acronym = acronym(span) && !shouted(toks, r.from(), r.to());
      if (r.company()) {
        type = EntityType.ORGANIZATION;
      } else if (taggedNames.get(r.norm()) == EntityType.PLACE
          && !taggedParts.containsKey(r.norm())) {
        // "a Staunton ice cream shop", "Staunton police": a place the tagger found elsewhere in
        // the story, where it left it untagged (most often as a modifier, which names it still)
        type = EntityType.PLACE;
      } else if (!acronym && r.to() < toks.size() && modifier(toks.get(r.to()))) {
        // "Republican political consultant": a name's word used as a modifier names nothing; an
        // acronym is a name as a modifier too ("MGM musicals", "AFC playoffs")
        continue;
      } else if (taggedNames.containsKey(r.norm()) || taggedParts.containsKey(r.norm())) {
        type = taggedNames.getOrDefault(r.norm(), taggedParts.get(r.norm()));
        if (type == EntityType.PLACE) {
          continue; // a part of a place's name ("Orleans") names no place by itself
        }
      } else if (articlesOf.get(r.norm()).size() >= 2
          || r.defined()
          || acronym
          || coined(span)
          || properNouns(toks, r.from(), r.to(), lowerCase, taggedNames.keySet())
          || (allCaps(text.substring(start, end))
              && !initials.getOrDefault(r.norm().replace(" ", ""), "").isEmpty())) {
        // "a spokesman for Waitrose": a name with a spokesperson is an organisation
        type =
            EntityResolver.hasSpokesperson(text, start)
                ? EntityType.ORGANIZATION
                : EntityType.OTHER;
      } else {
        continue;
      }
      boolean overlaps = false;
      for (Mention o : ms) {
        overlaps |= o.start() < end && o.end() > start;
      }
      if (overlaps && !r.company()) {
        continue;
      }
      // a company's full name replaces the pieces the tagger cut it into
      ms.removeIf(o -> o.start() >= start && o.end() <= end);
      boolean stillOverlaps = ms.stream().anyMatch(o -> o.start() < end && o.end() > start);
      if (!stillOverlaps) {
        ms.add(new Mention(text.substring(start, end), type, start, end, ""));
        ms.sort(Comparator.comparingInt(Mention::start));
        found.putIfAbsent(r.norm(), type);
      }
    }
    for (int ai = 0; ai < articles.size(); ai++) {
      Article a = articles.get(ai);
      for (int si = 0; si < a.sentences().size(); si++) {
        if (a.sentences().get(si).kind() != BlockKind.BODY || titleCased(a.sentences().get(si))) {
          inHeading(mentions.get(ai).get(si), a.sentences().get(si).tokens(), a.text(), found);
        }
        withoutPartyTags(mentions.get(ai).get(si), a.sentences().get(si), a.text());
        modelNumbers(mentions.get(ai).get(si), a.text());
        // "before Independence Day", the tagger's name stopping before the "Day" it read as a time
        String text = a.text();
        mentions
            .get(ai)
            .get(si)
            .removeIf(
                m ->
                    holiday(m.text())
                        || text.startsWith(" Day", m.end()) && holiday(m.text() + " Day"));
      }
    }
  }

  /**
   * A legislator's party and state in brackets after the name ("Rep. Bradley Schneider (D-Ill.)",
   * "(R., Ga.)", "(I-Vt.)"): an affiliation written in short, not a mention of a party or a state;
   * the tagger had listed "D", "R" and "Ill." as entities (AllSides train-888).
   */
  static final Pattern PARTY_TAG =
      Pattern.compile(
          "\\(\\s*(?:R|D|I)\\s*[-–.,]+\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?"
              + "(?:[-–]\\d{1,2})?\\s*\\)");

  private static final Set<String> HOLIDAYS = DataFiles.words("calendar.tsv", "holiday");

  /**
   * A holiday's name with "Day" ("Columbus Day", "Memorial Day", "Mother's Day"): a date, not a
   * person or a thing (AllSides train-1777 listed "Columbus Day" among the people, the tagger's
   * reading in one sentence of three). The holiday word alone may be a name ("Columbus, Ohio").
   */
  static boolean holiday(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    return lower.endsWith(" day")
        && HOLIDAYS.contains(lower.substring(0, lower.length() - " day".length()).strip());
  }

  private static void withoutPartyTags(List<Mention> ms, Sentence s, String text) {
    if (ms.isEmpty()) {
      return;
    }
    Matcher m = PARTY_TAG.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      int from = m.start();
      int to = m.end();
      ms.removeIf(o -> o.start() >= from && o.end() <= to);
    }
  }

  /** The words the story capitalises inside a sentence, and those it writes in lower case. */
  private static void wordCases(
      List<Article> articles, Set<String> midCapitalised, Set<String> lowerCase) {
    for (Article a : articles) {
      for (Sentence s : a.sentences()) {
        List<Token> toks = s.tokens();
        boolean heading = titleCased(s); // its capitals say nothing of a word
        for (int i = 1; i < toks.size(); i++) {
          if (!heading && capitalised(toks.get(i).word()) && !opensClause(toks, i)) {
            midCapitalised.add(toks.get(i).word());
          }
        }
        for (Token t : toks) {
          if (!t.word().isEmpty() && Character.isLowerCase(t.word().codePointAt(0))) {
            lowerCase.add(t.word());
          }
        }
      }
    }
  }

  /**
   * A name of another kind that ends with a person's full name the story writes on its own: "acting
   * Director of National Intelligence Joseph Maguire" tagged one organisation in one article, where
   * another tags "National Intelligence" and "Joseph Maguire" apart (AllSides train-1234). The
   * person is split off, the rest keeps its type. A full name: two words or more, each capitalised.
   */
  private static void trailingPeople(List<Article> articles, List<List<List<Mention>>> mentions) {
    Set<String> people = new HashSet<>();
    for (List<List<Mention>> article : mentions) {
      for (List<Mention> ms : article) {
        for (Mention m : ms) {
          String[] words = m.text().split(" ");
          if (m.type() == EntityType.PERSON
              && words.length >= 2
              && java.util.Arrays.stream(words).allMatch(TitleCase::capitalised)) {
            people.add(m.text());
          }
        }
      }
    }
    if (people.isEmpty()) {
      return;
    }
    List<String> longestFirst = new ArrayList<>(people);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(p -> p));
    for (int ai = 0; ai < articles.size(); ai++) {
      String text = articles.get(ai).text();
      for (List<Mention> ms : mentions.get(ai)) {
        for (int k = 0; k < ms.size(); k++) {
          Mention m = ms.get(k);
          if (m.type() == EntityType.PERSON) {
            continue;
          }
          for (String p : longestFirst) {
            int at = m.end() - p.length();
            if (m.text().endsWith(" " + p) && text.startsWith(p, at)) {
              String rest = m.text().substring(0, m.text().length() - p.length()).stripTrailing();
              ms.set(k, new Mention(rest, m.type(), m.start(), m.start() + rest.length(), ""));
              ms.add(k + 1, new Mention(p, EntityType.PERSON, at, m.end(), ""));
              break;
            }
          }
        }
      }
    }
  }

  /**
   * A name the tagger opened with the sentence's first word, capitalised only because it opens the
   * sentence: "Vaccinated Americans will soon be able to travel" (AllSides train-1950), where the
   * story writes "vaccinated" in lower case and never capitalises it inside a sentence, names
   * "Americans"; a name of that word alone is none. Not a name's particle ("Al Harthi said"), nor a
   * place's name the gazetteer holds ("New York", "North Korea").
   */
  private static void withoutOpeningWord(
      List<Mention> ms, Sentence s, Set<String> midCapitalised, Set<String> lowerCase) {
    List<Token> toks = s.tokens();
    int first = 0;
    while (first < toks.size() && !toks.get(first).isWord()) {
      first++;
    }
    if (first + 1 >= toks.size()) {
      return;
    }
    Token opener = toks.get(first);
    String lower = opener.word().toLowerCase(Locale.ROOT);
    if (!capitalised(opener.word())
        || EntityResolver.PARTICLES.contains(lower)
        || midCapitalised.contains(opener.word())
        || !lowerCase.contains(lower)) {
      return;
    }
    int start = toks.get(first + 1).start();
    // "Whistleblower's lawyers fear for his safety" (AllSides train-1234): the word alone
    ms.removeIf(m -> m.start() == opener.start() && m.end() == opener.end());
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      if (m.start() == opener.start()
          && m.end() > start
          && toks.get(first + 1).isWord()
          // "New York-based Human Rights Watch said ..." in a story that writes "a new
          // constitution" (ECB+ topic 11): a place's name is whole
          && Gazetteer.shared().place(m.text()).isEmpty()) {
        String text = m.text().substring(start - m.start());
        ms.set(k, new Mention(text, m.type(), start, m.end(), m.entity()));
      }
    }
  }

  /** Parts of speech a title leaves in lower case whatever their length: "against", "with". */
  private static final Set<String> FUNCTION_POS = Set.of("IN", "CC", "DT", "TO");

  /**
   * A body sentence written in title case, as a headline kept in the body is ("Obama Warns of
   * 'Dangers' of Internet, Social Media in Sitdown With Prince Harry.", AllSides train-300, had
   * "Social Media" for an organisation): at least four words of four letters or more, every one
   * capitalised but prepositions, conjunctions and determiners, which some titles leave in lower
   * case ("against"). Its capitals say no more than a heading's.
   */
  static boolean titleCased(Sentence s) {
    int longer = 0;
    for (Token t : s.tokens()) {
      String w = t.word();
      if (w.length() >= 4 && w.codePoints().allMatch(Character::isLetter)) {
        if (!Character.isUpperCase(w.codePointAt(0))) {
          if (FUNCTION_POS.contains(t.pos())) {
            continue; // "The Perjury Allegation against Jeff Sessions Is Meritless."
          }
          return false;
        }
        longer++;
      }
    }
    return longer >= 4;
  }

  /** No token of the mention has a name type from the tagger. */
  private static boolean untagged(Mention m, Sentence s) {
    return s.tokens().stream()
        .filter(t -> t.start() >= m.start() && t.end() <= m.end())
        .allMatch(t -> Annotator.typeOf(t.ner()).isEmpty());
  }

  /** Some word of the name is capitalised inside a sentence not written in title case. */
  private static boolean capitalisedInProse(String name, Set<String> midCapitalised) {
    for (String w : name.split("\\s+")) {
      if (midCapitalised.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean writtenInLowerCase(String name, Set<String> lowerCase) {
    String[] words = name.split("\\s+");
    for (String w : words) {
      if (!lowerCase.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return words.length > 0;
  }

  /** Names spanning at most this many words are looked for in headings. */
  private static final int HEADING_NAME_WORDS = 4;

  /**
   * Names in a heading or caption, which capitalise every word, so capitals say nothing there: a
   * run of capitalised words is a name when the story names it elsewhere ("Waitrose" in "Arson Over
   * Waitrose Fire"), with the type it has there; the longest such run first.
   */
  private static void inHeading(
      List<Mention> ms, List<Token> toks, String text, Map<String, EntityType> names) {
    int i = 0;
    while (i < toks.size()) {
      int taken = 0;
      for (int len = Math.min(HEADING_NAME_WORDS, toks.size() - i); len >= 1 && taken == 0; len--) {
        boolean words = true;
        for (int k = i; k < i + len; k++) {
          String w = toks.get(k).word();
          words &= capitalised(w) && !skipped(w);
        }
        if (!words) {
          continue;
        }
        int start = toks.get(i).start();
        int end = toks.get(i + len - 1).end();
        String norm = EntityResolver.norm(EntityResolver.surface(text.substring(start, end)));
        EntityType type = names.get(norm);
        if (type == null
            || norm.replace(" ", "").length() < 3
            || ms.stream().anyMatch(o -> o.start() < end && o.end() > start)) {
          continue;
        }
        ms.add(new Mention(text.substring(start, end), type, start, end, ""));
        ms.sort(Comparator.comparingInt(Mention::start));
        taken = len;
      }
      i += Math.max(1, taken);
    }
  }

  /**
   * Runs of tokens the tagger labelled with one name type that none of its mentions covers ("the
   * Daily News reports", labelled an organisation word by word but missing from the mentions): a
   * mention of that type each. What the corrections dropped from the tagger's mentions ("Secretary
   * of [State]") stays dropped.
   */
  private static void unlisted(List<Mention> ms, Sentence sentence, String text) {
    List<Token> toks = sentence.tokens();
    List<Mention> tagged = sentence.mentions();
    int i = 0;
    while (i < toks.size()) {
      // the tagger's token labels a name is read from, as the annotator maps its mentions
      EntityType type = Annotator.typeOf(toks.get(i).ner()).orElse(null);
      if (type == null || !capitalised(toks.get(i).word())) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && toks.get(j).ner().equals(toks.get(i).ner())) {
        j++;
      }
      int start = toks.get(i).start();
      int end = toks.get(j - 1).end();
      if (ms.stream().noneMatch(o -> o.start() < end && o.end() > start)
          && tagged.stream().noneMatch(o -> o.start() < end && o.end() > start)) {
        ms.add(new Mention(text.substring(start, end), type, start, end, ""));
        ms.sort(Comparator.comparingInt(Mention::start));
      }
      i = j;
    }
  }

  /** Words an organisation's name may continue with "of [the]" over. */
  private static final int OF_NAME_WORDS = 6;

  /**
   * An organisation's name the tagger cut before "of": "[Medical Association] of the State of
   * Alabama", "[Office] of the Surgeon General" are one name, "of", "the" and capitalised words up
   * to the first other word or the first word of another mention.
   */
  private static void ofNames(List<Mention> ms, List<Token> toks, String text) {
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      if (m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int i = 0;
      while (i < toks.size() && toks.get(i).start() < m.end()) {
        i++;
      }
      int j = i;
      int last = -1;
      while (j < toks.size() && j - i < OF_NAME_WORDS) {
        Token t = toks.get(j);
        if (ms.stream().anyMatch(o -> o.start() < t.end() && o.end() > t.start())) {
          break; // "Central Election Commission of [Turkmenistan]": a name of its own
        }
        String w = t.word();
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.equals("of") || (lower.equals("the") && j > i)) {
          j++;
        } else if (j > i && capitalised(w) && !skipped(w)) {
          last = j++;
        } else {
          break;
        }
      }
      if (last < 0 || !toks.get(i).word().equalsIgnoreCase("of")) {
        continue;
      }
      int start = m.start();
      int end = toks.get(last).end();
      ms.set(k, new Mention(text.substring(start, end), m.type(), start, end, ""));
    }
  }

  /**
   * Two offices of one person joined by "and" before the name, which the tagger reads as one
   * organisation: "retired four-star [Marine Corps General and Homeland Security] Secretary John
   * Kelly" (AllSides train-1999), "Air Force General and Joint Chiefs Chairman Charles Brown". The
   * capitalised title before "and" belongs to neither name: the mention becomes the organisation
   * before the title ("Marine Corps") and the one after "and" ("Homeland Security").
   */
  private static void coordinatedTitles(List<Mention> ms, List<Token> toks, String text) {
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      if (m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int and = -1;
      for (int i = 1; i + 1 < toks.size(); i++) {
        Token t = toks.get(i);
        if (t.start() > m.start()
            && t.end() < m.end()
            && t.word().equals("and")
            && capitalised(toks.get(i - 1).word())
            && RoleWords.ALL.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))
            && toks.get(i - 1).start() > m.start()) {
          and = i;
          break;
        }
      }
      if (and < 0) {
        continue;
      }
      int firstEnd = toks.get(and - 2).end();
      int secondStart = toks.get(and + 1).start();
      List<Mention> parts = new ArrayList<>();
      parts.add(
          new Mention(text.substring(m.start(), firstEnd), m.type(), m.start(), firstEnd, ""));
      if (secondStart < m.end()) {
        parts.add(
            new Mention(text.substring(secondStart, m.end()), m.type(), secondStart, m.end(), ""));
      }
      ms.remove(k);
      ms.addAll(k, parts);
      k += parts.size() - 1;
    }
  }

  /** "Vincent "The Chin" Gigante", "Kimani (Kiki) Gray": one person, nickname and all. */
  private static void joinNicknames(List<Mention> ms, String text) {
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      Matcher x = NICKNAME.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60));
      if (!x.lookingAt()) {
        continue;
      }
      int start = m.start();
      int end = -1;
      for (Mention o : ms) {
        if (o.start() == x.start(1) && o.type() == EntityType.PERSON) {
          end = o.end(); // the surname must be a person's name too, not "(D-Nev.) Senate"
        } else if (o.type() == EntityType.OTHER
            && o.start() > m.end()
            && o.start() < x.start(1)
            && o.end() == x.end(1)) {
          // "Randolph “Tex” Alles" (AllSides train-2100): the tagger's other name ran
          // from the nickname to the surname
          end = o.end();
        }
      }
      if (end < 0) {
        continue;
      }
      int stop = end;
      ms.removeIf(o -> o.start() >= start && o.end() <= stop);
      ms.removeIf(o -> o.start() < stop && o.end() > start);
      ms.add(new Mention(text.substring(start, end), EntityType.PERSON, start, end, ""));
      ms.sort(Comparator.comparingInt(Mention::start));
    }
  }

  /**
   * A title-case phrase of two to ten words in quotation marks is a work's title ("Take Me Out to
   * the Ball Game"): one name, in place of the pieces the tagger saw in it.
   */
  private static void quotedTitles(List<Mention> ms, Sentence s, String text) {
    Matcher x = QUOTED.matcher(text).region(s.start(), s.end());
    while (x.find()) {
      int g = x.group(1) != null ? 1 : x.group(2) != null ? 2 : 3;
      String inner = x.group(g);
      if (!TitleCase.phrase(inner)) {
        continue;
      }
      int end = x.end(g);
      while (end > x.start(g) && ".,".indexOf(text.charAt(end - 1)) >= 0) {
        end--; // "on CBS's "60 Minutes."": the sentence's stop inside the mark
      }
      oneName(ms, text, x.start(g), end);
    }
  }

  /**
   * Text {@code [start, end)} is one name of type OTHER, in place of the mentions the tagger found
   * inside it; left as it is when a mention runs across its edge.
   */
  private static void oneName(List<Mention> ms, String text, int start, int end) {
    ms.removeIf(o -> o.start() >= start && o.end() <= end);
    if (ms.stream().noneMatch(o -> o.start() < end && o.end() > start)) {
      ms.add(new Mention(text.substring(start, end), EntityType.OTHER, start, end, ""));
      ms.sort(Comparator.comparingInt(Mention::start));
    }
  }

  /**
   * An organisation's name followed by a party's members ("Senate Republicans", "House Democrats"):
   * one group, not the organisation (AllSides train-1717 gave "Senate Republicans unveil ...: 'We
   * hear you'" to the Senate). The members are a mention the tagger typed OTHER whose words are all
   * plural proper nouns, one space after the organisation.
   */
  private static void caucuses(List<Mention> ms, Sentence s, String text) {
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention org = ms.get(i);
      Mention members = ms.get(i + 1);
      if (org.type() != EntityType.ORGANIZATION
          || members.type() != EntityType.OTHER
          || members.start() != org.end() + 1
          || text.charAt(org.end()) != ' ') {
        continue;
      }
      boolean plural = false;
      boolean other = false;
      for (Token t : s.tokens()) {
        if (t.start() >= members.start() && t.end() <= members.end()) {
          plural = true;
          other |= !t.pos().equals("NNPS");
        }
      }
      if (plural && !other) {
        ms.set(
            i,
            new Mention(
                text.substring(org.start(), members.end()),
                EntityType.ORGANIZATION,
                org.start(),
                members.end(),
                ""));
        ms.remove(i + 1);
      }
    }
  }

  /** A capitalised word of a name ("Roe", "O'Brien", "Women’s", "U.S."). */
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";

  /**
   * A court case's name: capitalised words on both sides of "v." or "vs." ("Roe v. Wade", "Planned
   * Parenthood v. Casey", "Brown v. Board of Education"), the right side running over "of" and
   * "the" between capitalised words.
   */
  private static final Pattern CASE_NAME =
      Pattern.compile(
          "(?<![\\p{L}'’.-])((?:"
              + NAME_WORD
              + "\\s+){0,3}"
              + NAME_WORD
              + ")\\s+vs?\\.\\s+("
              + NAME_WORD
              + "(?:\\s+(?:(?:of|the)\\s+)*"
              + NAME_WORD
              + "){0,4})");

  /** Opening words a case's name does not take from the sentence ("The Roe v. Wade ruling"). */
  private static final Set<String> CASE_NOT_FIRST = Set.of("The", "A", "An", "In", "Under");

  /**
   * A court case's name is one name ({@link #CASE_NAME}), in place of the pieces the tagger saw in
   * it: "Roe v. Wade" is not a person Roe and a person Wade.
   */
  private static void caseNames(List<Mention> ms, Sentence s, String text) {
    Matcher x = CASE_NAME.matcher(text).region(s.start(), s.end());
    while (x.find()) {
      int start = x.start(1);
      String left = x.group(1);
      String first = left.split("\\s+")[0];
      if (CASE_NOT_FIRST.contains(first)) {
        int space = left.indexOf(' ');
        if (space < 0) {
          continue;
        }
        start += space + 1;
        while (start < x.end(1) && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
      }
      int end = x.end(2);
      while (end > start && text.charAt(end - 1) == '.') {
        end--; // the sentence's full stop, not part of the name
      }
      oneName(ms, text, start, end);
    }
  }

  /** A hyphen and a model number right after a name: "-15s" of "AR-15s", "-29" of "MiG-29". */
  private static final Pattern MODEL_NUMBER = Pattern.compile("-(\\d{1,4}\\p{Lu}{0,2})(s?)\\b");

  /**
   * A name with a model number after a hyphen is one name, of a thing ("AR-15s", "MiG-29",
   * "Su-57"): the tokenizer splits it, and the tagger names only the part before the hyphen ("AR",
   * "MiG"; AllSides train-1650 listed "AR" among the story's names). A plural's "s" is left out of
   * the name, so that "AR-15s" and "an AR-15" name one thing.
   */
  private static void modelNumbers(List<Mention> ms, String text) {
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      Matcher x = MODEL_NUMBER.matcher(text).region(m.end(), text.length());
      if (!x.lookingAt()) {
        continue;
      }
      int end = x.end(1);
      if (i + 1 < ms.size() && ms.get(i + 1).start() < x.end()) {
        continue; // the tagger named what follows as a name of its own
      }
      ms.set(
          i,
          new Mention(
              text.substring(m.start(), end), EntityType.OTHER, m.start(), end, m.entity()));
    }
  }

  /**
   * One word written as names are and common words are not: an account ("@TheAcademy"), or a
   * capital inside a word after a lower-case letter ("SportsCenter", "iPhone").
   */
  private static boolean coined(String span) {
    return HANDLE.matcher(span).matches() || span.matches("\\p{L}+\\p{Ll}\\p{Lu}\\p{L}*");
  }

  /**
   * A run inside a sentence that the tagger's part-of-speech reading calls proper nouns but its NER
   * left out ("her Porsche", "the Dolby Theatre", "Tonban, Gavarzin and Gourian"): a name, unless a
   * word of it is one the story also writes in lower case ("Police" of "police"), which makes it a
   * common word capitalised, or a word the tagger named elsewhere ("Saints RBs"), whose name the
   * tagger already holds, or it is in capitals.
   */
  private static boolean properNouns(
      List<Token> toks, int from, int to, Set<String> lowerCase, Set<String> tagged) {
    if (opensClause(toks, from) || shouted(toks, from, to)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      if (CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!t.pos().startsWith("NNP")
          || !t.ner().equals("O")
          || lowerCase.contains(t.word().toLowerCase(Locale.ROOT))
          || tagged.contains(EntityResolver.norm(EntityResolver.surface(t.word())))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word next to the run is in capitals too ("MAKE A DEAL!"): shouting, not acronyms. */
  private static boolean shouted(List<Token> toks, int from, int to) {
    for (int k : new int[] {from - 1, to}) {
      if (k >= 0 && k < toks.size()) {
        String w = toks.get(k).word();
        if (w.codePoints().anyMatch(Character::isLetter)
            && w.equals(w.toUpperCase(Locale.ROOT))
            && !w.equals("I")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word of three to six capitals ("TMZ", "NFL"): an acronym, so a name. */
  private static boolean acronym(String span) {
    return span.matches("\\p{Lu}{3,6}");
  }

  /** The capitalised runs of one sentence, trimmed of title, calendar and function words. */
  private static List<Run> runs(
      int ai, int si, List<Token> toks, String text, Set<String> midCapitalised) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      if (!nameWord(toks, i, midCapitalised)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size()
          && (nameWord(toks, j, midCapitalised)
              || (CONNECTORS.contains(toks.get(j).word().toLowerCase(Locale.ROOT))
                  && j + 1 < toks.size()
                  && nameWord(toks, j + 1, midCapitalised)))) {
        j++;
      }
      boolean company = false;
      if (j < toks.size() && COMPANY.contains(bare(toks.get(j).word())) && j - i >= 1) {
        company = true;
        j++;
      } else if (j - i >= 2 && COMPANY.contains(bare(toks.get(j - 1).word()))) {
        company = true;
      }
      String span = text.substring(toks.get(i).start(), toks.get(j - 1).end());
      // "EYP Mission Critical Facilities Inc. (EYP MCF)": an acronym defined after a name
      boolean defined =
          i >= 2
              && j < toks.size()
              && isOpen(toks.get(i - 1).word())
              && isClose(toks.get(j).word())
              && allCaps(span)
              && capitalised(toks.get(i - 2).word());
      out.add(
          new Run(
              ai, si, i, j, EntityResolver.norm(EntityResolver.surface(span)), company, defined));
      i = j;
    }
    return out;
  }

  private static boolean nameWord(List<Token> toks, int i, Set<String> midCapitalised) {
    String w = toks.get(i).word();
    if (HANDLE.matcher(w).matches()) {
      return true;
    }
    if (!capitalised(w) || skipped(w)) {
      return false;
    }
    return !opensClause(toks, i) || midCapitalised.contains(w);
  }

  /** Whether a token opens its sentence (after any opening quotation marks or brackets). */
  private static boolean opensClause(List<Token> toks, int i) {
    for (int k = 0; k < i; k++) {
      if (toks.get(k).isWord()) {
        return toks.get(i - 1).word().equals(":");
      }
    }
    return true;
  }

  /** A lower-case noun or adjective: the run before it modifies it. */
  static boolean modifier(Token t) {
    String w = t.word();
    return !w.isEmpty()
        && Character.isLowerCase(w.codePointAt(0))
        && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
  }

  /**
   * A word no name is made of: a function word, a title's word, a calendar word, a time zone, or a
   * title's short form the tokenizer cut from its full stop ("Police Const." | "Tim Fanning"),
   * unless written in capitals as an acronym ("SEC").
   */
  private static boolean skipped(String w) {
    return SKIP.contains(bare(w))
        || TitleAbbreviations.BARE.contains(bare(w)) && !w.equals(w.toUpperCase(Locale.ROOT));
  }

  private static String bare(String w) {
    return w.toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** Whether the word ends a company's name ("Inc.", "Corp."; {@code company-suffixes.txt}). */
  static boolean companySuffix(String w) {
    return COMPANY.contains(bare(w));
  }

  /** "u s geological survey" -> "usgs"; function words left out. */
  static String initials(String norm) {
    return initials(norm, false);
  }

  /**
   * The initials with each "of" kept as its letter, as "People's Bank of China" is written PBOC and
   * "Department of Justice" DOJ; empty when the name has no "of".
   */
  static String initialsWithOf(String norm) {
    return (" " + norm + " ").contains(" of ") ? initials(norm, true) : "";
  }

  private static String initials(String norm, boolean of) {
    StringBuilder b = new StringBuilder();
    String[] words = norm.split(" ");
    if (words.length < 2) {
      return "";
    }
    for (String w : words) {
      if (!w.isEmpty() && (of && w.equals("of") || !CONNECTORS.contains(w) && !w.equals("the"))) {
        b.append(w.charAt(0));
      }
    }
    return b.length() >= 2 ? b.toString() : "";
  }

  static boolean allCaps(String span) {
    String letters = span.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 2
        && letters.length() <= 8
        && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  private static boolean isOpen(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }

  private static boolean isClose(String w) {
    return w.equals(")") || w.equals("-RRB-");
  }
}
