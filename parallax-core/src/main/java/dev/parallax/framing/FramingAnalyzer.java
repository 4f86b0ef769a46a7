package dev.parallax.framing;

import dev.parallax.internal.QuoteSpans;
import dev.parallax.internal.DataFiles;
import dev.parallax.model.Article;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import dev.parallax.model.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores how loaded each article's own wording is. A word counts only in the outlet's own voice:
 * words inside quotation marks belong to the quoted speaker. Sources of evidence, each with its weight:
 *
 * <ul>
 *   <li>Parallax's list of loaded labels, evaluative words, motive attributions (1.0) and
 *       doubt-casting verbs (0.5) ({@code loaded-terms.tsv});
 *   <li>adjectives and adverbs with a strong VADER valence, |v| &ge; 1.5 (weight |v| / 3, at most 1),
 *       except words that state a fact ("dead", "injured");
 *   <li>intensifiers (0.5).
 * </ul>
 *
 * score = 100 &times; (sum of weights) / (words in the outlet's own voice), so long and short articles of
 * one story compare. Thread-safe once constructed.
 */
public final class FramingAnalyzer {
  private static volatile FramingAnalyzer shared;
  /**
   * Words with a VADER valence that state a fact or name a common thing rather than judge it. Each is
   * common in BABE's expert-labelled news sentences (final_labels_SG2.csv) and rarely or never marked
   * biased there ("killed": 52 sentences, marked in 2; "united": 136, marked in none). Words without a
   * VADER valence need no entry.
   */
  private static final Set<String> FACTUAL = DataFiles.words("not-loaded.txt");
  private static final Map<String, Double> KIND_WEIGHT =
      Map.of("label", 1.0, "evaluative", 1.0, "motive", 1.0, "doubt", 0.5);
  private static final Map<String, String> KIND_WHY =
      Map.of(
          "label", "loaded label",
          "evaluative", "evaluative word",
          "motive", "attributes motive without a source",
          "doubt", "verb that casts doubt or presumes");

  private final Map<String, String> single = new HashMap<>();
  private final Map<List<String>, String> multi = new HashMap<>();
  private final Map<String, Double> valence = new HashMap<>();
  private final Set<String> intensifiers = new HashSet<>();
  private final Map<List<String>, Boolean> multiIntensifiers = new HashMap<>();

  private FramingAnalyzer() {
    for (String[] row : rows("loaded-terms.tsv")) {
      String term = row[0].strip().toLowerCase(Locale.ROOT);
      String[] parts = term.split("\\s+");
      if (parts.length == 1) {
        single.put(term, row[1].strip());
      } else {
        multi.put(List.of(parts), row[1].strip());
      }
    }
    for (String[] row : rows("vader-lexicon.tsv")) {
      valence.put(row[0], Double.parseDouble(row[1]));
    }
    for (String[] row : rows("intensifiers.txt")) {
      String t = row[0].strip().toLowerCase(Locale.ROOT);
      if (t.contains(" ")) {
        multiIntensifiers.put(List.of(t.split("\\s+")), true);
      } else {
        intensifiers.add(t);
      }
    }
  }

  public static FramingAnalyzer shared() {
    FramingAnalyzer f = shared;
    if (f == null) {
      synchronized (FramingAnalyzer.class) {
        if (shared == null) {
          shared = new FramingAnalyzer();
        }
        f = shared;
      }
    }
    return f;
  }

  /**
   * Scores each article and, where facts are known, uses the contrast between the wordings of one
   * fact: a term no other article used for that fact says so in its reason, and a valenced adjective
   * or adverb only one outlet chose for a shared fact counts (weight 0.5) even below the lexicon cut.
   */
  public List<Framing> analyse(List<Article> articles, List<Wording> wordings) {
    List<Framing> plain = analyse(articles);
    Map<String, Map<String, String>> onlyBySentence = new HashMap<>();
    for (Wording w : wordings) {
      for (Wording.Version v : w.versions()) {
        for (String sid : v.sentences()) {
          Map<String, String> m = onlyBySentence.computeIfAbsent(sid, k -> new HashMap<>());
          for (String word : v.onlyHere()) {
            m.putIfAbsent(word, w.fact());
          }
        }
      }
    }
    List<Framing> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      Framing f = plain.get(i);
      boolean[] quoted = QuoteSpans.mask(a.text());
      List<LoadedTerm> terms = new ArrayList<>();
      Set<Integer> counted = new HashSet<>();
      double sum = 0;
      for (LoadedTerm t : f.terms()) {
        String fact = onlyBySentence.getOrDefault(t.sentence(), Map.of()).get(lemmaAt(a, t.start()));
        terms.add(fact == null ? t : new LoadedTerm(t.text(), t.sentence(), t.start(), t.end(),
            t.why() + "; no other outlet used it for fact " + fact, t.weight()));
        counted.add(t.start());
        sum += t.weight();
      }
      for (Sentence s : a.sentences()) {
        Map<String, String> only = onlyBySentence.get(s.id());
        if (only == null) {
          continue;
        }
        for (Token t : s.tokens()) {
          String lemma = t.lemma().toLowerCase(Locale.ROOT);
          String fact = only.get(lemma);
          Double v = valence.get(t.word().toLowerCase(Locale.ROOT));
          if (fact == null || v == null || quoted[t.start()] || counted.contains(t.start())
              || !(t.pos().startsWith("JJ") || t.pos().startsWith("RB")) || Math.abs(v) < 0.8
              || FACTUAL.contains(t.word().toLowerCase(Locale.ROOT))) {
            continue;
          }
          terms.add(new LoadedTerm(t.word(), s.id(), t.start(), t.end(), String.format(Locale.ROOT,
              "wording no other outlet used for fact %s (VADER %+.1f)", fact, v), 0.5));
          counted.add(t.start());
          sum += 0.5;
        }
      }
      terms.sort(java.util.Comparator.comparingInt(LoadedTerm::start));
      double score = f.ownWords() == 0 ? 0 : Math.round(10000.0 * sum / f.ownWords()) / 100.0;
      out.add(new Framing(a.id(), score, f.ownWords(), terms));
    }
    return out;
  }

  private static String lemmaAt(Article a, int start) {
    for (Sentence s : a.sentences()) {
      if (start >= s.start() && start < s.end()) {
        for (Token t : s.tokens()) {
          if (t.start() == start) {
            return t.lemma().toLowerCase(Locale.ROOT);
          }
        }
      }
    }
    return "";
  }

  /**
   * Whether one token, on its own, is a loaded word in this analyzer's terms: a loaded label,
   * evaluative word or motive word of the list, an intensifying adjective, or a strongly valenced
   * adjective or adverb. The brief uses it to pick the least loaded wording, so both views agree.
   */
  public boolean isLoaded(Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    String kind = single.get(word);
    if (kind == null && t.pos().startsWith("NN")) {
      kind = single.get(t.lemma().toLowerCase(Locale.ROOT));
    }
    if (kind != null) {
      return !kind.equals("doubt");
    }
    if (intensifiers.contains(word) && t.pos().startsWith("JJ") && !t.pos().endsWith("R") && !t.pos().endsWith("S")) {
      return true;
    }
    if ((t.pos().startsWith("JJ") || t.pos().startsWith("RB")) && !FACTUAL.contains(word)) {
      Double v = valence.get(word);
      return v != null && Math.abs(v) >= 1.5;
    }
    return false;
  }

  public List<Framing> analyse(List<Article> articles) {
    List<Framing> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(analyse(a));
    }
    return out;
  }

  Framing analyse(Article a) {
    boolean[] quoted = QuoteSpans.mask(a.text());
    List<LoadedTerm> terms = new ArrayList<>();
    int words = 0;
    double sum = 0;
    for (Sentence s : a.sentences()) {
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        if (quoted[t.start()] || !Character.isLetter(t.word().codePointAt(0))) {
          continue;
        }
        words++;
        LoadedTerm term = match(a, s, toks, i, quoted);
        if (term != null) {
          terms.add(term);
          sum += term.weight();
          int span = 1;
          while (i + span < toks.size() && toks.get(i + span).end() <= term.end()) {
            span++;
          }
          i += span - 1;
          words += span - 1;
        }
      }
    }
    double score = words == 0 ? 0 : Math.round(10000.0 * sum / words) / 100.0;
    return new Framing(a.id(), score, words, terms);
  }

  private LoadedTerm match(Article a, Sentence s, List<Token> toks, int i, boolean[] quoted) {
    for (Map.Entry<List<String>, String> m : multi.entrySet()) {
      if (matchesAt(toks, i, m.getKey(), quoted)) {
        Token last = toks.get(i + m.getKey().size() - 1);
        return term(a, s, toks.get(i).start(), last.end(), KIND_WHY.get(m.getValue()), KIND_WEIGHT.get(m.getValue()));
      }
    }
    for (List<String> m : multiIntensifiers.keySet()) {
      if (matchesAt(toks, i, m, quoted)) {
        Token last = toks.get(i + m.size() - 1);
        return term(a, s, toks.get(i).start(), last.end(), "intensifier", 0.5);
      }
    }
    Token t = toks.get(i);
    String word = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    String kind = single.get(word);
    if (kind == null && !lemma.equals(word) && (t.pos().startsWith("NN"))) {
      kind = single.get(lemma);
    }
    if (kind != null) {
      return term(a, s, t.start(), t.end(), KIND_WHY.get(kind), KIND_WEIGHT.get(kind));
    }
    if (intensifiers.contains(word) && intensifies(toks, i)) {
      return term(a, s, t.start(), t.end(), "intensifier", 0.5);
    }
    if ((t.pos().startsWith("JJ") || t.pos().startsWith("RB")) && !FACTUAL.contains(word)) {
      Double v = valence.get(word);
      if (v != null && Math.abs(v) >= 1.5) {
        String why = String.format(Locale.ROOT, "strongly %s word (VADER %+.1f)", v < 0 ? "negative" : "positive", v);
        return term(a, s, t.start(), t.end(), why, Math.min(1.0, Math.abs(v) / 3));
      }
    }
    return null;
  }

  /** An adverb intensifies the adjective, adverb or verb after it; an adjective ("massive") itself. */
  private static boolean intensifies(List<Token> toks, int i) {
    String pos = toks.get(i).pos();
    if (pos.endsWith("R") || pos.endsWith("S")) {
      return false; // comparatives and superlatives ("more than 40") compare, they do not intensify
    }
    if (pos.startsWith("JJ")) {
      return true;
    }
    if (i + 1 >= toks.size()) {
      return false;
    }
    String next = toks.get(i + 1).pos();
    return pos.startsWith("RB") && (next.startsWith("JJ") || next.startsWith("RB") || next.startsWith("VB"));
  }

  private static boolean matchesAt(List<Token> toks, int i, List<String> words, boolean[] quoted) {
    if (i + words.size() > toks.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token t = toks.get(i + k);
      if (quoted[t.start()] || !t.word().toLowerCase(Locale.ROOT).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static LoadedTerm term(Article a, Sentence s, int start, int end, String why, double weight) {
    return new LoadedTerm(a.text().substring(start, end), s.id(), start, end, why, weight);
  }

  private static List<String[]> rows(String name) {
    return DataFiles.rows(name);
  }
}
