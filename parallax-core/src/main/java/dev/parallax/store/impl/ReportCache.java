package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.R_JSON;
import static dev.parallax.store.impl.Documents.R_STORY;
import static dev.parallax.store.impl.StoreIndex.first;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.report.ReportJson;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryAnalysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Each story's report: computed on first request by the analysis the store was given, over the
 * story's independent articles (copies named in a {@code copy} diagnostic), then kept as canonical
 * JSON in a {@code report} document with the story's article count, and computed again once the
 * story has grown. A store opened read-only keeps what it computes in memory. Thread-safe.
 */
final class ReportCache {
  private final StoreIndex index;
  private final Stories stories;
  private final StoryAnalysis analysis;
  private final Map<String, Cached> memory = new ConcurrentHashMap<>();

  private record Cached(int version, int revision, Report report) {}

  ReportCache(StoreIndex index, Stories stories, StoryAnalysis analysis) {
    this.index = index;
    this.stories = stories;
    this.analysis = analysis;
  }

  /** The story's report, cached or computed now; empty for an unknown id. */
  Optional<Report> report(String asked) {
    String storyId = stories.resolve(asked);
    Optional<StoryRecord> record = stories.record(storyId);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    int version = record.get().articles;
    int revision = record.get().revision;
    Cached kept = memory.get(storyId);
    if (kept != null && kept.version() >= version && kept.revision() == revision) {
      return Optional.of(kept.report());
    }
    Optional<Report> stored = current(storyId, version).map(d -> ReportJson.read(d.get(R_JSON)));
    if (stored.isPresent()) {
      indexEntities(storyId, stored.get());
      return stored;
    }
    List<StoredArticle> articles = stories.articles(storyId);
    Report report = compute(articles);
    if (index.readOnly) {
      memory.put(storyId, new Cached(version, revision, report));
    } else {
      synchronized (index.writeLock) {
        if (!index.failed()) {
          try {
            IndexWriter writer = index.writer();
            writer.updateDocument(
                new Term(R_STORY, storyId),
                Documents.report(storyId, version, ReportJson.write(report)));
            EntityIndex.write(storyId, report, articles, writer);
            index.commit(null);
          } catch (IOException e) {
            throw index.cannotWrite(e);
          }
        }
      }
    }
    return Optional.of(report);
  }

  /**
   * Writes the entity documents of a report cached before the store kept them (a store written by
   * an earlier Parallax), so its entities are found from then on.
   */
  private void indexEntities(String storyId, Report report) {
    if (index.readOnly
        || report.entities().isEmpty()
        || index.read(s -> EntityIndex.has(s, storyId))) {
      return;
    }
    List<StoredArticle> articles = stories.articles(storyId);
    synchronized (index.writeLock) {
      if (!index.failed()) {
        try {
          EntityIndex.write(storyId, report, articles, index.writer());
          index.commit(null);
        } catch (IOException e) {
          throw index.cannotWrite(e);
        }
      }
    }
  }

  /**
   * Whether the story's report is cached and current (in the store, or in memory when read-only).
   */
  boolean cached(String asked) {
    String storyId = stories.resolve(asked);
    Optional<StoryRecord> record = stories.record(storyId);
    if (record.isEmpty()) {
      return false;
    }
    int version = record.get().articles;
    Cached kept = memory.get(storyId);
    return kept != null && kept.version() >= version && kept.revision() == record.get().revision
        || current(storyId, version).isPresent();
  }

  /**
   * The stored report document of the story, if it was computed over at least {@code version}
   * articles.
   */
  private Optional<Document> current(String storyId, int version) {
    return index.read(
        s ->
            first(s, s.storedFields(), new TermQuery(new Term(R_STORY, storyId)))
                .filter(d -> Documents.reportVersion(d) >= version));
  }

  /**
   * Drops the report and the entity documents of a story merged into another, or changed by a
   * user's correction, in the batch being written.
   */
  void forget(String storyId, IndexWriter writer) throws IOException {
    writer.deleteDocuments(new Term(R_STORY, storyId));
    EntityIndex.forget(storyId, writer);
    memory.remove(storyId);
  }

  /** The deep analysis of a story's independent articles; copies are named in its diagnostics. */
  private Report compute(List<StoredArticle> articles) {
    List<SourceText> independent = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    Map<String, StoredArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    for (StoredArticle a : articles) {
      if (a.copyOf().isPresent()) {
        StoredArticle original = byId.get(a.copyOf().get());
        String of =
            original == null
                ? a.copyOf().get()
                : original.input().source()
                    + original.input().outlet().map(o -> " (" + o + ")").orElse("");
        notes.add(
            new Diagnostic(
                "copy",
                a.input().source(),
                "same text as "
                    + of
                    + "; left out of the comparison as not an independent source"));
      } else {
        independent.add(a.input());
      }
    }
    return storeAdvice(analysis.analyse(independent, notes), articles);
  }

  /**
   * A stored article is dated with {@code parallax story date} (or the API), not with {@code
   * --published}: each {@code undated} diagnostic names the way, with the article's id, when one
   * stored article has its source.
   */
  private static Report storeAdvice(Report report, List<StoredArticle> articles) {
    Map<String, List<String>> ids = new HashMap<>();
    for (StoredArticle a : articles) {
      if (a.copyOf().isEmpty()) {
        ids.computeIfAbsent(a.input().source(), k -> new ArrayList<>()).add(a.id());
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    boolean changed = false;
    for (Diagnostic d : report.diagnostics()) {
      List<String> of = ids.getOrDefault(d.source(), List.of());
      if (d.code().equals("undated")
          && d.message().endsWith(Diagnostic.UNDATED_ADVICE)
          && of.size() == 1) {
        String id = of.get(0);
        String message =
            d.message().substring(0, d.message().length() - Diagnostic.UNDATED_ADVICE.length())
                + "give the date with 'parallax story date "
                + id
                + " YYYY-MM-DD' (API: POST /api/articles/"
                + id
                + "/date)";
        out.add(new Diagnostic(d.code(), d.source(), message));
        changed = true;
      } else {
        out.add(d);
      }
    }
    return changed ? report.withDiagnostics(out) : report;
  }
}
