package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Pipeline;
import dev.parallax.ingest.Inputs;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.ExtractedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Main-text extraction on trafilatura's evaluation set, scored as trafilatura scores it: each page
 * goes through what {@code parallax extract} does (read, extract, clean); a "with" snippet found in
 * the whitespace-normalised text is a true positive, else a false negative; a "without" snippet
 * found is a false positive. Counts are summed over pages; figures for all pages, the tuning and
 * the held-out part, and each declared language; and the number of pages that came out empty.
 */
final class ExtractionSuite implements Suite {
  static final String CORPUS = "extraction";

  /** One annotated page. */
  record Page(String key, String file, String language, List<String> with, List<String> without) {}

  /** What extraction gave for one page. */
  record Outcome(Page page, String text, List<Diagnostic> diagnostics) {}

  @Override
  public String name() {
    return CORPUS;
  }

  static List<Page> pages(Corpora corpora) throws Exception {
    Path dir = corpora.dir(CORPUS);
    Map<String, String> languages = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("languages.tsv"))) {
      String[] f = line.split("\t", -1);
      if (f.length >= 2 && !f[0].equals("file")) {
        languages.put(
            f[0],
            f[1].isBlank()
                ? "none"
                : f[1].strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0]);
      }
    }
    JsonNode eval = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    List<Page> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = eval.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      String file = v.path("file").asText();
      if (!Files.isRegularFile(dir.resolve("pages").resolve(file + ".gz"))) {
        continue;
      }
      out.add(
          new Page(
              e.getKey(),
              file,
              languages.getOrDefault(file, "none"),
              strings(v.path("with")),
              strings(v.path("without"))));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static Outcome extract(Corpora corpora, Page page) throws Exception {
    Path file = corpora.dir(CORPUS).resolve("pages").resolve(page.file() + ".gz");
    Pipeline.Extracts x = Pipeline.extract(List.of(file.toString()), Inputs.Options.defaults());
    StringBuilder text = new StringBuilder();
    for (ExtractedArticle a : x.articles()) {
      text.append(a.text()).append('\n');
    }
    return new Outcome(page, text.toString(), x.diagnostics());
  }

  /**
   * Runs of white space as one space, and canonically equivalent characters as one form (NFC): a
   * page may write "য়" as one code point where the annotation writes it as two, the same text.
   */
  static String normalise(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The snippet counts of one page. */
  static Prf score(Outcome o) {
    Prf p = new Prf();
    String text = normalise(o.text());
    for (String w : o.page().with()) {
      if (!text.isEmpty() && text.contains(normalise(w))) {
        p.tp++;
      } else {
        p.fn++;
      }
    }
    for (String w : o.page().without()) {
      if (!text.isEmpty() && text.contains(normalise(w))) {
        p.fp++;
      }
    }
    return p;
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    List<Page> pages = Corpora.sample(pages(corpora), Page::key, limit);
    List<Outcome> outcomes = Parallel.map(pages, p -> extract(corpora, p), log, CORPUS);
    String data = corpora.version(CORPUS);
    Map<String, Prf> bySplit = new TreeMap<>();
    Map<String, Prf> byLanguage = new TreeMap<>();
    Map<String, Integer> pagesByLanguage = new TreeMap<>();
    Map<String, Integer> pagesBySplit = new TreeMap<>();
    int empty = 0;
    for (Outcome o : outcomes) {
      Prf p = score(o);
      String split = Corpora.split(o.page().key());
      for (String s : List.of("all", split)) {
        bySplit.computeIfAbsent(s, k -> new Prf()).add(p);
        pagesBySplit.merge(s, 1, Integer::sum);
      }
      byLanguage.computeIfAbsent(o.page().language(), k -> new Prf()).add(p);
      pagesByLanguage.merge(o.page().language(), 1, Integer::sum);
      if (o.text().isBlank()) {
        empty++;
        log.info("extraction: empty page " + o.page().file() + " " + reasons(o));
      }
    }
    List<Figure> out = new ArrayList<>();
    for (Map.Entry<String, Prf> e : bySplit.entrySet()) {
      int n = pagesBySplit.get(e.getKey());
      out.add(new Figure(CORPUS, e.getKey(), "precision", e.getValue().precision(), n, data));
      out.add(new Figure(CORPUS, e.getKey(), "recall", e.getValue().recall(), n, data));
      out.add(new Figure(CORPUS, e.getKey(), "f1", e.getValue().f1(), n, data));
    }
    for (Map.Entry<String, Prf> e : byLanguage.entrySet()) {
      out.add(
          new Figure(
              CORPUS,
              "lang-" + e.getKey(),
              "f1",
              e.getValue().f1(),
              pagesByLanguage.get(e.getKey()),
              data));
    }
    out.add(new Figure(CORPUS, "all", "empty-pages", empty, outcomes.size(), data));
    return out;
  }

  private static String reasons(Outcome o) {
    List<String> codes = new ArrayList<>();
    for (Diagnostic d : o.diagnostics()) {
      codes.add(d.code() + ": " + d.message());
    }
    return codes.toString();
  }
}
