package dev.parallax.align;

import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Omissions: a fact that more than half of the other articles report, and at least two articles in
 * all, is an omission of each article that does not. (With two articles every single-source fact
 * would otherwise be an omission of the other; that is "only here", not something left out.) A fact
 * whose sentences agree less than a sentence must agree with a fact to join it (the aligner's join
 * threshold, on the mean pair probability) names no omission: "left out" is said of an article only
 * where the others are shown to state one thing.
 */
final class Omissions {
  private Omissions() {}

  static List<Omission> find(List<Fact> facts, List<String> articles, double agreement) {
    return find(facts, articles, agreement, Set.of(), Set.of());
  }

  /**
   * The same, where {@code titleSentences} are sentences that are their article's title kept as its
   * first paragraph, and {@code titledApart} the articles whose title was taken out of their text.
   * A fact only titles state is no omission of an article whose title was never compared with it:
   * "Biden reverses Trump's transgender military ban" in two texts that keep their titles says
   * nothing of a third whose title, "Biden Ends Partial Ban on Transgender Soldiers in U.S.
   * Military.", was taken out (AllSides train-1111).
   */
  static List<Omission> find(
      List<Fact> facts,
      List<String> articles,
      double agreement,
      Set<String> titleSentences,
      Set<String> titledApart) {
    List<Omission> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f.support() < 2 || f.confidence() < agreement) {
        continue;
      }
      boolean titlesOnly = titleSentences.containsAll(f.sentences());
      for (String a : articles) {
        if (titlesOnly && titledApart.contains(a)) {
          continue;
        }
        if (!f.articles().contains(a) && 2 * f.support() > articles.size() - 1) {
          out.add(new Omission(f.id(), a));
        }
      }
    }
    return out;
  }
}
