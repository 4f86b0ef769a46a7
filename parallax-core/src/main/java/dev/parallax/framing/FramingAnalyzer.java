package dev.parallax.framing;

import dev.parallax.align.SentenceEmbedder;
import dev.parallax.internal.QuoteSpans;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedSentence;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import dev.parallax.model.Wording;
import dev.parallax.nlp.Annotator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Finds the loaded words each article uses in its own voice and scores the article. A word counts
 * only outside quotation marks: a quoted speaker's words are the speaker's. Two kinds of evidence:
 *
 * <ul>
 *   <li>{@code word}: the loaded-word model ({@link LoadedWordModel} over {@link WordFeatures},
 *       trained on expert-marked news sentences) gives the word a probability at or above its
 *       threshold; the term weighs that probability (at most 1);
 *   <li>{@code contrast}: for a fact several articles report, a modifier or verb only this article
 *       used, that the model finds at least half as likely loaded as its threshold and more likely
 *       loaded than any word the other articles used in its place (none, or a more neutral one):
 *       the outlet chose it where the others did not. Parallax alone sees this, so it weighs more
 *       than any single word: 1 + its probability.
 * </ul>
 *
 * score = 100 &times; (sum of weights) / (words in the outlet's own voice), so long and short
 * articles of one story compare.
 *
 * <p>Apart from the words, {@link #passageProbability} says whether a sentence or short passage as
 * a whole is one an expert would call loaded: the loaded-sentence model ({@link SentenceFeatures})
 * reads its MiniLM embedding beside what the word model found, so a sentence can count as loaded
 * when no single word does, while a word is marked only on its own evidence. Thread-safe once
 * constructed.
 */
public final class FramingAnalyzer {
  /**
   * Slots a contrast is read in: how an act or a thing is described (modifiers, verbs). A noun only
   * one outlet used is mostly a detail only it reports, not another word for the same thing; a noun
   * counts when the model marks it on its own.
   */
  private static final Set<String> CHOICES = Set.of("modifier", "VB");

  /** The loaded-sentence model the tool ships, in the format of {@link LoadedWordModel}. */
  public static final String SENTENCE_MODEL = "loaded-sentence-model.tsv";

  private static volatile FramingAnalyzer shared;

  private final LoadedWordModel model;
  private final LoadedLexicon lexicon;
  private final WordFeatures features;
  private final LoadedWordModel sentenceModel;
  private final Optional<WordTagger.Combined> tagger;

  /**
   * An analyzer over a word model, its lexicon and features, and a loaded-sentence model over
   * {@link SentenceFeatures}; words are marked by the word model alone.
   */
  public FramingAnalyzer(
      LoadedWordModel model,
      LoadedLexicon lexicon,
      WordFeatures features,
      LoadedWordModel sentenceModel) {
    this(model, lexicon, features, sentenceModel, Optional.empty());
  }

  /**
   * The same, words marked by the word model's probability combined with a word tagger's ({@link
   * WordTagger.Combined}).
   */
  public FramingAnalyzer(
      LoadedWordModel model,
      LoadedLexicon lexicon,
      WordFeatures features,
      LoadedWordModel sentenceModel,
      Optional<WordTagger.Combined> tagger) {
    this.model = model;
    this.lexicon = lexicon;
    this.features = features;
    this.sentenceModel = sentenceModel;
    this.tagger = tagger;
  }

  /** The analyzer with the model and lexicon the tool ships, loaded on first use. */
  public static FramingAnalyzer shared() {
    FramingAnalyzer f = shared;
    if (f == null) {
      synchronized (FramingAnalyzer.class) {
        f = shared;
        if (f == null) {
          f =
              new FramingAnalyzer(
                  LoadedWordModel.bundled(),
                  LoadedLexicon.bundled(),
                  WordFeatures.create(),
                  LoadedWordModel.read(SENTENCE_MODEL, SentenceFeatures.NAMES),
                  Optional.of(WordTagger.Combined.bundled()));
          shared = f;
        }
      }
    }
    return f;
  }

  /**
   * A word of a sentence with the probability that an expert would mark it loaded: the word model's
   * ({@code linear}) or, with a word tagger, the two models' combined ({@code probability}); {@code
   * tagged} is the tagger's alone (0 without one).
   */
  public record Scored(WordUnit word, double probability, double linear, double tagged) {}

  /** Every word of the sentence in the outlet's own voice, with its probability. */
  public List<Scored> score(Sentence s, IntPredicate quoted) {
    return score(s, quoted, text -> tagger.get().tagger().tag(text));
  }

  private List<Scored> score(
      Sentence s, IntPredicate quoted, Function<String, WordTagger.Tagged> tags) {
    List<WordUnit> words = WordUnit.of(s, quoted);
    List<double[]> f = features.of(words, lexicon);
    Optional<WordTagger.Tagged> tagged =
        words.isEmpty() || tagger.isEmpty() ? Optional.empty() : Optional.of(tags.apply(s.text()));
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      double linear = model.probability(f.get(i));
      WordUnit u = words.get(i);
      if (tagged.isPresent()) {
        double t = tagged.get().at(u.start() - s.start(), u.end() - s.start());
        out.add(new Scored(u, tagger.get().combine(linear, t), linear, t));
      } else {
        out.add(new Scored(u, linear, linear, 0));
      }
    }
    return out;
  }

  /** The words of the sentence the model counts as loaded, as they read. */
  public List<String> loadedWords(Sentence s, IntPredicate quoted) {
    return score(s, quoted).stream()
        .filter(x -> x.probability() >= threshold())
        .map(x -> x.word().text())
        .toList();
  }

  /**
   * The probability, by the loaded-sentence model, that an expert would call this sentence (or
   * short passage: MiniLM reads its first 512 word pieces) loaded, from its text and its words as
   * {@link #score} scored them.
   */
  public double passageProbability(String text, List<Scored> words) {
    return passageProbability(SentenceEmbedder.shared().embed(List.of(text))[0], words);
  }

  /** The loaded-sentence model's probability from a passage's embedding and its scored words. */
  private double passageProbability(float[] embedding, List<Scored> words) {
    // the loaded-sentence model was fitted on the word model's probabilities alone
    double[] p = words.stream().mapToDouble(Scored::linear).toArray();
    return sentenceModel.probability(SentenceFeatures.of(embedding, p, model.threshold()));
  }

  /** The same for a whole article read as one passage, its quotations left out of the words. */
  public double passageProbability(Article a) {
    boolean[] quoted = QuoteSpans.mask(a.text());
    List<Scored> words = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      words.addAll(score(s, i -> i >= 0 && i < quoted.length && quoted[i]));
    }
    return passageProbability(a.text(), words);
  }

  /** A passage counts as loaded from this probability of {@link #passageProbability} on. */
  public double passageThreshold() {
    return sentenceModel.threshold();
  }

  /** A word counts as loaded from this probability ({@link Scored#probability}) on. */
  public double threshold() {
    return tagger.map(WordTagger.Combined::threshold).orElse(model.threshold());
  }

  /** Each article scored on its own words, without the contrast of other articles. */
  public List<Framing> analyse(List<Article> articles) {
    return analyse(articles, List.of());
  }

  /**
   * Scores each article and, where facts are known ({@code wordings}), adds the contrast between
   * the wordings of one fact: a word only this article chose where the others chose a neutral one.
   */
  public List<Framing> analyse(List<Article> articles, List<Wording> wordings) {
    Map<String, List<Scored>> bySentence = new HashMap<>();
    Map<String, Article> articleOf = new HashMap<>();
    Map<String, WordTagger.Tagged> tags =
        tagger
            .map(
                t ->
                    t.tagger()
                        .tagAll(
                            articles.stream()
                                .flatMap(a -> a.sentences().stream())
                                .map(Sentence::text)))
            .orElse(Map.of());
    for (Article a : articles) {
      boolean[] quoted = QuoteSpans.mask(a.text());
      for (Sentence s : a.sentences()) {
        bySentence.put(s.id(), score(s, i -> i >= 0 && i < quoted.length && quoted[i], tags::get));
        articleOf.put(s.id(), a);
      }
    }
    Map<Integer, String> noKey = Map.of();
    Set<String> common = everyOutlet(articles, bySentence);
    Map<String, Map<Integer, String>> contrasts = contrasts(wordings, bySentence);
    Map<String, Double> loadedSentences = loadedSentences(articles, bySentence);
    List<Framing> out = new ArrayList<>();
    for (Article a : articles) {
      List<LoadedTerm> terms = new ArrayList<>();
      int words = 0;
      double sum = 0;
      for (Sentence s : a.sentences()) {
        Map<Integer, String> contrast = contrasts.getOrDefault(s.id(), noKey);
        for (Scored sc : bySentence.get(s.id())) {
          words++;
          WordUnit u = sc.word();
          String fact = contrast.get(u.start());
          LoadedTerm t;
          if (fact != null) {
            t =
                new LoadedTerm(
                    a.text().substring(u.start(), u.end()),
                    s.id(),
                    u.start(),
                    u.end(),
                    String.format(
                        Locale.ROOT,
                        "chosen where the other outlets used a more neutral wording of fact %s (model %.2f)",
                        fact,
                        sc.linear()),
                    round(1 + sc.linear()),
                    LoadedTerm.CONTRAST);
          } else if (sc.probability() >= threshold() && !common.contains(u.key())) {
            t =
                new LoadedTerm(
                    a.text().substring(u.start(), u.end()),
                    s.id(),
                    u.start(),
                    u.end(),
                    why(sc),
                    round(sc.probability()),
                    LoadedTerm.WORD);
          } else {
            continue;
          }
          terms.add(t);
          sum += t.weight();
        }
      }
      terms.sort(Comparator.comparingInt(LoadedTerm::start));
      double score = words == 0 ? 0 : Math.round(10000.0 * sum / words) / 100.0;
      List<LoadedSentence> sentences = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        Double p = loadedSentences.get(s.id());
        if (p != null) {
          sentences.add(new LoadedSentence(s.id(), p));
        }
      }
      out.add(new Framing(a.id(), score, words, terms, sentences));
    }
    return out;
  }

  /**
   * The words (lexicon keys) every article of a story of two or more uses in its own voice: the
   * story's common wording ("the flooded cave" in every outlet's account), not one outlet's choice,
   * so none of its articles is marked for them. One article alone (a passage, a BABE sentence) has
   * none.
   */
  static Set<String> everyOutlet(List<Article> articles, Map<String, List<Scored>> bySentence) {
    if (articles.size() < 2) {
      return Set.of();
    }
    Set<String> out = null;
    for (Article a : articles) {
      Set<String> own = new HashSet<>();
      for (Sentence s : a.sentences()) {
        bySentence.get(s.id()).forEach(sc -> own.add(sc.word().key()));
      }
      if (out == null) {
        out = own;
      } else {
        out.retainAll(own);
      }
    }
    return out;
  }

  /**
   * Fewest words in the outlet's own voice for a sentence to be read as a whole: the
   * loaded-sentence model was trained on whole news sentences, not on a speaker's tag.
   */
  static final int MIN_OWN_WORDS = 6;

  /**
   * The sentences the loaded-sentence model reads as loaded, with its probability rounded to two
   * places: each sentence mostly in the outlet's own voice (at least {@value #MIN_OWN_WORDS} own
   * words and at least half its words outside quotation marks; a quoted speaker's words are the
   * speaker's), embedded in one batch.
   */
  private Map<String, Double> loadedSentences(
      List<Article> articles, Map<String, List<Scored>> bySentence) {
    List<Sentence> read = new ArrayList<>();
    for (Article a : articles) {
      for (Sentence s : a.sentences()) {
        int own = bySentence.get(s.id()).size();
        if (own >= MIN_OWN_WORDS && 2 * own >= s.wordCount()) {
          read.add(s);
        }
      }
    }
    Map<String, Double> out = new HashMap<>();
    if (read.isEmpty()) {
      return out;
    }
    float[][] embedded =
        SentenceEmbedder.shared().embed(read.stream().map(Sentence::text).toList());
    for (int i = 0; i < read.size(); i++) {
      Sentence s = read.get(i);
      double prob = passageProbability(embedded[i], bySentence.get(s.id()));
      if (prob >= sentenceModel.threshold()) {
        out.put(s.id(), Math.round(100 * prob) / 100.0);
      }
    }
    return out;
  }

  /**
   * Per sentence, the start offsets of its contrast words and the fact each contrasts in: for every
   * version of a fact, the modifiers and verbs only that version used whose probability by the word
   * model alone is at least half that model's threshold and above that of every word the other
   * versions alone used in the same part of speech, when none of those reaches the threshold.
   */
  private Map<String, Map<Integer, String>> contrasts(
      List<Wording> wordings, Map<String, List<Scored>> bySentence) {
    Map<String, Map<Integer, String>> out = new HashMap<>();
    // measured with the word model's probabilities (the tagger was measured on words alone)
    double floor = model.threshold() / 2;
    for (Wording w : wordings) {
      List<Wording.Version> versions = w.versions();
      if (versions.size() < 2) {
        continue;
      }
      List<List<Scored>> own = new ArrayList<>();
      for (Wording.Version v : versions) {
        Set<String> only = new HashSet<>(v.onlyHere());
        List<Scored> choices = new ArrayList<>();
        for (String sid : v.sentences()) {
          for (Scored sc : bySentence.getOrDefault(sid, List.of())) {
            if (CHOICES.contains(slot(sc.word()))
                && (only.contains(sc.word().headLemma()) || only.contains(sc.word().key()))) {
              choices.add(sc);
            }
          }
        }
        own.add(choices);
      }
      for (int i = 0; i < versions.size(); i++) {
        for (Scored sc : own.get(i)) {
          if (sc.linear() < floor) {
            continue;
          }
          String pos = slot(sc.word());
          double rival = 0;
          for (int j = 0; j < versions.size(); j++) {
            if (j != i) {
              for (Scored o : own.get(j)) {
                if (slot(o.word()).equals(pos)) {
                  rival = Math.max(rival, o.linear());
                }
              }
            }
          }
          if (rival < model.threshold() && sc.linear() > rival) {
            String sid = sentenceOf(versions.get(i), sc, bySentence);
            out.computeIfAbsent(sid, k -> new HashMap<>()).putIfAbsent(sc.word().start(), w.fact());
          }
        }
      }
    }
    return out;
  }

  /**
   * The tagger labels the token part of the name of a person, an organisation or a place: no
   * wording an outlet chose.
   */
  private static boolean inName(Token t) {
    return Annotator.typeOf(t.ner()).filter(type -> type != EntityType.OTHER).isPresent();
  }

  /**
   * The slot a word fills: modifier (adjective, adverb, a compound not headed by a noun), VB, NN
   * (nouns, compounds headed by one) or other (names, a capitalised word the tagger reads inside a
   * name, function words).
   */
  static String slot(WordUnit u) {
    if (u.capitalised() && u.tokens().stream().anyMatch(FramingAnalyzer::inName)) {
      // "the Persian gulf" against "the Gulf" (ECB+ topic 20): part of a place's name, not a
      // wording chosen for the same thing
      return "other";
    }
    String p = WordFeatures.posClass(u);
    if (p.equals("compound")) {
      return u.pos().startsWith("NN") ? "NN" : "modifier";
    }
    return switch (p) {
      case "JJ", "RB" -> "modifier";
      case "VB", "NN" -> p;
      default -> "other";
    };
  }

  private static String sentenceOf(
      Wording.Version v, Scored sc, Map<String, List<Scored>> bySentence) {
    for (String sid : v.sentences()) {
      if (bySentence.getOrDefault(sid, List.of()).contains(sc)) {
        return sid;
      }
    }
    throw new IllegalStateException("word " + sc.word().text() + " in no sentence of its version");
  }

  private String why(Scored sc) {
    WordUnit u = sc.word();
    LoadedLexicon.Entry e = lexicon.get(u.key());
    List<String> parts = new ArrayList<>();
    if (e.sentences() > 0) {
      parts.add("experts marked it in " + e.marked() + " of " + e.sentences() + " news sentences");
    }
    double v = features.valence(u);
    if (v != 0) {
      parts.add(String.format(Locale.ROOT, "VADER %+.1f", v));
    }
    if (tagger.isPresent()) {
      parts.add(String.format(Locale.ROOT, "word tagger %.2f in this sentence", sc.tagged()));
    }
    if (parts.isEmpty()) {
      parts.add("like words experts marked");
    }
    return String.format(
        Locale.ROOT, "loaded word (model %.2f: %s)", sc.probability(), String.join("; ", parts));
  }

  private static double round(double w) {
    return Math.round(w * 1000) / 1000.0;
  }
}
