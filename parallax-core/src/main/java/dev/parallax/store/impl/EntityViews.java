package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.ARTICLE;
import static dev.parallax.store.impl.Documents.A_NAMES;
import static dev.parallax.store.impl.Documents.BODY;
import static dev.parallax.store.impl.Documents.TITLE;
import static dev.parallax.store.impl.Documents.ofType;

import dev.parallax.store.EntityView;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StorySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Names across the store, from the capitalised words of articles' titles and leads (the grouper's
 * cheap names, not NER): how many articles name one, its stories, and how it is most often written.
 * Thread-safe.
 */
final class EntityViews {
  /** Articles read to find how a name is most often written. */
  private static final int SPELLING_SAMPLE = 20;

  private final StoreIndex index;
  private final Stories stories;

  EntityViews(StoreIndex index, Stories stories) {
    this.index = index;
    this.stories = stories;
  }

  Optional<EntityView> entity(String id) {
    String key = EntityView.idOf(id);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return index.read(
        s -> {
          Query articles =
              new BooleanQuery.Builder()
                  .add(ofType(ARTICLE), Occur.FILTER)
                  .add(Documents.naming(A_NAMES, key), Occur.FILTER)
                  .build();
          int n = s.count(articles);
          if (n == 0) {
            return Optional.empty();
          }
          List<String> texts = new ArrayList<>();
          StoredFields stored = s.storedFields();
          for (ScoreDoc hit : s.search(articles, SPELLING_SAMPLE).scoreDocs) {
            Document d = stored.document(hit.doc, Set.of(TITLE, BODY));
            texts.add(d.get(TITLE) == null ? "" : d.get(TITLE));
            texts.add(d.get(BODY) == null ? "" : d.get(BODY));
          }
          List<StorySummary> named =
              stories.list(
                  new StoryFilter(Optional.empty(), Optional.of(key), Optional.empty(), 0, 100));
          return Optional.of(new EntityView(key, spelling(key, texts), n, named));
        });
  }

  /**
   * How the texts most often write the name with this id (its words in order, any punctuation or
   * spaces between them), capitalised spellings first; the id capitalised when none writes it
   * whole.
   */
  static String spelling(String id, List<String> texts) {
    List<String> parts = new ArrayList<>();
    for (String p : id.split("-")) {
      parts.add(Pattern.quote(p));
    }
    Pattern name =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])"
                + String.join("[^\\p{L}\\p{N}]{1,3}", parts)
                + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (String text : texts) {
      Matcher m = name.matcher(text);
      while (m.find()) {
        seen.merge(m.group(), 1, Integer::sum);
      }
    }
    return seen.entrySet().stream()
        .max(
            Comparator.comparing(
                    (Map.Entry<String, Integer> e) -> Character.isUpperCase(e.getKey().charAt(0)))
                .thenComparing(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElseGet(() -> StoryRecord.capitalise(id.replace('-', ' ')));
  }
}
