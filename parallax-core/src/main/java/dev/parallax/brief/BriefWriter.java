package dev.parallax.brief;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.QuoteSpans;
import dev.parallax.model.Article;
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
 * Writes the neutral brief from the aligned facts: what every article reports first, then what
 * several report, then notable claims of one article labelled {@code Only <outlet> reports: }. Each
 * brief sentence is the least loaded wording among the fact's aligned sentences (fewest words the
 * framing stage counts as loaded in the outlet's own voice; quotations kept only with their
 * attribution) and cites every
 * sentence of the fact. Facts whose every wording is loaded are left out. Thread-safe.
 */
public final class BriefWriter {
  /** Single-source claims an automatic-length brief adds. */
  static final int AUTO_SINGLES = 3;

  private static final Set<String> ATTRIBUTION = attributionWords();

  /** Verbs of saying and the words that open an attribution without one ("according to"). */
  private static Set<String> attributionWords() {
    Set<String> out = new java.util.HashSet<>(DataFiles.words("attribution.tsv", "speech-verb"));
    out.addAll(DataFiles.words("attribution.tsv", "attribution-head"));
    return Set.copyOf(out);
  }

  private final LoadedWords loaded;

  private BriefWriter(LoadedWords loaded) {
    this.loaded = loaded;
  }

  /** A writer that judges each wording with the framing stage's word model alone. */
  public static BriefWriter create() {
    return new BriefWriter(LoadedWords.load());
  }

  /**
   * A writer that avoids the loaded words the framing stage marked in these articles, contrasts with
   * other outlets' wording of a fact included.
   */
  public static BriefWriter create(List<dev.parallax.model.Framing> framing) {
    return new BriefWriter(LoadedWords.of(framing));
  }

  /** A writer that treats exactly these words as loaded (tests). */
  static BriefWriter withLoadedWords(Set<String> words) {
    return new BriefWriter(LoadedWords.of(words));
  }

  /**
   * The brief: at most {@code sentences} sentences, or with {@code 0} every fact of several articles
   * and up to {@value #AUTO_SINGLES} single-source claims.
   */
  public List<BriefSentence> write(List<Article> articles, List<Fact> facts, int sentences) {
    if (sentences < 0) {
      throw new IllegalArgumentException("sentences must be >= 0, was " + sentences);
    }
    Map<String, Sentence> byId = new HashMap<>();
    Map<String, Article> articleOf = new HashMap<>();
    Map<String, Double> position = new HashMap<>();
    Set<String> insideQuote = new java.util.HashSet<>();
    for (Article a : articles) {
      boolean[] quoted = QuoteSpans.mask(a.text());
      for (Sentence s : a.sentences()) {
        if (s.start() < quoted.length && quoted[s.start()] && !LoadedWords.hasQuote(s.text())) {
          insideQuote.add(s.id()); // a sentence in the middle of a quotation: the speaker's words
        }
      }
      int n = a.sentences().size();
      for (int i = 0; i < n; i++) {
        Sentence s = a.sentences().get(i);
        byId.put(s.id(), s);
        articleOf.put(s.id(), a);
        position.put(s.id(), n <= 1 ? 0.0 : (double) i / (n - 1));
      }
    }
    record Candidate(Fact fact, Sentence chosen, int tier, double position, double priority) {}
    List<Candidate> multi = new ArrayList<>();
    List<Candidate> singles = new ArrayList<>();
    for (Fact f : facts) {
      List<Sentence> versions = f.sentences().stream().map(byId::get).filter(s -> s != null).toList();
      if (versions.isEmpty()) {
        continue;
      }
      Sentence chosen = versions.stream().min(Comparator.comparingDouble(v -> cost(v, insideQuote))).orElseThrow();
      double pos = versions.stream().mapToDouble(s -> position.get(s.id())).average().orElse(0);
      if (!loaded.inOwnVoice(chosen).isEmpty()) {
        // every wording of it is loaded: a neutral brief does not repeat it
        continue;
      }
      if (!attributedIfQuoted(chosen, insideQuote)) {
        continue; // every wording is a quotation with no named speaker: it cannot stand alone
      }
      if (f.support() > 1) {
        int tier = f.support() == articles.size() ? 0 : 1;
        multi.add(new Candidate(f, chosen, tier, pos, f.support() + f.confidence()));
      } else if (attributedIfQuoted(chosen, insideQuote) && LoadedWords.balanced(chosen.text())) {
        singles.add(new Candidate(f, chosen, 2, pos, notability(chosen) + f.confidence()));
      }
    }
    multi.sort(Comparator.comparingDouble((Candidate c) -> -c.priority()));
    singles.sort(Comparator.comparingDouble((Candidate c) -> -c.priority()));
    List<Candidate> picked = new ArrayList<>();
    if (sentences == 0) {
      picked.addAll(multi);
      picked.addAll(singles.subList(0, Math.min(AUTO_SINGLES, singles.size())));
    } else {
      for (Candidate c : multi) {
        if (picked.size() < sentences) {
          picked.add(c);
        }
      }
      for (Candidate c : singles) {
        if (picked.size() < sentences) {
          picked.add(c);
        }
      }
    }
    picked.sort(
        Comparator.comparingInt(Candidate::tier)
            .thenComparingInt(c -> -c.fact().support())
            .thenComparingDouble(Candidate::position));
    List<BriefSentence> out = new ArrayList<>();
    Set<String> used = new java.util.HashSet<>();
    for (Candidate c : picked) {
      if (!used.add(c.chosen().id())) {
        continue; // one sentence chosen for two facts says it once
      }
      String text = c.chosen().text();
      if (c.tier() == 2) {
        Article a = articleOf.get(c.chosen().id());
        text = "Only " + a.outlet().orElse(a.id()) + " reports: " + text;
      }
      out.add(new BriefSentence(text, c.fact().sentences(), c.fact().support()));
    }
    return out;
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
    int tokens = s.tokens().size();
    c += tokens < 8 ? 2 : 0;
    c += tokens / 40.0;
    return c;
  }

  /**
   * A sentence with a quotation keeps it attributed: a verb of saying and a named speaker (a person or
   * organisation mention), since "he added" means nothing out of its article.
   */
  private static boolean attributedIfQuoted(Sentence s, Set<String> insideQuote) {
    if (insideQuote.contains(s.id())) {
      return false;
    }
    if (!LoadedWords.hasQuote(s.text())) {
      return true;
    }
    boolean named =
        s.mentions().stream()
            .anyMatch(m -> m.type() == dev.parallax.model.EntityType.PERSON
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

  /** How much a single-source sentence says: names, numbers and dates it carries. */
  private static double notability(Sentence s) {
    long entities = s.mentions().stream().map(m -> m.entity().isEmpty() ? m.text() : m.entity()).distinct().count();
    long numbers = s.tokens().stream().filter(t -> t.pos().equals("CD")).count();
    return entities + numbers + s.times().size();
  }
}
