package dev.parallax.eval;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a PolNeAR gold source names, for scoring speakers as issue 16 defines it: a source that holds
 * a name ({@link #named}) is that name; a source that is "he" or "she", or a title or role ("the"
 * and up to four words ending in a role word: "the senator", "the Vermont senator"), is the nearest
 * named person before it whose given name does not contradict the pronoun's or the role's gender
 * (the given names of {@code first-names.tsv}). A named person here is a gold source (of any
 * attribution of the article, outside the gold direct quotations) that holds a person's name, as
 * the tagger and the entity resolver read it; the person is that entity. People named in passing
 * are not candidates: the annotators' sources are the people the article has speaking, and a "he
 * said" continues one of them. Any other source ("they", "officials", "a source") names no one and
 * is not scored.
 */
final class GoldSources {
  /** Nouns that name a person's role: roles.tsv and person-titles.txt. */
  static final Set<String> ROLES = roles();

  private static final Map<String, Character> GIVEN = given();
  private static final Map<String, Character> ROLE_GENDER = roleGender();

  private final Polnear.Doc doc;
  private final List<int[]> persons = new java.util.ArrayList<>(); // original start, entity index
  private final List<Entity> personEntities = new java.util.ArrayList<>();

  /** Spans (original offsets) of the person and organisation mentions of the article. */
  private final List<int[]> names = new java.util.ArrayList<>();

  /** Spans (original offsets) of the person mentions of the article. */
  private final List<int[]> people = new java.util.ArrayList<>();

  GoldSources(Polnear.Doc doc, Article article, TextMap map, Map<String, Entity> entities) {
    this.doc = doc;
    List<int[]> mentions = new java.util.ArrayList<>(); // original start, end, entity index
    List<Entity> mentioned = new java.util.ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (Mention m : s.mentions()) {
        Entity e = entities.get(m.entity());
        boolean speakerLike =
            e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
        int[] span = speakerLike ? map.span(m.start(), m.end()) : null;
        if (span != null) {
          names.add(span);
          if (e.type() == EntityType.PERSON) {
            people.add(span);
            mentions.add(new int[] {span[0], span[1], mentioned.size()});
            mentioned.add(e);
          }
        }
      }
    }
    Set<Integer> seen = new HashSet<>();
    for (Polnear.Attribution a : doc.attributions()) {
      if (a.source().isEmpty() || !named(a)) {
        continue;
      }
      Polnear.Span src = a.source().get();
      if (insideDirect(src.start()) || !seen.add(src.start())) {
        continue;
      }
      for (int[] m : mentions) {
        if (m[0] < src.end() && m[1] > src.start()) {
          persons.add(new int[] {src.start(), personEntities.size()});
          personEntities.add(mentioned.get(m[2]));
          break;
        }
      }
    }
  }

  /**
   * Whether the gold source holds a name: a capitalised word that is not a pronoun, title or role
   * ({@link QuotesSuite#nameWords}) and, in its span, a person or organisation as the tagger and
   * the entity resolver read the article. "Another New Hampshire Republican" and "Saudi officials"
   * hold place names but name no one.
   */
  boolean named(Polnear.Attribution a) {
    if (a.source().isEmpty() || !QuotesSuite.named(a.source().get().text())) {
      return false;
    }
    if (title(a.source().get())) {
      return false; // "the Senate minority leader" is a title to resolve, not a name
    }
    return overlaps(a.source().get(), names);
  }

  /**
   * A source that is "the" and up to four words ending in a role word written in lower case,
   * holding no person's name: "the Senate minority leader", "the Treasury secretary"; not "the
   * Associated Press", where the tagger may have taken "Associated" alone.
   */
  private boolean title(Polnear.Span src) {
    String text = src.text().strip();
    String head = text.substring(text.lastIndexOf(' ') + 1);
    return QuotesSuite.resolvable(text)
        && Character.isLowerCase(head.codePointAt(0))
        && !overlaps(src, people);
  }

  private static boolean overlaps(Polnear.Span span, List<int[]> spans) {
    for (int[] p : span.pieces()) {
      for (int[] n : spans) {
        if (n[0] < p[1] && n[1] > p[0]) {
          return true;
        }
      }
    }
    return false;
  }

  /** The name the gold source stands for, if it names or resolves to someone. */
  Optional<String> target(Polnear.Attribution a) {
    if (a.source().isEmpty()) {
      return Optional.empty();
    }
    String text = a.source().get().text();
    if (named(a)) {
      return Optional.of(text);
    }
    if (!QuotesSuite.resolvable(text)) {
      return Optional.empty();
    }
    String[] w = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    Character gender =
        w[0].equals("he")
            ? Character.valueOf('m')
            : w[0].equals("she") ? Character.valueOf('f') : ROLE_GENDER.get(w[w.length - 1]);
    int before = a.source().get().start();
    Entity nearest = null;
    int nearestAt = -1;
    for (int[] p : persons) {
      Entity e = personEntities.get(p[1]);
      if (p[0] < before && p[0] > nearestAt && compatible(e, gender)) {
        nearest = e;
        nearestAt = p[0];
      }
    }
    return Optional.ofNullable(nearest).map(Entity::name);
  }

  private static boolean compatible(Entity e, Character gender) {
    if (gender == null) {
      return true;
    }
    String first = e.name().strip().split("[\\s.]+")[0].toLowerCase(Locale.ROOT);
    Character g = GIVEN.get(first);
    return g == null || g.equals(gender);
  }

  private boolean insideDirect(int offset) {
    for (Polnear.Attribution a : doc.attributions()) {
      if (Polnear.direct(a.content())) {
        for (int[] p : a.content().pieces()) {
          if (offset >= p[0] && offset < p[1]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Set<String> roles() {
    Set<String> out = new HashSet<>(DataFiles.words("roles.tsv", "role"));
    out.addAll(DataFiles.words("person-titles.txt"));
    return Set.copyOf(out);
  }

  private static Map<String, Character> given() {
    Map<String, Character> m = new HashMap<>();
    for (String[] f : DataFiles.rows("first-names.tsv")) {
      m.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip().charAt(0));
    }
    return m;
  }

  private static Map<String, Character> roleGender() {
    Map<String, Character> m = new HashMap<>();
    for (String[] f : DataFiles.rows("roles.tsv")) {
      if (f[0].equals("gender") && f.length > 2) {
        m.put(f[1].strip().toLowerCase(Locale.ROOT), f[2].strip().charAt(0));
      }
    }
    return m;
  }
}
