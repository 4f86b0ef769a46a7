package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.ALIAS_FROM;
import static dev.parallax.store.impl.Documents.ALIAS_INTO;
import static dev.parallax.store.impl.Documents.ARTICLE;
import static dev.parallax.store.impl.Documents.A_COPY_OF;
import static dev.parallax.store.impl.Documents.A_FILING;
import static dev.parallax.store.impl.Documents.A_ID;
import static dev.parallax.store.impl.Documents.A_OUTLET_NAME;
import static dev.parallax.store.impl.Documents.A_SEQ;
import static dev.parallax.store.impl.Documents.A_SOURCE;
import static dev.parallax.store.impl.Documents.A_STORY;
import static dev.parallax.store.impl.Documents.BODY;
import static dev.parallax.store.impl.Documents.CHANGE;
import static dev.parallax.store.impl.Documents.CH_AT;
import static dev.parallax.store.impl.Documents.CH_BY;
import static dev.parallax.store.impl.Documents.CH_FROM;
import static dev.parallax.store.impl.Documents.CH_INTO;
import static dev.parallax.store.impl.Documents.CH_KIND;
import static dev.parallax.store.impl.Documents.CH_SEQ;
import static dev.parallax.store.impl.Documents.CH_WHY;
import static dev.parallax.store.impl.Documents.TITLE;
import static dev.parallax.store.impl.Documents.ofType;
import static dev.parallax.store.impl.StoreIndex.all;
import static dev.parallax.store.impl.StoreIndex.first;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.store.Correction;
import dev.parallax.store.StoryExplanation;
import dev.parallax.store.StoryExplanation.ArticleExplanation;
import dev.parallax.store.StoryExplanation.Kind;
import dev.parallax.store.StoryExplanation.Step;
import dev.parallax.store.StoryExplanationJson;
import dev.parallax.story.Filing;
import dev.parallax.story.Match;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Why articles are where they are. Each article document written since explanations were recorded
 * holds its steps as JSON ({@link Documents#A_FILING}): its filing (score, parts, runner-up), the
 * moves and merges of its batch's end, and users' moves. Merges of its story in later batches or by
 * a user are {@code change} documents, followed from the story the article was written under to the
 * one that holds it now. Thread-safe (reads only).
 */
final class Explanations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FORMAT = 1;

  private final StoreIndex index;

  Explanations(StoreIndex index) {
    this.index = index;
  }

  // ---------------------------------------------------------------- steps as JSON

  /** The step of a filing by the grouper. */
  static Step filed(Filing f, double join) {
    return new Step(
        f.started() ? Kind.STARTED : Kind.JOINED,
        f.storyId(),
        Optional.empty(),
        f.joined(),
        f.runnerUp(),
        Optional.of(join),
        Optional.empty(),
        Optional.empty());
  }

  static String write(List<Step> steps) {
    ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
    ArrayNode out = root.putArray("steps");
    for (Step s : steps) {
      ObjectNode n = out.addObject().put("kind", s.kind().code()).put("story", s.storyId());
      s.from().ifPresent(v -> n.put("from", v));
      s.why().ifPresent(m -> n.set("why", match(m)));
      s.runnerUp().ifPresent(m -> n.set("runnerUp", match(m)));
      s.join().ifPresent(v -> n.put("join", v));
      s.copyOf().ifPresent(v -> n.put("copyOf", v));
      s.at().ifPresent(v -> n.put("at", v));
    }
    return root.toString();
  }

  static List<Step> read(String json) {
    JsonNode root = tree(json);
    List<Step> out = new ArrayList<>();
    for (JsonNode n : root.path("steps")) {
      out.add(
          new Step(
              Kind.of(n.get("kind").asText()),
              n.get("story").asText(),
              text(n, "from"),
              match(n.get("why")),
              match(n.get("runnerUp")),
              n.has("join") ? Optional.of(n.get("join").asDouble()) : Optional.empty(),
              text(n, "copyOf"),
              text(n, "at")));
    }
    return out;
  }

  static ObjectNode match(Match m) {
    ObjectNode n =
        JSON.createObjectNode()
            .put("story", m.storyId())
            .put("score", m.score())
            .put("embedding", m.embedding())
            .put("words", m.words())
            .put("names", m.names())
            .put("numbers", m.numbers())
            .put("otherDay", m.otherDay());
    ArrayNode names = n.putArray("sharedNames");
    m.sharedNames().forEach(names::add);
    ArrayNode numbers = n.putArray("sharedNumbers");
    m.sharedNumbers().forEach(numbers::add);
    m.straggler().ifPresent(st -> n.set("straggler", StoryExplanationJson.tree(st)));
    return n;
  }

  static String matchJson(Match m) {
    return match(m).toString();
  }

  static Optional<Match> match(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    n.path("sharedNames").forEach(x -> names.add(x.asText()));
    List<String> numbers = new ArrayList<>();
    n.path("sharedNumbers").forEach(x -> numbers.add(x.asText()));
    JsonNode st = n.get("straggler");
    return Optional.of(
        new Match(
            n.get("story").asText(),
            n.get("score").asDouble(),
            n.get("embedding").asDouble(),
            n.get("words").asDouble(),
            n.get("names").asDouble(),
            n.get("numbers").asDouble(),
            n.get("otherDay").asBoolean(),
            names,
            numbers,
            st == null || st.isNull()
                ? Optional.empty()
                : Optional.of(
                    new Match.Straggler(
                        text(st, "article"),
                        text(st, "closest"),
                        st.get("score").asDouble(),
                        st.get("outside").asDouble(),
                        st.get("margin").asDouble()))));
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- reading

  /** The story an id names explained; empty for an unknown id. */
  Optional<StoryExplanation> explain(String asked) {
    return index.read(
        s -> {
          StoredFields stored = s.storedFields();
          String id = Stories.resolve(s, stored, asked);
          if (first(s, stored, new TermQuery(new Term(Documents.S_ID, id))).isEmpty()) {
            return Optional.empty();
          }
          List<String> ids = new ArrayList<>(List.of(id));
          for (ScoreDoc sd :
              all(s, new TermQuery(new Term(ALIAS_INTO, id)), Sort.INDEXORDER).scoreDocs) {
            ids.add(stored.document(sd.doc).get(ALIAS_FROM));
          }
          BooleanQuery.Builder in = new BooleanQuery.Builder();
          ids.forEach(x -> in.add(new TermQuery(new Term(A_STORY, x)), Occur.SHOULD));
          Query q =
              new BooleanQuery.Builder()
                  .add(ofType(ARTICLE), Occur.FILTER)
                  .add(in.build(), Occur.FILTER)
                  .build();
          List<ArticleExplanation> articles = new ArrayList<>();
          for (ScoreDoc sd :
              all(s, q, new Sort(new SortField(A_SEQ, SortField.Type.LONG))).scoreDocs) {
            Document d = stored.document(sd.doc);
            articles.add(article(s, stored, d, id));
          }
          return Optional.of(new StoryExplanation(id, articles, corrections(s, stored, ids)));
        });
  }

  /** Every step of the article document {@code d}, up to the story {@code now} that holds it. */
  static ArticleExplanation article(IndexSearcher s, StoredFields stored, Document d, String now)
      throws IOException {
    List<Step> steps = steps(s, stored, d, now);
    String title = d.get(TITLE);
    if (title == null || title.isBlank()) {
      String body = d.get(BODY) == null ? "" : d.get(BODY).strip();
      title = body.length() > 80 ? body.substring(0, 77) + "..." : body;
    }
    return new ArticleExplanation(
        d.get(A_ID), d.get(A_SOURCE), Optional.ofNullable(d.get(A_OUTLET_NAME)), title, steps);
  }

  /**
   * The steps recorded in the article (or one saying they were not) and the merges since it was
   * written, to {@code now}.
   */
  static List<Step> steps(IndexSearcher s, StoredFields stored, Document d, String now)
      throws IOException {
    String written = d.get(A_STORY);
    List<Step> steps = new ArrayList<>();
    String filing = d.get(A_FILING);
    if (filing != null) {
      steps.addAll(read(filing));
    } else if (d.get(A_COPY_OF) != null) {
      steps.add(
          new Step(
              Kind.COPIED,
              written,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.of(d.get(A_COPY_OF)),
              Optional.empty()));
    } else {
      steps.add(Step.of(Kind.NOT_RECORDED, written, Optional.empty()));
    }
    String at = written;
    for (int hops = 0; hops < 1000 && !at.equals(now); hops++) {
      Query merged =
          new BooleanQuery.Builder()
              .add(ofType(CHANGE), Occur.FILTER)
              .add(new TermQuery(new Term(CH_KIND, "merge")), Occur.FILTER)
              .add(new TermQuery(new Term(CH_FROM, at)), Occur.FILTER)
              .build();
      Optional<Document> change = first(s, stored, merged);
      if (change.isEmpty()) {
        // merged before merges were recorded: the alias says where it went, not why
        steps.add(Step.of(Kind.MERGED_BY_GROUPER, now, Optional.of(at)));
        break;
      }
      Document c = change.get();
      boolean user = "user".equals(c.get(CH_BY));
      String into = c.get(CH_INTO);
      steps.add(
          new Step(
              user ? Kind.MERGED_BY_USER : Kind.MERGED_BY_GROUPER,
              into,
              Optional.of(at),
              c.get(CH_WHY) == null ? Optional.empty() : match(tree(c.get(CH_WHY))),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              user ? Optional.ofNullable(c.get(CH_AT)) : Optional.empty()));
      at = into;
    }
    return steps;
  }

  /**
   * The users' corrections naming the story or an id merged into it (a move names the story it left
   * and the one it went to), oldest first.
   */
  private static List<Correction> corrections(
      IndexSearcher s, StoredFields stored, List<String> storyIds) throws IOException {
    BooleanQuery.Builder naming = new BooleanQuery.Builder();
    for (String id : storyIds) {
      naming.add(new TermQuery(new Term(CH_FROM, id)), Occur.SHOULD);
      naming.add(new TermQuery(new Term(CH_INTO, id)), Occur.SHOULD);
    }
    Query q =
        new BooleanQuery.Builder()
            .add(ofType(CHANGE), Occur.FILTER)
            .add(new TermQuery(new Term(CH_BY, "user")), Occur.FILTER)
            .add(naming.build(), Occur.FILTER)
            .build();
    List<Correction> out = new ArrayList<>();
    for (ScoreDoc sd : all(s, q, new Sort(new SortField(CH_SEQ, SortField.Type.LONG))).scoreDocs) {
      Document c = stored.document(sd.doc);
      String date = c.get(Documents.CH_DATE);
      out.add(
          new Correction(
              Correction.Kind.valueOf(c.get(CH_KIND).toUpperCase(java.util.Locale.ROOT)),
              c.get(CH_FROM),
              c.get(CH_INTO),
              Optional.ofNullable(c.get(Documents.CH_ARTICLE)),
              c.get(CH_AT),
              Optional.ofNullable(date).map(java.time.LocalDate::parse)));
    }
    return out;
  }
}
