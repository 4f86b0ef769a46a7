package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Framing;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The neutral brief on AllSides events: each event's three articles (a left, a centre and a right
 * outlet's title and lead, in an unrecorded order) go through the pipeline as {@code parallax
 * compare} reads three text files (headline on the first line, then the lead), and the brief is
 * scored with ROUGE-1/2/L F1 ({@link Rouge}) against AllSides' own neutral roundup of the event,
 * beside baselines scored the same way on the same events: one outlet's lead (the central one: the
 * lead closest to the other two by ROUGE-1, since which outlet is the centre is not recorded; the
 * mean of the three; the best of the three, an oracle), and the three leads' first sentences
 * together. Also the brief's length, the faults {@link BriefChecks} finds in its sentences, and how
 * loaded its wording is next to each input's. Figures for the train events (tune) and the
 * validation events (held-out).
 */
final class BriefSuite implements Suite {
  static final String CORPUS = StoryCorpora.ALLSIDES;

  /** One article of an event: corpus id, title, lead. */
  record Item(String id, String title, String lead) {
    /** How a user would hand it to {@code parallax compare}: a text file, headline first. */
    String source() {
      return "allsides/" + id + ".txt";
    }

    String file() {
      return lead.isBlank() ? title : title + "\n\n" + lead;
    }

    /** The lead, or the title for the few items whose lead is empty. */
    String leadOrTitle() {
      return lead.isBlank() ? title : lead;
    }
  }

  record Event(String story, String split, List<Item> items, String roundup) {}

  /** One event measured. */
  record Measured(
      Event event,
      String brief,
      int briefWords,
      Rouge.Score briefScore,
      Rouge.Score labelledScore,
      Rouge.Score central,
      Rouge.Score leadMean,
      Rouge.Score leadBest,
      Rouge.Score firsts,
      Rouge.Score centralWhole,
      int centralWords,
      int centralWholeWords,
      int firstsWords,
      Map<String, Integer> faults,
      List<String> faultLines,
      double briefLoaded,
      double minInputLoaded,
      double meanInputLoaded,
      int loadedWhereNeutral,
      int readLoaded,
      int stated,
      int centralReadLoaded,
      int centralSentences,
      List<String> disagreements) {}

  @Override
  public String name() {
    return "brief";
  }

  static List<Event> events(Corpora corpora) throws Exception {
    Path dir = corpora.dir(CORPUS);
    ObjectMapper json = new ObjectMapper();
    Map<String, List<Item>> items = new LinkedHashMap<>();
    try (BufferedReader in =
        Files.newBufferedReader(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          items
              .computeIfAbsent(n.path("story").asText(), k -> new ArrayList<>())
              .add(
                  new Item(
                      n.path("id").asText(), n.path("title").asText(), n.path("text").asText()));
        }
      }
    }
    Map<String, String> roundups = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("roundups.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        roundups.put(n.path("story").asText(), n.path("text").asText());
      }
    }
    List<Event> out = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : items.entrySet()) {
      String roundup = roundups.getOrDefault(e.getKey(), "");
      if (!roundup.isBlank()) {
        String split = e.getKey().startsWith("val") ? "held-out" : "tune";
        out.add(new Event(e.getKey(), split, e.getValue(), roundup));
      }
    }
    return out;
  }

  /**
   * Sentences in the brief: {@code -Dparallax.eval.brief.sentences=N}, as {@code compare
   * --brief-sentences N} sets them, else the automatic length. ({@code
   * -Dparallax.eval.brief.splits=tune} measures one part alone; {@code
   * -Dparallax.eval.brief.print=true} prints every brief, {@code
   * -Dparallax.eval.brief.numbers=true} every "numbers that disagree" of the events.)
   */
  static int briefSentences() {
    return Integer.getInteger("parallax.eval.brief.sentences", Pipeline.Options.AUTO_BRIEF);
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    List<Event> all = events(corpora);
    String data = corpora.version(CORPUS);
    boolean print = Boolean.getBoolean("parallax.eval.brief.print");
    // every "numbers that disagree" the analysis of an event shows, for reading
    boolean numbers = Boolean.getBoolean("parallax.eval.brief.numbers");
    List<Figure> out = new ArrayList<>();
    for (String split :
        System.getProperty("parallax.eval.brief.splits", "tune,held-out").split(",")) {
      List<Event> part = all.stream().filter(e -> e.split().equals(split)).toList();
      List<Event> sample = Corpora.sample(part, Event::story, limit);
      log.info("brief: " + sample.size() + " events (" + split + ")");
      List<Measured> measured = Parallel.map(sample, BriefSuite::measure, log, "brief " + split);
      for (Measured m : measured) {
        if (print || !m.faultLines().isEmpty()) {
          log.info(
              String.format(
                  Locale.ROOT,
                  "brief %s (ROUGE-1 %.3f, central lead %.3f, %d words, loaded %.2f, least"
                      + " loaded input %.2f): %s",
                  m.event().story(),
                  m.briefScore().r1(),
                  m.central().r1(),
                  m.briefWords(),
                  m.briefLoaded(),
                  m.minInputLoaded(),
                  m.brief()));
          m.faultLines().forEach(f -> log.info("brief " + m.event().story() + " FAULT " + f));
        }
        if (numbers) {
          m.disagreements().forEach(d -> log.info("numbers " + m.event().story() + " " + d));
        }
      }
      out.addAll(figures(split, measured, data));
    }
    return out;
  }

  static Measured measure(Event e) {
    List<SourceText> texts = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (Item i : e.items()) {
      texts.add(new SourceText(ArticleMeta.of(i.source()), i.file()));
      titles.put(i.source(), i.title());
      names.add(i.source());
      names.add(i.id());
    }
    Pipeline.Options options =
        new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1, briefSentences());
    Report r = Pipeline.analyse(texts, List.of(), options, Pipeline.Progress.NONE);
    Map<String, Double> loaded = BriefChecks.loadedBySentence(r);
    StringBuilder brief = new StringBuilder();
    Map<String, Integer> faults = new TreeMap<>();
    List<String> faultLines = new ArrayList<>();
    double briefWeight = 0;
    int briefOwnWords = 0;
    int loadedWhereNeutral = 0;
    Set<String> wholeLoaded = new HashSet<>();
    r.framing().forEach(f -> f.sentences().forEach(ls -> wholeLoaded.add(ls.sentence())));
    int readLoaded = 0;
    int stated = 0;
    StringBuilder labelled = new StringBuilder();
    for (BriefSentence b : r.brief()) {
      String body = b.text().replaceFirst(BriefChecks.ONLY.pattern(), "");
      brief.append(brief.length() == 0 ? "" : " ").append(body);
      labelled.append(labelled.length() == 0 ? "" : " ").append(b.text());
      BriefChecks.Checked c = BriefChecks.check(b, r, titles, names);
      for (String f : c.faults()) {
        faults.merge(f, 1, Integer::sum);
        faultLines.add(f + ": " + b.text());
      }
      briefOwnWords += BriefChecks.ownWords(body);
      if (c.stated().isPresent()) {
        stated++;
        readLoaded += wholeLoaded.contains(c.stated().get().id()) ? 1 : 0;
        double w = loaded.getOrDefault(c.stated().get().id(), 0.0);
        briefWeight += w;
        if (w > 0 && b.cites().stream().anyMatch(id -> loaded.getOrDefault(id, 0.0) == 0)) {
          loadedWhereNeutral++;
          faultLines.add("loaded where a neutral wording exists: " + b.text());
        }
      }
    }
    double briefLoaded = briefOwnWords == 0 ? 0 : 100 * briefWeight / briefOwnWords;
    double minInput = Double.MAX_VALUE;
    double sumInput = 0;
    for (Framing f : r.framing()) {
      minInput = Math.min(minInput, f.score());
      sumInput += f.score();
    }
    if (r.framing().isEmpty()) {
      minInput = 0;
    }
    String text = brief.toString();
    List<Rouge.Score> leads = new ArrayList<>();
    for (Item i : e.items()) {
      leads.add(Rouge.score(i.leadOrTitle(), e.roundup()));
    }
    int central = central(e.items());
    String whole = wholeSentences(r, e.items().get(central), titles, names);
    int centralReadLoaded = 0;
    int centralSentences = 0;
    for (dev.parallax.model.Article a : r.articles()) {
      if (a.source().equals(e.items().get(central).source())) {
        centralSentences += a.sentences().size();
        centralReadLoaded +=
            (int) a.sentences().stream().filter(x -> wholeLoaded.contains(x.id())).count();
      }
    }
    StringBuilder firsts = new StringBuilder();
    for (Item i : e.items()) {
      firsts.append(firsts.length() == 0 ? "" : " ").append(firstSentence(i.leadOrTitle()));
    }
    return new Measured(
        e,
        labelled.toString(),
        wordCount(text),
        Rouge.score(text, e.roundup()),
        Rouge.score(labelled.toString(), e.roundup()),
        leads.get(central),
        mean(leads),
        leads.stream().max((a, b) -> Double.compare(a.r1(), b.r1())).orElseThrow(),
        Rouge.score(firsts.toString(), e.roundup()),
        Rouge.score(whole, e.roundup()),
        wordCount(e.items().get(central).leadOrTitle()),
        wordCount(whole),
        wordCount(firsts.toString()),
        faults,
        faultLines,
        briefLoaded,
        minInput,
        r.framing().isEmpty() ? 0 : sumInput / r.framing().size(),
        loadedWhereNeutral,
        readLoaded,
        stated,
        centralReadLoaded,
        centralSentences,
        disagreements(r));
  }

  /** Each discrepancy of a report as one line: its fact and each value with its sentence. */
  static List<String> disagreements(Report r) {
    Map<String, String> text = new HashMap<>();
    r.articles().forEach(a -> a.sentences().forEach(s -> text.put(s.id(), s.text())));
    List<String> out = new ArrayList<>();
    for (dev.parallax.model.Discrepancy d : r.discrepancies()) {
      StringBuilder b = new StringBuilder(d.fact());
      for (dev.parallax.model.Discrepancy.Value v : d.values()) {
        b.append(" | \"").append(v.text()).append("\" in: ").append(text.get(v.sentence()));
      }
      out.add(b.toString());
    }
    return out;
  }

  /**
   * The central lead cut to what a brief may state of it: its sentences (as the pipeline reads
   * them) that pass every check a brief sentence must pass ({@link BriefChecks}), in order. A
   * baseline that shows how much of the central lead's score rests on what the brief may not use:
   * cut-off sentences, fragments, the headline.
   */
  static String wholeSentences(
      Report r, Item central, Map<String, String> titles, List<String> names) {
    StringBuilder out = new StringBuilder();
    for (dev.parallax.model.Article a : r.articles()) {
      if (!a.source().equals(central.source())) {
        continue;
      }
      for (dev.parallax.model.Sentence s : a.sentences()) {
        BriefSentence b = new BriefSentence(s.text(), List.of(s.id()), 1);
        if (BriefChecks.check(b, r, titles, names).faults().isEmpty()) {
          out.append(out.length() == 0 ? "" : " ").append(s.text());
        }
      }
    }
    return out.toString();
  }

  /** The lead closest to the other leads of the event (highest mean ROUGE-1 F1 against them). */
  static int central(List<Item> items) {
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < items.size(); i++) {
      double s = 0;
      for (int j = 0; j < items.size(); j++) {
        if (j != i) {
          s += Rouge.score(items.get(i).leadOrTitle(), items.get(j).leadOrTitle()).r1();
        }
      }
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  }

  static String firstSentence(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    int end = it.next();
    return (end == BreakIterator.DONE ? text : text.substring(0, end)).strip();
  }

  static int wordCount(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private static Rouge.Score mean(List<Rouge.Score> s) {
    return new Rouge.Score(
        s.stream().mapToDouble(Rouge.Score::r1).average().orElse(0),
        s.stream().mapToDouble(Rouge.Score::r2).average().orElse(0),
        s.stream().mapToDouble(Rouge.Score::rl).average().orElse(0));
  }

  /** Pearson's correlation of two equally long series; 0 when either does not vary. */
  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = java.util.Arrays.stream(x).average().orElse(0);
    double my = java.util.Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  private static List<Figure> figures(String split, List<Measured> ms, String data) {
    int n = ms.size();
    List<Figure> out = new ArrayList<>();
    Put put = (name, value) -> out.add(new Figure("brief", split, name, value, n, data));
    Map<String, java.util.function.Function<Measured, Rouge.Score>> systems = new LinkedHashMap<>();
    systems.put("brief", Measured::briefScore);
    systems.put("lead-central", Measured::central);
    systems.put("lead-central-whole", Measured::centralWhole);
    systems.put("lead-mean", Measured::leadMean);
    systems.put("lead-best", Measured::leadBest);
    systems.put("first-sentences", Measured::firsts);
    for (Map.Entry<String, java.util.function.Function<Measured, Rouge.Score>> s :
        systems.entrySet()) {
      List<Rouge.Score> scores = ms.stream().map(s.getValue()).toList();
      Rouge.Score m = mean(scores);
      put.add(s.getKey() + "-rouge1", m.r1());
      put.add(s.getKey() + "-rouge2", m.r2());
      put.add(s.getKey() + "-rougeL", m.rl());
    }
    put.add("number-disagreements", ms.stream().mapToInt(m -> m.disagreements().size()).sum());
    Rouge.Score b = mean(ms.stream().map(Measured::briefScore).toList());
    Rouge.Score c = mean(ms.stream().map(Measured::central).toList());
    Rouge.Score f = mean(ms.stream().map(Measured::firsts).toList());
    double margin =
        Math.min(
            Math.min(b.r1() - Math.max(c.r1(), f.r1()), b.r2() - Math.max(c.r2(), f.r2())),
            b.rl() - Math.max(c.rl(), f.rl()));
    put.add("rouge-margin-over-baselines", margin);
    put.add("brief-labelled-rouge1", mean(ms.stream().map(Measured::labelledScore).toList()).r1());
    put.add("brief-words-mean", ms.stream().mapToInt(Measured::briefWords).average().orElse(0));
    put.add("brief-words-median", median(ms.stream().map(m -> (double) m.briefWords()).toList()));
    put.add(
        "roundup-words-median",
        median(ms.stream().map(m -> (double) wordCount(m.event().roundup())).toList()));
    put.add(
        "lead-central-words-mean",
        ms.stream().mapToInt(Measured::centralWords).average().orElse(0));
    put.add(
        "lead-central-whole-words-mean",
        ms.stream().mapToInt(Measured::centralWholeWords).average().orElse(0));
    put.add(
        "first-sentences-words-mean",
        ms.stream().mapToInt(Measured::firstsWords).average().orElse(0));
    // how far each length follows the roundup's (Pearson, over the events): a roundup is long
    // where the outlets' leads are long, which a fixed budget cannot follow
    double[] roundupWords = ms.stream().mapToDouble(m -> wordCount(m.event().roundup())).toArray();
    put.add(
        "brief-words-roundup-correlation",
        pearson(ms.stream().mapToDouble(Measured::briefWords).toArray(), roundupWords));
    put.add(
        "lead-central-words-roundup-correlation",
        pearson(ms.stream().mapToDouble(Measured::centralWords).toArray(), roundupWords));
    put.add("empty-briefs", ms.stream().filter(m -> m.brief().isEmpty()).count());
    Map<String, Integer> faults = new TreeMap<>();
    for (String k :
        List.of(
            "cites-nothing",
            "not-an-article-sentence",
            "no-verb",
            "short",
            "headline",
            "debris",
            "unfinished",
            "quotation-cut",
            "names-id-or-path")) {
      faults.put(k, 0);
    }
    ms.forEach(m -> m.faults().forEach((k, v) -> faults.merge(k, v, Integer::sum)));
    put.add("violations", faults.values().stream().mapToInt(Integer::intValue).sum());
    faults.forEach((k, v) -> put.add("violations-" + k, v));
    long below =
        ms.stream()
            .filter(m -> m.briefLoaded() == 0 || m.briefLoaded() < m.minInputLoaded())
            .count();
    put.add("loaded-below-every-input", n == 0 ? 0 : (double) below / n);
    put.add(
        "loaded-where-neutral-exists", ms.stream().mapToInt(Measured::loadedWhereNeutral).sum());
    int stated = ms.stream().mapToInt(Measured::stated).sum();
    put.add(
        "brief-sentences-read-loaded",
        stated == 0 ? 0 : (double) ms.stream().mapToInt(Measured::readLoaded).sum() / stated);
    int centralSentences = ms.stream().mapToInt(Measured::centralSentences).sum();
    put.add(
        "lead-central-sentences-read-loaded",
        centralSentences == 0
            ? 0
            : (double) ms.stream().mapToInt(Measured::centralReadLoaded).sum() / centralSentences);
    put.add(
        "brief-loaded-score-mean",
        ms.stream().mapToDouble(Measured::briefLoaded).average().orElse(0));
    put.add(
        "input-loaded-score-mean",
        ms.stream().mapToDouble(Measured::meanInputLoaded).average().orElse(0));
    return out;
  }

  /** Files one figure of the part being measured. */
  @FunctionalInterface
  private interface Put {
    void add(String name, double value);
  }

  private static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return 0;
    }
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
