package dev.parallax.store.impl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parallax.internal.BinaryFields;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Removal;
import dev.parallax.model.SourceText;
import dev.parallax.store.EntityView;
import dev.parallax.store.StoredArticle;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The store's documents: their types, every field name, how each document is built and read back.
 * One index holds them all, told apart by {@link #TYPE}; the schema is in docs/store.md. Changing a
 * field here changes the on-disk format ({@link StoreIndex#SCHEMA}).
 */
final class Documents {
  private Documents() {}

  static final String TYPE = "type";
  static final String ARTICLE = "article";
  static final String STORY = "story";
  static final String DF = "df";
  static final String REPORT = "report";
  static final String ALIAS = "alias";
  static final String CHANGE = "change";
  static final String ENTITY = "entity";

  // fields shared by articles and stories, so one query searches both
  static final String TITLE = "title";
  static final String BODY = "body";

  // article fields
  static final String A_ID = "a.id";
  static final String A_TEXT = "a.text";
  static final String A_STORY = "a.story";
  static final String A_KIND = "a.kind";
  static final String A_COPY_OF = "a.copyOf";
  static final String A_SEQ = "a.seq";
  static final String A_OUTLET = "a.outlet";
  static final String A_OUTLET_NAME = "a.outletName";
  static final String A_PUBLISHED = "a.published";
  static final String A_NAMES = "a.names";
  static final String A_SOURCE = "a.source";
  static final String A_INPUT = "a.input";
  static final String A_TITLE = "a.title";
  static final String A_URL = "a.url";
  static final String A_AUTHOR = "a.author";
  static final String A_REMOVED = "a.removed";

  /**
   * {@code "true"} when the user said the input has no headline line ({@code
   * ArticleMeta.noHeadline}); absent otherwise, as in every article stored before it existed.
   */
  static final String A_NO_HEADLINE = "a.noHeadline";

  /**
   * Set on an article that arrived without a publication date, given or printed: its {@link
   * #A_PUBLISHED} day is the day it was filed, used to group it, not a date its times resolve
   * against.
   */
  static final String A_UNDATED = "a.undated";

  /** Why the article is where it is ({@link Explanations}); absent in articles stored before. */
  static final String A_FILING = "a.filing";

  /**
   * SHA-256 of the input as it was given (source, outlet, title, url, text), so a repeated ingest
   * of the same input skips it without cleaning it again ({@code StoredArticle.givenKeyOf}).
   */
  static final String A_GIVEN = "a.given";

  /** {@link #A_KIND} of a copy of another outlet's article. */
  static final String COPY = "copy";

  // story fields
  static final String S_ID = "s.id";
  static final String S_SEQ = "s.seq";
  static final String S_FIRST = "s.first";
  static final String S_LAST = "s.last";
  static final String S_OUTLET_COUNT = "s.outletCount";
  static final String S_OUTLETS = "s.outlets";
  static final String S_NAMES = "s.names";
  static final String S_RECORD = "s.record";

  /** How many users' corrections changed the story; absent when none did. */
  static final String S_REVISION = "s.revision";

  /** Present when a story's days are its articles' filing days ({@link StoryRecord#filingDays}). */
  static final String S_FILING_DAYS = "s.filing-days";

  static final String DF_COUNTS = "df.counts";

  static final String R_STORY = "r.story";
  static final String R_VERSION = "r.version";
  static final String R_JSON = "r.json";

  static final String ALIAS_FROM = "al.from";
  static final String ALIAS_INTO = "al.into";

  // a change of where articles are after filing: a merge (by the grouper or a user) or a user's
  // move
  static final String CH_KIND = "ch.kind";
  static final String CH_BY = "ch.by";
  static final String CH_FROM = "ch.from";
  static final String CH_INTO = "ch.into";
  static final String CH_ARTICLE = "ch.article";
  static final String CH_WHY = "ch.why";
  static final String CH_AT = "ch.at";

  /** The date a user gave an article (a {@code date} change only), ISO-8601. */
  static final String CH_DATE = "ch.date";

  static final String CH_SEQ = "ch.seq";

  // entity fields: one resolved entity of a story's report (EntityIndex)
  static final String E_STORY = "e.story";
  static final String E_NAME = "e.name";
  static final String E_TYPE = "e.type";
  static final String E_ALIAS = "e.alias";
  static final String E_ARTICLE = "e.article";
  static final String E_MENTIONS = "e.mentions";
  static final String E_KEY = "e.key";
  static final String E_WORD = "e.word";
  static final String E_ACRONYM = "e.acronym";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Documents of one type. */
  static Query ofType(String type) {
    return new TermQuery(new Term(TYPE, type));
  }

  /** How outlets are matched: case and surrounding space ignored. */
  static String normalise(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** Adds {@link #A_GIVEN}, kept with the article when a correction rewrites its document. */
  static void addGiven(Document d, String given) {
    d.add(new StringField(A_GIVEN, given, Field.Store.YES));
  }

  /**
   * One stored article: the input as read (so the story's report can be recomputed), the cleaned
   * title and text for search, and what it is filed under.
   *
   * @param id the article's id
   * @param textHash SHA-256 of its cleaned text, to find copies
   * @param copyOf the article it copies, for a copy
   * @param seq its arrival number
   * @param names the names its title and lead use
   */
  static Document article(
      String id,
      String textHash,
      String storyId,
      Optional<String> copyOf,
      long seq,
      SourceText in,
      LocalDate published,
      List<String> names,
      Optional<String> cleanTitle,
      String cleanText)
      throws IOException {
    Document d = new Document();
    d.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
    d.add(new StringField(A_ID, id, Field.Store.YES));
    d.add(new StringField(A_TEXT, textHash, Field.Store.NO));
    d.add(new StringField(A_STORY, storyId, Field.Store.YES));
    d.add(new StringField(A_KIND, copyOf.isPresent() ? COPY : "original", Field.Store.NO));
    copyOf.ifPresent(c -> d.add(new StoredField(A_COPY_OF, c)));
    d.add(new NumericDocValuesField(A_SEQ, seq));
    d.add(new StoredField(A_SEQ, seq));
    in.outlet()
        .ifPresent(
            o -> {
              d.add(new StringField(A_OUTLET, normalise(o), Field.Store.NO));
              d.add(new StoredField(A_OUTLET_NAME, o));
            });
    long day = published.toEpochDay();
    d.add(new LongPoint(A_PUBLISHED, day));
    d.add(new StoredField(A_PUBLISHED, day));
    for (String name : names) {
      addName(d, A_NAMES, name);
    }
    d.add(new StoredField(A_SOURCE, in.source()));
    d.add(new StoredField(A_INPUT, in.text()));
    in.title().ifPresent(t -> d.add(new StoredField(A_TITLE, t)));
    in.url().ifPresent(u -> d.add(new StoredField(A_URL, u)));
    in.author().ifPresent(a -> d.add(new StoredField(A_AUTHOR, a)));
    if (in.meta().noHeadline()) {
      d.add(new StoredField(A_NO_HEADLINE, "true"));
    }
    if (in.published().isEmpty()) {
      d.add(new StoredField(A_UNDATED, "true"));
    }
    if (!in.removed().isEmpty()) {
      ArrayNode removed = JSON.createArrayNode();
      for (Removal r : in.removed()) {
        removed.addObject().put("text", r.text()).put("reason", r.reason());
      }
      d.add(new StoredField(A_REMOVED, JSON.writeValueAsString(removed)));
    }
    d.add(new TextField(TITLE, cleanTitle.orElse(""), Field.Store.YES));
    d.add(new TextField(BODY, cleanText, Field.Store.YES));
    return d;
  }

  /** The article a document holds, under the story id it was filed under. */
  static StoredArticle article(Document d) throws IOException {
    List<Removal> removed = new ArrayList<>();
    String r = d.get(A_REMOVED);
    if (r != null) {
      for (JsonNode n : JSON.readTree(r)) {
        removed.add(new Removal(n.get("text").asText(), n.get("reason").asText()));
      }
    }
    ArticleMeta meta =
        ArticleMeta.of(d.get(A_SOURCE))
            .withUrl(Optional.ofNullable(d.get(A_URL)))
            .withTitle(Optional.ofNullable(d.get(A_TITLE)))
            .withOutlet(Optional.ofNullable(d.get(A_OUTLET_NAME)))
            .withPublished(undated(d) ? Optional.empty() : Optional.of(published(d)))
            .withAuthor(Optional.ofNullable(d.get(A_AUTHOR)))
            .withNoHeadline("true".equals(d.get(A_NO_HEADLINE)));
    SourceText input = new SourceText(meta, d.get(A_INPUT), removed);
    return new StoredArticle(
        d.get(A_ID), d.get(A_STORY), input, Optional.ofNullable(d.get(A_COPY_OF)));
  }

  /** Whether an article document was stored without a publication date ({@link #A_UNDATED}). */
  static boolean undated(Document d) {
    return "true".equals(d.get(A_UNDATED));
  }

  /** An article document's publication day. */
  static LocalDate published(Document d) {
    return LocalDate.ofEpochDay(d.getField(A_PUBLISHED).numericValue().longValue());
  }

  /**
   * A story: its record ({@link StoryRecord}) and the fields it is listed, filtered and searched
   * by.
   */
  static Document story(StoryRecord r) {
    Document d = new Document();
    d.add(new StringField(TYPE, STORY, Field.Store.NO));
    d.add(new StringField(S_ID, r.id, Field.Store.YES));
    d.add(new NumericDocValuesField(S_SEQ, r.seq));
    long first = r.first == null ? Long.MIN_VALUE : r.first.toEpochDay();
    long last = r.last == null ? Long.MIN_VALUE : r.last.toEpochDay();
    d.add(new LongPoint(S_FIRST, first));
    d.add(new LongPoint(S_LAST, last));
    d.add(new NumericDocValuesField(S_LAST, last));
    d.add(new IntPoint(S_OUTLET_COUNT, r.outlets.size()));
    for (String o : r.outlets) {
      d.add(new StringField(S_OUTLETS, normalise(o), Field.Store.NO));
    }
    for (String n : r.names.keySet()) {
      addName(d, S_NAMES, n);
    }
    d.add(new StoredField(S_RECORD, r.encode()));
    if (r.revision > 0) {
      d.add(new StoredField(S_REVISION, r.revision));
    }
    if (r.filingDays) {
      d.add(new StoredField(S_FILING_DAYS, "true"));
    }
    d.add(new TextField(TITLE, r.title, Field.Store.YES));
    d.add(new TextField(BODY, r.searchText(), Field.Store.YES));
    return d;
  }

  /** The record of the story document {@code doc}. */
  static StoryRecord story(StoredFields stored, int doc) throws IOException {
    return story(stored.document(doc, Set.of(S_RECORD, S_REVISION, S_FILING_DAYS)));
  }

  static StoryRecord story(Document d) {
    StoryRecord r = StoryRecord.decode(d.getBinaryValue(S_RECORD).bytes);
    if (d.getField(S_REVISION) != null) {
      r.revision = d.getField(S_REVISION).numericValue().intValue();
    }
    r.filingDays = "true".equals(d.get(S_FILING_DAYS));
    return r;
  }

  /** One batch's increments of name document frequencies (or all of them, folded). */
  static Document df(Map<String, Integer> counts) {
    Document d = new Document();
    d.add(new StringField(TYPE, DF, Field.Store.NO));
    d.add(new StoredField(DF_COUNTS, encodeCounts(counts)));
    return d;
  }

  /** The increments a {@link #df} document holds. */
  static Map<String, Integer> dfCounts(Document d) {
    return decodeCounts(d.getBinaryValue(DF_COUNTS).bytes);
  }

  static byte[] encodeCounts(Map<String, Integer> counts) {
    return BinaryFields.write(out -> BinaryFields.writeCounts(out, counts));
  }

  static Map<String, Integer> decodeCounts(byte[] data) {
    return BinaryFields.read(data, BinaryFields::readCounts);
  }

  /** A story merged into another keeps its id as an alias, so links to it still lead somewhere. */
  static Document alias(String from, String into) {
    Document d = new Document();
    d.add(new StringField(TYPE, ALIAS, Field.Store.NO));
    d.add(new StringField(ALIAS_FROM, from, Field.Store.YES));
    d.add(new StringField(ALIAS_INTO, into, Field.Store.YES));
    return d;
  }

  /**
   * A change of where articles are after they were filed.
   *
   * @param kind {@code merge} or {@code move}
   * @param by {@code grouper} or {@code user}
   * @param from the story merged away or left
   * @param into the story that took the articles in
   * @param article the article moved (a move only)
   * @param why the score of a grouper's merge as JSON ({@link Explanations})
   * @param at when (ISO-8601 instant)
   * @param seq orders changes (milliseconds since the epoch, ties in index order)
   */
  static Document change(
      String kind,
      String by,
      String from,
      String into,
      Optional<String> article,
      Optional<String> why,
      String at,
      long seq) {
    Document d = new Document();
    d.add(new StringField(TYPE, CHANGE, Field.Store.NO));
    d.add(new StringField(CH_KIND, kind, Field.Store.YES));
    d.add(new StringField(CH_BY, by, Field.Store.YES));
    d.add(new StringField(CH_FROM, from, Field.Store.YES));
    d.add(new StringField(CH_INTO, into, Field.Store.YES));
    article.ifPresent(a -> d.add(new StringField(CH_ARTICLE, a, Field.Store.YES)));
    why.ifPresent(w -> d.add(new StoredField(CH_WHY, w)));
    d.add(new StoredField(CH_AT, at));
    d.add(new NumericDocValuesField(CH_SEQ, seq));
    return d;
  }

  /** A story's report as canonical JSON, and the story's article count when it was computed. */
  static Document report(String storyId, int version, String json) {
    Document d = new Document();
    d.add(new StringField(TYPE, REPORT, Field.Store.NO));
    d.add(new StringField(R_STORY, storyId, Field.Store.YES));
    d.add(new StoredField(R_VERSION, version));
    d.add(new StoredField(R_JSON, json));
    return d;
  }

  /** The article count a report document was computed at. */
  static int reportVersion(Document d) {
    return d.getField(R_VERSION).numericValue().intValue();
  }

  /**
   * Lists a document under a name: its id, and each word of it, so a multi-word id matches word by
   * word.
   */
  private static void addName(Document d, String field, String name) {
    String id = EntityView.idOf(name);
    d.add(new StringField(field, id, Field.Store.NO));
    for (String part : id.split("-")) {
      if (!part.isEmpty() && !part.equals(id)) {
        d.add(new StringField(field, part, Field.Store.NO));
      }
    }
  }

  /** Documents naming the entity: its whole id (a hyphenated name), or each of its words. */
  static Query naming(String field, String entity) {
    String id = EntityView.idOf(entity);
    if (id.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    String[] parts = id.split("-");
    if (parts.length == 1) {
      return new TermQuery(new Term(field, id));
    }
    BooleanQuery.Builder each = new BooleanQuery.Builder();
    for (String p : parts) {
      each.add(new TermQuery(new Term(field, p)), Occur.FILTER);
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(field, id)), Occur.SHOULD)
        .add(each.build(), Occur.SHOULD)
        .build();
  }
}
