package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.ARTICLE;
import static dev.parallax.store.impl.Documents.A_ID;
import static dev.parallax.store.impl.Documents.A_KIND;
import static dev.parallax.store.impl.Documents.A_OUTLET;
import static dev.parallax.store.impl.Documents.A_OUTLET_NAME;
import static dev.parallax.store.impl.Documents.A_PUBLISHED;
import static dev.parallax.store.impl.Documents.A_STORY;
import static dev.parallax.store.impl.Documents.BODY;
import static dev.parallax.store.impl.Documents.COPY;
import static dev.parallax.store.impl.Documents.STORY;
import static dev.parallax.store.impl.Documents.S_FIRST;
import static dev.parallax.store.impl.Documents.S_LAST;
import static dev.parallax.store.impl.Documents.S_OUTLETS;
import static dev.parallax.store.impl.Documents.TITLE;
import static dev.parallax.store.impl.Documents.ofType;

import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Full-text search over articles (copies left out) and stories: one BM25 query over the {@code
 * title} (boosted 2x) and {@code body} fields with Lucene's English analyzer, the classic query
 * syntax (a query that does not parse is searched as plain words), filters on dates, outlet and
 * entity, and snippets from the unified highlighter with the matched words as half-open spans.
 * Thread-safe.
 */
final class StoreSearch {
  private final StoreIndex index;
  private final Analyzer analyzer = new EnglishAnalyzer();

  StoreSearch(StoreIndex index) {
    this.index = index;
  }

  List<SearchHit> search(SearchQuery query) {
    Query text = parse(query.text());
    BooleanQuery.Builder articles =
        new BooleanQuery.Builder()
            .add(ofType(ARTICLE), Occur.FILTER)
            .add(new TermQuery(new Term(A_KIND, COPY)), Occur.MUST_NOT);
    BooleanQuery.Builder storyDocs = new BooleanQuery.Builder().add(ofType(STORY), Occur.FILTER);
    long since = query.since().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long until = query.until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    if (query.since().isPresent() || query.until().isPresent()) {
      articles.add(LongPoint.newRangeQuery(A_PUBLISHED, since, until), Occur.FILTER);
      storyDocs.add(LongPoint.newRangeQuery(S_LAST, since, Long.MAX_VALUE), Occur.FILTER);
      storyDocs.add(LongPoint.newRangeQuery(S_FIRST, Long.MIN_VALUE, until), Occur.FILTER);
    }
    query
        .outlet()
        .ifPresent(
            o -> {
              articles.add(new TermQuery(new Term(A_OUTLET, Documents.normalise(o))), Occur.FILTER);
              storyDocs.add(
                  new TermQuery(new Term(S_OUTLETS, Documents.normalise(o))), Occur.FILTER);
            });
    query
        .entity()
        .ifPresent(
            e -> {
              articles.add(EntityIndex.articles(index, e), Occur.FILTER);
              storyDocs.add(EntityIndex.stories(index, e), Occur.FILTER);
            });
    Query kinds =
        new BooleanQuery.Builder()
            .add(articles.build(), Occur.SHOULD)
            .add(storyDocs.build(), Occur.SHOULD)
            .setMinimumNumberShouldMatch(1)
            .build();
    Query full = new BooleanQuery.Builder().add(text, Occur.MUST).add(kinds, Occur.FILTER).build();
    return index.read(
        s -> {
          TopDocs top = s.search(full, query.limit());
          if (top.scoreDocs.length == 0) {
            return List.of();
          }
          int[] docs = new int[top.scoreDocs.length];
          for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
          }
          SpanHighlighter highlighter =
              new SpanHighlighter(
                  UnifiedHighlighter.builder(s, analyzer)
                      .withFormatter(new SpanFormatter())
                      .withMaxLength(100_000));
          Map<String, Object[]> snippets =
              highlighter.snippets(new String[] {BODY, TITLE}, text, docs, new int[] {2, 1});
          StoredFields stored = s.storedFields();
          List<SearchHit> out = new ArrayList<>();
          for (int i = 0; i < docs.length; i++) {
            Document d = stored.document(docs[i]);
            Snippet snippet = (Snippet) snippets.get(BODY)[i];
            Snippet title = (Snippet) snippets.get(TITLE)[i];
            if ((snippet == null || snippet.spans().isEmpty())
                && title != null
                && !title.spans().isEmpty()) {
              snippet = title;
            }
            if (snippet == null) {
              snippet = new Snippet("", List.of());
            }
            double score = top.scoreDocs[i].score;
            if (d.get(A_ID) != null) {
              out.add(
                  new SearchHit(
                      SearchHit.Kind.ARTICLE,
                      d.get(A_ID),
                      Stories.resolve(s, stored, d.get(A_STORY)),
                      d.get(TITLE),
                      Optional.ofNullable(d.get(A_OUTLET_NAME)),
                      Optional.of(Documents.published(d)),
                      score,
                      snippet.text(),
                      snippet.spans()));
            } else {
              StoryRecord r = Documents.story(d);
              out.add(
                  new SearchHit(
                      SearchHit.Kind.STORY,
                      r.id,
                      r.id,
                      r.title,
                      Optional.empty(),
                      Optional.ofNullable(r.last),
                      score,
                      snippet.text(),
                      snippet.spans()));
            }
          }
          return out;
        });
  }

  private Query parse(String text) {
    Map<String, Float> boosts = Map.of(TITLE, 2f, BODY, 1f);
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer, boosts);
    try {
      return parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException e2) {
        return new MatchNoDocsQuery("unparseable query");
      }
    }
  }

  /** A snippet and its highlighted spans, as the highlighter's formatter builds them. */
  private record Snippet(String text, List<SearchHit.Span> spans) {}

  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder b = new StringBuilder();
      List<SearchHit.Span> spans = new ArrayList<>();
      for (Passage p : passages) {
        if (b.length() > 0) {
          b.append(" … ");
        }
        int from = p.getStartOffset();
        int to = p.getEndOffset();
        while (from < to && Character.isWhitespace(content.charAt(from))) {
          from++;
        }
        while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
          to--;
        }
        int base = b.length() - from;
        int pos = from;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = Math.max(p.getMatchStarts()[i], pos);
          int end = Math.min(p.getMatchEnds()[i], to);
          if (end <= start) {
            continue;
          }
          spans.add(new SearchHit.Span(start + base, end + base));
          pos = end;
        }
        b.append(content, from, to);
      }
      // one character for one, so the spans stay put
      String text = b.toString().replaceAll("[\\n\\r\\t]", " ");
      return new Snippet(text, spans);
    }
  }

  /**
   * Opens up the highlighter's per-document objects, which {@link SpanFormatter} makes snippets.
   */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }
}
