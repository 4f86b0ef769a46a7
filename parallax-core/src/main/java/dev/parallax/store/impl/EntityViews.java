package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.ARTICLE;
import static dev.parallax.store.impl.Documents.BODY;
import static dev.parallax.store.impl.Documents.TITLE;
import static dev.parallax.store.impl.Documents.ofType;

import dev.parallax.model.EntityType;
import dev.parallax.store.EntityView;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StorySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Names across the store. A name is looked up among the resolved entities of stories whose report
 * was computed ({@link EntityIndex}: canonical name, type, aliases, acronyms) and, for every story,
 * among the capitalised words of articles' titles and leads (the grouper's cheap names, not NER):
 * how many articles name it, its stories, and its canonical name and aliases (else how it is most
 * often written). Thread-safe.
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
          List<EntityIndex.Found> found = EntityIndex.find(s, id);
          Query articles =
              new BooleanQuery.Builder()
                  .add(ofType(ARTICLE), Occur.FILTER)
                  .add(EntityIndex.articles(found, id), Occur.FILTER)
                  .build();
          int n = s.count(articles);
          if (n == 0 && found.isEmpty()) {
            return Optional.empty();
          }
          StoryFilter naming =
              new StoryFilter(
                  Optional.empty(), Optional.of(id), Optional.empty(), 0, EntityView.SHOWN);
          List<StorySummary> named = stories.list(naming);
          int storyCount = named.size() < EntityView.SHOWN ? named.size() : stories.count(naming);
          if (!found.isEmpty()) {
            return Optional.of(resolved(key, n, named, found, storyCount));
          }
          List<String> texts = new ArrayList<>();
          StoredFields stored = s.storedFields();
          for (ScoreDoc hit : s.search(articles, SPELLING_SAMPLE).scoreDocs) {
            Document d = stored.document(hit.doc, Set.of(TITLE, BODY));
            texts.add(d.get(TITLE) == null ? "" : d.get(TITLE));
            texts.add(d.get(BODY) == null ? "" : d.get(BODY));
          }
          return Optional.of(new EntityView(key, spelling(key, texts), n, named, storyCount));
        });
  }

  /**
   * The view of a name resolved entities hold: of the entities it names exactly (by name, alias or
   * acronym; else all it matched by its words), the name most mentioned across stories is the
   * canonical one, with its type, and every other name of theirs an alias.
   */
  static EntityView resolved(
      String key,
      int articles,
      List<StorySummary> named,
      List<EntityIndex.Found> found,
      int storyCount) {
    List<EntityIndex.Found> exact = found.stream().filter(EntityIndex.Found::exact).toList();
    List<EntityIndex.Found> chosen = exact.isEmpty() ? found : exact;
    Map<String, Integer> mentions = new TreeMap<>();
    Map<String, EntityType> types = new HashMap<>();
    for (EntityIndex.Found f : chosen) {
      mentions.merge(f.name(), f.mentions(), Integer::sum);
      types.putIfAbsent(f.name(), f.type());
    }
    String name =
        mentions.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElseThrow();
    Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (EntityIndex.Found f : chosen) {
      aliases.add(f.name());
      aliases.addAll(f.aliases());
    }
    aliases.remove(name);
    return new EntityView(
        key,
        name,
        articles,
        named,
        new ArrayList<>(aliases),
        Optional.of(types.get(name)),
        storyCount);
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
