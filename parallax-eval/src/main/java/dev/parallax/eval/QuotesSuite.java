package dev.parallax.eval;

import dev.parallax.Pipeline;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Entity;
import dev.parallax.model.Quote;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
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
 * outlet and date), its quotations mapped back to the annotated text. Figures per split (train is for
 * tuning, dev held out): recall of the direct quotations (gold contents that open with a quotation
 * mark; found when Parallax's quotations cover at least half of it); speaker accuracy where the gold
 * source holds a name (right when a name or alias of the speaker's entity shares a name word with the
 * source); and the precision of Parallax's own quotations (the share that overlaps some annotated
 * content, direct or not).
 */
final class QuotesSuite implements Suite {
  static final String CORPUS = Polnear.CORPUS;
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");
  /** Capitalised words that do not name anyone by themselves. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "the", "a",
          "an", "this", "that", "these", "those", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
          "president", "senator", "governor", "candidate", "nominee", "secretary", "spokesman",
          "spokeswoman", "spokesperson", "chairman", "officials", "official", "sources", "source",
          "aides", "aide", "republican", "republicans", "democrat", "democrats", "democratic", "gop",
          "former", "campaign", "others", "some", "many", "both", "one", "who", "in", "and", "of",
          "for", "according", "vice", "first", "lady", "gen.", "lt.", "col.", "sgt.", "capt.");

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
    final List<String> wrong = new ArrayList<>();
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    String data = corpora.version(CORPUS);
    List<Figure> out = new ArrayList<>();
    for (String split : List.of("train", "dev")) {
      List<Polnear.Doc> docs = Corpora.sample(Polnear.read(corpora, split), Polnear.Doc::name, limit);
      List<Counts> counts = Parallel.map(docs, QuotesSuite::measure, log, CORPUS + " " + split);
      Counts sum = new Counts();
      for (Counts c : counts) {
        sum.goldDirect += c.goldDirect;
        sum.foundDirect += c.foundDirect;
        sum.namedDirect += c.namedDirect;
        sum.speakerRight += c.speakerRight;
        sum.quotes += c.quotes;
        sum.quotesOnGold += c.quotesOnGold;
        sum.wrong.addAll(c.wrong);
      }
      String name = split.equals("dev") ? "held-out" : "tune";
      out.add(new Figure(CORPUS, name, "direct-recall", ratio(sum.foundDirect, sum.goldDirect), sum.goldDirect, data));
      out.add(
          new Figure(CORPUS, name, "speaker-accuracy-named", ratio(sum.speakerRight, sum.namedDirect),
              sum.namedDirect, data));
      out.add(new Figure(CORPUS, name, "quote-precision", ratio(sum.quotesOnGold, sum.quotes), sum.quotes, data));
      out.add(new Figure(CORPUS, name, "articles", docs.size(), docs.size(), data));
      int shown = 0;
      for (String w : sum.wrong) {
        if (shown++ < 15) {
          log.info(CORPUS + " " + split + " wrong speaker: " + w);
        }
      }
    }
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
            List.of(input), List.of(), new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
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
      if (a.source().isEmpty() || !named(a.source().get().text())) {
        continue;
      }
      c.namedDirect++;
      Quote q = quotes.get(best);
      Optional<Entity> e = q.speaker().map(sp -> entities.get(sp.entity()));
      if (e.isPresent() && sameName(a.source().get().text(), e.get())) {
        c.speakerRight++;
      } else {
        c.wrong.add(
            doc.name() + ": gold \"" + a.source().get().text() + "\", got "
                + q.speaker().map(sp -> "\"" + sp.name() + "\"").orElse("none (" + q.speakerReason() + ")"));
      }
    }
    return c;
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
      String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      if (lower.length() >= 2 && !NOT_NAMES.contains(lower)) {
        out.add(lower.replaceAll("[.]$", ""));
      }
    }
    return out;
  }

  static boolean named(String source) {
    return !nameWords(source).isEmpty();
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
