package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.A_ID;
import static dev.parallax.store.impl.Documents.A_NAMES;
import static dev.parallax.store.impl.Documents.ENTITY;
import static dev.parallax.store.impl.Documents.E_ACRONYM;
import static dev.parallax.store.impl.Documents.E_ALIAS;
import static dev.parallax.store.impl.Documents.E_ARTICLE;
import static dev.parallax.store.impl.Documents.E_KEY;
import static dev.parallax.store.impl.Documents.E_MENTIONS;
import static dev.parallax.store.impl.Documents.E_NAME;
import static dev.parallax.store.impl.Documents.E_STORY;
import static dev.parallax.store.impl.Documents.E_TYPE;
import static dev.parallax.store.impl.Documents.E_WORD;
import static dev.parallax.store.impl.Documents.S_ID;
import static dev.parallax.store.impl.Documents.S_NAMES;
import static dev.parallax.store.impl.Documents.TYPE;
import static dev.parallax.store.impl.Documents.ofType;

import dev.parallax.entity.Acronyms;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Report;
import dev.parallax.store.EntityView;
import dev.parallax.store.StoredArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The resolved entities of stories' reports, one {@code entity} document each, written when a
 * report is computed (deep analysis never runs at ingest): canonical name, type, aliases, the
 * stored articles naming it, and the keys it is found by (its name's and aliases' ids, their words,
 * their {@link Acronyms}). A name is looked up among them and, for every story, among the
 * capitalised words of titles and leads the grouper indexed, which are all a story without a
 * computed report has. Stateless; reads and writes go through the caller's searcher and writer.
 */
final class EntityIndex {
  private EntityIndex() {}

  /** A resolved entity of one story that a looked-up name matched. */
  record Found(
      String story,
      String name,
      EntityType type,
      List<String> aliases,
      List<String> articles,
      int mentions,
      boolean exact) {
    Found {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      aliases = List.copyOf(aliases);
      articles = List.copyOf(articles);
    }
  }

  /**
   * Replaces the story's entity documents with the report's entities, in the batch being written;
   * {@code articles} are the story's stored articles, the independent ones in the order the report
   * was made from.
   */
  static void write(String storyId, Report report, List<StoredArticle> articles, IndexWriter writer)
      throws IOException {
    forget(storyId, writer);
    Map<String, String> storeIds = storeIds(report, articles);
    for (Entity e : report.entities()) {
      writer.addDocument(document(storyId, e, storeIds));
    }
  }

  /** Drops the entity documents of a story (merged into another, or about to be rewritten). */
  static void forget(String storyId, IndexWriter writer) throws IOException {
    writer.deleteDocuments(new Term(E_STORY, storyId));
  }

  /** Whether the story has entity documents. */
  static boolean has(IndexSearcher s, String storyId) throws IOException {
    return s.count(new TermQuery(new Term(E_STORY, storyId))) > 0;
  }

  /** Report article ids to stored article ids, by source and outlet in order. */
  private static Map<String, String> storeIds(Report report, List<StoredArticle> articles) {
    List<StoredArticle> free = new ArrayList<>();
    for (StoredArticle a : articles) {
      if (a.copyOf().isEmpty()) {
        free.add(a);
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (Article a : report.articles()) {
      for (int i = 0; i < free.size(); i++) {
        StoredArticle s = free.get(i);
        if (s.input().source().equals(a.meta().source())
            && s.input().outlet().equals(a.meta().outlet())) {
          out.put(a.id(), s.id());
          free.remove(i);
          break;
        }
      }
    }
    return out;
  }

  private static Document document(String storyId, Entity e, Map<String, String> storeIds) {
    Document d = new Document();
    d.add(new StringField(TYPE, ENTITY, Field.Store.NO));
    d.add(new StringField(E_STORY, storyId, Field.Store.YES));
    d.add(new StoredField(E_NAME, e.name()));
    d.add(new StoredField(E_TYPE, e.type().name()));
    d.add(new StoredField(E_MENTIONS, e.mentions()));
    for (String alias : e.aliases()) {
      d.add(new StoredField(E_ALIAS, alias));
    }
    for (String article : e.articles()) {
      String stored = storeIds.get(article);
      if (stored != null) {
        d.add(new StoredField(E_ARTICLE, stored));
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    Set<String> words = new LinkedHashSet<>();
    Set<String> acronyms = new LinkedHashSet<>();
    List<String> names = new ArrayList<>(e.aliases());
    names.add(0, e.name());
    for (String n : names) {
      String id = EntityView.idOf(n);
      if (!id.isEmpty()) {
        keys.add(id);
        words.addAll(Arrays.asList(id.split("-")));
      }
      acronyms.addAll(Acronyms.of(n));
    }
    keys.forEach(k -> d.add(new StringField(E_KEY, k, Field.Store.NO)));
    words.forEach(w -> d.add(new StringField(E_WORD, w, Field.Store.NO)));
    acronyms.forEach(a -> d.add(new StringField(E_ACRONYM, a, Field.Store.NO)));
    return d;
  }

  /**
   * The resolved entities the name matches: its whole id is the id of the entity's name or of an
   * alias, or it reads as an acronym of one ({@link Acronyms#key}), or every word of it is a word
   * of one ("Obama" of "Barack Obama"). Story ids are resolved through merges.
   */
  static List<Found> find(IndexSearcher s, String name) throws IOException {
    String id = EntityView.idOf(name);
    if (id.isEmpty()) {
      return List.of();
    }
    String acronym = Acronyms.key(name);
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String w : id.split("-")) {
      words.add(new TermQuery(new Term(E_WORD, w)), Occur.FILTER);
    }
    BooleanQuery.Builder any =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(E_KEY, id)), Occur.SHOULD)
            .add(words.build(), Occur.SHOULD);
    if (!acronym.isEmpty()) {
      any.add(new TermQuery(new Term(E_ACRONYM, acronym)), Occur.SHOULD);
    }
    Query q =
        new BooleanQuery.Builder()
            .add(ofType(ENTITY), Occur.FILTER)
            .add(any.build(), Occur.FILTER)
            .build();
    StoredFields stored = s.storedFields();
    List<Found> out = new ArrayList<>();
    for (ScoreDoc sd : StoreIndex.all(s, q, null).scoreDocs) {
      Document d = stored.document(sd.doc);
      List<String> aliases = Arrays.asList(d.getValues(E_ALIAS));
      String entityName = d.get(E_NAME);
      boolean exact = false;
      for (String n : withName(entityName, aliases)) {
        exact |= EntityView.idOf(n).equals(id) || Acronyms.of(n).contains(acronym);
      }
      out.add(
          new Found(
              Stories.resolve(s, stored, d.get(E_STORY)),
              entityName,
              EntityType.valueOf(d.get(E_TYPE)),
              aliases,
              Arrays.asList(d.getValues(E_ARTICLE)),
              d.getField(E_MENTIONS).numericValue().intValue(),
              exact));
    }
    return out;
  }

  private static List<String> withName(String name, List<String> aliases) {
    List<String> all = new ArrayList<>(aliases);
    all.add(0, name);
    return all;
  }

  /** Story documents naming the name: by their resolved entities, or by the grouper's names. */
  static Query stories(StoreIndex index, String name) {
    Set<String> ids = new TreeSet<>();
    index.read(s -> find(s, name)).forEach(f -> ids.add(f.story()));
    return either(Documents.naming(S_NAMES, name), S_ID, ids);
  }

  /** Article documents naming the name: by their stories' resolved entities, or their own names. */
  static Query articles(StoreIndex index, String name) {
    List<Found> found = index.read(s -> find(s, name));
    return articles(found, name);
  }

  static Query articles(List<Found> found, String name) {
    Set<String> ids = new TreeSet<>();
    found.forEach(f -> ids.addAll(f.articles()));
    return either(Documents.naming(A_NAMES, name), A_ID, ids);
  }

  private static Query either(Query names, String idField, Set<String> ids) {
    if (ids.isEmpty()) {
      return names;
    }
    List<BytesRef> terms = new ArrayList<>();
    ids.forEach(i -> terms.add(new BytesRef(i)));
    return new BooleanQuery.Builder()
        .add(names, Occur.SHOULD)
        .add(new TermInSetQuery(idField, terms), Occur.SHOULD)
        .build();
  }
}
