package dev.parallax.quote;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.GivenNames;
import dev.parallax.internal.RoleWords;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the noun phrase an attribution names as its source to a story entity, with what the
 * entity resolver knows and no coreference model: a person or organisation mention at the phrase's
 * head ("Clinton campaign chairman John Podesta" is Podesta); the principal of a spokesperson ("a
 * spokesman for the Clinton campaign", "his aides"); the issuer of a document or poll ("a CNN/ORC
 * poll", "FEC filings"); a pronoun, through {@link QuoteFinder}'s rules; and a role ("the senator",
 * "the Republican nominee") to the nearest earlier person the article gave that role ("Sen. Ted
 * Cruz", "Trump, the Republican nominee,"), else the nearest earlier person whose given name and
 * the role's gender agree. Not thread-safe; one instance per article.
 */
final class Sources {
  private static final Map<String, String> ABBREVIATIONS = pairs("abbreviation");
  private static final Map<String, String> GENDER = pairs("gender");
  static final Set<String> SPEAKS_FOR = DataFiles.words("roles.tsv", "speaks-for");
  static final Set<String> ISSUED_BY = DataFiles.words("roles.tsv", "issued-by");
  private static final Set<String> ISSUER_LINKS = DataFiles.words("grammar.tsv", "issuer-link");

  /** Parts in a case, each held by a different person: the defendant is not the judge. */
  private static final Set<String> PARTIES = DataFiles.words("roles.tsv", "party");

  static final Set<String> ORGANISATION_ROLES = DataFiles.words("roles.tsv", "organisation-role");

  private static final Map<String, String> POSSESSIVE = pairs("possessive");
  private static final Set<String> ROLES = roles();
  private static final Set<String> PRONOUNS = DataFiles.words("grammar.tsv", "subject-pronoun");
  private static final Set<String> DEFINITE = DataFiles.words("grammar.tsv", "definite");
  private static final int ROLE_LOOKBACK = 12;

  private final Subjects quotes;
  private final List<Sentence> sentences;
  private final Map<String, Entity> entities;

  /** Per person entity id: the role words the article puts before or beside its name. */
  private final Map<String, Set<String>> rolesOf = new HashMap<>();

  /**
   * Per person entity id: the proper nouns and adjectives the article puts before its name beside a
   * role ("US" in "US President Donald Trump", "Russian" in "Russian President Vladimir Putin").
   */
  private final Map<String, Set<String>> modifiersOf = new HashMap<>();

  /** Per role: {@link #firstDefiniteUse}, {@link #NOWHERE} when none. */
  private final Map<String, int[]> firstDefinite = new HashMap<>();

  private static final int[] NOWHERE = {Integer.MAX_VALUE, 0};

  /** Per entity id: where the article first names it, {sentence, character offset}. */
  private final Map<String, int[]> firstNamed = new HashMap<>();

  Sources(Subjects quotes, Map<String, Entity> entities) {
    this.quotes = quotes;
    this.sentences = quotes.sentences;
    this.entities = entities;
    learnRoles();
    for (int t = 0; t < sentences.size(); t++) {
      for (Mention m : sentences.get(t).mentions()) {
        firstNamed.putIfAbsent(m.entity(), new int[] {t, m.start()});
      }
    }
  }

  /**
   * Sets the draft's source words to tokens {@code [from, to)} of sentence {@code s} and resolves
   * them; {@code subject} when they are the cue's subject (a name after them, set off by a comma,
   * is then the one who speaks), not the phrase after "according to" (where a name after the comma
   * opens what was said).
   */
  void resolve(AttributionFinder.Draft d, int s, int from, int to, boolean subject) {
    words(d, s, from, to);
    d.source = entityOf(s, from, to, subject);
  }

  /** Sets a draft's source words without resolving them to anyone. */
  void words(AttributionFinder.Draft d, int s, int from, int to) {
    List<Token> toks = sentences.get(s).tokens();
    d.sourceStart = toks.get(from).start();
    d.sourceEnd = toks.get(to - 1).end();
  }

  /**
   * The person a definite role phrase ending at {@code to - 1} refers to ("the senator"), if its
   * head is a role; empty for anything else.
   */
  Optional<Entity> roleOf(int s, int from, int to) {
    List<Token> toks = sentences.get(s).tokens();
    Token h = toks.get(to - 1);
    String role = ABBREVIATIONS.getOrDefault(lower(h), lower(h));
    if (!ROLES.contains(role) || !definite(toks, from, to - 1)) {
      return Optional.empty();
    }
    return byRole(role, modifiers(toks, from, to - 1), s, toks.get(from).start());
  }

  /**
   * The proper nouns and adjectives among tokens {@code [from, head)}, lower-case and without full
   * stops: "the US president" {@code [us]}.
   */
  private static Set<String> modifiers(List<Token> toks, int from, int head) {
    Set<String> out = new HashSet<>();
    for (int k = Math.max(0, from); k < head; k++) {
      String w = modifier(toks.get(k));
      if (w != null && !ROLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A proper noun or adjective, lower-case and without full stops ("U.S." {@code us}); else null.
   */
  private static String modifier(Token t) {
    return t.pos().startsWith("NNP") || t.pos().equals("JJ") ? lower(t).replace(".", "") : null;
  }

  /** The entity the noun phrase of tokens {@code [from, to)} in sentence {@code s} refers to. */
  Optional<Entity> entityOf(int s, int from, int to, boolean asSubject) {
    List<Token> toks = sentences.get(s).tokens();
    // "Hillary Clinton and her Democratic allies", "The New York Times and the Gannett newspaper
    // chain", "Mayor Dana Ruiz and her allies": the group speaks, the name opening it for it
    for (int k = from + 1; k + 1 < to; k++) {
      if (lower(toks.get(k)).equals(",")
          && asSubject
          && toks.get(k - 1).pos().equals("NNP")
          && toks.get(k + 1).pos().equals("NNP")
          && !quotes.inside(s, k)) {
        // a headline's list of names before a plural verb ("New York's Kirsten Gillibrand, Bill
        // de Blasio echo ...", AllSides train-845): the first name speaks for the group
        Optional<Mention> head = mentionAt(s, toks.get(k - 1));
        Optional<Entity> e = head.flatMap(this::speaker);
        if (head.isPresent()
            && head.get().end() == toks.get(k - 1).end()
            && e.isPresent()
            && e.get().type() != EntityType.PLACE) {
          return e;
        }
        break;
      }
      if (lower(toks.get(k)).equals("and") && !quotes.inside(s, k)) {
        int j = from;
        while (j < k && mentionAt(s, toks.get(j)).isEmpty() && titleOrArticle(toks.get(j))) {
          j++;
        }
        Optional<Mention> first = j < k ? mentionAt(s, toks.get(j)) : Optional.empty();
        if (first.isPresent() && first.get().end() <= toks.get(k).start()) {
          int after = j;
          while (after < k && toks.get(after).end() <= first.get().end()) {
            after++;
          }
          Optional<Entity> e = after == k ? speaker(first.get()) : Optional.empty();
          if (e.isPresent() && e.get().type() != EntityType.PLACE) {
            return e;
          }
        }
        break;
      }
    }
    // "a spokesman for X": X speaks through them; "officials in Tehran": the place's government
    for (int k = from; k + 1 < to; k++) {
      String link = lower(toks.get(k + 1));
      if (SPEAKS_FOR.contains(lower(toks.get(k)))
          && (AttributionFinder.NOUN_LINKS.contains(link)
              || AttributionFinder.PLACE_LINKS.contains(link))) {
        Optional<Entity> principal =
            lastMention(s, k + 2, to, AttributionFinder.PLACE_LINKS.contains(link));
        if (principal.isEmpty() && k + 2 < to) {
          // "an adviser for the Vermont senator", "a spokesperson for the board": the object
          // resolved as a source of its own (a role, an organisation's noun)
          principal = entityOf(s, k + 2, to, false);
        }
        if (principal.isPresent()) {
          return principal;
        }
      }
    }
    // "a statement by the ministry", "a post on X by the ministry": who issued it
    for (int k = from; k + 1 < to; k++) {
      if (ISSUED_BY.contains(lower(toks.get(k)))) {
        for (int j = k + 1; j + 1 < to; j++) {
          if (ISSUER_LINKS.contains(lower(toks.get(j)))) {
            Optional<Entity> issuer = lastMention(s, j + 1, to, false);
            if (issuer.isPresent()) {
              return issuer;
            }
          }
        }
        break;
      }
    }
    int head = to - 1;
    for (int k = from; k < to; k++) {
      String w = lower(toks.get(k));
      if (AttributionFinder.NOUN_LINKS.contains(w)
          || (k > from && AttributionFinder.PLACE_LINKS.contains(w))) {
        // "the chairman of the party", "media in Iran": the head is before the preposition
        head = k - 1;
        break;
      }
      if (k > from
          && (toks.get(k).pos().equals("VBG") || toks.get(k).pos().equals("VBN"))
          && (toks.get(k - 1).pos().equals("NN") || toks.get(k - 1).pos().equals("NNS"))) {
        // "The woman accusing Mayor Reyes of fraud", "An Israeli newspaper owned by Adelson": the
        // head is the noun the participle qualifies; what one "published by" or "released by"
        // (made public) is theirs
        if (AttributionFinder.MADE_PUBLIC.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT))
            && k + 1 < to
            && lower(toks.get(k + 1)).equals("by")) {
          Optional<Entity> issuer = lastMention(s, k + 2, to, false);
          if (issuer.isPresent()) {
            return issuer;
          }
        }
        head = k - 1;
        break;
      }
    }
    Token h = toks.get(head);
    Optional<Mention> m = mentionAt(s, h);
    if (m.isPresent() && partyMember(h, m.get())) {
      // "The California Democrat said" (AllSides train-1444): the tagger's group name is a role
      // here, one person's
      m = Optional.empty();
    }
    if (m.isPresent()) {
      Entity e = entities.get(m.get().entity());
      if (e != null && e.type() == EntityType.PLACE && placeAlone(toks, from, to, m.get())) {
        return Optional.of(e); // "Iran insisted ...", "Moscow denied ...": the state speaks
      }
      return speaker(m.get());
    }
    // "the Associated Press" where the tagger took "Associated" alone: the name goes on to the head
    if (h.pos().startsWith("NNP") && head > from) {
      Optional<Mention> before = mentionAt(s, toks.get(head - 1));
      if (before.isPresent() && before.get().end() == toks.get(head - 1).end()) {
        Optional<Entity> e = speaker(before.get());
        if (e.isPresent()) {
          return e;
        }
      }
    }
    // "Her chief policy aide, Jake Sullivan, said": the person the apposition names
    if (to + 1 < toks.size() && toks.get(to).word().equals(",")) {
      Optional<Mention> named = mentionAt(s, toks.get(to + 1));
      if (named.isPresent()
          && named.get().start() == toks.get(to + 1).start()
          && (asSubject || followedByComma(toks, named.get()))) {
        Optional<Entity> e = speaker(named.get());
        if (e.isPresent() && e.get().type() == EntityType.PERSON) {
          return e;
        }
      }
    }
    boolean issued = ISSUED_BY.contains(lower(h));
    if (SPEAKS_FOR.contains(lower(h)) || issued) {
      // "the Sanders campaign", "Clinton spokesman", "Iranian officials": who they speak for;
      // "a CNN/ORC poll", "FEC filings": who issued it (a person or an organisation, not the place
      // of "Iowa polls")
      for (int k = head - 1; k >= from; k--) {
        Token t = toks.get(k);
        Optional<Mention> mod = mentionAt(s, t);
        if (mod.isPresent()) {
          Entity e = entities.get(mod.get().entity());
          if (e != null
              && e.type() != EntityType.OTHER
              && !(issued && e.type() == EntityType.PLACE)) {
            return Optional.of(e);
          }
        }
        // "the minister's office", "the senator's spokesman": the person the role names
        if (k + 1 < head
            && toks.get(k + 1).pos().equals("POS")
            && t.pos().equals("NN")
            && ROLES.contains(ABBREVIATIONS.getOrDefault(lower(t), lower(t)))
            && definite(toks, from, k)) {
          Optional<Entity> person =
              byRole(
                  ABBREVIATIONS.getOrDefault(lower(t), lower(t)),
                  modifiers(toks, from, k),
                  s,
                  toks.get(from).start());
          if (person.isPresent()) {
            return person;
          }
        }
        // "his aides", "its report": the one the possessive stands for
        String subject = t.pos().equals("PRP$") ? POSSESSIVE.get(lower(t)) : null;
        if (subject != null) {
          return quotes.resolvePronoun(subject, s, t.start());
        }
      }
    }
    String w = lower(h);
    if (h.pos().equals("PRP")) {
      // "I" and "we" outside quotation marks are the writer or the outlet: no story entity
      return PRONOUNS.contains(w) ? quotes.resolvePronoun(w, s, h.start()) : Optional.empty();
    }
    String role = ABBREVIATIONS.getOrDefault(w, w);
    if (h.pos().startsWith("NN")
        && !h.pos().endsWith("S")
        && ROLES.contains(role)
        && definite(toks, from, head)) {
      if (head + 1 < to && (RoleWords.KIN.contains(role) || Subjects.APART.contains(role))) {
        // "the mother of Michael Brown", "the lawyer for the family": only the person the article
        // gave the role, never a person named before who could be anyone's
        return byRole(role, modifiers(toks, from, head), s, toks.get(from).start(), true);
      }
      return byRole(role, modifiers(toks, from, head), s, toks.get(from).start());
    }
    if (h.pos().startsWith("NN")
        && !h.pos().endsWith("S")
        && ORGANISATION_ROLES.contains(w)
        && DEFINITE.contains(lower(toks.get(from)))) {
      // "the company said", "the software giant said": the organisation an "it" there would be
      // ("Johnson's agency" is an organisation of his, not the one named last)
      return quotes.resolvePronoun("it", s, toks.get(from).start());
    }
    return Optional.empty();
  }

  /** Whether the story has a group of that name ("Democrat", "Republican"). */
  private boolean namesAGroup(String role) {
    return entities.values().stream()
        .anyMatch(e -> e.type() == EntityType.OTHER && e.name().equalsIgnoreCase(role));
  }

  /**
   * Whether the person has none of the modifiers to match, or the article writes one of them as
   * part of the person's title ("Kentucky Sen. Mitch McConnell": capitalised words only between) or
   * after "of" right after the name ("Marco Rubio of Florida").
   */
  private boolean placedBy(Entity e, Set<String> mods) {
    if (mods.isEmpty()) {
      return true;
    }
    for (Sentence sentence : sentences) {
      List<Token> toks = sentence.tokens();
      for (Mention m : sentence.mentions()) {
        if (!e.id().equals(m.entity())) {
          continue;
        }
        int first = 0;
        while (first < toks.size() && toks.get(first).start() < m.start()) {
          first++;
        }
        for (int k = first - 1; k >= 0 && toks.get(k).pos().startsWith("NNP"); k--) {
          if (mods.contains(lower(toks.get(k)).replace(".", ""))) {
            return true;
          }
        }
        int next = first;
        while (next < toks.size() && toks.get(next).end() <= m.end()) {
          next++;
        }
        if (next + 1 < toks.size()
            && lower(toks.get(next)).equals("of")
            && mods.contains(lower(toks.get(next + 1)).replace(".", ""))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A singular role word ("Democrat") that the entity stage took for a group's name. */
  private boolean partyMember(Token h, Mention m) {
    Entity e = entities.get(m.entity());
    return e != null
        && e.type() == EntityType.OTHER
        && h.pos().equals("NNP")
        && ROLES.contains(lower(h));
  }

  /**
   * Whether the phrase of tokens {@code [from, to)} is the place's name alone, after at most an
   * article ("Iran", "the United States"): a place speaking as its government, not a place that
   * qualifies another head.
   */
  private static boolean placeAlone(List<Token> toks, int from, int to, Mention m) {
    int k = from;
    if (k < to && toks.get(k).pos().equals("DT")) {
      k++;
    }
    return k < to && toks.get(k).start() >= m.start() && toks.get(to - 1).end() <= m.end();
  }

  /** Whether the token right after the mention is a comma. */
  private static boolean followedByComma(List<Token> toks, Mention m) {
    for (int k = 0; k + 1 < toks.size(); k++) {
      if (toks.get(k).end() == m.end()) {
        return toks.get(k + 1).word().equals(",");
      }
    }
    return false;
  }

  /** "the senator", "this candidate", "Trump's running mate": one known person, not "a senator". */
  private static boolean definite(List<Token> toks, int from, int head) {
    Token first = toks.get(from);
    String w = lower(first);
    return DEFINITE.contains(w)
        || first.pos().equals("PRP$")
        || (head > from && toks.subList(from, head).stream().anyMatch(t -> t.pos().equals("POS")));
  }

  /**
   * The nearest person before {@code offset} (in sentence {@code s} or up to {@link #ROLE_LOOKBACK}
   * sentences back) the article gave this role; else the person it named most often before, whose
   * given name does not contradict the role's gender.
   */
  private Optional<Entity> byRole(String role, Set<String> mods, int s, int offset) {
    return byRole(role, mods, s, offset, false);
  }

  /** As {@link #byRole(String, Set, int, int)}; {@code given}: only a person given the role. */
  private Optional<Entity> byRole(String role, Set<String> mods, int s, int offset, boolean given) {
    Character gender = GENDER.containsKey(role) ? GENDER.get(role).charAt(0) : null;
    int[] intro = introduced(role, s, offset);
    // "The President announced his nominee ..., Dr. Regina Benjamin" (ECB+ topic 34): a role the
    // article names with "the" before it names anyone is someone the reader knows, not a person
    // it names later, unless it gives that person the role
    int[] known = firstDefiniteUse(role);
    Map<String, Integer> seen = new java.util.LinkedHashMap<>(); // nearest first
    // "The Wisconsin Republican said": a party's member, placed by a word the article writes beside
    // the name of the one it means; none so placed, no one
    boolean groupRole = namesAGroup(role);
    for (int t = s; t >= 0; t--) {
      List<Mention> ms = sentences.get(t).mentions();
      for (int i = ms.size() - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        if ((t == s && m.start() >= offset) || quotes.insideQuote(t, m)) {
          continue;
        }
        Entity e = entities.get(m.entity());
        if (e == null || e.type() != EntityType.PERSON) {
          continue;
        }
        if (t >= s - ROLE_LOOKBACK
            && (intro == null || after(t, m.start(), intro))
            && rolesOf.getOrDefault(e.id(), Set.of()).contains(role)
            && !otherModifiers(e, mods)
            && (!groupRole || placedBy(e, mods))) {
          return Optional.of(e);
        }
        if (otherRoles(e, role) || knownElsewhere(e, role, known)) {
          continue;
        }
        if (gender == null || GivenNames.compatible(e.name(), gender == 'm' ? "he" : "she")) {
          seen.merge(e.id(), 1, Integer::sum);
        }
      }
    }
    if (given) {
      return Optional.empty();
    }
    // no one was given the role: the subject of the nearest sentence naming a person ("Harry Reid
    // blasted Rubio ... "...," the Senate minority leader said"); after someone brought in with the
    // role and no name ("A senior fire department official said ..."), only a person the article
    // first names after that ("A lawmaker in the Philippines ... Joey Salceda said ... The lawmaker
    // said"): one named before is not the one it then introduced
    for (int t = s; t >= 0 && t >= s - ROLE_LOOKBACK; t--) {
      for (Mention m : sentences.get(t).mentions()) {
        Entity e = entities.get(m.entity());
        if ((t == s && m.start() >= offset)
            || quotes.insideQuote(t, m)
            || e == null
            || e.type() != EntityType.PERSON
            || intro != null && !namedAfter(e, intro)
            || knownElsewhere(e, role, known)
            || t == s && possessor(sentences.get(t), m)) {
          // "Donald Trump's comments ... make Rush Limbaugh feel nervous, the conservative radio
          // host said" (AllSides train-55): in the sentence the role speaks, a possessor is what
          // the claim is about, not its subject
          continue;
        }
        if (otherRoles(e, role)) {
          continue;
        }
        if (groupRole && !placedBy(e, mods)) {
          continue;
        }
        if (gender == null || GivenNames.compatible(e.name(), gender == 'm' ? "he" : "she")) {
          return Optional.of(e);
        }
      }
    }
    if (groupRole && !mods.isEmpty()) {
      return Optional.empty();
    }
    if (intro != null) {
      return Optional.empty(); // the one introduced without a name
    }
    // none near: the person the article has named most so far, its protagonist
    String best = null;
    for (Map.Entry<String, Integer> e : seen.entrySet()) {
      if (best == null || e.getValue() > seen.get(best)) {
        best = e.getKey(); // on a tie, the nearest
      }
    }
    return Optional.ofNullable(best).map(entities::get);
  }

  /** Whether the mention is followed by a possessive ending ("Trump's comments"). */
  private static boolean possessor(Sentence sentence, Mention m) {
    for (Token k : sentence.tokens()) {
      if (k.start() >= m.end()) {
        return k.pos().equals("POS");
      }
    }
    return false;
  }

  /**
   * The nearest place before {@code offset} (in sentence {@code s} or up to {@link #ROLE_LOOKBACK}
   * sentences back) where the article brings in someone with this role and no name: "a senior fire
   * department official", "another witness". {sentence, character offset}, or null.
   */
  private int[] introduced(String role, int s, int offset) {
    for (int t = s; t >= 0 && t >= s - ROLE_LOOKBACK; t--) {
      List<Token> toks = sentences.get(t).tokens();
      for (int k = toks.size() - 1; k > 0; k--) {
        Token h = toks.get(k);
        if ((t == s && h.start() >= offset)
            || !h.pos().equals("NN")
            || !ABBREVIATIONS.getOrDefault(lower(h), lower(h)).equals(role)) {
          continue;
        }
        int j = k - 1;
        while (j > 0 && j > k - 6 && MODIFIER.matcher(toks.get(j).pos()).matches()) {
          j--;
        }
        if (INDEFINITE.contains(lower(toks.get(j)))) {
          return new int[] {t, h.start()};
        }
      }
    }
    return null;
  }

  /**
   * Whether the role phrase's modifiers and those the article put before {@code e}'s name are both
   * given and share none: "the US president tweeted" is not "Russian President Vladimir Putin"
   * (AllSides train).
   */
  private boolean otherModifiers(Entity e, Set<String> mods) {
    Set<String> own = modifiersOf.getOrDefault(e.id(), Set.of());
    return !mods.isEmpty() && !own.isEmpty() && own.stream().noneMatch(mods::contains);
  }

  /**
   * Whether the role, first written with "the" at {@code known} before the article names {@code e},
   * stands for someone else: {@code e} was not given the role.
   */
  private boolean knownElsewhere(Entity e, String role, int[] known) {
    return known != NOWHERE
        && namedAfter(e, known)
        && !rolesOf.getOrDefault(e.id(), Set.of()).contains(role);
  }

  /**
   * Where the article first writes the role with a definite determiner right before it and no "of"
   * after it ("The President announced", not "the president of the club"), {sentence, offset}, or
   * {@link #NOWHERE}.
   */
  private int[] firstDefiniteUse(String role) {
    return firstDefinite.computeIfAbsent(
        role,
        r -> {
          for (int t = 0; t < sentences.size(); t++) {
            List<Token> toks = sentences.get(t).tokens();
            for (int k = 1; k < toks.size(); k++) {
              Token h = toks.get(k);
              if (h.pos().startsWith("NN")
                  && ABBREVIATIONS.getOrDefault(lower(h), lower(h)).equals(r)
                  && DEFINITE.contains(lower(toks.get(k - 1)))
                  && !(k + 1 < toks.size() && lower(toks.get(k + 1)).equals("of"))) {
                return new int[] {t, toks.get(k - 1).start()};
              }
            }
          }
          return NOWHERE;
        });
  }

  /** The article names {@code e} first after the place {@code at} ({sentence, offset}). */
  private boolean namedAfter(Entity e, int[] at) {
    int[] first = firstNamed.get(e.id());
    return first != null && after(first[0], first[1], at);
  }

  /** Offset {@code start} of sentence {@code t} lies after the place {@code at}. */
  private static boolean after(int t, int start, int[] at) {
    return t > at[0] || t == at[0] && start > at[1];
  }

  private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
  private static final java.util.regex.Pattern MODIFIER =
      java.util.regex.Pattern.compile("JJ.?|NN|NNP|HYPH|VBN");

  /**
   * Whether the article gave this person another part in a case than this one: "The defendant,
   * Terry Nichols, ..." is not the one it later calls "the judge" or "his lawyer" ({@code party} in
   * roles.tsv; other roles may be held together: a senator may be the candidate).
   */
  private boolean otherRoles(Entity e, String role) {
    if (!PARTIES.contains(role)) {
      return false; // a senator may also be the candidate, the nominee, the chairman
    }
    Set<String> given = rolesOf.getOrDefault(e.id(), Set.of());
    return !given.contains(role) && given.stream().anyMatch(PARTIES::contains);
  }

  /**
   * The one person of the story whose name has {@code word} as its last part (a surname), or null
   * when none or several have.
   */
  Entity personNamed(String word) {
    Entity found = null;
    for (Entity e : entities.values()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      String[] parts = e.name().split("\\s+");
      if (parts.length >= 2 && parts[parts.length - 1].equalsIgnoreCase(word)) {
        if (found != null) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  /**
   * Role words before each person mention ("Sen.", "Republican nominee") and in an apposition after
   * it.
   */
  private void learnRoles() {
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> toks = sentences.get(s).tokens();
      for (Mention m : sentences.get(s).mentions()) {
        Entity e = entities.get(m.entity());
        if (e == null || e.type() != EntityType.PERSON) {
          continue;
        }
        Set<String> roles = rolesOf.computeIfAbsent(e.id(), x -> new HashSet<>());
        int first = -1;
        int last = -1;
        for (int k = 0; k < toks.size(); k++) {
          if (toks.get(k).start() >= m.start() && toks.get(k).end() <= m.end()) {
            first = first < 0 ? k : first;
            last = k;
          }
        }
        if (first < 0) {
          continue;
        }
        boolean roleBefore = false;
        Set<String> mods = new HashSet<>();
        for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
          Token t = toks.get(k);
          if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ"))) {
            break;
          }
          String w = ABBREVIATIONS.getOrDefault(lower(t), lower(t));
          if (ROLES.contains(w)) {
            roles.add(w);
            roleBefore = true;
          } else if (roleBefore && modifier(t) != null) {
            mods.add(modifier(t));
          }
        }
        if (!mods.isEmpty()) {
          modifiersOf.computeIfAbsent(e.id(), x -> new HashSet<>()).addAll(mods);
        }
        // an apposition before the name that opens the sentence: "The defendant, Terry Nichols,",
        // "The club's president, Maria Lopez,"
        if (first >= 3
            && lower(toks.get(first - 1)).equals(",")
            && lower(toks.get(0)).equals("the")) {
          boolean nouns = true;
          for (int k = 1; k < first - 1; k++) {
            String pos = toks.get(k).pos();
            nouns &= pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS");
          }
          String w =
              ABBREVIATIONS.getOrDefault(lower(toks.get(first - 2)), lower(toks.get(first - 2)));
          if (nouns && first - 1 <= 5 && ROLES.contains(w)) {
            roles.add(w);
          }
        }
        if (last + 2 < toks.size() && lower(toks.get(last + 1)).equals(",")) {
          for (int k = last + 2; k < toks.size() && k < last + 8; k++) {
            Token t = toks.get(k);
            if (lower(t).equals(",") || t.pos().startsWith("VB")) {
              break;
            }
            String w = ABBREVIATIONS.getOrDefault(lower(t), lower(t));
            if (ROLES.contains(w)) {
              roles.add(w);
            }
          }
        }
      }
    }
  }

  private Optional<Entity> lastMention(int s, int from, int to, boolean place) {
    List<Token> toks = sentences.get(s).tokens();
    for (int k = to - 1; k >= from; k--) {
      Optional<Mention> m = mentionAt(s, toks.get(k));
      if (m.isPresent()) {
        Entity placed = entities.get(m.get().entity());
        Optional<Entity> e =
            place && placed != null && placed.type() == EntityType.PLACE
                ? Optional.of(placed)
                : speaker(m.get());
        if (e.isPresent()) {
          return e;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Entity> speaker(Mention m) {
    Entity e = entities.get(m.entity());
    return e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
        ? Optional.of(e)
        : Optional.empty();
  }

  private Optional<Mention> mentionAt(int s, Token t) {
    return mentionAt(sentences.get(s), t);
  }

  /** The mention of the sentence covering token {@code t}, if any. */
  static Optional<Mention> mentionAt(Sentence sentence, Token t) {
    for (Mention m : sentence.mentions()) {
      if (m.start() <= t.start() && t.end() <= m.end()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** "The", or a capitalised word before a name ("Mayor", "Sen."). */
  private static boolean titleOrArticle(Token t) {
    return lower(t).equals("the") || t.pos().startsWith("NNP");
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> pairs(String kind) {
    Map<String, String> out = new HashMap<>();
    for (String[] row : DataFiles.rows("roles.tsv")) {
      if (row[0].equals(kind) && row.length > 2) {
        out.put(row[1].strip().toLowerCase(Locale.ROOT), row[2].strip().toLowerCase(Locale.ROOT));
      }
    }
    return Map.copyOf(out);
  }

  private static Set<String> roles() {
    Set<String> out = new HashSet<>(RoleWords.ALL);
    // title words that name no one alone: "the Associated Press" is not a press secretary
    out.removeAll(DataFiles.words("roles.tsv", "not-role"));
    return Set.copyOf(out);
  }
}
