package dev.parallax.report;

import dev.parallax.model.Article;
import dev.parallax.model.Quote;
import dev.parallax.model.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookups the human-readable reports (these formats and the web pages) share for the "Who said what"
 * section.
 */
public final class QuoteViews {
  private final Map<String, Quote> quotes = new LinkedHashMap<>();
  private final Map<String, Article> articles = new LinkedHashMap<>();

  public QuoteViews(Report report) {
    for (Quote q : report.quotes()) {
      quotes.put(q.id(), q);
    }
    for (Article a : report.articles()) {
      articles.put(a.id(), a);
    }
  }

  /** Quotes by speaker name, speakers in order of first quote; unattributed ones last, under "". */
  Map<String, List<Quote>> bySpeaker(Report report) {
    Map<String, List<Quote>> out = new LinkedHashMap<>();
    for (Quote q : report.quotes()) {
      q.speaker().ifPresent(s -> out.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(q));
    }
    for (Quote q : report.quotes()) {
      if (q.speaker().isEmpty()) {
        out.computeIfAbsent("", k -> new ArrayList<>()).add(q);
      }
    }
    return out;
  }

  /** The joined text of a version given by its quote ids. */
  public String text(List<String> ids) {
    List<String> parts = new ArrayList<>();
    for (String id : ids) {
      Quote q = quotes.get(id);
      if (q != null) {
        parts.add(q.text());
      }
    }
    return String.join(" … ", parts);
  }

  /** "A2 Outlet" for the article of a version. */
  String outlet(List<String> ids) {
    Quote q = ids.isEmpty() ? null : quotes.get(ids.get(0));
    if (q == null) {
      return "?";
    }
    Article a = articles.get(q.article());
    return q.article() + " " + (a == null ? "" : a.displayName());
  }
}
