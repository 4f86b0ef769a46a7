package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Pipeline;
import dev.parallax.internal.DataFiles;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Entity;
import dev.parallax.model.Mention;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import dev.parallax.story.BCubed;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who and what the articles mention, on ECB+'s participant annotations ({@code entities.jsonl}):
 * the documents of each gold story analysed together as {@code parallax compare} would, scored over
 * the gold mentions that are proper names (every content word capitalised; not a lone capitalised
 * word opening its sentence; not in the first line, the headline). A gold mention is held when a
 * report mention linked to an entity listing its sentence overlaps at least half of it (its leading
 * function words and titles, and anything after its first comma, left out). Figures per split
 * (topics divisible by three held out): the share of mentions held, and B-cubed precision, recall
 * and F1 of the report's entities against the gold chains over those mentions (a mention no entity
 * holds is a cluster of its own), summed over mentions of all stories.
 */
final class EntitiesSuite implements Suite {
  static final String NAME = "entities";

  /**
   * Words a proper name may hold in lower case ("Bank of America", "the Promises Center in
   * Malibu").
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "of", "in", "on", "at", "for", "and", "to", "de", "la", "le", "du",
          "von", "van", "der", "den", "da", "di", "del", "al", "el", "bin", "ibn", "&", "'s", "’s",
          "'", "-", "by", "with", "from", "or", "as", "y", "e");

  /** Capitalised words that are not names by themselves. */
  private static final Set<String> NOT_NAMES = Set.of("i", "he", "she", "it", "we", "they", "you");

  /** Titles and roles, which alone name no one. */
  private static final Set<String> TITLES = titles();

  /** One gold mention located in its document's text. */
  record GoldMention(String doc, int line, int start, int end, String text, String chain) {
    /**
     * In a coreference chain ECB+ annotates (across documents or within one); ECB+ leaves a mention
     * in no relation as a chain of its own ({@code <doc>/m<id>}), which says it was not linked, not
     * that it names something else.
     */
    boolean linked() {
      return !UNLINKED.matcher(chain).find();
    }
  }

  private static final Pattern UNLINKED = Pattern.compile("/m\\d+$");

  /** One gold story: its documents and their proper-name gold mentions. */
  record Story(String id, String split, List<StoryItem> docs, List<GoldMention> gold) {}

  /** Counts of one story, summed over stories. */
  static final class Counts {
    int mentions;
    int held;

    /** B-cubed sums over the mentions in an annotated chain, and over all mentions. */
    int linked;

    double precisionSum;
    double recallSum;
    double precisionSumAll;
    double recallSumAll;
    final List<String> missed = new ArrayList<>();
    final List<String> wrong = new ArrayList<>();

    void add(Counts c) {
      mentions += c.mentions;
      held += c.held;
      linked += c.linked;
      precisionSum += c.precisionSum;
      recallSum += c.recallSum;
      precisionSumAll += c.precisionSumAll;
      recallSumAll += c.recallSumAll;
    }
  }

  private static Set<String> titles() {
    Set<String> out = new HashSet<>(DataFiles.words("person-titles.txt"));
    out.addAll(DataFiles.words("roles.tsv", "role"));
    out.addAll(List.of("mr", "mrs", "ms", "dr", "sgt", "officer", "ceo", "founder", "surgeon"));
    return out;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    String data = corpora.version(StoryCorpora.ECBPLUS);
    List<Story> stories = stories(corpora);
    List<Figure> out = new ArrayList<>();
    for (String split : List.of("tune", "held-out")) {
      List<Story> part =
          Corpora.sample(
              stories.stream().filter(s -> s.split().equals(split)).toList(), Story::id, limit);
      List<Counts> counts = Parallel.map(part, EntitiesSuite::measure, log, NAME + " " + split);
      out.addAll(figures(split, counts, data, part.size()));
      int shown = 0;
      for (Counts c : counts) {
        for (String m : c.missed) {
          if (shown++ < 10) {
            log.info(NAME + " " + split + " missed: " + m);
          }
        }
      }
    }
    return out;
  }

  static List<Figure> figures(String split, List<Counts> counts, String data, int stories) {
    Counts sum = new Counts();
    counts.forEach(sum::add);
    double n = Math.max(1, sum.mentions);
    double nl = Math.max(1, sum.linked);
    double p = sum.precisionSum / nl;
    double r = sum.recallSum / nl;
    double pa = sum.precisionSumAll / n;
    double ra = sum.recallSumAll / n;
    List<Figure> out = new ArrayList<>();
    out.add(new Figure(NAME, split, "mentions-held", sum.held / n, sum.mentions, data));
    out.add(new Figure(NAME, split, "bcubed-precision", p, sum.linked, data));
    out.add(new Figure(NAME, split, "bcubed-recall", r, sum.linked, data));
    out.add(
        new Figure(
            NAME, split, "bcubed-f1", p + r == 0 ? 0 : 2 * p * r / (p + r), sum.linked, data));
    out.add(
        new Figure(
            NAME,
            split,
            "bcubed-f1-all",
            pa + ra == 0 ? 0 : 2 * pa * ra / (pa + ra),
            sum.mentions,
            data));
    out.add(new Figure(NAME, split, "stories", stories, stories, data));
    return out;
  }

  static Counts measure(Story story) {
    List<SourceText> texts = new ArrayList<>();
    for (StoryItem d : story.docs()) {
      texts.add(new SourceText(ArticleMeta.of(d.id()), d.text()));
    }
    Report r =
        Pipeline.analyse(
            texts,
            List.of(),
            new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
    return score(story, r.articles(), r.entities());
  }

  /** Reads the gold stories: ECB+ documents by gold story, with their proper-name gold mentions. */
  static List<Story> stories(Corpora corpora) throws IOException {
    Map<String, List<GoldMention>> byDoc = new HashMap<>();
    Path file = corpora.dir(StoryCorpora.ECBPLUS).resolve("entities.jsonl");
    Map<String, String> texts = new HashMap<>();
    List<StoryItem> items = StoryCorpora.ecbplus(corpora);
    items.forEach(i -> texts.put(i.id(), i.text()));
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String doc = n.path("file").asText();
        String text = texts.get(doc);
        if (text != null) {
          byDoc.put(doc, locate(doc, text, n.path("entities")));
        }
      }
    }
    Map<String, Story> stories = new LinkedHashMap<>();
    for (StoryItem i : items) {
      Story s =
          stories.computeIfAbsent(
              i.story(), k -> new Story(k, i.split(), new ArrayList<>(), new ArrayList<>()));
      s.docs().add(i);
      s.gold().addAll(byDoc.getOrDefault(i.id(), List.of()));
    }
    return new ArrayList<>(stories.values());
  }

  /** The gold mentions of one document that are proper names, with their offsets in its text. */
  static List<GoldMention> locate(String doc, String text, JsonNode entities) {
    List<int[]> lines = new ArrayList<>();
    int at = 0;
    for (String l : text.split("\n", -1)) {
      if (!l.isBlank()) {
        lines.add(new int[] {at, at + l.length()});
      }
      at += l.length() + 1;
    }
    Map<String, Integer> cursor = new HashMap<>();
    List<GoldMention> out = new ArrayList<>();
    for (JsonNode e : entities) {
      int li = e.path("sentence").asInt();
      String t = e.path("text").asText();
      if (li <= 0 || li >= lines.size() || t.isBlank()) {
        continue;
      }
      int[] line = lines.get(li);
      String key = li + "\u0000" + t;
      int from = cursor.getOrDefault(key, line[0]);
      int found = text.indexOf(t, from);
      if (found < 0 || found + t.length() > line[1]) {
        continue; // discontinuous mentions are not in the text as written
      }
      cursor.put(key, found + t.length());
      if (properName(t, text.substring(line[0], found))) {
        out.add(new GoldMention(doc, li, found, found + t.length(), t, e.path("chain").asText()));
      }
    }
    return out;
  }

  /**
   * Every content word capitalised, at least one not a title or role ("Surgeon General", "CEO"
   * alone name no one), and not one word alone opening its sentence.
   */
  static boolean properName(String mention, String beforeInLine) {
    int content = 0;
    boolean name = false;
    for (String w : mention.split("\\s+")) {
      if (w.codePoints().noneMatch(Character::isLetter)) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+", "");
      if (FUNCTION_WORDS.contains(lower)) {
        continue;
      }
      int first = lower.isEmpty() ? 'a' : w.codePointAt(w.length() - lower.length());
      String bare = lower.replaceAll("['’].*$", "").replaceAll("[^\\p{L}]+$", "");
      if (!Character.isUpperCase(first) || NOT_NAMES.contains(bare)) {
        return false;
      }
      content++;
      name |= !TITLES.contains(bare);
    }
    if (content == 0 || !name) {
      return false;
    }
    boolean opens = beforeInLine.codePoints().noneMatch(Character::isLetterOrDigit);
    return !(opens && mention.strip().split("\\s+").length == 1);
  }

  /**
   * The part of a gold mention a report mention must cover half of: without leading function words
   * and titles ("in San Diego", "President Nixon"), up to a comma ("Malibu, California").
   */
  static int[] core(GoldMention g) {
    String t = g.text();
    int s = 0;
    while (true) {
      int sp = t.indexOf(' ', s);
      if (sp < 0) {
        break;
      }
      String w = t.substring(s, sp).toLowerCase(Locale.ROOT);
      if (!FUNCTION_WORDS.contains(w) && !TITLES.contains(w)) {
        break;
      }
      s = sp + 1;
    }
    int comma = t.indexOf(", ", s);
    int e = comma < 0 ? t.length() : comma;
    return new int[] {g.start() + s, g.start() + Math.max(e, s + 1)};
  }

  /** Scores the articles and entities of one story's report against its gold mentions. */
  static Counts score(Story story, List<Article> articles, List<Entity> entities) {
    Map<String, Entity> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    Map<String, List<int[]>> spansByDoc = new HashMap<>(); // original start, end, and the mention
    Map<String, List<Mention>> mentionsByDoc = new HashMap<>();
    Map<String, List<Sentence>> sentenceByDoc = new HashMap<>();
    Map<String, String> textOf = new HashMap<>();
    story.docs().forEach(d -> textOf.put(d.id(), d.text()));
    for (Article a : articles) {
      String original = textOf.get(a.source());
      if (original == null) {
        continue;
      }
      TextMap map = TextMap.of(original, a.text());
      List<int[]> spans = spansByDoc.computeIfAbsent(a.source(), k -> new ArrayList<>());
      List<Mention> ms = mentionsByDoc.computeIfAbsent(a.source(), k -> new ArrayList<>());
      List<Sentence> ss = sentenceByDoc.computeIfAbsent(a.source(), k -> new ArrayList<>());
      for (Sentence s : a.sentences()) {
        for (Mention m : s.mentions()) {
          int[] span = map.span(m.start(), m.end());
          if (span != null && !m.entity().isEmpty()) {
            spans.add(span);
            ms.add(m);
            ss.add(s);
          }
        }
      }
    }
    Map<String, String> predicted = new HashMap<>();
    Map<String, String> gold = new HashMap<>();
    Counts c = new Counts();
    int k = 0;
    for (GoldMention g : story.gold()) {
      String item = "m" + (k++);
      gold.put(item, g.chain());
      int[] core = core(g);
      List<int[]> spans = spansByDoc.getOrDefault(g.doc(), List.of());
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < spans.size(); i++) {
        int o = Math.min(spans.get(i)[1], core[1]) - Math.max(spans.get(i)[0], core[0]);
        if (o > bestOverlap) {
          bestOverlap = o;
          best = i;
        }
      }
      Mention m = best < 0 ? null : mentionsByDoc.get(g.doc()).get(best);
      Entity e = m == null ? null : byId.get(m.entity());
      boolean held =
          e != null
              && bestOverlap * 2 >= core[1] - core[0]
              && e.sentences().contains(sentenceByDoc.get(g.doc()).get(best).id());
      if (held) {
        c.held++;
        predicted.put(item, e.id());
      } else {
        predicted.put(item, "unheld-" + item);
        c.missed.add(
            g.doc()
                + " line "
                + g.line()
                + ": \""
                + g.text()
                + "\""
                + (m == null ? "" : " (nearest \"" + m.text() + "\")"));
      }
    }
    c.mentions = gold.size();
    if (!gold.isEmpty()) {
      BCubed.Score all = BCubed.score(predicted, gold);
      c.precisionSumAll = all.precision() * gold.size();
      c.recallSumAll = all.recall() * gold.size();
      Map<String, String> linkedGold = new HashMap<>();
      Map<String, String> linkedPredicted = new HashMap<>();
      for (int i = 0; i < story.gold().size(); i++) {
        if (story.gold().get(i).linked()) {
          linkedGold.put("m" + i, gold.get("m" + i));
          linkedPredicted.put("m" + i, predicted.get("m" + i));
        }
      }
      c.linked = linkedGold.size();
      if (!linkedGold.isEmpty()) {
        BCubed.Score l = BCubed.score(linkedPredicted, linkedGold);
        c.precisionSum = l.precision() * linkedGold.size();
        c.recallSum = l.recall() * linkedGold.size();
      }
      listErrors(story, linkedPredicted, c);
    }
    return c;
  }

  /**
   * For tuning: entities holding several annotated chains, and chains spread over several entities.
   */
  private static void listErrors(Story story, Map<String, String> predicted, Counts c) {
    Map<String, Map<String, List<String>>> chainsOf = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> entitiesOf = new LinkedHashMap<>();
    for (int i = 0; i < story.gold().size(); i++) {
      GoldMention g = story.gold().get(i);
      String e = predicted.get("m" + i);
      if (e == null) {
        continue;
      }
      chainsOf
          .computeIfAbsent(e, x -> new LinkedHashMap<>())
          .computeIfAbsent(g.chain(), x -> new ArrayList<>())
          .add(g.text());
      entitiesOf
          .computeIfAbsent(g.chain(), x -> new LinkedHashMap<>())
          .computeIfAbsent(e, x -> new ArrayList<>())
          .add(g.text());
    }
    chainsOf.forEach(
        (e, m) -> {
          if (m.size() > 1) {
            c.wrong.add("merged " + e + " " + m.values());
          }
        });
    entitiesOf.forEach(
        (g, m) -> {
          if (m.keySet().stream().filter(e -> !e.startsWith("unheld-")).count() > 1) {
            c.wrong.add("split " + g + " " + m.values());
          }
        });
  }
}
