package dev.parallax.eval;

import dev.parallax.Pipeline;
import dev.parallax.entity.EntityResolver;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Entity;
import dev.parallax.model.Quote;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import dev.parallax.quote.QuoteStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said what on PolNeAR: each article analysed alone as {@code parallax compare} would (with its
 * outlet and date), its quotations mapped back to the annotated text. Figures per split (train is
 * for tuning, dev held out): recall of the direct quotations (gold contents that open with a
 * quotation mark; found when Parallax's quotations cover at least half of it); speaker accuracy
 * where the gold source holds a name (right when a name or alias of the speaker's entity shares a
 * name word with the source); and the precision of Parallax's own quotations (the share that
 * overlaps some annotated content, direct or not).
 */
final class QuotesSuite implements Suite {
  static final String CORPUS = Polnear.CORPUS;
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");

  /** Capitalised words that do not name anyone by themselves. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "he",
          "she",
          "they",
          "it",
          "we",
          "i",
          "you",
          "his",
          "her",
          "their",
          "its",
          "our",
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "mr.",
          "mrs.",
          "ms.",
          "dr.",
          "sen.",
          "rep.",
          "gov.",
          "president",
          "senator",
          "governor",
          "candidate",
          "nominee",
          "secretary",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "chairman",
          "officials",
          "official",
          "sources",
          "source",
          "aides",
          "aide",
          "republican",
          "republicans",
          "democrat",
          "democrats",
          "democratic",
          "gop",
          "former",
          "campaign",
          "others",
          "some",
          "many",
          "both",
          "one",
          "who",
          "in",
          "and",
          "of",
          "for",
          "according",
          "vice",
          "first",
          "lady",
          "gen.",
          "lt.",
          "col.",
          "sgt.",
          "capt.");

  @Override
  public String name() {
    return CORPUS;
  }

  /** One article's counts. */
  static final class Counts {
    int goldDirect;
    int foundDirect;
    int namedDirect;
    int speakerRight;
    int quotes;
    int quotesOnGold;

    /** Found direct quotations whose gold source is named or resolves to a named person. */
    int resolvedDirect;

    int resolvedRight;

    /** Reported-speech contents: summed soft recall over gold, soft precision over Parallax's. */
    double indirectRecallSum;

    int indirectGold;
    double indirectPrecisionSum;
    int indirectFound;

    /**
     * Gold reported speech aligned with an attribution, whose source is named or resolves to a
     * person.
     */
    int indirectNamed;

    int indirectSourceRight;
    int indirectNamedOnly;
    int indirectNamedOnlyRight;
    final List<String> wrong = new ArrayList<>();
    final List<String> wrongSource = new ArrayList<>();

    /** Gold reported speech mostly missed, and attributions mostly outside any gold content. */
    final List<String> missed = new ArrayList<>();

    final List<String> spurious = new ArrayList<>();

    void add(Counts c) {
      goldDirect += c.goldDirect;
      foundDirect += c.foundDirect;
      namedDirect += c.namedDirect;
      speakerRight += c.speakerRight;
      quotes += c.quotes;
      quotesOnGold += c.quotesOnGold;
      resolvedDirect += c.resolvedDirect;
      resolvedRight += c.resolvedRight;
      indirectRecallSum += c.indirectRecallSum;
      indirectGold += c.indirectGold;
      indirectPrecisionSum += c.indirectPrecisionSum;
      indirectFound += c.indirectFound;
      indirectNamed += c.indirectNamed;
      indirectSourceRight += c.indirectSourceRight;
      indirectNamedOnly += c.indirectNamedOnly;
      indirectNamedOnlyRight += c.indirectNamedOnlyRight;
    }
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    String data = corpora.version(CORPUS);
    List<Figure> out = new ArrayList<>();
    // -Dparallax.eval.quotes.splits=dev measures the held-out split alone (the train split is ten
    // times larger)
    for (String split : System.getProperty("parallax.eval.quotes.splits", "train,dev").split(",")) {
      List<Polnear.Doc> docs =
          Corpora.sample(Polnear.read(corpora, split), Polnear.Doc::name, limit);
      List<Counts> counts = Parallel.map(docs, QuotesSuite::measure, log, CORPUS + " " + split);
      out.addAll(figures(split, counts, data, docs.size()));
      int shown = 0;
      for (Counts c : counts) {
        for (String w : c.wrong) {
          if (shown++ < 15) {
            log.info(CORPUS + " " + split + " wrong speaker: " + w);
          }
        }
      }
    }
    return out;
  }

  /** The figures of one split from its articles' counts. */
  static List<Figure> figures(String split, List<Counts> counts, String data, int articles) {
    Counts sum = new Counts();
    counts.forEach(sum::add);
    String name = split.equals("dev") ? "held-out" : "tune";
    List<Figure> out = new ArrayList<>();
    out.add(
        new Figure(
            CORPUS,
            name,
            "direct-recall",
            ratio(sum.foundDirect, sum.goldDirect),
            sum.goldDirect,
            data));
    out.add(
        new Figure(
            CORPUS,
            name,
            "speaker-accuracy-named",
            ratio(sum.speakerRight, sum.namedDirect),
            sum.namedDirect,
            data));
    out.add(
        new Figure(
            CORPUS,
            name,
            "speaker-accuracy",
            ratio(sum.resolvedRight, sum.resolvedDirect),
            sum.resolvedDirect,
            data));
    out.add(
        new Figure(
            CORPUS,
            name,
            "quote-precision",
            ratio(sum.quotesOnGold, sum.quotes),
            sum.quotes,
            data));
    double p = sum.indirectFound == 0 ? 0 : sum.indirectPrecisionSum / sum.indirectFound;
    double r = sum.indirectGold == 0 ? 0 : sum.indirectRecallSum / sum.indirectGold;
    out.add(new Figure(CORPUS, name, "indirect-content-precision", p, sum.indirectFound, data));
    out.add(new Figure(CORPUS, name, "indirect-content-recall", r, sum.indirectGold, data));
    out.add(
        new Figure(
            CORPUS,
            name,
            "indirect-content-f1",
            p + r == 0 ? 0 : 2 * p * r / (p + r),
            sum.indirectGold,
            data));
    out.add(
        new Figure(
            CORPUS,
            name,
            "indirect-source-accuracy",
            ratio(sum.indirectSourceRight, sum.indirectNamed),
            sum.indirectNamed,
            data));
    out.add(
        new Figure(
            CORPUS,
            name,
            "indirect-source-accuracy-named",
            ratio(sum.indirectNamedOnlyRight, sum.indirectNamedOnly),
            sum.indirectNamedOnly,
            data));
    out.add(new Figure(CORPUS, name, "articles", articles, articles, data));
    return out;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static Counts measure(Polnear.Doc doc) {
    SourceText input =
        new SourceText(
            ArticleMeta.of(doc.name())
                .withOutlet(Optional.of(doc.outlet()))
                .withPublished(doc.published()),
            doc.text());
    Report r =
        Pipeline.analyse(
            List.of(input),
            List.of(),
            new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
    return score(doc, r);
  }

  /**
   * One annotated article through entity resolution and the quote stage only, as a report holding
   * what the quotes-polnear scoring reads (for the tuning tools, which start from cached
   * annotation).
   */
  static Report quoteReport(Article a) {
    EntityResolver.Resolution res = EntityResolver.create().resolve(List.of(a));
    QuoteStage.Result q = QuoteStage.create().run(res.articles(), res.entities());
    return new Report(
        res.articles(),
        res.entities(),
        q.quotes(),
        q.groups(),
        q.attributions(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** Scores the report of one article against the doc's annotations. */
  static Counts score(Polnear.Doc doc, Report r) {
    Counts c = new Counts();
    if (r.articles().isEmpty()) {
      for (Polnear.Attribution a : doc.attributions()) {
        if (Polnear.direct(a.content())) {
          c.goldDirect++;
        }
      }
      return c;
    }
    Article article = r.articles().get(0);
    TextMap map = TextMap.of(doc.text(), article.text());
    Map<String, Sentence> sentences = new HashMap<>();
    article.sentences().forEach(s -> sentences.put(s.id(), s));
    Map<String, Entity> entities = new HashMap<>();
    r.entities().forEach(e -> entities.put(e.id(), e));
    List<int[]> spans = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : r.quotes()) {
      Sentence s = sentences.get(q.sentence());
      int[] span = s == null ? null : map.span(s.start() + q.start(), s.start() + q.end());
      if (span != null) {
        spans.add(span);
        quotes.add(q);
      }
    }
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).fragment()) {
        continue;
      }
      c.quotes++;
      for (Polnear.Attribution a : doc.attributions()) {
        if (overlap(spans.get(i), a.content()) > 0) {
          c.quotesOnGold++;
          break;
        }
      }
    }
    GoldSources goldSource = new GoldSources(doc, article, map, entities);
    for (Polnear.Attribution a : doc.attributions()) {
      if (!Polnear.direct(a.content())) {
        continue;
      }
      c.goldDirect++;
      int covered = 0;
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < spans.size(); i++) {
        int o = overlap(spans.get(i), a.content());
        covered += o;
        if (o > bestOverlap) {
          bestOverlap = o;
          best = i;
        }
      }
      if (covered * 2 < a.content().length()) {
        continue;
      }
      c.foundDirect++;
      Optional<String> target = goldSource.target(a);
      if (target.isEmpty()) {
        continue;
      }
      boolean namedHere = goldSource.named(a);
      Quote q = quotes.get(best);
      Optional<Entity> e = q.speaker().map(sp -> entities.get(sp.entity()));
      boolean right = e.isPresent() && sameName(target.get(), e.get());
      c.resolvedDirect++;
      if (right) {
        c.resolvedRight++;
      }
      if (namedHere) {
        c.namedDirect++;
        if (right) {
          c.speakerRight++;
        }
      }
      if (!right) {
        c.wrong.add(
            doc.name()
                + ": gold \""
                + a.source().get().text()
                + "\""
                + (namedHere ? "" : " (= " + target.get() + ")")
                + ", got "
                + q.speaker()
                    .map(sp -> "\"" + sp.name() + "\"")
                    .orElse("none (" + q.speakerReason() + ")")
                + (q.cue().isEmpty() ? "" : " by '" + q.cue() + "'")
                + " for \""
                + abbreviate(q.text())
                + "\"");
      }
    }
    ReportedSpeechScore.score(doc, r, article, map, entities, goldSource, c);
    return c;
  }

  static String abbreviate(String s) {
    return abbreviate(s, 60);
  }

  static String abbreviate(String s, int n) {
    s = s.replace('\n', ' ');
    return s.length() <= n ? s : s.substring(0, n - 3) + "...";
  }

  static int overlap(int[] span, Polnear.Span gold) {
    int n = 0;
    for (int[] p : gold.pieces()) {
      n += Math.max(0, Math.min(span[1], p[1]) - Math.max(span[0], p[0]));
    }
    return n;
  }

  /** The name words of a source: capitalised words that are not pronouns, titles or roles. */
  static Set<String> nameWords(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (!Character.isUpperCase(w.codePointAt(0))) {
        continue;
      }
      // "Clinton's", and "Sanders’" (a possessive after a final s): the name alone
      String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("s['’]$", "s");
      if (lower.length() >= 2 && !NOT_NAMES.contains(lower)) {
        out.add(lower.replaceAll("[.]$", ""));
      }
    }
    return out;
  }

  static boolean named(String source) {
    return !nameWords(source).isEmpty();
  }

  /** Whether the source text is a pronoun or title the scoring resolves ("he", "the senator"). */
  static boolean resolvable(String source) {
    String s = source.strip().toLowerCase(Locale.ROOT);
    if (s.equals("he") || s.equals("she")) {
      return true;
    }
    String[] w = s.split("\\s+");
    return w.length >= 2
        && w.length <= 5
        && w[0].equals("the")
        && GoldSources.ROLES.contains(w[w.length - 1]);
  }

  static boolean sameName(String source, Entity e) {
    Set<String> gold = nameWords(source);
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    for (String n : names) {
      for (String w : nameWords(n)) {
        if (gold.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
