package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.BlockKind;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import dev.parallax.nlp.Annotator;
import dev.parallax.nlp.TextBudget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * For tuning only: PolNeAR (or ECB+) articles cleaned and annotated as {@code parallax compare}
 * would, kept on disk (tokens, POS, lemmas, NER mentions, time expressions), so that the stages
 * after annotation can be run over a whole split in seconds. Not used by the suites or the gate,
 * which always run the whole pipeline. The file is named by the corpus's data version: new data is
 * annotated again.
 */
final class AnnotatedCache {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The version of the file's layout, part of its name: a file written before time expressions were
   * kept is annotated again rather than read without them.
   */
  static final String FORMAT = "v2";

  private AnnotatedCache() {}

  /** The annotated article of every doc (absent when cleaning left nothing), by doc name. */
  static Map<String, Article> load(
      Corpora corpora, String split, List<Polnear.Doc> docs, Path dir, Suite.Log log)
      throws Exception {
    Path file =
        dir.resolve(
            "polnear-"
                + split
                + "-"
                + corpora.version(Polnear.CORPUS)
                + "-"
                + FORMAT
                + ".jsonl.gz");
    return load(file, docs, Polnear.Doc::name, AnnotatedCache::annotate, log);
  }

  /** The annotated article of every doc of any corpus, cached in {@code file}, by doc name. */
  static <T> Map<String, Article> load(
      Path file,
      List<T> docs,
      Function<T, String> nameOf,
      Parallel.Task<T, Optional<Article>> annotate,
      Suite.Log log)
      throws Exception {
    Map<String, Article> out = new HashMap<>();
    if (Files.isRegularFile(file)) {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          JsonNode n = JSON.readTree(line);
          out.put(n.get("name").asText(), article(n));
        }
      }
    }
    List<T> missing = docs.stream().filter(d -> !out.containsKey(nameOf.apply(d))).toList();
    if (missing.isEmpty()) {
      return out;
    }
    List<Optional<Article>> annotated =
        Parallel.map(missing, annotate, log, "annotating " + file.getFileName());
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      }
    }
    for (int i = 0; i < missing.size(); i++) {
      if (annotated.get(i).isPresent()) {
        Article a = annotated.get(i).get();
        out.put(nameOf.apply(missing.get(i)), a);
        lines.add(JSON.writeValueAsString(tree(nameOf.apply(missing.get(i)), a)));
      }
    }
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      for (String line : lines) {
        w.write(line);
        w.write('\n');
      }
    }
    return out;
  }

  /**
   * What the pipeline does to one input up to annotation (cleaning, the length budget, CoreNLP).
   */
  static Optional<Article> annotate(Polnear.Doc doc) {
    SourceText input =
        new SourceText(
            ArticleMeta.of(doc.name())
                .withOutlet(Optional.of(doc.outlet()))
                .withPublished(doc.published()),
            doc.text());
    CleanDocument cleaned = Cleaner.clean(input);
    if (cleaned.text().isBlank()) {
      return Optional.empty();
    }
    CleanDocument fit = TextBudget.fit(cleaned).doc();
    List<Sentence> sentences = Annotator.shared().annotate(fit, "A1", doc.published());
    return Optional.of(
        new Article(
            "A1", fit.meta().withPublished(doc.published()), fit.text(), sentences, fit.removed()));
  }

  private static Map<String, Object> tree(String name, Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("source", a.source());
    m.put("outlet", a.outlet().orElse(null));
    m.put("title", a.title().orElse(null));
    m.put("published", a.published().map(Object::toString).orElse(null));
    m.put("text", a.text());
    List<Object> sentences = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("id", s.id());
      sm.put("kind", s.kind().name());
      sm.put("start", s.start());
      sm.put("end", s.end());
      List<Object> toks = new ArrayList<>();
      for (Token t : s.tokens()) {
        toks.add(List.of(t.word(), t.lemma(), t.pos(), t.ner(), t.start(), t.end()));
      }
      sm.put("tokens", toks);
      List<Object> ms = new ArrayList<>();
      for (Mention mn : s.mentions()) {
        ms.add(List.of(mn.type().name(), mn.start(), mn.end()));
      }
      sm.put("mentions", ms);
      List<Object> ts = new ArrayList<>();
      for (TimeExpression x : s.times()) {
        ts.add(List.of(x.type(), x.value(), x.until(), x.start(), x.end()));
      }
      sm.put("times", ts);
      sentences.add(sm);
    }
    m.put("sentences", sentences);
    return m;
  }

  private static Article article(JsonNode n) {
    String text = n.get("text").asText();
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : n.get("sentences")) {
      List<Token> toks = new ArrayList<>();
      for (JsonNode t : s.get("tokens")) {
        toks.add(
            new Token(
                t.get(0).asText(),
                t.get(1).asText(),
                t.get(2).asText(),
                t.get(3).asText(),
                t.get(4).asInt(),
                t.get(5).asInt()));
      }
      List<Mention> ms = new ArrayList<>();
      for (JsonNode mn : s.get("mentions")) {
        int a = mn.get(1).asInt();
        int b = mn.get(2).asInt();
        ms.add(new Mention(text.substring(a, b), EntityType.valueOf(mn.get(0).asText()), a, b, ""));
      }
      List<TimeExpression> ts = new ArrayList<>();
      for (JsonNode x : s.path("times")) {
        int a = x.get(3).asInt();
        int b = x.get(4).asInt();
        ts.add(
            new TimeExpression(
                text.substring(a, b),
                x.get(0).asText(),
                x.get(1).asText(),
                x.get(2).asText(),
                a,
                b));
      }
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      sentences.add(
          new Sentence(
              s.get("id").asText(),
              BlockKind.valueOf(s.get("kind").asText().toUpperCase(Locale.ROOT)),
              text.substring(start, end),
              start,
              end,
              toks,
              ms,
              ts));
    }
    ArticleMeta meta =
        ArticleMeta.of(n.get("source").asText())
            .withOutlet(optional(n.get("outlet")))
            .withTitle(optional(n.get("title")))
            .withPublished(optional(n.get("published")).map(java.time.LocalDate::parse));
    return new Article("A1", meta, text, sentences, List.of());
  }

  private static Optional<String> optional(JsonNode n) {
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }
}
