package dev.parallax.quote;

import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.QuoteDiff;
import dev.parallax.model.QuoteGroup;
import dev.parallax.model.QuoteVariance;
import dev.parallax.model.Sentence;
import dev.parallax.model.Speaker;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups versions of one quotation across articles. It compares statements (a quotation with the
 * parts an attribution broke off it) pairwise: identical word for word up to typography, case and
 * punctuation; partial when one is a run of (nearly) the other's words; reworded when the speakers
 * are the same or related and the content words overlap enough. Short fragments match only when the
 * speakers agree or one is unknown. Statements carried by one article form no group.
 */
final class QuoteGrouper {

  /** One or more quotes of one article that make up a single statement. */
  static final class Statement {
    final int order;
    final String article;
    final List<String> quoteIds;
    final Optional<Speaker> speaker;
    final List<String> display;
    final List<String> keys;

    Statement(
        int order, String article, List<String> quoteIds, Optional<Speaker> speaker, String text) {
      this.order = order;
      this.article = article;
      this.quoteIds = List.copyOf(quoteIds);
      this.speaker = speaker;
      this.display = Words.display(text);
      this.keys = Words.keys(display);
    }
  }

  static final double PARTIAL_COVERAGE = 0.85;
  static final double REWORDED_OVERLAP = 0.4;
  static final int REWORDED_SHARED = 3;
  static final double SHORT_SIMILARITY = 0.75;

  private final Map<String, Set<String>> related;

  private QuoteGrouper(Map<String, Set<String>> related) {
    this.related = related;
  }

  static QuoteGrouper of(List<Article> articles, List<Entity> entities) {
    return new QuoteGrouper(relations(articles, entities));
  }

  List<QuoteGroup> group(List<Statement> statements) {
    int n = statements.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // versions word for word or cut first; a rewording joins only a group its article is not in
    // yet: "I could not in good conscience vote against impeachment because ..." is another
    // statement of an article whose version of "I could not in good conscience vote either yes or
    // no" is already there (AllSides train-2222)
    List<int[]> reworded = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Statement a = statements.get(i);
        Statement b = statements.get(j);
        if (a.article.equals(b.article)) {
          continue;
        }
        Optional<QuoteVariance> v = match(a, b);
        if (v.isPresent() && v.get() == QuoteVariance.REWORDED) {
          reworded.add(new int[] {i, j});
        } else if (v.isPresent()) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    for (int[] p : reworded) {
      int ri = find(parent, p[0]);
      int rj = find(parent, p[1]);
      if (ri != rj
          && !articlesOf(statements, parent, ri).contains(statements.get(p[1]).article)
          && !articlesOf(statements, parent, rj).contains(statements.get(p[0]).article)) {
        parent[ri] = rj;
      }
    }
    Map<Integer, List<Statement>> components = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(statements.get(i));
    }
    List<List<Statement>> kept = new ArrayList<>();
    for (List<Statement> c : components.values()) {
      if (c.stream().map(s -> s.article).distinct().count() >= 2) {
        kept.add(c);
      }
    }
    kept.sort((x, y) -> Integer.compare(x.get(0).order, y.get(0).order));
    List<QuoteGroup> out = new ArrayList<>();
    for (List<Statement> c : kept) {
      out.add(toGroup("G" + (out.size() + 1), c));
    }
    return out;
  }

  /** The articles of the statements whose root is {@code root}. */
  private static Set<String> articlesOf(List<Statement> statements, int[] parent, int root) {
    Set<String> out = new HashSet<>();
    for (int k = 0; k < statements.size(); k++) {
      if (find(parent, k) == root) {
        out.add(statements.get(k).article);
      }
    }
    return out;
  }

  private QuoteGroup toGroup(String id, List<Statement> members) {
    Statement ref = members.get(0);
    for (Statement s : members) {
      if (s.keys.size() > ref.keys.size()) {
        ref = s;
      }
    }
    QuoteVariance variance = QuoteVariance.IDENTICAL;
    List<QuoteDiff> diffs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Map<String, Integer> votes = new LinkedHashMap<>();
    Map<String, Speaker> byId = new HashMap<>();
    for (Statement s : members) {
      ids.addAll(s.quoteIds);
      s.speaker.ifPresent(
          sp -> {
            votes.merge(sp.entity(), 1, Integer::sum);
            byId.putIfAbsent(sp.entity(), sp);
          });
      if (s == ref) {
        continue;
      }
      QuoteVariance v = match(ref, s).orElse(classify(ref, s));
      if (v.compareTo(variance) > 0) {
        variance = v;
      }
      diffs.add(new QuoteDiff(ref.quoteIds, s.quoteIds, v, WordDiff.diff(ref.display, s.display)));
    }
    Optional<Speaker> speaker =
        votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byId.get(e.getKey()));
    return new QuoteGroup(id, ids, speaker, variance, diffs);
  }

  /** How {@code b} relates to {@code a}, or empty when they are not the same quotation. */
  Optional<QuoteVariance> match(Statement a, Statement b) {
    if (a.keys.isEmpty() || b.keys.isEmpty()) {
      return Optional.empty();
    }
    List<String> small = a.keys.size() <= b.keys.size() ? a.keys : b.keys;
    List<String> big = small == a.keys ? b.keys : a.keys;
    boolean compatible = a.speaker.isEmpty() || b.speaker.isEmpty() || sameOrRelated(a, b);
    boolean shortOne = small.size() <= 4;
    if (a.keys.equals(b.keys)) {
      return shortOne && !compatible ? Optional.empty() : Optional.of(QuoteVariance.IDENTICAL);
    }
    if (Words.contains(big, small)) {
      return shortOne && !compatible ? Optional.empty() : Optional.of(QuoteVariance.PARTIAL);
    }
    if (small.size() >= 5 && Words.lcs(small, big) >= PARTIAL_COVERAGE * small.size()) {
      // all words kept in order: a cut; some replaced: a rewording of the same sentence
      return Optional.of(
          Words.lcs(small, big) == small.size() ? QuoteVariance.PARTIAL : QuoteVariance.REWORDED);
    }
    if (a.speaker.isPresent() && b.speaker.isPresent() && sameOrRelated(a, b) && similar(a, b)) {
      return Optional.of(QuoteVariance.REWORDED);
    }
    return Optional.empty();
  }

  /** The variance of two versions already known to be one quotation. */
  private static QuoteVariance classify(Statement a, Statement b) {
    List<String> small = a.keys.size() <= b.keys.size() ? a.keys : b.keys;
    List<String> big = small == a.keys ? b.keys : a.keys;
    if (a.keys.equals(b.keys)) {
      return QuoteVariance.IDENTICAL;
    }
    if (Words.contains(big, small) || Words.lcs(small, big) == small.size()) {
      return QuoteVariance.PARTIAL;
    }
    return QuoteVariance.REWORDED;
  }

  /**
   * Same meaning in other words: enough shared content words, or a short phrase with a word
   * swapped.
   */
  static boolean similar(Statement a, Statement b) {
    Set<String> ca = Words.content(a.keys);
    Set<String> cb = Words.content(b.keys);
    Set<String> shared = new HashSet<>(ca);
    shared.retainAll(cb);
    int smaller = Math.min(ca.size(), cb.size());
    if (smaller > 0
        && shared.size() >= REWORDED_SHARED
        && (double) shared.size() / smaller >= REWORDED_OVERLAP) {
      return true;
    }
    boolean bothShort = a.keys.size() <= 6 && b.keys.size() <= 6;
    return bothShort
        && Math.abs(a.keys.size() - b.keys.size()) <= 1
        && !shared.isEmpty()
        && Words.charSimilarity(String.join(" ", a.keys), String.join(" ", b.keys))
            >= SHORT_SIMILARITY;
  }

  private boolean sameOrRelated(Statement a, Statement b) {
    String x = a.speaker.get().entity();
    String y = b.speaker.get().entity();
    return x.equals(y)
        || related.getOrDefault(x, Set.of()).contains(y)
        || related.getOrDefault(y, Set.of()).contains(x);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  // ---------------------------------------------------------------- related speakers

  /**
   * People related to organisations they speak for, from their titles: the organisation's mention
   * right before the title ("White House Press Secretary X"), or a title that repeats every word of
   * the organisation's name up to inflection ("Y's Foreign Minister X" and "Y's Foreign Ministry").
   */
  static Map<String, Set<String>> relations(List<Article> articles, List<Entity> entities) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) {
      byId.put(e.id(), e);
    }
    Map<String, Set<String>> out = new HashMap<>();
    for (Article a : articles) {
      for (Sentence s : a.sentences()) {
        for (Mention p : s.mentions()) {
          Entity person = byId.get(p.entity());
          if (person == null || person.type() != EntityType.PERSON) {
            continue;
          }
          int titleStart = titleStart(s, p);
          if (titleStart >= p.start()) {
            continue;
          }
          Set<String> titleStems = new HashSet<>();
          for (String w : Words.display(a.text().substring(titleStart, p.start()))) {
            titleStems.add(Words.stem(w));
          }
          for (Mention o : s.mentions()) {
            Entity org = byId.get(o.entity());
            if (org == null || org.type() != EntityType.ORGANIZATION) {
              continue;
            }
            if (o.end() <= p.start() && o.end() >= titleStart - 1) {
              out.computeIfAbsent(person.id(), k -> new HashSet<>()).add(org.id());
            }
          }
          for (Entity org : entities) {
            if (org.type() != EntityType.ORGANIZATION) {
              continue;
            }
            List<String> names = new ArrayList<>(org.aliases());
            names.add(org.name());
            for (String name : names) {
              Set<String> stems = new HashSet<>();
              for (String w : Words.display(name)) {
                if (!Words.isStop(Words.key(w))) {
                  stems.add(Words.stem(w));
                }
              }
              if (stems.size() >= 2 && titleStems.containsAll(stems)) {
                out.computeIfAbsent(person.id(), k -> new HashSet<>()).add(org.id());
              }
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Start offset of the capitalised title words right before a person mention (its start if none).
   */
  private static int titleStart(Sentence s, Mention p) {
    List<Token> toks = s.tokens();
    int start = p.start();
    int count = 0;
    for (int k = toks.size() - 1; k >= 0 && count < 8; k--) {
      Token t = toks.get(k);
      if (t.end() > p.start()) {
        continue;
      }
      String w = t.word();
      boolean titleLike =
          !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
              || w.equals("'s")
              || w.equals("’s")
              || w.equals("of")
              || w.equals("press")
              || w.equals("secretary")
              || w.equals("minister")
              || w.equals("spokesperson");
      if (!titleLike) {
        break;
      }
      start = t.start();
      count++;
    }
    return start;
  }
}
