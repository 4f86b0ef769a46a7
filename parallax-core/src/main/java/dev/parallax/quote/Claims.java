package dev.parallax.quote;

import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Fact;
import dev.parallax.model.Report;
import dev.parallax.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A speaker's claims that several outlets carry: for each speaker and each fact of several
 * articles, in the facts' order, the speaker's attributions with a sentence stating that fact, when
 * they come from two articles or more and one of them is reported speech, each sharing a content
 * word with another article's (a quotation every outlet carries alone is a quote group). A fact
 * whose attributions an earlier fact of the same speaker already holds is not listed again. Derived
 * from the report's attributions and facts.
 */
public final class Claims {
  private Claims() {}

  /**
   * One claim: {@code speaker} as the attributions name it, {@code fact} the fact's id, {@code
   * attributions} their ids in article order.
   */
  public record Claim(Speaker speaker, String fact, List<String> attributions) {
    public Claim {
      attributions = List.copyOf(attributions);
    }
  }

  /** The report's claims, speakers in order of their first attribution. */
  public static List<Claim> of(Report report) {
    Map<String, List<Attribution>> bySpeaker = new LinkedHashMap<>();
    for (Attribution a : report.attributions()) {
      if (!a.statement()) {
        continue; // what a source did or wanted is no claim of theirs
      }
      a.source()
          .ifPresent(s -> bySpeaker.computeIfAbsent(s.entity(), k -> new ArrayList<>()).add(a));
    }
    Map<String, Set<String>> words = new HashMap<>();
    for (Attribution a : report.attributions()) {
      words.put(a.id(), contentWords(a));
    }
    List<Claim> out = new ArrayList<>();
    for (List<Attribution> own : bySpeaker.values()) {
      if (own.size() < 2) {
        continue;
      }
      Speaker speaker = own.get(0).source().orElseThrow();
      Set<Set<String>> shown = new HashSet<>();
      for (Fact f : report.facts()) {
        if (f.support() < 2) {
          continue;
        }
        Set<String> factSentences = new HashSet<>(f.sentences());
        List<String> ids = new ArrayList<>();
        Set<String> inArticles = new HashSet<>();
        boolean reportedSpeech = false;
        List<Attribution> stating = new ArrayList<>();
        for (Attribution a : own) {
          if (a.sentences().stream().anyMatch(factSentences::contains)) {
            stating.add(a);
          }
        }
        for (Attribution a : stating) {
          if (sharesContent(a, stating, words)) {
            ids.add(a.id());
            inArticles.add(a.article());
            reportedSpeech |= a.kind() != AttributionKind.DIRECT;
          }
        }
        if (inArticles.size() >= 2 && reportedSpeech && shown.add(new HashSet<>(ids))) {
          out.add(new Claim(speaker, f.id(), ids));
        }
      }
    }
    return out;
  }

  /**
   * Whether the attribution's content shares a content word with that of an attribution of another
   * article: two sentences of one fact can carry the same speaker saying different things
   * ("alleging he made an unauthorized disclosure" and "rejected an appeal that would have let him
   * retire", AllSides train-1616), which are not one claim.
   */
  private static boolean sharesContent(
      Attribution a, List<Attribution> others, Map<String, Set<String>> words) {
    Set<String> own = words.get(a.id());
    for (Attribution b : others) {
      if (!b.article().equals(a.article()) && words.get(b.id()).stream().anyMatch(own::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Stems of the content's words that are no function word and of three letters or more ({@link
   * Words#stem}: "anchorages" and "anchorage" alike), from its text alone, which a report read back
   * from JSON keeps.
   */
  private static Set<String> contentWords(Attribution a) {
    Set<String> out = new HashSet<>();
    for (String k : Words.keys(Words.display(a.content().text()))) {
      if (k.length() >= 3 && !Words.isStop(k)) {
        out.add(Words.stem(k));
      }
    }
    return out;
  }
}
