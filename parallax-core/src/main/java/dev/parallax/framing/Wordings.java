package dev.parallax.framing;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.QuoteSpans;
import dev.parallax.model.Article;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import dev.parallax.model.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts the wordings of each fact reported by several articles side by side and finds, per version,
 * the content words (nouns, adjectives, adverbs, verbs; outside quotation marks) that no other
 * article used for that fact: where the same fact is told, those words are the outlet's choice.
 */
public final class Wordings {
  private static final Set<String> LIGHT = lightWords();

  /** Function words and the light verbs of reporting: too light to mark one outlet's wording. */
  private static Set<String> lightWords() {
    Set<String> out = new java.util.HashSet<>(DataFiles.words("function-words.txt"));
    out.addAll(DataFiles.words("grammar.tsv", "light-word"));
    return Set.copyOf(out);
  }

  private Wordings() {}

  public static List<Wording> build(List<Article> articles, List<Fact> facts) {
    Map<String, Article> byId = new HashMap<>();
    Map<String, Sentence> sentences = new HashMap<>();
    Map<String, boolean[]> quoted = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
      quoted.put(a.id(), QuoteSpans.mask(a.text()));
      for (Sentence s : a.sentences()) {
        sentences.put(s.id(), s);
      }
    }
    List<Wording> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f.articles().size() < 2) {
        continue;
      }
      Map<String, List<Sentence>> perArticle = new java.util.LinkedHashMap<>();
      for (String sid : f.sentences()) {
        Sentence s = sentences.get(sid);
        if (s != null) {
          perArticle
              .computeIfAbsent(sid.substring(0, sid.indexOf('.')), k -> new ArrayList<>())
              .add(s);
        }
      }
      Map<String, Set<String>> words = new HashMap<>();
      for (Map.Entry<String, List<Sentence>> e : perArticle.entrySet()) {
        Set<String> w = new LinkedHashSet<>();
        for (Sentence s : e.getValue()) {
          w.addAll(contentWords(s, quoted.get(e.getKey())));
        }
        words.put(e.getKey(), w);
      }
      List<Wording.Version> versions = new ArrayList<>();
      for (Map.Entry<String, List<Sentence>> e : perArticle.entrySet()) {
        Set<String> others = new HashSet<>();
        words.forEach(
            (k, v) -> {
              if (!k.equals(e.getKey())) {
                others.addAll(v);
              }
            });
        List<String> only = new ArrayList<>();
        for (String w : words.get(e.getKey())) {
          if (!others.contains(w)) {
            only.add(w);
          }
        }
        StringBuilder text = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (Sentence s : e.getValue()) {
          if (text.length() > 0) {
            text.append(' ');
          }
          text.append(s.text());
          ids.add(s.id());
        }
        versions.add(new Wording.Version(e.getKey(), ids, text.toString(), only));
      }
      out.add(new Wording(f.id(), versions));
    }
    return out;
  }

  /** Lower-case lemmas of the sentence's content words in the outlet's own voice. */
  static Set<String> contentWords(Sentence s, boolean[] quoted) {
    Set<String> w = new LinkedHashSet<>();
    for (Token t : s.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      boolean content =
          t.pos().matches("NNS?|JJ.*|RB.*|VB.*")
              && lemma.length() > 2
              && Character.isLetter(lemma.codePointAt(0))
              && !LIGHT.contains(lemma);
      if (!quoted[t.start()] && content) {
        w.add(lemma);
      }
    }
    return w;
  }
}
