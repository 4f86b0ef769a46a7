package dev.parallax.quote;

import dev.parallax.model.Article;
import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Entity;
import dev.parallax.model.Speaker;
import dev.parallax.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One article's attributions: the reported ones {@link AttributionFinder} finds, and every
 * quotation (not a scare-quoted fragment) as a direct one. A content that is exactly quotations
 * takes their speaker as its source, so that the quotes and the attributions never disagree on who
 * spoke; a quotation no cue's content covers is listed with the attribution {@link QuoteFinder}
 * gave it.
 */
final class Attributions {
  private Attributions() {}

  static List<Attribution> of(
      QuoteFinder finder,
      Map<String, Entity> entities,
      Map<QuoteFinder.Found, String> quoteIds,
      int before) {
    Article a = finder.article();
    List<AttributionFinder.Draft> drafts =
        new AttributionFinder(finder, new Sources(finder, entities)).find();
    List<Attribution> out = new ArrayList<>();
    Set<QuoteFinder.Found> covered = new HashSet<>();
    Set<String> seen = new HashSet<>();
    List<Item> items = new ArrayList<>();
    for (AttributionFinder.Draft d : drafts) {
      if (!seen.add(d.contentStart + ":" + d.contentEnd + ":" + d.cueStart)) {
        continue;
      }
      Optional<Speaker> source = d.source.map(e -> new Speaker(e.id(), e.name()));
      int contentStart = d.contentStart;
      int contentEnd = d.contentEnd;
      if (d.kind == AttributionKind.DIRECT && !d.quotes.isEmpty()) {
        QuoteFinder.Found q0 = d.quotes.get(0);
        contentStart = q0.span.start();
        contentEnd = d.quotes.get(d.quotes.size() - 1).span.end();
        if (q0.speaker.isPresent()) {
          source = q0.speaker;
        }
      }
      if (d.kind != AttributionKind.INDIRECT) {
        d.quotes.forEach(covered::add);
      }
      items.add(
          new Item(
              contentStart,
              contentEnd,
              d.firstSentence,
              d.lastSentence,
              d.kind,
              source,
              span(a, d.sourceStart, d.sourceEnd),
              span(a, d.cueStart, d.cueEnd),
              ids(d.quotes, quoteIds),
              d.statement || d.kind == AttributionKind.DIRECT));
    }
    for (QuoteFinder.Found q : finder.found()) {
      if (q.fragment || covered.contains(q)) {
        continue;
      }
      Optional<TextSpan> cue =
          q.cueOffset >= 0 ? span(a, q.cueOffset, q.cueOffset + q.cue.length()) : Optional.empty();
      int first = q.startSentence;
      int last = q.endSentence;
      if (q.cueOffset >= 0) {
        int cs = finder.sentenceAt(q.cueOffset);
        first = Math.min(first, cs);
        last = Math.max(last, cs);
      }
      items.add(
          new Item(
              q.span.start(),
              q.span.end(),
              first,
              last,
              AttributionKind.DIRECT,
              q.speaker,
              Optional.empty(),
              cue,
              List.of(quoteIds.get(q)),
              true));
    }
    items.sort(Comparator.comparingInt(Item::start).thenComparingInt(Item::end));
    String text = a.text();
    for (Item it : items) {
      int end = it.end();
      while (end > it.start() && ",;: \n".indexOf(text.charAt(end - 1)) >= 0) {
        end--; // as a quotation's text: no trailing comma, semicolon or colon
      }
      List<String> sentences = new ArrayList<>();
      for (int s = Math.max(0, it.first()); s <= it.last() && s < a.sentences().size(); s++) {
        sentences.add(a.sentences().get(s).id());
      }
      out.add(
          new Attribution(
              "R" + (before + out.size() + 1),
              a.id(),
              sentences,
              it.kind(),
              it.source(),
              it.sourceText(),
              it.cue(),
              new TextSpan(text.substring(it.start(), end), it.start(), end),
              it.quotes(),
              it.statement()));
    }
    return out;
  }

  private record Item(
      int start,
      int end,
      int first,
      int last,
      AttributionKind kind,
      Optional<Speaker> source,
      Optional<TextSpan> sourceText,
      Optional<TextSpan> cue,
      List<String> quotes,
      boolean statement) {}

  private static List<String> ids(
      List<QuoteFinder.Found> quotes, Map<QuoteFinder.Found, String> quoteIds) {
    List<String> out = new ArrayList<>();
    for (QuoteFinder.Found q : quotes) {
      String id = quoteIds.get(q);
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  private static Optional<TextSpan> span(Article a, int start, int end) {
    if (start < 0 || end <= start || end > a.text().length()) {
      return Optional.empty();
    }
    return Optional.of(new TextSpan(a.text().substring(start, end), start, end));
  }
}
