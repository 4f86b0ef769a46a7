package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.A_ID;
import static dev.parallax.store.impl.Documents.A_KIND;
import static dev.parallax.store.impl.Documents.A_STORY;
import static dev.parallax.store.impl.Documents.A_TEXT;
import static dev.parallax.store.impl.Documents.COPY;
import static dev.parallax.store.impl.StoreIndex.first;

import dev.parallax.internal.DateLines;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.IngestResult.Outcome;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryAnalysis;
import dev.parallax.store.StoryExplanation;
import dev.parallax.story.Batch;
import dev.parallax.story.Filing;
import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Ingesting: each text cleaned alone (by the analysis the store was given), then, in order, skipped
 * when nothing is left ({@code no-body}), a duplicate when its outlet and cleaned text are stored,
 * a copy (stored in the original's story, not an independent source) when only its text is, else
 * filed by the story grouper. Each batch is one commit: its articles, the stories it changed or
 * merged, the grouper's state and the totals; a failure rolls the batch back and refuses further
 * writes. Used by the one writer under the store's write lock.
 */
final class Ingester {
  /** The commit user data key of the last arrival number given to an article. */
  private static final String SEQ_KEY = "articles.seq";

  private final StoreIndex index;
  private final Stories stories;
  private final ReportCache reports;
  private final StoryAnalysis analysis;
  private final PersistedGrouper grouper;
  // guarded by index.writeLock
  private long seq;

  private Ingester(
      StoreIndex index,
      Stories stories,
      ReportCache reports,
      StoryAnalysis analysis,
      PersistedGrouper grouper,
      long seq) {
    this.index = index;
    this.stories = stories;
    this.reports = reports;
    this.analysis = analysis;
    this.grouper = grouper;
    this.seq = seq;
  }

  /** The grouper as persisted, for users' corrections ({@link Corrections}). */
  PersistedGrouper grouper() {
    return grouper;
  }

  /** Continues ingesting where the last commit left off. */
  static Ingester open(
      StoreIndex index,
      Stories stories,
      ReportCache reports,
      StoryAnalysis analysis,
      Optional<Function<List<String>, float[][]>> embedder)
      throws IOException {
    long seq = Long.parseLong(index.userData().getOrDefault(SEQ_KEY, "0"));
    return new Ingester(
        index,
        stories,
        reports,
        analysis,
        PersistedGrouper.load(
            index,
            // a given embedder replaces the process-wide one (benchmarks and tests)
            embedder
                .map(e -> StoryGrouper.with(e, StoryGrouper.Settings.defaults()))
                .orElseGet(analysis::grouper)),
        seq);
  }

  /** One text of a batch on its way into the store. */
  private static final class Item {
    final SourceText input;
    final CleanDocument doc;
    final String id;
    final String textHash;
    final LocalDate published;

    /** {@link StoredArticle#givenKeyOf}: set for what is stored. */
    String given;

    Outcome outcome;
    String storyId;
    String copyOf;
    List<String> names = List.of();

    /** Why it is where it is ({@link Explanations}). */
    List<StoryExplanation.Step> steps = List.of();

    /**
     * For a duplicate that carries a date, the stored article it duplicates when that is undated.
     */
    Document datesStored;

    Item(SourceText input, CleanDocument doc, String id, String textHash, LocalDate published) {
      this.input = input;
      this.doc = doc;
      this.id = id;
      this.textHash = textHash;
      this.published = published;
    }

    static Item skipped(SourceText input, LocalDate published) {
      Item item = new Item(input, null, null, null, published);
      item.outcome = Outcome.SKIPPED;
      return item;
    }
  }

  IngestResult ingest(List<SourceText> texts, IngestOptions options, IngestProgress progress) {
    List<IngestResult.Filed> filed = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    LocalDate today = LocalDate.now();
    // what later batches did to the stories of earlier ones: articles moved, stories merged
    Later later = new Later();
    for (int from = 0; from < texts.size(); from += options.batchSize()) {
      List<SourceText> batch =
          texts.subList(from, Math.min(texts.size(), from + options.batchSize()));
      long created;
      synchronized (index.writeLock) {
        index.checkWritable();
        // on failure the grouper may have filed part of the batch: the uncommitted documents are
        // dropped with it, and further writes refused, since memory and the last commit no longer
        // agree
        try {
          ingestBatch(batch, options, today, filed, diagnostics, later);
        } catch (IOException e) {
          index.fail(e);
          throw index.cannotWrite(e);
        } catch (RuntimeException e) {
          index.fail(e);
          throw e;
        }
        created = grouper.stories();
      }
      progress.committed(from + batch.size(), texts.size(), created);
    }
    return new IngestResult(later.followed(filed), diagnostics);
  }

  /**
   * The articles a batch's end moved and the stories it merged, over one ingest: each text's story
   * is reported as it is when the ingest returns, not as its own batch left it.
   */
  private static final class Later {
    final Map<String, String> moved = new HashMap<>();
    final Map<String, String> merged = new LinkedHashMap<>();

    List<IngestResult.Filed> followed(List<IngestResult.Filed> filed) {
      if (moved.isEmpty() && merged.isEmpty()) {
        return filed;
      }
      List<IngestResult.Filed> out = new ArrayList<>();
      for (IngestResult.Filed f : filed) {
        Optional<String> story =
            f.storyId().map(s -> Stories.follow(merged, f.articleId().map(moved::get).orElse(s)));
        out.add(
            new IngestResult.Filed(
                f.source(), f.outcome(), f.articleId(), story, f.copyOf(), f.undated()));
      }
      return out;
    }
  }

  private void ingestBatch(
      List<SourceText> batch,
      IngestOptions options,
      LocalDate today,
      List<IngestResult.Filed> filed,
      List<Diagnostic> diagnostics,
      Later later)
      throws IOException {
    List<Item> items = sort(batch, options, today, diagnostics);
    Map<String, Item> byId = new HashMap<>();
    List<Item> filing = new ArrayList<>();
    for (Item item : items) {
      if (item.outcome == Outcome.ADDED) {
        filing.add(item);
      }
      if (item.id != null && item.outcome != Outcome.DUPLICATE) {
        byId.put(item.id, item);
      }
    }
    grouper.restoreForLateArticles(filing.stream().map(i -> i.published).toList());
    List<StoryGrouper.Dated> toFile = new ArrayList<>();
    Set<String> filedNow = new HashSet<>();
    for (Item item : filing) {
      // filed under its id, by which the batch's end names the articles it moves
      CleanDocument keyed =
          new CleanDocument(
              item.doc.meta().withSource(item.id),
              item.doc.text(),
              item.doc.blocks(),
              item.doc.removed());
      toFile.add(new StoryGrouper.Dated(keyed, Optional.of(item.published)));
      filedNow.add(item.id);
    }
    Batch filed0 = grouper.grouper().fileAll(toFile);
    // stories the batch showed to be one event: each absorbed id to the story that now holds it
    Map<String, String> mergedInto = new LinkedHashMap<>();
    for (Batch.Merge m : filed0.merges()) {
      mergedInto.put(m.gone(), m.into());
    }
    for (Map.Entry<String, String> e : mergedInto.entrySet()) {
      e.setValue(Stories.follow(mergedInto, e.getValue()));
    }
    for (int i = 0; i < filing.size(); i++) {
      filing.get(i).storyId = filed0.storyOf(i, toFile.get(i).doc().source());
      filing.get(i).names = filed0.filings().get(i).names();
      filing.get(i).steps = steps(filed0, i, toFile.get(i).doc().source());
    }
    IndexWriter writer = index.writer();
    Map<String, StoryRecord> touched = new LinkedHashMap<>();
    String now = java.time.Instant.now().toString();
    long changeSeq = System.currentTimeMillis();
    Map<String, String> movedEarlier =
        moveEarlier(filed0, filedNow, touched, writer, now, changeSeq);
    later.moved.putAll(movedEarlier);
    later.merged.putAll(mergedInto);
    for (Item item : items) {
      if (item.outcome == Outcome.COPY && item.storyId == null) {
        item.storyId = byId.get(item.copyOf).storyId;
      }
      // a copy or a duplicate of an earlier article the batch's end moved is where it went
      String original = item.outcome == Outcome.COPY ? item.copyOf : item.id;
      String moved = original == null ? null : movedEarlier.get(original);
      if (moved != null) {
        item.storyId = moved;
      }
      if (item.storyId != null) {
        item.storyId = Stories.follow(mergedInto, item.storyId);
      }
      if (item.outcome == Outcome.COPY) {
        item.steps =
            List.of(
                new StoryExplanation.Step(
                    StoryExplanation.Kind.COPIED,
                    item.storyId,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(item.copyOf),
                    Optional.empty()));
      }
    }

    for (Item item : items) {
      if (item.outcome == Outcome.DUPLICATE || item.outcome == Outcome.SKIPPED) {
        continue;
      }
      StoryRecord r = touched.get(item.storyId);
      if (r == null) {
        r = stories.load(item.storyId).orElseGet(() -> newRecord(item.storyId, item.doc));
        touched.put(item.storyId, r);
      }
      r.articles++;
      r.addDay(item.published, item.input.published().isPresent());
      if (item.outcome == Outcome.COPY) {
        r.copies++;
      } else {
        r.titles.add(item.doc.title().orElse(""));
        if (r.lead.isEmpty()) {
          r.lead = lead(item.doc.text());
        }
        item.input.outlet().ifPresent(r::addOutlet);
        for (String n : item.names) {
          r.names.merge(n, 1, Integer::sum);
        }
      }
      seq++;
      writer.addDocument(articleDoc(item, seq));
    }
    dateUndated(items, touched, writer);
    for (Map.Entry<String, String> e : mergedInto.entrySet()) {
      stories.merge(e.getKey(), e.getValue(), touched, writer);
      reports.forget(e.getKey(), writer);
    }
    for (Batch.Merge m : filed0.merges()) {
      // the articles written under the absorbed story find from here where they went and why
      writer.addDocument(
          Documents.change(
              "merge",
              "grouper",
              m.gone(),
              m.into(),
              Optional.empty(),
              Optional.of(Explanations.matchJson(m.why())),
              now,
              changeSeq));
    }
    grouper.saveStates(touched.values());
    stories.write(touched.values(), writer);
    Map<String, String> data = new LinkedHashMap<>();
    data.put(StoreIndex.SCHEMA_KEY, StoreIndex.SCHEMA);
    grouper.saveIncrementsAndTotals(writer, data);
    data.put(SEQ_KEY, Long.toString(seq));
    index.commit(data);
    grouper.committed();

    for (Item item : items) {
      filed.add(
          new IngestResult.Filed(
              item.input.source(),
              item.outcome,
              Optional.ofNullable(item.id),
              Optional.ofNullable(item.storyId),
              Optional.ofNullable(item.copyOf),
              item.outcome == Outcome.ADDED && item.input.published().isEmpty()));
    }
  }

  /**
   * A text given again with a date (its own, printed, or the ingest's {@code --published}) dates
   * the stored article it duplicates when that one was stored undated: the way to act on an {@code
   * undated} diagnostic. The article stays in its story; the story's days take in the date and its
   * report is dropped.
   */
  private void dateUndated(List<Item> items, Map<String, StoryRecord> touched, IndexWriter writer)
      throws IOException {
    Map<String, LocalDate> dated = new HashMap<>();
    Set<String> storiesDated = new LinkedHashSet<>();
    List<Redate> redates = new ArrayList<>();
    for (Item item : items) {
      if (item.datesStored == null) {
        continue;
      }
      Document d = item.datesStored;
      LocalDate date = item.input.published().get();
      StoredArticle stored = Documents.article(d);
      CleanDocument doc = analysis.clean(stored.input()).withOutlet(stored.input().outlet());
      List<String> names = Filing.namesOf(doc, Optional.of(date));
      List<StoryExplanation.Step> before =
          index.read(s -> Explanations.steps(s, s.storedFields(), d, d.get(A_STORY)));
      writer.updateDocument(
          new Term(A_ID, item.id),
          ArticleMoves.rewritten(d, d.get(A_STORY), names, before, List.of(), Optional.of(date)));
      StoryRecord r = touched.get(item.storyId);
      if (r == null) {
        r = stories.load(item.storyId).orElseThrow();
        touched.put(item.storyId, r);
      }
      dated.put(item.id, date);
      storiesDated.add(item.storyId);
      redates.add(new Redate(r, doc, Documents.published(d), date));
      r.revision++;
      reports.forget(item.storyId, writer);
    }
    // the story's days again from its articles (those stored, and those this batch files into it,
    // not yet visible): the day an undated one was filed is no longer one
    for (String id : storiesDated) {
      StoryRecord r = touched.get(id);
      List<Document> docs = stories.articleDocs(id);
      r.countDays(docs, dated);
      StoryRecord.Days days = StoryRecord.filedDays(docs, dated);
      for (Item item : items) {
        if ((item.outcome == Outcome.ADDED || item.outcome == Outcome.COPY)
            && id.equals(item.storyId)) {
          r.addDay(item.published, item.input.published().isPresent());
          days = days.with(item.published);
        }
      }
      // the grouper counts each article at its date, with its story's days as counted
      for (Redate x : redates) {
        if (x.story() == r) {
          grouper.redate(r, x.doc(), x.filedWith(), x.date(), days);
        }
      }
    }
  }

  /** A stored undated article a duplicate dates: its story, its text, its filing day, the date. */
  private record Redate(
      StoryRecord story, CleanDocument doc, LocalDate filedWith, LocalDate date) {}

  /**
   * Writes the batch end's moves of articles filed in earlier batches (those of this process: the
   * grouper holds them one by one until their story closes, and a story restored from its record
   * holds them as one whole): each article is written again with its copies under the story it went
   * to, with the move and this batch's merges of that story in its steps, both stories' records
   * change, their reports are dropped, and a change document says why. Returns the story each moved
   * article (and copy) is in at the batch's end.
   */
  private Map<String, String> moveEarlier(
      Batch b,
      Set<String> filedNow,
      Map<String, StoryRecord> touched,
      IndexWriter writer,
      String now,
      long changeSeq)
      throws IOException {
    Map<String, String> out = new HashMap<>();
    // the documents of each story an article left, as this batch's moves have left them (the
    // commit is not yet visible), and those that went to a story nothing left yet: a story's
    // documents are read only when an article leaves it
    Map<String, List<Document>> docsOf = new HashMap<>();
    Map<String, List<Document>> arrived = new HashMap<>();
    for (Batch.Moved m : b.moves()) {
      if (filedNow.contains(m.key())) {
        continue;
      }
      List<Document> inFrom =
          docsOf.computeIfAbsent(
              m.from(),
              id -> {
                List<Document> held = new ArrayList<>(stories.articleDocs(id));
                held.addAll(arrived.getOrDefault(id, List.of()));
                return held;
              });
      List<Document> moving = new ArrayList<>();
      List<Document> staying = new ArrayList<>();
      Document article = null;
      for (Document d : inFrom) {
        if (ArticleMoves.moves(d, m.key())) {
          moving.add(d);
          article = m.key().equals(d.get(A_ID)) ? d : article;
        } else {
          staying.add(d);
        }
      }
      if (article == null) {
        throw new IllegalStateException(
            "the grouper moved article " + m.key() + " out of story " + m.from() + ", not in it");
      }
      docsOf.put(m.from(), staying);
      (docsOf.containsKey(m.to()) ? docsOf : arrived)
          .computeIfAbsent(m.to(), id -> new ArrayList<>())
          .addAll(moving);
      StoredArticle stored = Documents.article(article);
      LocalDate published = Documents.published(article);
      CleanDocument doc = analysis.clean(stored.input()).withOutlet(stored.input().outlet());
      List<String> names = Filing.namesOf(doc, Optional.of(published));
      ArticleMoves.takeOut(record(m.from(), touched, null), moving, staying, names, doc);
      ArticleMoves.bringIn(record(m.to(), touched, doc), article, moving, names, doc);
      List<StoryExplanation.Step> after = new ArrayList<>();
      after.add(step(StoryExplanation.Kind.MOVED_BY_GROUPER, m.to(), m.from(), m.why()));
      String at = m.to();
      for (Batch.Merge g : b.merges()) {
        if (g.gone().equals(at)) {
          after.add(step(StoryExplanation.Kind.MERGED_BY_GROUPER, g.into(), at, g.why()));
          at = g.into();
        }
      }
      for (Document d : moving) {
        List<StoryExplanation.Step> before =
            index.read(s -> Explanations.steps(s, s.storedFields(), d, m.from()));
        writer.updateDocument(
            new Term(A_ID, d.get(A_ID)),
            ArticleMoves.rewritten(d, at, d == article ? names : List.of(), before, after));
        out.put(d.get(A_ID), at);
      }
      reports.forget(m.from(), writer);
      reports.forget(m.to(), writer);
      writer.addDocument(
          Documents.change(
              "move",
              "grouper",
              m.from(),
              m.to(),
              Optional.of(m.key()),
              Optional.of(Explanations.matchJson(m.why())),
              now,
              changeSeq));
    }
    return out;
  }

  /**
   * The record of a story the batch changes, in {@code touched}: loaded, or new for a story the
   * batch's end opened for {@code doc} (null when the story must exist).
   */
  private StoryRecord record(String id, Map<String, StoryRecord> touched, CleanDocument doc) {
    StoryRecord r = touched.get(id);
    if (r == null) {
      r =
          stories
              .load(id)
              .or(() -> Optional.ofNullable(doc).map(d -> newRecord(id, d)))
              .orElseThrow(
                  () -> new IllegalStateException("the grouper names unknown story " + id));
      touched.put(id, r);
    }
    return r;
  }

  /**
   * Cleans each text of the batch and says what becomes of it: skipped, a duplicate or a copy of an
   * article stored or earlier in the batch (with its story when known), or to be filed.
   */
  private List<Item> sort(
      List<SourceText> batch,
      IngestOptions options,
      LocalDate today,
      List<Diagnostic> diagnostics) {
    return index.read(
        s -> {
          StoredFields stored = s.storedFields();
          List<Item> items = new ArrayList<>();
          Map<String, Item> byId = new HashMap<>();
          Map<String, Item> byText = new HashMap<>();
          List<String> givens = new ArrayList<>();
          List<Optional<Document>> storedGivens = new ArrayList<>();
          for (SourceText in : batch) {
            String given = StoredArticle.givenKeyOf(in, options.outlet(), options.published());
            givens.add(given);
            storedGivens.add(first(s, stored, new TermQuery(new Term(Documents.A_GIVEN, given))));
          }
          // each text cleaned alone, so the texts not filed before are cleaned on every core (the
          // rest of the filing is in order, on this thread): cleaning a batch together would drop
          // lines an outlet repeats across it, and make an article's stored text, and so its
          // identity, depend on its batch
          Object[] cleaned = new Object[batch.size()];
          IntStream.range(0, batch.size())
              .parallel()
              .filter(i -> storedGivens.get(i).isEmpty())
              .forEach(i -> cleaned[i] = cleanOrFailure(batch.get(i)));
          for (int i = 0; i < batch.size(); i++) {
            SourceText in = batch.get(i);
            String given = givens.get(i);
            Optional<Document> storedGiven = storedGivens.get(i);
            if (storedGiven.isPresent()) {
              // given before, as it is now (an ingest run again): a duplicate, not cleaned again
              Item item =
                  new Item(
                      in,
                      null,
                      storedGiven.get().get(A_ID),
                      null,
                      in.published().or(options::published).orElse(today));
              item.outcome = Outcome.DUPLICATE;
              item.storyId = Stories.resolve(s, stored, storedGiven.get().get(A_STORY));
              items.add(item);
              continue;
            }
            if (!(cleaned[i] instanceof CleanDocument cleanDoc)) {
              // one article the cleaner cannot read is skipped with its reason; the batch goes on
              Throwable e = (Throwable) cleaned[i];
              String why =
                  e.getMessage() == null
                      ? ""
                      : ": " + e.getMessage().lines().findFirst().orElse("");
              diagnostics.add(
                  new Diagnostic(
                      "analysis-failed",
                      in.source(),
                      "cleaning failed (" + e.getClass().getSimpleName() + why + "); not stored"));
              items.add(Item.skipped(in, in.published().or(options::published).orElse(today)));
              continue;
            }
            CleanDocument doc = cleanDoc;
            Optional<String> outlet = doc.outlet().or(options::outlet);
            doc = doc.withOutlet(outlet);
            // the input's date, else the one its text prints, else the one the ingest gives;
            // without any the article is filed on the day it arrives but stays undated: its
            // relative times are not resolved against that day
            Optional<LocalDate> dated =
                in.published()
                    .or(() -> DateLines.printed(cleanDoc.removed()))
                    .or(options::published);
            LocalDate published = dated.orElse(today);
            SourceText input = in.withMeta(in.meta().withOutlet(outlet).withPublished(dated));
            Optional<Diagnostic> noBody = doc.noBody("; not stored");
            if (noBody.isPresent()) {
              diagnostics.add(noBody.get());
              items.add(Item.skipped(input, published));
              continue;
            }
            String textHash = StoredArticle.textHashOf(doc.text());
            String id = StoredArticle.idOf(outlet, doc.text());
            Item item = new Item(input, doc, id, textHash, published);
            item.given = given;
            items.add(item);
            Item same = byId.get(id);
            Optional<Document> storedSame =
                same == null
                    ? first(s, stored, new TermQuery(new Term(A_ID, id)))
                    : Optional.empty();
            if (same != null || storedSame.isPresent()) {
              item.outcome = Outcome.DUPLICATE;
              item.storyId =
                  same != null
                      ? same.storyId
                      : Stories.resolve(s, stored, storedSame.get().get(A_STORY));
              if (storedSame.isPresent()
                  && dated.isPresent()
                  && Documents.undated(storedSame.get())) {
                item.datesStored = storedSame.get();
              }
              continue;
            }
            byId.put(id, item);
            Item original = byText.get(textHash);
            Optional<Document> storedOriginal =
                original == null
                    ? first(
                        s,
                        stored,
                        new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(A_TEXT, textHash)), Occur.FILTER)
                            .add(new TermQuery(new Term(A_KIND, COPY)), Occur.MUST_NOT)
                            .build())
                    : Optional.empty();
            if (original != null || storedOriginal.isPresent()) {
              item.outcome = Outcome.COPY;
              item.copyOf = original != null ? original.id : storedOriginal.get().get(A_ID);
              // a copy of an article of this batch gets its story once the original is filed
              item.storyId =
                  original != null
                      ? null
                      : Stories.resolve(s, stored, storedOriginal.get().get(A_STORY));
              continue;
            }
            byText.put(textHash, item);
            item.outcome = Outcome.ADDED;
          }
          return items;
        });
  }

  /** The text cleaned by the store's analysis, or what the cleaner threw. */
  private Object cleanOrFailure(SourceText in) {
    try {
      return analysis.clean(in);
    } catch (RuntimeException | StackOverflowError e) {
      return e;
    }
  }

  /**
   * The i-th filing of a batch as steps: how it was filed, then the batch end's moves of it and
   * merges of its story, in order (as {@link Batch#storyOf} follows them).
   */
  private List<StoryExplanation.Step> steps(Batch b, int i, String key) {
    List<StoryExplanation.Step> out = new ArrayList<>();
    out.add(Explanations.filed(b.filings().get(i), grouper.grouper().settings().join()));
    String at = b.filings().get(i).storyId();
    for (Batch.Moved m : b.moves()) {
      if (m.key().equals(key) && m.from().equals(at)) {
        out.add(step(StoryExplanation.Kind.MOVED_BY_GROUPER, m.to(), at, m.why()));
        at = m.to();
      }
    }
    for (Batch.Merge m : b.merges()) {
      if (m.gone().equals(at)) {
        out.add(step(StoryExplanation.Kind.MERGED_BY_GROUPER, m.into(), at, m.why()));
        at = m.into();
      }
    }
    return out;
  }

  private static StoryExplanation.Step step(
      StoryExplanation.Kind kind, String to, String from, dev.parallax.story.Match why) {
    return new StoryExplanation.Step(
        kind,
        to,
        Optional.of(from),
        Optional.of(why),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static Document articleDoc(Item item, long seq) throws IOException {
    Document d = articleDocWithoutSteps(item, seq);
    if (item.given != null) {
      Documents.addGiven(d, item.given);
    }
    if (!item.steps.isEmpty()) {
      d.add(
          new org.apache.lucene.document.StoredField(
              Documents.A_FILING, Explanations.write(item.steps)));
    }
    return d;
  }

  private static Document articleDocWithoutSteps(Item item, long seq) throws IOException {
    return Documents.article(
        item.id,
        item.textHash,
        item.storyId,
        Optional.ofNullable(item.copyOf),
        seq,
        item.input,
        item.published,
        item.names,
        item.doc.title(),
        item.doc.text());
  }

  static StoryRecord newRecord(String storyId, CleanDocument doc) {
    long n = Long.parseLong(storyId.substring(1));
    return new StoryRecord(storyId, n, titleOf(doc));
  }

  /** A story's title taken from its first article: its title, else its lead, cut to 160. */
  static String titleOf(CleanDocument doc) {
    String title = doc.title().orElse(lead(doc.text()));
    return title.length() > 160 ? title.substring(0, 157) + "..." : title;
  }

  static String lead(String text) {
    String t = text.strip();
    int nl = t.indexOf("\n\n");
    String p = nl < 0 ? t : t.substring(0, nl);
    return p.length() > 400 ? p.substring(0, 400) : p;
  }
}
