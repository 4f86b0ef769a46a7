package dev.parallax.clean;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.TitleAbbreviations;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Block;
import dev.parallax.model.BlockKind;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Removal;
import dev.parallax.model.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans scraped article text line by line. Each non-blank line is a paragraph; it is kept as body,
 * heading or caption, or removed with a reason. Rules look at the line's shape, its position and
 * its repetition across articles of one outlet, plus a few widely used boilerplate patterns; none
 * is specific to one site. Unless the input states a title or says it has no headline line ({@link
 * ArticleMeta#noHeadline}), a first line that does not end like a sentence, or does in title case
 * above a lead, is taken for the headline and becomes the title; a first sentence the lead below
 * restates becomes the title and stays body, since it may be the story's first sentence. A dateline
 * ("Thursday, December 11, 2008") is removed as a timestamp; it does not date the text
 * (docs/EVALUATION.md, "Datelines as page furniture"). A wire report's dateline before its lead
 * ("WASHINGTON (AP) —") is kept as a dateline block of its own. Stateless and thread-safe.
 */
public final class Cleaner {

  private static final Pattern SYNDICATION = boilerplate("syndication");
  private static final Set<String> FUNCTION_WORDS = DataFiles.words("function-words.txt");

  /** Prepositions beyond the function words that title case leaves in lower case. */
  private static final Set<String> TITLE_LOWER = DataFiles.words("grammar.tsv", "title-lower");

  private static final Pattern ORIGINALLY = boilerplate("originally-published");
  private static final Pattern COPYRIGHT_HOLDER = boilerplate("copyright-holder");
  private static final Pattern MORE_FROM = boilerplate("more-from");
  private static final Pattern CREDIT_TAIL = boilerplate("credit-tail");
  private static final Pattern POSITION_MARKER = boilerplate("position-marker");
  private static final Pattern WIRE_DATELINE = boilerplate("wire-dateline");

  /** An article-type label before a headline ("Opinion:", "Analysis:"), not a link's label. */
  private static final Pattern KICKER = boilerplate("article-kicker");

  /** A line shape from the boilerplate lexicon (vocabulary apart from the rules that use it). */
  private static Pattern boilerplate(String key) {
    return DataFiles.pattern("boilerplate.tsv", key);
  }

  static final Pattern TERMINAL = Pattern.compile("[.!?…:;]['\"’”)\\]]*$|[\"”’]$");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private static final int MAX_HEADLINE_WORDS = 25;
  private static final int MAX_HEADING_WORDS = 14;
  private static final int MAX_RELATED_WORDS = 24;

  /** A line before the cross-article pass: its verdict and, if kept, its kind. */
  private record Line(String text, BlockKind kind, String removedBecause) {
    boolean kept() {
      return removedBecause == null;
    }
  }

  private Cleaner() {}

  /**
   * Cleans all inputs of one run together, so that lines an outlet repeats in several of its
   * articles are recognised as boilerplate.
   */
  public static List<CleanDocument> cleanAll(List<SourceText> inputs) {
    List<Draft> drafts = new ArrayList<>();
    for (SourceText input : inputs) {
      drafts.add(firstPass(input));
    }
    removeRepeatedPerOutlet(drafts);
    List<CleanDocument> docs = new ArrayList<>();
    for (Draft d : drafts) {
      docs.add(d.build());
    }
    return docs;
  }

  /** Cleans one input alone. */
  public static CleanDocument clean(SourceText input) {
    return cleanAll(List.of(input)).get(0);
  }

  private static final class Draft {
    /** The input's metadata; cleaning may add a title and an outlet. */
    final ArticleMeta meta;

    Optional<String> title;
    Optional<String> outlet;

    /**
     * Whether the first line may be taken for the headline: no title is known and the user did not
     * say the text has none.
     */
    final boolean guessTitle;

    /** The user said the text has no headline line: its first line is body. */
    final boolean noHeadline;

    final List<Line> lines = new ArrayList<>();
    final List<Removal> extra = new ArrayList<>();

    Draft(SourceText input) {
      this.meta = input.meta();
      this.outlet = input.outlet();
      this.title = input.title();
      this.noHeadline = input.meta().noHeadline();
      this.guessTitle = input.title().isEmpty() && !noHeadline;
      this.before = input.removed();
    }

    /** What reading removed before the text (page furniture), reported first. */
    final List<Removal> before;

    CleanDocument build() {
      StringBuilder text = new StringBuilder();
      List<Block> blocks = new ArrayList<>();
      List<Removal> removed = new ArrayList<>(before);
      for (Line line : lines) {
        if (!line.kept()) {
          removed.add(new Removal(line.text(), line.removedBecause()));
          continue;
        }
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int start = text.length();
        text.append(line.text());
        blocks.add(new Block(line.kind(), line.text(), start, text.length()));
      }
      removed.addAll(extra);
      return new CleanDocument(
          meta.withTitle(title).withOutlet(outlet), text.toString(), blocks, removed);
    }
  }

  /** A link's label for screen readers that scraping left inside a sentence. */
  private static final Pattern LINK_LABEL = boilerplate("link-label");

  /** A space left before the punctuation or possessive that followed a removed label. */
  private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("^\\s+(?=[,.;:!?)]|['’]s\\b)");

  /**
   * The line without the labels a page gives its links for screen readers ("the trade war Opens a
   * New Window. , vowing": AllSides, six leads of one outlet), each removal recorded; a space the
   * label leaves before a comma, a stop or a possessive goes with it.
   */
  private static String withoutLinkLabels(String line, List<Removal> removals) {
    Matcher m = LINK_LABEL.matcher(line);
    if (!m.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    do {
      out.append(line, from, m.start());
      removals.add(new Removal(m.group().strip(), "link label"));
      from = m.end();
      Matcher space = SPACE_BEFORE_MARK.matcher(line).region(from, line.length());
      if (space.lookingAt()) {
        from = space.end();
      }
    } while (m.find());
    out.append(line, from, line.length());
    return out.toString().strip();
  }

  private static Draft firstPass(SourceText input) {
    Draft d = new Draft(input);
    List<String> raw = new ArrayList<>();
    for (String line : input.text().split("\n")) {
      String t = line.strip();
      // a line of zero-width or no-break spaces only is as blank as an empty one
      if (!t.isEmpty() && !normalise(t).isEmpty()) {
        raw.add(t);
      }
    }
    for (int i = 0; i < raw.size(); i++) {
      String bare = withoutLinkLabels(raw.get(i), d.extra);
      if (bare.isEmpty()) {
        raw.remove(i--); // a line of labels only, each recorded

      } else {
        raw.set(i, bare);
      }
    }
    boolean inRelatedBlock = false;
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      String plain = normalise(line);
      boolean last = i == raw.size() - 1;
      Matcher m = SYNDICATION.matcher(plain);
      if (m.matches()) {
        String footTitle = m.group(1).strip();
        d.title = d.title.or(() -> Optional.of(footTitle));
        String outlet = m.group(2).strip();
        d.outlet = d.outlet.or(() -> Optional.of(outlet));
        d.lines.add(removed(line, "syndication footer"));
        inRelatedBlock = false;
        continue;
      }
      Matcher orig = ORIGINALLY.matcher(plain);
      if (orig.matches() && words(plain) <= 20) {
        String outlet = orig.group(1).strip();
        d.outlet = d.outlet.or(() -> Optional.of(outlet));
        d.lines.add(removed(line, "syndication footer"));
        continue;
      }
      String reason = LineShapes.reason(plain);
      if (i == 0
          && d.guessTitle
          && raw.size() > 1
          && "related link".equals(reason)
          && KICKER.matcher(plain).lookingAt()) {
        // "OPINION: Andy Puzder's Labor To-Do List.": on the first line, an article-type label
        // heads the article's own headline, not a link to another article
        d.title = Optional.of(line);
        d.lines.add(removed(line, "headline (used as the title)"));
        continue;
      }
      if (reason != null) {
        if (reason.equals("copyright notice")) {
          Matcher c = COPYRIGHT_HOLDER.matcher(plain);
          if (c.matches() && words(c.group(1)) <= 6) {
            String holder = c.group(1).strip();
            d.outlet = d.outlet.or(() -> Optional.of(holder));
          }
        }
        if (reason.equals("photo credit") && !d.lines.isEmpty()) {
          // a credit on its own line follows the caption it belongs to; a line that reads as a full
          // sentence stays body, since a paragraph beside a credit is as likely as a caption, and
          // losing a paragraph costs more than reading a caption as body
          int prev = d.lines.size() - 1;
          Line p = d.lines.get(prev);
          if (p.kept()
              && p.kind() != BlockKind.CAPTION
              && words(p.text()) <= 45
              && !LineShapes.endsSentence(normalise(p.text()))) {
            d.lines.set(prev, new Line(p.text(), BlockKind.CAPTION, null));
          }
        }
        Matcher from = MORE_FROM.matcher(plain);
        if (reason.equals("related-links header") && from.matches() && words(from.group(1)) <= 5) {
          String outlet = from.group(1).strip();
          d.outlet = d.outlet.or(() -> Optional.of(outlet));
        }
        if (reason.equals(LineShapes.CALL_TO_COMMENT)) {
          removeQuestionsToReaders(d.lines);
        }
        d.lines.add(removed(line, reason));
        inRelatedBlock = reason.startsWith("related-links header");
        continue;
      }
      boolean terminal = TERMINAL.matcher(plain).find();
      if (inRelatedBlock && !terminal && words(plain) <= MAX_RELATED_WORDS) {
        d.lines.add(removed(line, "related link in a \"more\" block"));
        continue;
      }
      inRelatedBlock = false;
      // a teaser headline ends with no full stop; a sentence that opens with a doubled name
      // ("Dee Dee Myers — a White House press secretary ... after five years.") is body
      if (repeatedTopicTag(plain)
          && !(LineShapes.endsSentence(plain) && plain.strip().matches(".*\\.[\"'’”)\\]]*"))) {
        d.lines.add(removed(line, "related link: topic tag followed by a teaser headline"));
        continue;
      }
      Matcher credit = CREDIT_TAIL.matcher(line);
      if (credit.find() && credit.start() > 0) {
        String caption = line.substring(0, credit.start()).strip();
        String creditText = line.substring(credit.start()).strip();
        d.lines.add(new Line(caption, BlockKind.CAPTION, null));
        d.extra.add(new Removal(creditText, "photo credit"));
        continue;
      }
      // "(left)", "(R)" mark a caption, but a party ("Sen. Jane Roe (D)") or a pictured name in a
      // sentence of the body reads the same: a full sentence stays body
      if (POSITION_MARKER.matcher(plain).find()
          && words(plain) <= 60
          && !LineShapes.endsSentence(plain)) {
        d.lines.add(new Line(line, BlockKind.CAPTION, null));
        continue;
      }
      // a title from the page's metadata means extraction already took the headline out
      if (i == 0 && d.guessTitle && words(plain) <= MAX_HEADLINE_WORDS && raw.size() > 1) {
        Headline guess = terminal ? headlineBelow(plain, normalise(raw.get(1))) : Headline.SURE;
        if (guess != Headline.NONE) {
          d.title = Optional.of(line);
          // a sentence the lead retells may be the headline or the story's first sentence: it is
          // the title and stays body too, since losing a paragraph costs more than showing a
          // headline twice (readers of the text skip a first paragraph that is the title)
          d.lines.add(
              guess == Headline.SURE
                  ? removed(line, "headline (used as the title)")
                  : new Line(line, BlockKind.BODY, null));
          continue;
        }
      }
      // a subheading sits between paragraphs: in a text said to have no headline, an unpunctuated
      // first line (a transcript's, say) is running text
      // a line ending with a comma is a sentence broken across lines ("The merchandise, including
      // a clothing line, along with a film in 2005," above the film's title; ECB+ topic 4)
      if (!terminal
          && !last
          && words(plain) <= MAX_HEADING_WORDS
          && startsUpper(plain)
          && !plain.endsWith(",")
          && !(i == 0 && d.noHeadline)) {
        d.lines.add(new Line(line, BlockKind.HEADING, null));
        continue;
      }
      Matcher dateline = WIRE_DATELINE.matcher(line);
      if (dateline.lookingAt()
          && words(line.substring(dateline.end())) >= MIN_DATELINE_LEAD_WORDS) {
        // "WASHINGTON (AP) — Senators voted ...": the dateline is its own block, so the lead's
        // first sentence starts where a reader's does
        d.lines.add(new Line(line.substring(0, dateline.end()).strip(), BlockKind.DATELINE, null));
        line = line.substring(dateline.end()).strip();
      }
      d.lines.add(new Line(line, BlockKind.BODY, null));
    }
    return d;
  }

  /** Most questions to readers taken out before a call to comment. */
  private static final int MAX_READER_QUESTIONS = 2;

  /** Longest question to readers, in words. */
  private static final int MAX_READER_QUESTION_WORDS = 30;

  /**
   * The questions just above a call to comment are put to the reader ("What do you think about Ross
   * returning ...?" above "Sound off in the comments below!", ECB+ topic 6): they go with the call.
   * Only lines that are questions and nothing else, at most two, right above it.
   */
  private static void removeQuestionsToReaders(List<Line> lines) {
    for (int k = lines.size() - 1, taken = 0;
        k >= 0 && taken < MAX_READER_QUESTIONS;
        k--, taken++) {
      Line p = lines.get(k);
      String plain = normalise(p.text()).strip();
      if (!p.kept()
          || p.kind() != BlockKind.BODY
          || !plain.endsWith("?")
          || words(plain) > MAX_READER_QUESTION_WORDS
          || plain.matches(".*[.!]\\s+\\p{Lu}.*")) {
        return;
      }
      lines.set(k, removed(p.text(), "question to readers before a call to comment"));
    }
  }

  /** The fewest words of a lead after its wire dateline: a shorter rest is not a lead. */
  private static final int MIN_DATELINE_LEAD_WORDS = 6;

  /** Share of a headline's longer words that the lead below it restates. */
  private static final double RESTATED_SHARE = 0.3;

  /**
   * Longest first line taken for a headline by restatement alone (title case allows the usual 25).
   */
  private static final int MAX_RESTATED_WORDS = 18;

  /** How many times longer than a headline the lead below it is, at least. */
  private static final double LEAD_LENGTH = 2.0;

  /** The fewest words of a lead paragraph below a headline. */
  private static final int MIN_LEAD_WORDS = 20;

  /** The fewest words of a lead paragraph below a headline in title case. */
  private static final int MIN_TITLE_LEAD_WORDS = 6;

  /**
   * Share of a line's longer words that start with a capital for it to be written in title case.
   */
  private static final double TITLE_CASE_SHARE = 0.75;

  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’)]*\\s+\\p{Lu}");

  /**
   * Whether the line holds a full stop (or other end mark) that ends a sentence: not one after a
   * title's short form or an initial ("Rep. Greene apologizes for ...", AllSides train, had been
   * read as two sentences and so kept in the body with no title; "U.S. Navy", "J. Smith").
   */
  static boolean breaksSentence(String line) {
    Matcher m = SENTENCE_BREAK.matcher(line);
    while (m.find()) {
      if (line.charAt(m.start()) != '.') {
        return true;
      }
      int w = m.start();
      while (w > 0 && Character.isLetter(line.charAt(w - 1))) {
        w--;
      }
      String word = line.substring(w, m.start()).toLowerCase(Locale.ROOT);
      boolean shortForm =
          word.length() == 1 || TitleAbbreviations.BARE.contains(word) || PERSONAL.contains(word);
      if (!shortForm) {
        return true;
      }
    }
    return false;
  }

  /** Short forms of the courtesy titles, which name no role ({@code roles.tsv} lists roles'). */
  private static final Set<String> PERSONAL = Set.of("mr", "mrs", "ms", "messrs", "st", "jr", "sr");

  /** What the first line is taken for, when the input states no title. */
  enum Headline {
    /** Body text. */
    NONE,
    /** The headline: it becomes the title and leaves the body. */
    SURE,
    /** The headline or the story's first sentence: it becomes the title and stays body. */
    MAYBE
  }

  /**
   * A first line ending like a sentence is still the headline when it is in title case (some
   * sources end every headline with a full stop) and the paragraph below is prose of at least
   * {@value #MIN_TITLE_LEAD_WORDS} words. It may be the headline when it is one sentence of at most
   * {@value #MAX_RESTATED_WORDS} words of which the lead restates at least {@value #RESTATED_SHARE}
   * of the longer words: a lead retells its headline, but a story's first sentence is sometimes
   * retold by the next as well.
   */
  static Headline headlineBelow(String first, String next) {
    if (LineShapes.reason(next) != null
        || SYNDICATION.matcher(next).matches()
        || ORIGINALLY.matcher(next).matches()) {
      return Headline.NONE; // what follows is page furniture, not a lead
    }
    if (titleCase(first) && words(next) >= MIN_TITLE_LEAD_WORDS && !titleCase(next)) {
      // prose is not written in title case, so a short paragraph below is lead enough: "Sarah
      // Jeong, New York Times Editorial Board Member, Has A Right To Be Angry." above a lead of
      // twelve words (AllSides train-1888) had been the text's first sentence, and the text
      // untitled
      return Headline.SURE;
    }
    if (words(next) < LEAD_LENGTH * words(first) || words(next) < MIN_LEAD_WORDS) {
      return Headline.NONE;
    }
    if (breaksSentence(first)) {
      return Headline.NONE;
    }
    Set<String> head = stems(first);
    if (head.size() < 3 || words(first) > MAX_RESTATED_WORDS) {
      return Headline.NONE;
    }
    Set<String> below = stems(next);
    long restated = head.stream().filter(below::contains).count();
    return restated >= RESTATED_SHARE * head.size() ? Headline.MAYBE : Headline.NONE;
  }

  /**
   * Most words of four letters or more start with a capital ("Senate Passes Relief Package."), and
   * every one that is not a function word does: title case leaves only small words in lower case,
   * while a sentence naming several people and places still has a verb or a noun in lower case
   * ("Voting for MPs to Majlis began in Turkmenistan.").
   */
  public static boolean titleCase(String line) {
    int longer = 0;
    int upper = 0;
    for (String w : line.split("[^\\p{L}\\p{N}'’]+")) {
      if (w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
        longer++;
        if (Character.isUpperCase(w.codePointAt(0))) {
          upper++;
        } else if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
            && !TITLE_LOWER.contains(w.toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return longer >= 3 && upper >= TITLE_CASE_SHARE * longer;
  }

  /** Words of four or more letters, lower-cased and cut to five letters (a crude stem). */
  private static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4) {
        out.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return out;
  }

  /**
   * A teaser for another article often starts with its topic tag, a name, followed by the teaser's
   * headline which repeats that name or its last word ("Jane Doe Doe says ..."). Body text does
   * not.
   */
  static boolean repeatedTopicTag(String plain) {
    List<String> w = new ArrayList<>();
    Matcher m = WORD.matcher(plain);
    while (m.find()) {
      w.add(m.group());
    }
    if (w.size() < 4 || w.size() > MAX_RELATED_WORDS + 4) {
      return false;
    }
    for (int k = 1; k <= 4 && 2 * k <= w.size(); k++) {
      if (!startsUpper(w.get(k - 1))) {
        break;
      }
      List<String> tag = w.subList(0, k);
      boolean fullRepeat = w.subList(k, 2 * k).equals(tag);
      String lastWord = tag.get(k - 1);
      boolean lastRepeat = k > 1 && stripPossessive(w.get(k)).equals(lastWord);
      if ((fullRepeat || lastRepeat) && w.size() - k >= 3) {
        return true;
      }
    }
    return false;
  }

  private static String stripPossessive(String word) {
    return word.replaceFirst("['’]s$", "");
  }

  /**
   * Lines one outlet repeats in two or more of its articles are its boilerplate. Copies of one
   * article (the same input given twice, or an updated version of it) count as one article: their
   * shared lines are the article, not the outlet's furniture.
   */
  private static void removeRepeatedPerOutlet(List<Draft> drafts) {
    Map<String, Map<String, Set<Integer>>> seen = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.outlet.isEmpty()) {
        continue;
      }
      Map<String, Set<Integer>> lines =
          seen.computeIfAbsent(key(d.outlet.get()), k -> new HashMap<>());
      for (Line line : d.lines) {
        if (line.kept()) {
          lines.computeIfAbsent(key(line.text()), k -> new HashSet<>()).add(i);
        }
      }
    }
    int[] article = copyGroups(drafts, seen);
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.outlet.isEmpty()) {
        continue;
      }
      Map<String, Set<Integer>> lines = seen.get(key(d.outlet.get()));
      for (int j = 0; j < d.lines.size(); j++) {
        Line line = d.lines.get(j);
        if (!line.kept()) {
          continue;
        }
        Set<Integer> in = lines.get(key(line.text()));
        long articles = in == null ? 0 : in.stream().map(k -> article[k]).distinct().count();
        // a dateline ("WASHINGTON (AP) —") recurs in an agency's reports and is no boilerplate
        if (articles >= 2 && words(line.text()) >= 2 && line.kind() != BlockKind.DATELINE) {
          d.lines.set(
              j,
              removed(
                  line.text(),
                  "repeated in "
                      + articles
                      + " articles from "
                      + d.outlet.get()
                      + " (outlet boilerplate)"));
        }
      }
    }
  }

  /** Share of the shorter article's kept text that another article must repeat to be its copy. */
  private static final double COPY_SHARE = 0.8;

  /**
   * For each draft, the first draft of its group of copies: drafts of one outlet where the kept
   * lines of the shorter, by characters, are at least {@link #COPY_SHARE} lines the other also has.
   * Boilerplate is short next to an article's body, so articles that only share it stay apart.
   */
  private static int[] copyGroups(List<Draft> drafts, Map<String, Map<String, Set<Integer>>> seen) {
    int n = drafts.size();
    List<Set<String>> keys = new ArrayList<>();
    long[] size = new long[n];
    for (int i = 0; i < n; i++) {
      Set<String> k = new HashSet<>();
      for (Line line : drafts.get(i).lines) {
        if (line.kept()) {
          k.add(key(line.text()));
        }
      }
      keys.add(k);
      size[i] = k.stream().mapToLong(String::length).sum();
    }
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Draft d = drafts.get(i);
      if (d.outlet.isEmpty()) {
        continue;
      }
      Map<String, Set<Integer>> lines = seen.get(key(d.outlet.get()));
      Map<Integer, Long> shared = new HashMap<>();
      for (String k : keys.get(i)) {
        for (int other : lines.getOrDefault(k, Set.of())) {
          if (other > i) {
            shared.merge(other, (long) k.length(), Long::sum);
          }
        }
      }
      for (Map.Entry<Integer, Long> e : shared.entrySet()) {
        int j = e.getKey();
        if (e.getValue() >= COPY_SHARE * Math.min(size[i], size[j])) {
          union(group, i, j);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      group[i] = root(group, i);
    }
    return group;
  }

  private static int root(int[] group, int i) {
    while (group[i] != i) {
      group[i] = group[group[i]];
      i = group[i];
    }
    return i;
  }

  private static void union(int[] group, int a, int b) {
    int ra = root(group, a);
    int rb = root(group, b);
    if (ra != rb) {
      group[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static Line removed(String text, String reason) {
    return new Line(text, BlockKind.BODY, reason);
  }

  private static String key(String s) {
    return normalise(s).toLowerCase(Locale.ROOT);
  }

  /** Folds non-breaking and other odd spaces to plain spaces, so patterns see one kind of blank. */
  static String normalise(String s) {
    if (plainSpaced(s)) {
      return s; // most lines: nothing to fold, and the regular expressions cost more than a scan
    }
    return BLANKS.matcher(ODD_SPACES.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** No blank but single plain spaces between other characters. */
  private static boolean plainSpaced(String s) {
    char before = ' ';
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean blank = c == ' ';
      if (blank
          ? before == ' '
          : Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || c == '\u200b'
              || c == '\ufeff') {
        return false;
      }
      before = c;
    }
    return before != ' ';
  }

  private static final Pattern ODD_SPACES =
      Pattern.compile("[\\u00a0\\u2007\\u202f\\u2009\\u200a\\u200b\\ufeff]+");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** Runs of characters other than the blanks of {@code \\s}, counted without a regex: hot. */
  static int words(String s) {
    int n = 0;
    boolean inWord = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean blank = c == ' ' || (c >= '\t' && c <= '\r');
      n += !blank && !inWord ? 1 : 0;
      inWord = !blank;
    }
    return n;
  }

  private static boolean startsUpper(String s) {
    if (s.isEmpty()) {
      return false; // a line of zero-width or other odd spaces only normalises to nothing
    }
    int cp = s.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isDigit(cp);
  }
}
