package dev.parallax.brief;

import dev.parallax.framing.OpinionLabel;
import dev.parallax.internal.DataFiles;
import dev.parallax.internal.QuoteSpans;
import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the neutral brief from the aligned facts. Only complete sentences of the articles are used
 * (running text with a verb, six words or more, not a headline, not cut off or left with link
 * text). For each fact the least loaded wording among its aligned sentences is taken (fewest words
 * the framing stage counts as loaded in the outlet's own voice; quotations only with their
 * attribution; of those as clean, the one whose words the other articles use most), and it cites
 * every sentence of the fact. What every article reports comes first; then, within a budget of
 * about {@value #AUTO_WORDS} words, longer for longer articles ({@link #budget}), or {@code
 * sentences} sentences when asked for, the most central of the rest: the sentences whose words the
 * other articles and the headlines use and that add most of the concepts the outlets share ({@link
 * Concepts}), one that says again what the brief already says left out. A sentence with loaded
 * words is used only when every wording of its fact has them, and then when the brief stays less
 * loaded than the least loaded article or, failing that, when without it the brief would say less
 * than half its budget. The brief reads what happened first, then reactions, then what a single
 * article reports, labelled {@code Only <outlet> reports: }. Thread-safe.
 */
public final class BriefWriter {
  /**
   * Words an automatic-length brief fills beyond what every article reports: the median length of
   * AllSides' neutral roundups of three-outlet events (55 words over the train events of
   * stories-allsides, data version 5279540dcc83; docs/brief.md).
   */
  static final int AUTO_WORDS = 55;

  /**
   * The articles' mean length in body words (headline lines left out) at which an automatic brief
   * gets {@link #AUTO_WORDS}: the median of that mean over 1,000 train events of stories-allsides
   * (67 words, data version 5279540dcc83), so the median brief's budget stays the roundups' median.
   * Longer articles get a longer budget and shorter ones a shorter, as a human roundup runs longer
   * where the outlets say more (docs/brief.md).
   */
  static final double INPUT_WORDS = 67;

  /**
   * The least {@link #AUTO_WORDS} is scaled by, so a story of one-line articles still gets a brief
   * that says something: chosen on train events of stories-allsides among 0.5 to 0.9
   * (docs/brief.md).
   */
  static final double MIN_SCALE = 0.7;

  /**
   * The most {@link #AUTO_WORDS} is scaled by (82 words), so a story of full-length reports gets a
   * brief, not a summary; AllSides' leads never reach it.
   */
  static final double MAX_SCALE = 1.5;

  /** How far past its budget the sentence that fills the brief may run. */
  static final double OVERSHOOT = 1.3;

  /** What each unit of loaded weight costs a sentence's rank (centrality runs from 0 to 2). */
  static final double LOADED_COST = 0.5;

  /**
   * The share of {@link #AUTO_WORDS} an automatic brief must reach before it leaves out the facts
   * that only loaded wordings state (where some article uses no loaded word): under it, the brief
   * would tell too little of the event, and it takes them, most central first, until it reaches it.
   * Chosen on train events of stories-allsides among 0.35, 0.5, 0.6 and 0.75 (docs/brief.md).
   */
  static final double SHORT = 0.5;

  /**
   * How much costlier ({@link #cost}) than the cleanest wording of a fact a more central wording
   * may be and still be taken: length alone (a 40-token difference), never a loaded word, a
   * quotation without its speaker or an unbalanced quotation mark. Measured on 300 train events of
   * stories-allsides (docs/brief.md): 0.5 scores below 1, and 2 the same.
   */
  static final double WORDING_SLACK = 1.0;

  /**
   * What a wording from an article its outlet labels an opinion piece ({@link #opinion}) adds to
   * its {@link #cost}: above the slack, so that it gives way to a news article's wording of the
   * same fact, and below a loaded word's 10 (docs/brief.md).
   */
  static final double OPINION_COST = 3;

  /**
   * What each unit of shared-concept weight per word that a sentence adds to the brief counts
   * toward its rank ({@link Concepts}): after every fact all articles report, the brief is filled
   * greedily, each time with the candidate whose centrality, less its loaded cost, plus this times
   * its new concept weight per word is highest. Measured on 200 train events of stories-allsides
   * (docs/brief.md): 0.3 and 3 score below 1.
   */
  static final double COVERAGE = 1.0;

  /** A first paragraph this short, in an article with no title found, may be its headline. */
  static final int HEADLINE_WORDS = 25;

  /** Fewer words than this is a fragment, not a sentence a reader can take alone. */
  static final int MIN_WORDS = 6;

  private static final java.util.regex.Pattern LINK_TEXT =
      DataFiles.pattern("boilerplate.tsv", "link-text");

  private static final Set<String> ATTRIBUTION = attributionWords();

  /** Verbs of saying and the words that open an attribution without one ("according to"). */
  private static Set<String> attributionWords() {
    Set<String> out = new java.util.HashSet<>(DataFiles.words("attribution.tsv", "speech-verb"));
    out.addAll(DataFiles.words("attribution.tsv", "attribution-head"));
    return Set.copyOf(out);
  }

  /**
   * The words that make a sentence a reaction: those of attribution but "announce" ("The President
   * announced his nominee ...": an announcement is what happened).
   */
  private static final Set<String> REACTION =
      ATTRIBUTION.stream()
          .filter(w -> !w.equals("announce"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final LoadedWords loaded;

  /** Loaded weight per 100 own words the brief stays under: the least loaded article's score. */
  private final double ceiling;

  private BriefWriter(LoadedWords loaded, double ceiling) {
    this.loaded = loaded;
    this.ceiling = ceiling;
  }

  /** A writer that judges each wording with the framing stage's word model alone, using none. */
  public static BriefWriter create() {
    return new BriefWriter(LoadedWords.load(), 0);
  }

  /**
   * A writer that avoids the loaded words the framing stage marked in these articles, contrasts
   * with other outlets' wording of a fact included.
   */
  public static BriefWriter create(List<dev.parallax.model.Framing> framing) {
    double least = framing.stream().mapToDouble(dev.parallax.model.Framing::score).min().orElse(0);
    return new BriefWriter(LoadedWords.of(framing), least);
  }

  /** A writer that treats exactly these words as loaded (tests), using none. */
  static BriefWriter withLoadedWords(Set<String> words) {
    return withLoadedWords(words, 0);
  }

  /**
   * A writer that treats exactly these words as loaded, each of weight 1, under a ceiling (tests).
   */
  static BriefWriter withLoadedWords(Set<String> words, double ceiling) {
    return new BriefWriter(LoadedWords.of(words), ceiling);
  }

  /**
   * The brief: at most {@code sentences} sentences, or with {@code 0} every fact all articles
   * report and then, while the brief is under its budget ({@link #budget}), the most central of the
   * rest.
   */
  public List<BriefSentence> write(List<Article> articles, List<Fact> facts, int sentences) {
    return write(articles, facts, sentences, Map.of());
  }

  /**
   * The brief, as {@link #write(List, List, int)}, not stating as reported by one outlet alone a
   * sentence the alignment found {@code similar} ({@link
   * dev.parallax.align.Aligner.Result#similar}) to one the brief already states: two outlets'
   * wordings of one fact the grouping did not link ("President Biden wants the government to
   * measure the financial fallout of a changing climate ..." beside "President Joe Biden will
   * direct agencies to mitigate the financial risk of climate change ..."), which the label would
   * tell the reader only one outlet reports.
   */
  public List<BriefSentence> write(
      List<Article> articles, List<Fact> facts, int sentences, Map<String, Set<String>> similar) {
    if (sentences < 0) {
      throw new IllegalArgumentException("sentences must be >= 0, was " + sentences);
    }
    Map<String, Sentence> byId = new HashMap<>();
    Map<String, Article> articleOf = new HashMap<>();
    Map<String, Double> position = new HashMap<>();
    // the sentence before each in its article ("" for an article's first)
    Map<String, String> previous = new HashMap<>();
    Set<String> insideQuote = new java.util.HashSet<>();
    Set<String> splitQuote = new java.util.HashSet<>();
    Set<String> headlineLike = headlineLike(articles);
    for (Article a : articles) {
      boolean[] quoted = QuoteSpans.mask(a.text());
      for (Sentence s : a.sentences()) {
        if (s.start() < quoted.length && quoted[s.start()] && !LoadedWords.hasQuote(s.text())) {
          insideQuote.add(s.id()); // a sentence in the middle of a quotation: the speaker's words
        } else if (splitsQuote(s, quoted)) {
          splitQuote.add(s.id());
        }
      }
      // where a sentence stands among its article's sentences, a headline kept as body not counted
      long n = a.sentences().stream().filter(s -> !headlineLike.contains(s.id())).count();
      int k = 0;
      String prev = "";
      for (Sentence s : a.sentences()) {
        previous.put(s.id(), prev);
        prev = s.id();
        byId.put(s.id(), s);
        articleOf.put(s.id(), a);
        boolean head = headlineLike.contains(s.id());
        position.put(s.id(), n <= 1 || head ? 0.0 : (double) k / (n - 1));
        k += head ? 0 : 1;
      }
    }
    // the articles their outlets label opinion pieces, read once rather than for every wording
    Set<String> opinionPieces = new java.util.HashSet<>();
    for (Article a : articles) {
      if (opinion(a)) {
        opinionPieces.add(a.id());
      }
    }
    java.util.function.Predicate<Sentence> fromOpinion =
        x -> opinionPieces.contains(articleOf.get(x.id()).id());
    Centrality centrality = Centrality.of(articles);
    List<Candidate> candidates = new ArrayList<>();
    // loaded wordings of facts no article tells without a loaded word, kept out while the brief
    // says enough without them
    List<Candidate> deferred = new ArrayList<>();
    for (Fact f : facts) {
      List<Sentence> versions =
          f.sentences().stream()
              .map(byId::get)
              .filter(
                  s ->
                      s != null
                          && complete(s)
                          && !headlineLike.contains(s.id())
                          && !splitQuote.contains(s.id()))
              .toList();
      if (versions.isEmpty()) {
        continue; // only headlines, fragments or debris state it
      }
      double[] costs =
          versions.stream()
              .mapToDouble(v -> cost(v, insideQuote) + (fromOpinion.test(v) ? OPINION_COST : 0))
              .toArray();
      double best = java.util.Arrays.stream(costs).min().orElseThrow();
      // of the wordings as clean as the cleanest, the most central: the one whose words the others
      // use most (the cleanest itself is one of them, so one is always chosen)
      Sentence chosen = versions.get(0);
      double top = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < versions.size(); k++) {
        Sentence v = versions.get(k);
        if (costs[k] <= best + WORDING_SLACK) {
          double c = centrality.of(v, articleOf.get(v.id()));
          if (c > top) {
            top = c;
            chosen = v;
          }
        }
      }
      double pos = versions.stream().mapToDouble(s -> position.get(s.id())).average().orElse(0);
      double weight = loaded.weight(chosen);
      // every wording of it is loaded and some article uses no loaded word: the brief does not
      // either, unless it would say too little without
      boolean blocked = weight > 0 && ceiling <= 0;
      if (weight > 0
          && f.sentences().stream()
              .map(byId::get)
              .anyMatch(s -> s != null && headlineLike.contains(s.id()) && loaded.weight(s) == 0)) {
        continue; // a headline says it without a loaded word, and the brief cannot quote it
      }
      // the articles whose body reports it: a headline kept as body does not make a fact shared
      int support = articles(f, articleOf, headlineLike);
      // the articles it cites, a headline line included: what the reader is told reports it
      int cited = articles(f, articleOf, Set.of());
      if (!attributedIfQuoted(chosen, insideQuote)) {
        continue; // every wording is a quotation with no named speaker: it cannot stand alone
      }
      if (support == 1 && !LoadedWords.balanced(chosen.text())) {
        continue;
      }
      int tier = support == articles.size() && articles.size() > 1 ? 0 : support > 1 ? 1 : 2;
      if (tier == 2 && fromOpinion.test(chosen)) {
        // what only an opinion piece says is its writer's view: kept out while the brief says
        // enough without it
        blocked = true;
      }
      double central = centrality.of(chosen, articleOf.get(chosen.id()));
      boolean everyWordingLoaded =
          f.sentences().stream()
              .map(byId::get)
              .allMatch(x -> x == null || loaded.weight(x) > 0 || fromOpinion.test(x));
      if (blocked && !everyWordingLoaded) {
        continue;
      }
      (blocked ? deferred : candidates)
          .add(
              new Candidate(
                  f,
                  chosen,
                  support,
                  cited,
                  tier,
                  pos,
                  reaction(chosen),
                  central - LOADED_COST * weight,
                  weight,
                  everyWordingLoaded));
    }
    // what every article reports, then what several do, then what one alone does
    candidates.sort(
        Comparator.comparingInt(Candidate::tier).thenComparingDouble(c -> -c.priority()));
    Concepts concepts = Concepts.of(articles);
    Draft draft = new Draft(concepts, similar);
    double budget = budget(articles, headlineLike);
    List<Candidate> rest = new ArrayList<>(candidates);
    // sentences that point back at one not yet stated: back in the running once it is
    List<Candidate> waiting = new ArrayList<>();
    while (!rest.isEmpty()) {
      Candidate c = rest.get(0);
      if (c.tier() != 0) {
        double top = Double.NEGATIVE_INFINITY;
        int tier = c.tier();
        for (Candidate x : rest) {
          if (x.tier() != tier) {
            continue; // a fact more outlets report before one fewer do
          }
          double score =
              x.priority()
                  + COVERAGE
                      * concepts.gain(x.chosen(), draft.covered)
                      / Math.max(1, x.chosen().wordCount());
          if (score > top) {
            top = score;
            c = x;
          }
        }
      }
      rest.remove(c);
      if (draft.used.contains(c.chosen().id())) {
        continue; // one sentence chosen for two facts says it once
      }
      if (c.tier() == 2
          && leansBack(c.chosen())
          && !draft.used.contains(previous.get(c.chosen().id()))) {
        waiting.add(c); // stated alone, it points at a sentence the reader is not shown
        continue;
      }
      int w = c.chosen().wordCount();
      boolean take;
      if (sentences > 0) {
        take = draft.picked.size() < sentences;
      } else {
        take = c.tier() == 0 || draft.words == 0 || draft.words + w <= budget * OVERSHOOT;
        take &= c.tier() == 0 || draft.words < budget;
      }
      if (!take || draft.repeats(c)) {
        continue;
      }
      if (c.weight() > 0
          && 100 * (draft.weight + c.weight())
              >= ceiling * (draft.ownWords + LoadedWords.ownWords(c.chosen()))) {
        if (c.onlyLoaded()) {
          deferred.add(c);
        }
        continue; // would make the brief as loaded as the least loaded article
      }
      draft.add(c);
      for (java.util.Iterator<Candidate> it = waiting.iterator(); it.hasNext(); ) {
        Candidate x = it.next();
        if (previous.get(x.chosen().id()).equals(c.chosen().id())) {
          rest.add(x);
          it.remove();
        }
      }
    }
    if (sentences == 0 && draft.words < AUTO_WORDS * SHORT) {
      // too little said without loaded words: the facts that only loaded wordings state, most
      // central first, until the brief says enough
      deferred.sort(Comparator.comparingDouble((Candidate c) -> -c.priority()));
      for (Candidate c : deferred) {
        if (draft.words >= AUTO_WORDS * SHORT) {
          break;
        }
        if (!draft.used.contains(c.chosen().id())
            && draft.words + c.chosen().wordCount() <= budget * OVERSHOOT
            && !draft.repeats(c)) {
          draft.add(c);
        }
      }
    }
    List<Candidate> picked = draft.picked;
    // what happened, who and when first; then reactions; then what only one article reports
    picked.sort(
        Comparator.comparingInt((Candidate c) -> c.tier() == 2 ? 1 : 0)
            .thenComparing(Candidate::reaction)
            .thenComparingInt(c -> -c.support())
            .thenComparingDouble(Candidate::position));
    inArticleOrder(picked, articleOf);
    Map<String, List<String>> echoes =
        headlineEchoes(articles, facts, headlineLike, byId, articleOf);
    List<BriefSentence> out = new ArrayList<>();
    for (Candidate c : picked) {
      String text = c.chosen().text();
      List<String> cites = c.fact().sentences();
      int cited = c.cited();
      List<String> echo = echoes.getOrDefault(c.chosen().id(), List.of());
      // (a lead with a loaded word keeps its own citation: the headlines are no wording the brief
      // could state in its place)
      if (c.tier() == 2 && c.cited() == 1 && !echo.isEmpty() && c.weight() == 0) {
        // a lead retelling a headline other outlets' headlines state too: the event is theirs as
        // well, though the aligner did not link the leads (short leads tell it in other words)
        cites = new ArrayList<>(cites);
        cites.addAll(echo);
        cited = articles(cites, articleOf);
      }
      // a fact one article's body states and another's headline line states too is ordered with
      // the single-source ones, but is not said to be reported by one article alone
      if (c.tier() == 2 && cited == 1) {
        text = "Only " + outletName(articleOf.get(c.chosen().id())) + " reports: " + text;
      }
      out.add(new BriefSentence(text, cites, cited));
    }
    return out;
  }

  /**
   * The automatic brief's budget in words: {@link #AUTO_WORDS} scaled by the articles' mean body
   * length against {@link #INPUT_WORDS}, within {@link #MIN_SCALE} and {@link #MAX_SCALE}.
   */
  static double budget(List<Article> articles, Set<String> headlineLike) {
    double mean =
        articles.stream()
            .mapToInt(
                a ->
                    a.sentences().stream()
                        .filter(s -> !headlineLike.contains(s.id()))
                        .mapToInt(Sentence::wordCount)
                        .sum())
            .average()
            .orElse(INPUT_WORDS);
    return AUTO_WORDS * Math.max(MIN_SCALE, Math.min(MAX_SCALE, mean / INPUT_WORDS));
  }

  /** The brief as it is being chosen: its candidates so far and what they say. */
  private static final class Draft {
    final List<Candidate> picked = new ArrayList<>();

    /** The ids of the sentences chosen. */
    final Set<String> used = new java.util.HashSet<>();

    /** Their content words ({@link Centrality#content}). */
    final Set<String> said = new java.util.HashSet<>();

    /** Their shared concepts ({@link Concepts}). */
    final Set<String> covered = new java.util.HashSet<>();

    int words;

    /** Their loaded weight, and their words outside quotations, for the loaded ceiling. */
    double weight;

    int ownWords;

    private final Concepts concepts;
    private final Map<String, Set<String>> similar;

    Draft(Concepts concepts, Map<String, Set<String>> similar) {
      this.concepts = concepts;
      this.similar = similar;
    }

    /**
     * Whether the candidate holds most of the words of a sentence already chosen, so that the
     * reader would read that sentence twice: "Maurice Cheeks became the fifth NBA head coach to be
     * fired this season, after ..." after "Cheeks is the fifth NBA head coach to be fired this
     * season" (ECB+ topic 5).
     */
    private boolean restates(Candidate c) {
      Set<String> own = Centrality.content(c.chosen());
      return pickedContent.stream().anyMatch(p -> Centrality.redundant(p, own));
    }

    /** The content words of each sentence chosen, in order ({@link Centrality#content}). */
    private final List<Set<String>> pickedContent = new ArrayList<>();

    void add(Candidate c) {
      picked.add(c);
      Set<String> content = Centrality.content(c.chosen());
      pickedContent.add(content);
      used.add(c.chosen().id());
      said.addAll(content);
      covered.addAll(concepts.in(c.chosen()));
      words += c.chosen().wordCount();
      weight += c.weight();
      ownWords += LoadedWords.ownWords(c.chosen());
    }

    /**
     * Whether a candidate says again what the brief already says: in its words (a fact every
     * article reports included, as when the aligner split one outlet's run-together sentences
     * across two facts), or, for what the brief would label as reported by one outlet alone, in a
     * sentence the pair model judged to state a fact with it: the label would tell the reader
     * something the brief itself contradicts.
     */
    boolean repeats(Candidate c) {
      return Centrality.redundant(c.chosen(), said)
          || restates(c)
          || c.tier() == 2
              && c.cited() == 1
              && similar.getOrDefault(c.chosen().id(), Set.of()).stream().anyMatch(used::contains);
    }
  }

  /**
   * Within what one article alone reports, that article's sentences in the order it tells them
   * ("He's been doing it ... It continued ..."): each article's single-source slots are refilled
   * with its own sentences by where they stand, so a sentence that leans on the one before it is
   * not put first.
   */
  private static void inArticleOrder(List<Candidate> picked, Map<String, Article> articleOf) {
    Map<String, List<Integer>> slots = new java.util.LinkedHashMap<>();
    for (int i = 0; i < picked.size(); i++) {
      if (picked.get(i).tier() == 2) {
        slots
            .computeIfAbsent(
                articleOf.get(picked.get(i).chosen().id()).id(), k -> new ArrayList<>())
            .add(i);
      }
    }
    for (List<Integer> at : slots.values()) {
      List<Candidate> own = new ArrayList<>();
      for (int i : at) {
        own.add(picked.get(i));
      }
      Article a = articleOf.get(own.get(0).chosen().id());
      own.sort(Comparator.comparingInt((Candidate c) -> a.sentences().indexOf(c.chosen())));
      for (int k = 0; k < at.size(); k++) {
        picked.set(at.get(k), own.get(k));
      }
    }
  }

  /**
   * Sentences that may be a headline the cleaner could not tell apart: those of an article's first
   * paragraph when it is the title itself (a first line the lead retells, kept as body too) or when
   * it is short and no title was found (a headline ending in a full stop that its lead does not
   * restate, or an input holding only its headline). None when the user said the article has no
   * headline line ({@link dev.parallax.model.ArticleMeta#noHeadline}).
   */
  static Set<String> headlineLike(List<Article> articles) {
    Set<String> out = new java.util.HashSet<>();
    for (Article a : articles) {
      if (a.meta().noHeadline()) {
        continue;
      }
      int end = a.titleParagraphEnd();
      if (end == 0) {
        if (a.title().isPresent()) {
          continue;
        }
        end = a.text().indexOf("\n\n");
        end = end < 0 ? a.text().length() : end;
        if (a.text().substring(0, end).strip().split("\\s+").length > HEADLINE_WORDS) {
          continue;
        }
      }
      for (Sentence s : a.sentences()) {
        if (s.start() < end) {
          out.add(s.id());
        }
      }
    }
    return out;
  }

  /**
   * A fact's wording the brief may state; {@code onlyLoaded} when every sentence citing the fact
   * (cut-off and headline ones included) holds a loaded word, so it may fill a brief that would say
   * too little.
   */
  private record Candidate(
      Fact fact,
      Sentence chosen,
      int support,
      int cited,
      int tier,
      double position,
      boolean reaction,
      double priority,
      double weight,
      boolean onlyLoaded) {}

  /**
   * How a single-source sentence names its article: the outlet, else the host of its address, else
   * "one article" (an input path or an article id means nothing to a reader of the brief).
   */
  static String outletName(Article a) {
    if (a.outlet().isPresent()) {
      return a.outlet().get();
    }
    return a.meta().url().flatMap(BriefWriter::host).orElse("one article");
  }

  private static java.util.Optional<String> host(String url) {
    try {
      String h = java.net.URI.create(url).getHost();
      return java.util.Optional.ofNullable(h)
          .map(x -> x.replaceFirst("^www\\.", ""))
          .filter(x -> !x.isBlank());
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Whether a sentence opens by pointing back at the one before it ("That may have been the easy
   * part.", "It was far more than economists had expected.", "But there were some new things"):
   * what one outlet alone reports in such a sentence is stated only after the sentence before it.
   * "This week", "That same day" (a date or time after the word) do not point back. A pronoun
   * subject or possessive ("He said ...", "Their lawyers ...") points back too: stated alone it
   * names nobody the reader has met.
   */
  static boolean leansBack(Sentence s) {
    List<Token> t = s.tokens();
    if (t.isEmpty() || !LEANS_BACK.contains(t.get(0).word())) {
      return false;
    }
    if (!DEMONSTRATIVES.contains(t.get(0).word())) {
      return true; // "Also today, ...": the date does not stop "also" pointing back
    }
    boolean dated =
        t.size() > 1 && (t.get(1).ner().equals("DATE") || t.get(1).ner().equals("TIME"))
            || t.size() > 2 && t.get(2).ner().equals("DATE");
    return !dated;
  }

  /** Opening words that a date after them makes a time rather than a pointer ("This week"). */
  private static final Set<String> DEMONSTRATIVES = Set.of("That", "This", "These", "Those");

  /** Opening words that point back at the sentence before. */
  private static final Set<String> LEANS_BACK =
      Set.of(
          "That", "This", "It", "These", "Those", "But", "And", "Yet", "So", "He", "She", "They",
          "His", "Her", "Their", "Also", "However", "Still");

  /**
   * Whether a sentence can stand in the brief as written: running text (no headline or subheading),
   * with a verb and at least {@value #MIN_WORDS} words, starting and ending as a sentence does (not
   * cut from the middle of one, nor cut off before its end) and holding no link text scraping left
   * behind. A question in the outlet's own voice states nothing ("Who is Marie Yovanovitch?", "Will
   * Trump get to create the “space force” he wants?": a lead's teaser), so it is not stated either;
   * a quoted one ends with its quotation mark or its attribution and may be.
   */
  static boolean complete(Sentence s) {
    if (s.kind() != BlockKind.BODY || s.wordCount() < MIN_WORDS) {
      return false;
    }
    if (s.tokens().stream().noneMatch(t -> t.pos().startsWith("VB"))) {
      return false;
    }
    String t = s.text();
    int i = 0;
    while (i < t.length() && !Character.isLetterOrDigit(t.codePointAt(i))) {
      i += Character.charCount(t.codePointAt(i));
    }
    if (i < t.length() && Character.isLowerCase(t.codePointAt(i))) {
      return false;
    }
    return FINISHED.matcher(t).find()
        && !t.stripTrailing().endsWith("?")
        && !LINK_TEXT.matcher(t).find()
        && !closesFirst(t);
  }

  /**
   * Whether a quotation runs across the sentence's edge: it opens in the sentence and goes on past
   * its end, or closes in it after opening in a sentence before. Stated alone, such a sentence
   * shows a quotation mark with no partner and a speaker's words cut short ("Heffner told the AP on
   * Thursday, `` I think that she was a remarkable lady, ... on our society...", whose quotation
   * goes on in the next sentence; ECB+ topic 4).
   */
  static boolean splitsQuote(Sentence s, boolean[] quoted) {
    return QuoteSpans.cut(quoted, s.start(), s.end());
  }

  /**
   * A bracket closed before any is opened: the sentence starts inside a parenthesis, cut from the
   * sentence it belongs to ("6 million) booty, a police source said.").
   */
  static boolean closesFirst(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (--depth < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** A sentence ends with its full stop, question or exclamation mark (a cut-off lead does not). */
  private static final java.util.regex.Pattern FINISHED =
      java.util.regex.Pattern.compile("[.!?…][\"'”’)\\]]*$");

  /**
   * A sentence that reports what someone said rather than what happened: a quotation, or a verb of
   * saying in its first half ("A spokesperson said it was too early ..."). A source named at the
   * end ("..., injuring 14 people, officials said.") attributes an event, which stays with the
   * events.
   */
  private static boolean reaction(Sentence s) {
    if (LoadedWords.hasQuote(s.text())) {
      return true;
    }
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size() / 2; i++) {
      Token t = tokens.get(i);
      // a verb, not in a relative clause: "The Washington Post" (AllSides train-2121) names a
      // paper, not a post made
      if (REACTION.contains(t.lemma().toLowerCase(Locale.ROOT))
          && (t.pos().startsWith("VB") || t.lemma().equalsIgnoreCase("according"))
          && !inRelativeClause(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code i} opens a relative clause ("retracted earlier reporting that
   * incorrectly stated ...", AllSides train-2121): it describes a noun of the sentence, whose own
   * verb says what happened (the retraction), not who reacted.
   */
  private static boolean inRelativeClause(List<Token> tokens, int i) {
    int b = i - 1;
    while (b >= 0 && tokens.get(b).pos().startsWith("RB")) {
      b--;
    }
    // "that" right before a verb is its subject, a relative pronoun however it is tagged (a
    // complementiser "that" is followed by the subject of its clause)
    return b > 0
        && (tokens.get(b).pos().equals("WDT")
            || tokens.get(b).pos().equals("WP")
            || tokens.get(b).word().equalsIgnoreCase("that"));
  }

  /**
   * Whether the article is labelled an opinion piece by its outlet ({@link OpinionLabel}: a kicker
   * heading its headline, as AllSides train-404's "OPINION: Trump's healthy as a horse, America",
   * its address or a note that the views are the writer's own).
   */
  static boolean opinion(Article a) {
    return OpinionLabel.opinion(a);
  }

  /**
   * How unsuitable a wording is for the brief: loaded words in its own voice weigh most, then
   * quotations without an attribution verb, quotations running in from another sentence, and
   * fragments or rambling length.
   */
  double cost(Sentence s, Set<String> insideQuote) {
    double c = 10.0 * loaded.inOwnVoice(s).size();
    if (!attributedIfQuoted(s, insideQuote)) {
      c += 5;
    }
    if (!LoadedWords.balanced(s.text())) {
      c += 4;
    }
    if (leansBack(s)) {
      // "He led the team to a 162 - 139 record.", "Also today, ...": another outlet's wording
      // that names its subject is stated in its place (ECB+ topic 5)
      c += 2;
    }
    int tokens = s.tokens().size();
    c += tokens < 8 ? 2 : 0;
    c += tokens / 40.0;
    return c;
  }

  /** How many articles these sentences lie in. */
  private static int articles(List<String> ids, Map<String, Article> articleOf) {
    return (int)
        ids.stream()
            .filter(articleOf::containsKey)
            .map(id -> articleOf.get(id).id())
            .distinct()
            .count();
  }

  /**
   * For each article's lead (its first body sentence after a line the brief reads as its headline),
   * the headline lines of other articles that share a fact with its own headline line: the outlets'
   * headlines say they tell one event, so a lead is not that outlet's alone even when the pair
   * model, on leads of a sentence or two, did not link it with theirs.
   */
  private static Map<String, List<String>> headlineEchoes(
      List<Article> articles,
      List<Fact> facts,
      Set<String> headlineLike,
      Map<String, Sentence> byId,
      Map<String, Article> articleOf) {
    Map<String, String> leadOf = new HashMap<>(); // by article id
    Set<String> heads = new java.util.HashSet<>();
    for (Article a : articles) {
      String head = null;
      for (Sentence s : a.sentences()) {
        if (headlineLike.contains(s.id())) {
          head = head == null ? s.id() : head;
        } else if (s.kind() == BlockKind.BODY && head != null) {
          leadOf.put(a.id(), s.id()); // the first body sentence after the headline line
          break;
        }
      }
      if (head != null) {
        heads.add(head);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    for (Fact f : facts) {
      List<String> shared = f.sentences().stream().filter(heads::contains).toList();
      for (String h : shared) {
        String lead = leadOf.get(articleOf.get(h).id());
        if (lead == null || !retells(byId.get(lead), byId.get(h))) {
          continue;
        }
        for (String other : shared) {
          if (articleOf.get(other) != articleOf.get(h)) {
            List<String> l = out.computeIfAbsent(lead, k -> new ArrayList<>());
            if (!l.contains(other)) {
              l.add(other);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Share of a headline's content words its lead must use to retell it (as the cleaner asks of a
   * first line it takes for the headline).
   */
  static final double RETOLD = 0.3;

  /** Whether a lead retells its headline: it uses enough of the headline's content words. */
  private static boolean retells(Sentence lead, Sentence headline) {
    // content words cut to five letters, so that "election" retells "elections"
    Set<String> h = Centrality.stems(headline);
    Set<String> l = Centrality.stems(lead);
    return !h.isEmpty() && h.stream().filter(l::contains).count() >= RETOLD * h.size();
  }

  /** How many articles state the fact in a sentence other than those {@code left}. */
  private static int articles(Fact f, Map<String, Article> articleOf, Set<String> left) {
    return articles(f.sentences().stream().filter(id -> !left.contains(id)).toList(), articleOf);
  }

  /** The longest quoted span, in words, that is a phrase the outlet quotes, not a quotation. */
  static final int QUOTED_PHRASE_WORDS = 3;

  /**
   * A sentence with a quotation keeps it attributed: a verb of saying and a named speaker (a person
   * or organisation mention), since "he added" means nothing out of its article. Quoted phrases of
   * at most {@value #QUOTED_PHRASE_WORDS} words, in quotation marks that pair up within the
   * sentence, need neither.
   */
  private static boolean attributedIfQuoted(Sentence s, Set<String> insideQuote) {
    if (insideQuote.contains(s.id())) {
      return false;
    }
    if (!LoadedWords.hasQuote(s.text())) {
      return true;
    }
    // a nickname, a title or a scare-quoted phrase (Lewis “Scooter” Libby, the “shadow diplomacy”)
    // is the outlet's sentence, not a quotation that needs its speaker
    if (LoadedWords.balanced(s.text())
        && LoadedWords.longestQuoted(s.text()) <= QUOTED_PHRASE_WORDS) {
      return true;
    }
    boolean named =
        s.mentions().stream()
            .anyMatch(
                m ->
                    m.type() == dev.parallax.model.EntityType.PERSON
                        || m.type() == dev.parallax.model.EntityType.ORGANIZATION);
    if (!named) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (ATTRIBUTION.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
