package dev.parallax.quote;

import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Fact;
import dev.parallax.model.Report;
import dev.parallax.model.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A speaker's claims that several outlets carry: for each speaker and each fact of several
 * articles, in the facts' order, the speaker's attributions with a sentence stating that fact, when
 * they come from two articles or more and one of them is reported speech (a quotation every outlet
 * carries alone is a quote group). A fact whose attributions an earlier fact of the same speaker
 * already holds is not listed again. Derived from the report's attributions and facts.
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
        for (Attribution a : own) {
          if (a.sentences().stream().anyMatch(factSentences::contains)) {
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
}
