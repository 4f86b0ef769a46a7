package dev.parallax.entity;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.GivenNames;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the tagger's mentions in all articles of a story into story-wide entities. It first
 * corrects mentions with the gazetteers (places, demonyms, "X's Foreign Ministry", "Operation X",
 * known types), adds the names the tagger missed ({@link NameFinder}), then groups them: places by
 * canonical name, people by name parts ("Haddad" joins "Omar Haddad"; "al-Harthi", "Al Harthi" and
 * "Alharthi" are one name; a surname two people share by the context, {@link Joins}), others by
 * normalised name, organisations' short forms and acronyms with their long forms. Stateless and
 * thread-safe.
 */
public final class EntityResolver {

  /** Articles with every mention linked to its entity id, and the entities. */
  public record Resolution(List<Article> articles, List<Entity> entities) {
    public Resolution {
      articles = List.copyOf(articles);
      entities = List.copyOf(entities);
    }
  }

  /** On a tied vote, the type a lone name more likely has (people are introduced by full name). */
  private static final List<EntityType> TIE_ORDER =
      List.of(EntityType.OTHER, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

  static final Set<String> PARTICLES = DataFiles.words("grammar.tsv", "name-particle");
  private static final Map<String, String> SPELLINGS = spellings();

  private static Map<String, String> spellings() {
    Map<String, String> out = new HashMap<>();
    for (String[] row : DataFiles.rows("spelling-variants.tsv")) {
      out.put(row[0].strip().toLowerCase(Locale.ROOT), row[1].strip().toLowerCase(Locale.ROOT));
    }
    return Map.copyOf(out);
  }

  private final Gazetteer gaz;

  private EntityResolver(Gazetteer gaz) {
    this.gaz = gaz;
  }

  public static EntityResolver create() {
    return new EntityResolver(Gazetteer.shared());
  }

  /** A mention with the key decided for it. */
  static final class Item {
    final String article;
    final String sentence;
    final int articleIndex;
    final int sentenceIndex;
    final int mentionIndex;
    final Mention mention;
    final String surface;
    String key;
    EntityType type;

    Item(String article, String sentence, int ai, int si, int mi, Mention m) {
      this.article = article;
      this.sentence = sentence;
      this.articleIndex = ai;
      this.sentenceIndex = si;
      this.mentionIndex = mi;
      this.mention = m;
      this.surface = surface(m.text());
      this.type = m.type();
    }
  }

  public Resolution resolve(List<Article> articles) {
    List<List<List<Mention>>> refined = new ArrayList<>();
    for (Article a : articles) {
      List<List<Mention>> perSentence = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        perSentence.add(new ArrayList<>(refine(s, a.text())));
      }
      refined.add(perSentence);
    }
    NameFinder.extend(articles, refined);
    hyphenatedPairs(articles, refined);
    prefixedNamesAlone(refined);
    List<Item> items = new ArrayList<>();
    for (int ai = 0; ai < articles.size(); ai++) {
      Article a = articles.get(ai);
      for (int si = 0; si < a.sentences().size(); si++) {
        List<Mention> ms = refined.get(ai).get(si);
        for (int mi = 0; mi < ms.size(); mi++) {
          items.add(new Item(a.id(), a.sentences().get(si).id(), ai, si, mi, ms.get(mi)));
        }
      }
    }
    assignKeys(items, articles);

    // group by key, in order of first appearance
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (Item it : items) {
      groups.computeIfAbsent(it.key, k -> new ArrayList<>()).add(it);
    }
    List<Entity> draft = new ArrayList<>();
    List<List<Item>> members = new ArrayList<>();
    for (List<Item> g : groups.values()) {
      members.add(g);
      draft.add(toEntity("", g));
    }
    Integer[] order = new Integer[draft.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(i -> -draft.get(i).mentions())
            .thenComparing(i -> draft.get(i).name()));
    List<Entity> entities = new ArrayList<>();
    Map<Item, String> idOf = new HashMap<>();
    for (int rank = 0; rank < order.length; rank++) {
      String id = "E" + (rank + 1);
      List<Item> g = members.get(order[rank]);
      entities.add(toEntity(id, g));
      for (Item it : g) {
        idOf.put(it, id);
      }
    }
    Map<String, String> idByPosition = new HashMap<>();
    for (Item it : items) {
      idByPosition.put(
          it.articleIndex + ":" + it.sentenceIndex + ":" + it.mentionIndex, idOf.get(it));
    }
    List<Article> out = new ArrayList<>();
    for (int ai = 0; ai < articles.size(); ai++) {
      Article a = articles.get(ai);
      List<Sentence> sentences = new ArrayList<>();
      for (int si = 0; si < a.sentences().size(); si++) {
        List<Mention> linked = new ArrayList<>();
        List<Mention> ms = refined.get(ai).get(si);
        for (int mi = 0; mi < ms.size(); mi++) {
          Mention m = ms.get(mi);
          Item probe = null;
          String id = idByPosition.get(ai + ":" + si + ":" + mi);
          linked.add(m.withEntity(id == null ? "" : id));
          assert probe == null;
        }
        sentences.add(a.sentences().get(si).withMentions(linked));
      }
      out.add(a.withSentences(sentences));
    }
    return new Resolution(out, entities);
  }

  /**
   * A name the story gives with an event's prefix somewhere ("Tropical Storm Harvey", "Hurricane
   * Katrina", "Operation Midnight Hammer") written alone elsewhere ("as Harvey pushes east", which
   * the tagger reads as a person; AllSides train-123): the same event, of the prefix's type.
   */
  private void prefixedNamesAlone(List<List<List<Mention>>> refined) {
    Map<String, EntityType> rest = new HashMap<>();
    for (List<List<Mention>> article : refined) {
      for (List<Mention> ms : article) {
        for (Mention m : ms) {
          for (Map.Entry<String, EntityType> p : gaz.namePrefixes.entrySet()) {
            if (m.type() == p.getValue()
                && m.text().startsWith(p.getKey() + " ")
                && m.text().length() > p.getKey().length() + 1) {
              rest.put(m.text().substring(p.getKey().length() + 1), p.getValue());
            }
          }
        }
      }
    }
    if (rest.isEmpty()) {
      return;
    }
    for (List<List<Mention>> article : refined) {
      for (List<Mention> ms : article) {
        for (int k = 0; k < ms.size(); k++) {
          Mention m = ms.get(k);
          EntityType t = rest.get(m.text());
          if (t != null && m.type() != t) {
            ms.set(k, new Mention(m.text(), t, m.start(), m.end(), m.entity()));
          }
        }
      }
    }
  }

  /**
   * Two names joined by a hyphen that the tagger read as one ("Russia-Trump ties", AllSides
   * train-1600, a person joined to Trump; "Israel-Hamas talks"): split where each side is a name on
   * its own, a place the gazetteer knows, a name the story writes alone elsewhere or a person's
   * surname, each side with that type. "Coca-Cola" and "Jean-Pierre" stay one name: their halves
   * are nobody's alone.
   */
  private void hyphenatedPairs(List<Article> articles, List<List<List<Mention>>> refined) {
    Map<String, EntityType> alone = new HashMap<>();
    for (List<List<Mention>> article : refined) {
      for (List<Mention> ms : article) {
        for (Mention m : ms) {
          if (m.text().indexOf('-') < 0 && m.type() != EntityType.OTHER) {
            alone.putIfAbsent(m.text(), m.type());
          }
        }
      }
    }
    // a person's surname names them alone too ("Trump-Kim summit" beside "Donald Trump" and
    // "Kim", AllSides train-1105, had been one place)
    for (List<List<Mention>> article : refined) {
      for (List<Mention> ms : article) {
        for (Mention m : ms) {
          int space = m.text().lastIndexOf(' ');
          if (m.type() == EntityType.PERSON && space > 0 && m.text().indexOf('-') < 0) {
            alone.putIfAbsent(m.text().substring(space + 1), EntityType.PERSON);
          }
        }
      }
    }
    for (int ai = 0; ai < articles.size(); ai++) {
      String text = articles.get(ai).text();
      for (List<Mention> ms : refined.get(ai)) {
        for (int k = 0; k < ms.size(); k++) {
          Mention m = ms.get(k);
          int dash = m.text().indexOf('-');
          if (dash <= 0
              || dash != m.text().lastIndexOf('-')
              || !text.startsWith(m.text(), m.start())) {
            continue;
          }
          String left = m.text().substring(0, dash);
          String right = m.text().substring(dash + 1);
          EntityType l = typeAlone(left, alone);
          EntityType r = typeAlone(right, alone);
          if (l == null || r == null) {
            continue;
          }
          int at = m.start() + dash + 1;
          ms.set(k, new Mention(left, l, m.start(), m.start() + dash, ""));
          ms.add(k + 1, new Mention(right, r, at, m.end(), ""));
          k++;
        }
      }
    }
  }

  /** The type of a name written alone: a mention of the story, else a place; null for none. */
  private EntityType typeAlone(String name, Map<String, EntityType> alone) {
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      return null;
    }
    EntityType t = alone.get(name);
    if (t != null) {
      return t;
    }
    return gaz.place(name).isPresent() ? EntityType.PLACE : null;
  }

  private Entity toEntity(String id, List<Item> g) {
    EntityType type = g.get(0).type;
    Map<String, Integer> surfaceCount = new LinkedHashMap<>();
    for (Item it : g) {
      surfaceCount.merge(it.surface, 1, Integer::sum);
    }
    String name;
    if (g.get(0).key.startsWith("P|")) {
      name = g.get(0).key.substring(2);
    } else if (type == EntityType.PERSON) {
      name =
          surfaceCount.keySet().stream()
              .max(
                  // "Obama Administration" (a title-case headline's run) names who speaks for him
                  Comparator.<String>comparingInt(s -> speaksFor(s) ? 0 : 1)
                      .thenComparingInt(s -> s.split("\\s+").length)
                      .thenComparingInt(surfaceCount::get)
                      .thenComparing(Comparator.<String>naturalOrder().reversed()))
              .orElseThrow();
    } else {
      // an institution is named with its country ("Indian Navy"), however often "the Navy" is
      boolean institution = g.get(0).key.startsWith("O|");
      // forms of one name count together, and the whole form is shown ("Federal Reserve", not
      // "Fed"; "Justice Department", not "Justice Dept.")
      Map<String, Integer> formCount = new HashMap<>();
      surfaceCount.forEach((s, c) -> formCount.merge(norm(s), c, Integer::sum));
      name =
          surfaceCount.keySet().stream()
              .max(
                  Comparator.<String>comparingInt(s -> institution && s.contains(" ") ? 1 : 0)
                      .thenComparingInt(s -> formCount.get(norm(s)))
                      .thenComparingInt(String::length)
                      .thenComparing(Comparator.<String>naturalOrder().reversed()))
              .orElseThrow();
    }
    Set<String> aliases = new TreeSet<>(surfaceCount.keySet());
    aliases.remove(name);
    Set<String> arts = new LinkedHashSet<>();
    Set<String> sents = new LinkedHashSet<>();
    for (Item it : g) {
      arts.add(it.article);
      sents.add(it.sentence);
    }
    List<String> sortedArts = new ArrayList<>(arts);
    sortedArts.sort(Comparator.comparingInt(EntityResolver::numericSuffix));
    return new Entity(
        id, name, type, new ArrayList<>(aliases), sortedArts, new ArrayList<>(sents), g.size());
  }

  /** Words for those who speak for someone ("campaign", "administration"; {@code roles.tsv}). */
  private static final Set<String> SPEAKS_FOR = DataFiles.words("roles.tsv", "speaks-for");

  /** Whether a name ends with such a word: "Obama Administration", "Clinton Campaign". */
  private static boolean speaksFor(String surface) {
    String[] w = surface.split("\\s+");
    return w.length >= 2 && SPEAKS_FOR.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
  }

  private static int numericSuffix(String articleId) {
    try {
      return Integer.parseInt(articleId.replaceAll("\\D", ""));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  // ---------------------------------------------------------------- mention correction

  /** The sentence's mentions corrected with the gazetteers, in text order, without overlaps. */
  List<Mention> refine(Sentence s, String text) {
    List<Token> toks = s.tokens();
    List<Mention> ms = new ArrayList<>();
    for (Mention m : s.mentions()) {
      trimTitles(m, toks, text)
          .map(t -> joinedHead(t, toks, text))
          .map(t -> joinedTail(t, toks, text))
          .map(t -> possessiveName(t, toks, text))
          .ifPresent(ms::add);
    }
    // a name made longer takes in the names inside it ("... and Cooperation in [Europe]")
    List<Mention> whole = List.copyOf(ms);
    ms.removeIf(
        o ->
            whole.stream()
                .anyMatch(
                    b ->
                        b.start() <= o.start()
                            && b.end() >= o.end()
                            && b.end() - b.start() > o.end() - o.start()));
    // places, aliases and demonyms the tagger missed or typed as MISC
    for (int i = 0; i < toks.size(); i++) {
      for (int len = Math.min(gaz.maxPlaceWords, toks.size() - i); len >= 1; len--) {
        int start = toks.get(i).start();
        int end = toks.get(i + len - 1).end();
        String span = text.substring(start, end);
        if (!Character.isUpperCase(span.codePointAt(0)) || gaz.place(span).isEmpty()) {
          continue;
        }
        Mention m = new Mention(span, EntityType.PLACE, start, end, "");
        if (insideAny(ms, start, end, true)
            || ms.stream()
                .anyMatch(
                    o -> o.type() == EntityType.PERSON && o.start() == start && o.end() == end)) {
          break; // "Jordan" the tagger reads as a person is settled story-wide (Joins)
        }
        ms.removeIf(o -> o.start() >= start && o.end() <= end);
        if (!overlapsAny(ms, start, end)) {
          ms.add(m);
        }
        i += len - 1;
        break;
      }
    }
    // "Operation Midnight Hammer", "Hurricane X", "Tropical Storm Harvey"
    for (int i = 0; i + 1 < toks.size(); i++) {
      EntityType t = null;
      int j = i + 1;
      if (i + 2 < toks.size()) {
        t = gaz.namePrefixes.get(toks.get(i).word() + " " + toks.get(i + 1).word());
        j = i + 2;
      }
      if (t == null) {
        t = gaz.namePrefixes.get(toks.get(i).word());
        j = i + 1;
      }
      if (t == null) {
        continue;
      }
      int first = j;
      if (j < toks.size() && isTitleOrRole(toks.get(j).word())) {
        continue; // "INS Commissioner Doris Meissner": the agency, then a person
      }
      while (j < toks.size() && isCapitalised(toks.get(j).word())) {
        j++;
      }
      if (j > first) {
        int start = toks.get(i).start();
        int end = toks.get(j - 1).end();
        ms.removeIf(o -> o.start() < end && o.end() > start);
        ms.add(new Mention(text.substring(start, end), t, start, end, ""));
        i = j - 1;
      }
    }
    // "Oman's Foreign Ministry", "the Iranian foreign ministry"
    ms.sort(Comparator.comparingInt(Mention::start));
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      if (m.type() != EntityType.PLACE) {
        continue;
      }
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
      for (String suffix : gaz.orgSuffixes) {
        Matcher x =
            Pattern.compile(
                    "^(?:\\s*['’]s)?\\s+" + Pattern.quote(suffix) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(after);
        if (x.find()) {
          int start = m.start();
          int end = m.end() + x.end();
          ms.removeIf(o -> o.start() < end && o.end() > start);
          ms.add(new Mention(text.substring(start, end), EntityType.ORGANIZATION, start, end, ""));
          ms.sort(Comparator.comparingInt(Mention::start));
          break;
        }
      }
    }
    // known types and outlets
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      String folded = surface(m.text()).toLowerCase(Locale.ROOT);
      EntityType fix = gaz.typeFixes.get(folded);
      if (fix == null && gaz.outlets.containsKey(folded)) {
        fix = EntityType.ORGANIZATION;
      }
      boolean outletWithThe = fix == null && gaz.outlets.containsKey("the " + folded);
      if (outletWithThe && m.text().startsWith("The ")) {
        fix = EntityType.ORGANIZATION; // "The Hill", not a hill
      }
      if (outletWithThe
          && fix == null
          && m.start() >= 4
          && text.startsWith("The ", m.start() - 4)) {
        // "According to The Hill": the outlet whose "The" the tagger left out, not a hill
        out.add(
            new Mention(
                text.substring(m.start() - 4, m.end()),
                EntityType.ORGANIZATION,
                m.start() - 4,
                m.end(),
                ""));
        continue;
      }
      if (fix == null && m.type() == EntityType.PERSON) {
        Matcher head =
            EPONYM_HEAD.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
        int headEnd = head.find() ? m.end() + head.end() : -1;
        if (headEnd > 0
            && EPONYM_HEADS.containsKey(head.group(1))
            && ms.stream().noneMatch(o -> o != m && o.start() < headEnd && o.end() > m.end())) {
          // "the Nelson Mandela Award for Health and Human Rights" (ECB+ topic 34): an award named
          // after a person, whom "the President emphasized" had then resolved to
          int end = headEnd;
          out.add(
              new Mention(
                  text.substring(m.start(), end),
                  EPONYM_HEADS.get(head.group(1)),
                  m.start(),
                  end,
                  ""));
          continue;
        }
      }
      if (fix == null && m.type() == EntityType.OTHER && hasSpokesperson(text, m.start())) {
        // "A spokesman for Waitrose said" (ECB+ topic 14): a name the tagger left untyped that
        // has a spokesman is an organisation, and the speaker of what the spokesman says
        fix = EntityType.ORGANIZATION;
      }
      if (fix == null && m.type() == EntityType.PERSON && afterAnimalNoun(text, m.start())) {
        // "The family's new pet collie, Fenn, was also killed" (ECB+ topic 32): an animal's name,
        // to which a later "he said" had resolved
        fix = EntityType.OTHER;
      }
      if (fix == null
          && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON)
          && beforeItsRegion(m, ms, text)) {
        // "She moved to Merthyr Tydfil, South Wales" (ECB+ topic 32): a name placed in a known
        // place after a comma is a town, which the tagger read as an organisation
        fix = EntityType.PLACE;
      }
      if (fix == null && m.type() == EntityType.PERSON && afterPlaceNoun(text, m.start())) {
        // "the port city of Bandar Abbas" (ECB+ topic 20): a place, which the tagger read as a
        // person; the story's majority settles its other mentions
        fix = EntityType.PLACE;
      }
      out.add(
          fix == null || fix == m.type() ? m : new Mention(m.text(), fix, m.start(), m.end(), ""));
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Words that after a person's name name a thing after that person ({@code eponym-heads.tsv}). */
  private static final Map<String, EntityType> EPONYM_HEADS = eponymHeads();

  private static final Pattern EPONYM_HEAD = Pattern.compile("^\\s+(\\p{Lu}\\p{L}+)\\b");

  private static Map<String, EntityType> eponymHeads() {
    Map<String, EntityType> out = new HashMap<>();
    for (String[] row : DataFiles.rows("eponym-heads.tsv")) {
      out.put(row[0].strip(), EntityType.valueOf(row[1].strip()));
    }
    return Map.copyOf(out);
  }

  /** A spokesperson's noun and "for" or "of" right before a name: "a spokesman for". */
  private static final Pattern SPOKESPERSON_OF =
      Pattern.compile(
          "(?i)\\bspokes(?:man|woman|person|people|men|women)\\s+(?:for|of|from|at)\\s+(?:the\\s+)?$");

  /** Whether a spokesperson's noun and its preposition end right before {@code start}. */
  static boolean hasSpokesperson(String text, int start) {
    return endsRightBefore(SPOKESPERSON_OF, text, start, 40);
  }

  /**
   * An animal's noun, perhaps with "named" or "called", and a comma right before a name: "pet
   * collie, Fenn", "a dog called Rex".
   */
  private static final Pattern ANIMAL_NAMED =
      wordBefore("animal-noun", "", "s?,?\\s+(?:(?:named|called|nicknamed)\\s+)?");

  /** Whether an animal's noun (and "named" or "called") ends right before {@code start}. */
  static boolean afterAnimalNoun(String text, int start) {
    return endsRightBefore(ANIMAL_NAMED, text, start, 40);
  }

  private static final Pattern PLACING = wordBefore("place-link", "|to|at", "\\s+(?:the\\s+)?");

  /**
   * Whether {@code m} follows a preposition of place and is followed by a comma and a place, after
   * which the clause goes on or ends ("moved to Merthyr Tydfil, South Wales, four years ago"; not
   * "Smith, Washington's governor").
   */
  private static boolean beforeItsRegion(Mention m, List<Mention> ms, String text) {
    if (!endsRightBefore(PLACING, text, m.start(), 20)) {
      return false;
    }
    Matcher comma = COMMA_NEXT.matcher(text).region(m.end(), text.length());
    if (!comma.lookingAt()) {
      return false;
    }
    int next = comma.end();
    for (Mention o : ms) {
      if (o.start() == next
          && o.type() == EntityType.PLACE
          && !text.startsWith("'", o.end())
          && !text.startsWith("’", o.end())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern COMMA_NEXT = Pattern.compile(",\\s+");

  private static final Pattern PLACE_NOUN_OF = wordBefore("place-noun", "", "\\s+of\\s+");

  /**
   * A pattern that ends its text with one of {@code grammar.tsv}'s words of {@code kind} (or of the
   * alternatives {@code more}, each after a "|") and then {@code after}.
   */
  private static Pattern wordBefore(String kind, String more, String after) {
    return Pattern.compile(
        "\\b(?:"
            + String.join("|", DataFiles.words("grammar.tsv", kind))
            + more
            + ")"
            + after
            + "$",
        Pattern.CASE_INSENSITIVE);
  }

  /** Whether {@code p} matches the {@code window} characters of text right before {@code start}. */
  private static boolean endsRightBefore(Pattern p, String text, int start, int window) {
    return p.matcher(text.substring(Math.max(0, start - window), start)).find();
  }

  /** A place's noun and "of" right before {@code start}: "the city of", "the province of". */
  static boolean afterPlaceNoun(String text, int start) {
    return endsRightBefore(PLACE_NOUN_OF, text, start, 30);
  }

  /**
   * An organisation whose name joins two nouns with "and", of which the tagger kept only the
   * second: "[Immigration] and Customs Enforcement", "[Health] and Human Services". The proper
   * nouns (one to three, singular, each capitalised and left out by the tagger) and the "and" right
   * before a name of two words or more become part of it.
   */
  static Mention joinedHead(Mention m, List<Token> toks, String text) {
    if (m.type() != EntityType.ORGANIZATION) {
      return m;
    }
    int[] span = tokenSpan(m, toks);
    int first = span[0];
    if (first < 2 || span[1] - first < 1 || !toks.get(first - 1).word().equals("and")) {
      return m;
    }
    int from = first - 1; // the "and"
    while (from > 0 && first - 1 - from < 3 && untaggedProper(toks.get(from - 1))) {
      from--;
    }
    if (from == first - 1) {
      return m;
    }
    int start = toks.get(from).start();
    return new Mention(text.substring(start, m.end()), m.type(), start, m.end(), m.entity());
  }

  /**
   * An organisation named "X of/for Y" whose name goes on past "and" in capitalised words the
   * tagger left out of it: "[Organization for Security] and Cooperation in Europe" (ECB+ topic 11,
   * where "Europe" was a place of its own), "[Party of Industrialists] and Entrepreneurs". The
   * words after "and" (proper nouns, joined by "in", "of" or "for") become part of it unless one is
   * a role or a person follows them ("the Ministry of Defence and Prime Minister X").
   */
  static Mention joinedTail(Mention m, List<Token> toks, String text) {
    if (m.type() != EntityType.ORGANIZATION
        || !(m.text().contains(" of ") || m.text().contains(" for "))) {
      return m;
    }
    int k = tokenSpan(m, toks)[1] + 1; // the "and"
    if (k < 1
        || k + 1 >= toks.size()
        || !toks.get(k).word().equals("and")
        || !untaggedProper(toks.get(k + 1))) {
      return m;
    }
    int last = k + 1;
    int j = k + 2;
    while (j < toks.size()) {
      if (properNotPerson(toks.get(j))) {
        last = j++;
      } else if (toks.get(j).word().matches("in|of|for")
          && j + 1 < toks.size()
          && properNotPerson(toks.get(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    for (int i = k + 1; i <= last; i++) {
      if (isTitleOrRole(toks.get(i).word())) {
        return m;
      }
    }
    if (last + 1 < toks.size() && toks.get(last + 1).ner().equals("PERSON")) {
      return m;
    }
    int end = toks.get(last).end();
    return new Mention(text.substring(m.start(), end), m.type(), m.start(), end, m.entity());
  }

  private static boolean properNotPerson(Token t) {
    return t.pos().startsWith("NNP") && !t.ner().equals("PERSON") && isCapitalised(t.word());
  }

  /**
   * A person's name the tagger found inside the name of a place or thing: "the nearby [Fisher]'s
   * Steps crossing", "the [Levi]'s Stadium". After "the" (and adjectives), a person's possessive
   * followed by capitalised nouns is one name of its own ("Fisher's Steps"), whose kind the words
   * do not say: {@code OTHER}. A person's own possessive takes no article ("Fisher's boat").
   */
  static Mention possessiveName(Mention m, List<Token> toks, String text) {
    if (m.type() != EntityType.PERSON) {
      return m;
    }
    int[] span = tokenSpan(m, toks);
    int first = span[0];
    int last = span[1];
    if (first < 1 || last + 2 >= toks.size() || !toks.get(last + 1).pos().equals("POS")) {
      return m;
    }
    int before = first - 1;
    while (before > 0 && toks.get(before).pos().startsWith("JJ")) {
      before--;
    }
    if (!toks.get(before).word().equalsIgnoreCase("the")) {
      return m;
    }
    int end = last + 2;
    while (end < toks.size()
        && toks.get(end).pos().startsWith("NN")
        && isCapitalised(toks.get(end).word())) {
      end++;
    }
    if (end == last + 2) {
      return m;
    }
    int stop = toks.get(end - 1).end();
    return new Mention(text.substring(m.start(), stop), EntityType.OTHER, m.start(), stop, "");
  }

  /** The indexes of the first and last tokens inside the mention ({@code -1, -1} for none). */
  private static int[] tokenSpan(Mention m, List<Token> toks) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (t.start() >= m.start() && t.end() <= m.end()) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    return new int[] {first, last};
  }

  private static boolean untaggedProper(Token t) {
    return t.pos().equals("NNP") && t.ner().equals("O") && isCapitalised(t.word());
  }

  private static final Set<String> PRONOUNS = DataFiles.words("grammar.tsv", "pronoun");
  private static final Set<String> TITLE_WORDS = DataFiles.words("person-titles.txt");
  private static final Set<String> HONORIFICS = DataFiles.words("grammar.tsv", "honorific");
  private static final Pattern TITLE_OF =
      Pattern.compile(
          "(?i)\\b(?:secretary|minister|ministry|department|secretariat|office) of (?:the )?$");

  /**
   * Drops pronouns the tagger reports as people, and title words it glues to names: "White House
   * Press [Secretary]" is the White House (where "Press" ends the name it names an agency: "The
   * Canadian Press"); "Omani Foreign Affairs [Minister]" is a title, whose place is kept;
   * "[Secretary of] State" is part of a title.
   */
  private Optional<Mention> trimTitles(Mention m, List<Token> toks, String text) {
    List<Token> in = new ArrayList<>();
    Token next = null;
    for (Token t : toks) {
      if (t.start() >= m.start() && t.end() <= m.end()) {
        in.add(t);
      } else if (t.start() >= m.end() && next == null) {
        next = t;
      }
    }
    if (in.isEmpty()) {
      return Optional.of(m);
    }
    if (in.stream().allMatch(t -> PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    if (in.size() == 1 && m.type() != EntityType.PERSON && TITLE_OF.matcher(before).find()) {
      return Optional.empty();
    }
    if (m.type() == EntityType.PERSON) {
      // "Mr Berdymukhamedov" (ECB+ topic 11): the tagger takes a British-style title into the
      // name; without it, the name is the one other outlets write ("Mr." stays outside already)
      if (in.size() >= 2 && HONORIFICS.contains(in.get(0).word().toLowerCase(Locale.ROOT))) {
        int start = in.get(1).start();
        return Optional.of(
            new Mention(text.substring(start, m.end()), m.type(), start, m.end(), m.entity()));
      }
      return Optional.of(m);
    }
    int n = in.size();
    boolean beforeTitle =
        next != null && TITLE_WORDS.contains(next.word().toLowerCase(Locale.ROOT));
    while (n > 1
        && TITLE_WORDS.contains(in.get(n - 1).word().toLowerCase(Locale.ROOT))
        && !(n == in.size() && !beforeTitle && in.get(n - 1).word().equalsIgnoreCase("press"))) {
      n--;
    }
    if (m.type() == EntityType.ORGANIZATION && (n < in.size() || beforeTitle)) {
      // an organisation-looking phrase in front of a title: keep only a leading place, if any
      for (int k = n; k >= 1; k--) {
        String head = text.substring(in.get(0).start(), in.get(k - 1).end());
        if (gaz.place(head).isPresent() && k < n) {
          return Optional.of(
              new Mention(head, EntityType.PLACE, in.get(0).start(), in.get(k - 1).end(), ""));
        }
      }
      if (beforeTitle && n == in.size()) {
        return Optional.of(m);
      }
    }
    if (n == in.size()) {
      return Optional.of(m);
    }
    int end = in.get(n - 1).end();
    return Optional.of(new Mention(text.substring(m.start(), end), m.type(), m.start(), end, ""));
  }

  private static boolean insideAny(List<Mention> ms, int start, int end, boolean strictlyLarger) {
    for (Mention o : ms) {
      if (o.start() <= start && o.end() >= end && (o.end() - o.start()) > (end - start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(List<Mention> ms, int start, int end) {
    for (Mention o : ms) {
      if (o.start() < end && o.end() > start) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ROLES = DataFiles.words("roles.tsv", "role");

  /** A title or a one-person role ({@code person-titles.txt}, {@code roles.tsv}), in any case. */
  private static boolean isTitleOrRole(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return TITLE_WORDS.contains(lower) || ROLES.contains(lower);
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  // ---------------------------------------------------------------- grouping

  /**
   * A place written as one word that the story also names in full as "that word of ..." is the
   * place named in full: "the Gulf" in a story that names the Gulf of Aden is that gulf, not the
   * Persian Gulf the gazetteer reads "Gulf" as (ECB+ topic 12; "the Gulf" beside "the Gulf of
   * Mexico" alike). Only when the story names one such place.
   */
  private static void shortFormsOfPlacesNamedInFull(List<Item> items) {
    Map<String, Set<String>> fullKeys = new HashMap<>();
    Map<String, EntityType> fullTypes = new HashMap<>();
    for (Item it : items) {
      if (it.type != EntityType.PLACE) {
        continue;
      }
      int of = it.surface.indexOf(" of ");
      if (of > 0 && it.surface.indexOf(' ') == of) {
        String word = it.surface.substring(0, of);
        fullKeys.computeIfAbsent(word, k -> new TreeSet<>()).add(it.key);
        fullTypes.put(it.key, it.type);
      }
    }
    if (fullKeys.isEmpty()) {
      return;
    }
    for (Item it : items) {
      Set<String> keys = fullKeys.get(it.surface);
      if (it.type == EntityType.PLACE && keys != null && keys.size() == 1) {
        it.key = keys.iterator().next();
        it.type = fullTypes.get(it.key);
      }
    }
  }

  private void assignKeys(List<Item> items, List<Article> articles) {
    // places and institutions by canonical place name; others by normalised name
    for (Item it : items) {
      Optional<String> place = gaz.place(it.surface);
      if (place.isEmpty() && it.type == EntityType.PLACE) {
        place = gaz.placeInCapitals(it.surface); // "WASHINGTON —" of a wire dateline
      }
      if (it.type == EntityType.PLACE || (place.isPresent() && it.type == EntityType.OTHER)) {
        if (place.isPresent()) {
          it.key = "P|" + place.get();
          it.type = EntityType.PLACE;
          continue;
        }
      }
      if (it.type == EntityType.ORGANIZATION) {
        String inst = institutionKey(it.surface);
        if (inst != null) {
          it.key = "O|" + inst;
          continue;
        }
      }
      it.key =
          "N|"
              + (it.type == EntityType.ORGANIZATION
                  ? withoutLegalForm(it.surface)
                  : norm(it.surface));
    }
    shortFormsOfPlacesNamedInFull(items);
    companiesReadAsPeople(items, articles);
    // people: full names first, then shorter forms join the name they are part of
    List<Item> people = new ArrayList<>();
    for (Item it : items) {
      if (it.type == EntityType.PERSON) {
        people.add(it);
      }
    }
    people.sort(Comparator.comparingInt((Item it) -> -nameParts(it.surface).size()));
    List<List<String>> clusters = new ArrayList<>();
    Map<List<String>, Integer> clusterUse = new HashMap<>();
    Map<List<String>, List<Item>> fullMentions = new HashMap<>();
    for (Item it : people) {
      List<String> parts = nameParts(it.surface);
      if (parts.isEmpty()) {
        it.key = "N|" + norm(it.surface);
        continue;
      }
      List<List<String>> fits = new ArrayList<>();
      for (List<String> c : clusters) {
        if (c.containsAll(parts) && c.get(c.size() - 1).equals(parts.get(parts.size() - 1))) {
          fits.add(c);
        }
      }
      if (fits.isEmpty() && parts.size() == 1) {
        for (List<String> c : clusters) {
          if (c.contains(parts.get(0))) {
            fits.add(c);
          }
        }
      }
      if (fits.isEmpty() && parts.size() >= 2) {
        for (List<String> c : clusters) {
          if (Joins.spellingVariant(c, parts)) {
            fits.add(c);
          }
        }
      }
      List<String> best =
          fits.size() == 1
              ? fits.get(0)
              : Joins.nearest(it, fits, fullMentions, articles, clusterUse);
      if (best == null) {
        best = parts;
        clusters.add(best);
        clusterUse.put(best, 0);
      }
      clusterUse.merge(best, 1, Integer::sum);
      if (parts.size() >= 2) {
        fullMentions.computeIfAbsent(best, k -> new ArrayList<>()).add(it);
      }
      it.key = "H|" + String.join(" ", best);
    }
    // a non-person name that is a known person's name (a tagger slip) joins that person
    Map<String, String> personByName = new HashMap<>();
    Set<String> nonPersonKeys = new HashSet<>();
    for (Item it : items) {
      if (it.key.startsWith("N|")) {
        nonPersonKeys.add(it.key);
      }
    }
    Map<String, Integer> keyUse = new HashMap<>();
    for (Item it : items) {
      keyUse.merge(it.key, 1, Integer::sum);
    }
    for (List<String> c : clusters) {
      if (c.size() == 1 && nonPersonKeys.contains("N|" + c.get(0))) {
        continue; // a lone word tagged a person here and a place or body elsewhere: see below
      }
      String name = String.join(" ", c);
      if (keyUse.getOrDefault("N|" + name, 0) >= keyUse.getOrDefault("H|" + name, 0)) {
        // typed a place or body at least as often as a person ("the port city of Bandar Abbas"
        // against "southwest of Bandar Abbas", ECB+ topic 20): the person mentions join it, and
        // the majority types them all
        for (Item it : items) {
          if (it.key.equals("H|" + name)) {
            it.key = "N|" + name;
          }
        }
        continue;
      }
      personByName.putIfAbsent(String.join(" ", c), "H|" + String.join(" ", c));
      personByName.putIfAbsent(c.get(c.size() - 1), "H|" + String.join(" ", c));
    }
    // a "person" never named in full whose one word is elsewhere a place or body is that place or
    // body
    for (Item it : items) {
      if (it.key.startsWith("H|")
          && !it.key.contains(" ")
          && nonPersonKeys.contains("N|" + it.key.substring(2))) {
        it.key = "N|" + it.key.substring(2);
      }
    }
    // (a "place" the gazetteer does not know is a slip too: "believes Trump cannot" tagged a
    // location)
    for (Item it : items) {
      if (it.key.startsWith("N|")) {
        String p = personByName.get(it.key.substring(2));
        if (p != null) {
          it.key = p;
        }
      }
    }
    // "Jordan" the person or the country; short forms, acronyms and long forms of organisations
    Joins.lonePeopleAsPlaces(items, gaz);
    Joins.organisations(items, articles);
    // one type per group: corrected type if known, else the majority
    // (an acronym joined to its long form votes only where nothing else does: the tagger types
    // "HTE" as it pleases, "Harlow Tidewater Engineering Inc." is a company)
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Set<String> placed = Joins.placedLoneWords(items, articles);
    for (Item it : items) {
      if (it.type == EntityType.PERSON && placed.contains(it.key)) {
        // "in Palmer" against "the Palmer police", "Palmer officials", "Palmer voters" (ECB+
        // topic 13), which the tagger reads as a person's: a lone word never named in full that
        // a story places something in is a place, however often it modifies a noun
        continue;
      }
      if (!joinedAcronym(it)) {
        votes
            .computeIfAbsent(it.key, k -> new EnumMap<>(EntityType.class))
            .merge(it.type, 1, Integer::sum);
      }
    }
    Set<String> voted = new HashSet<>(votes.keySet());
    for (Item it : items) {
      if (!voted.contains(it.key)) {
        votes
            .computeIfAbsent(it.key, k -> new EnumMap<>(EntityType.class))
            .merge(it.type, 1, Integer::sum);
      }
    }
    // "Crowley Maritime Corp." (ECB+ topic 13), which "the Crowley Maritime tank farm" had voted a
    // place: a name a company's suffix ends is a company's
    Set<String> companies = new HashSet<>();
    for (Item it : items) {
      String[] w = it.surface.split("\\s+");
      if (w.length >= 2 && NameFinder.companySuffix(w[w.length - 1])) {
        companies.add(it.key);
      }
    }
    for (Item it : items) {
      EntityType fix = gaz.typeFixes.get(it.surface.toLowerCase(Locale.ROOT));
      if (it.key.startsWith("H|")) {
        it.type = EntityType.PERSON;
      } else if (it.key.startsWith("P|")) {
        it.type = EntityType.PLACE;
      } else if (fix != null) {
        it.type = fix;
      } else if (companies.contains(it.key)) {
        it.type = EntityType.ORGANIZATION;
      } else {
        it.type =
            votes.get(it.key).entrySet().stream()
                .max(
                    Map.Entry.<EntityType, Integer>comparingByValue()
                        .thenComparing(e -> TIE_ORDER.indexOf(e.getKey())))
                .orElseThrow()
                .getKey();
      }
    }
  }

  /**
   * A "person" whose first word the story names alone as an organisation, and is no given name, is
   * that organisation's full name: the tagger read "Lockheed Martin delivered three F-35 jets" as a
   * person beside "Lockheed" in the headline, an organisation. It is typed an organisation, so that
   * the short and the full name can join ({@link Joins#organisations}). Not when a given name and
   * more follow its first word ("Jaguars Maurice Jones-Drew", the tagger's span across a team and a
   * player), its first word is in capitals ("INS Tabar", a ship) or a determiner, adjective or
   * number stands before it ("a gray 2013 Toyota Camry", a car); all three from ECB+ tuning topics.
   */
  private static void companiesReadAsPeople(List<Item> items, List<Article> articles) {
    Set<String> orgWords = new HashSet<>();
    for (Item it : items) {
      List<String> parts = nameParts(it.surface);
      if (it.type == EntityType.ORGANIZATION && parts.size() == 1) {
        orgWords.add(parts.get(0));
      }
    }
    for (Item it : items) {
      List<String> parts = nameParts(it.surface);
      if (it.type == EntityType.PERSON
          && parts.size() >= 2
          && orgWords.contains(parts.get(0))
          && GivenNames.gender(parts.get(0)).isEmpty()
          && !(parts.size() >= 3 && GivenNames.gender(parts.get(1)).isPresent())
          && !NameFinder.allCaps(it.surface.split(" ")[0])
          && !modified(it, articles)) {
        it.type = EntityType.ORGANIZATION;
        it.key = "N|" + withoutLegalForm(it.surface);
      }
    }
  }

  /**
   * Whether a determiner, a possessive, an adjective or a number stands right before the mention:
   * "a gray 2013 Toyota Camry" names a thing of a make, not the maker.
   */
  private static boolean modified(Item it, List<Article> articles) {
    List<Token> toks = articles.get(it.articleIndex).sentences().get(it.sentenceIndex).tokens();
    Token before = null;
    for (Token t : toks) {
      if (t.end() <= it.mention.start()) {
        before = t;
      }
    }
    return before != null && before.pos().matches("DT|PRP\\$|POS|JJ.*|CD");
  }

  private static boolean joinedAcronym(Item it) {
    return it.key.startsWith("N|")
        && NameFinder.allCaps(it.surface)
        && !it.key.substring(2).replace(" ", "").equals(norm(it.surface).replace(" ", ""));
  }

  /** A company's legal form at the end of its name ("Twitter Inc.", "Ford Motor Co."). */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "co",
          "company",
          "ltd",
          "limited",
          "llc",
          "llp",
          "plc",
          "gmbh");

  /**
   * The normalised name without its legal form, so "Twitter Inc." is the "Twitter" of the rest of
   * the story (AllSides train-1400, where "A Twitter official" kept the short form from joining the
   * long one as a modifier would).
   */
  static String withoutLegalForm(String surface) {
    List<String> parts = new ArrayList<>(nameParts(surface));
    if (parts.size() >= 2 && LEGAL_FORMS.contains(parts.get(parts.size() - 1))) {
      parts.remove(parts.size() - 1);
      if (parts.size() >= 2 && parts.get(parts.size() - 1).equals("&")) {
        parts.remove(parts.size() - 1);
      }
    }
    return String.join(" ", parts);
  }

  /** "oman|foreign ministry" for "Oman's Foreign Ministry" and "the Oman foreign ministry". */
  private String institutionKey(String surface) {
    String lower = surface.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String suffix : gaz.orgSuffixes) {
      if (lower.endsWith(" " + suffix)) {
        String head = surface.substring(0, surface.length() - suffix.length()).strip();
        head = POSSESSIVE.matcher(head).replaceFirst("").strip();
        Optional<String> place = gaz.place(head);
        if (place.isPresent()) {
          return place.get() + "|" + suffix;
        }
      }
    }
    return null;
  }

  /**
   * A mention's display form: no leading article, no possessive ending or trailing comma, one kind
   * of apostrophe.
   */
  static String surface(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    s = s.replaceFirst("^(?i)(?:the|that|this|these|those|an?)\\s+", "");
    s = POSSESSIVE.matcher(s).replaceFirst("");
    // "The Creamery Corporation, " an arm of the board (ECB+ topic 13): no comma ends a name
    s = s.replaceFirst("\\s*[,;:]+$", "");
    return s.strip();
  }

  /**
   * Lower case, no accents, no dots, hyphens as spaces (not after "co": "Co-operation" =
   * "Cooperation"), Arabic particles joined ("al-X" = "Al X" = "AlX"), British spellings as
   * American ones ("Centre" = "Center").
   */
  static String norm(String surface) {
    return String.join(" ", nameParts(surface));
  }

  static List<String> nameParts(String surface) {
    String s = Normalizer.normalize(surface, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    // "Co-operation" is "Cooperation" (British and American spellings of one name's word)
    s =
        s.toLowerCase(Locale.ROOT)
            .replace("’", "'")
            .replace(".", "")
            .replaceAll("\\bco-(?=\\p{L})", "co");
    s = s.replaceAll("[-‐–—_]", " ");
    s = s.replaceAll("[\"“”()`]|''", " ");
    List<String> raw = new ArrayList<>();
    for (String p : s.split("[\\s,]+")) {
      if (!p.isBlank()) {
        raw.add(p);
      }
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String p = SPELLINGS.getOrDefault(raw.get(i), raw.get(i));
      if (PARTICLES.contains(p) && i + 1 < raw.size()) {
        parts.add(p + raw.get(++i));
      } else {
        parts.add(p);
      }
    }
    return parts;
  }
}
