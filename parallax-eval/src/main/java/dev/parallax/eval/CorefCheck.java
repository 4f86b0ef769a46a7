package dev.parallax.eval;

import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.Quote;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.nlp.Annotator;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * For deciding whether CoreNLP's coreference annotator is worth adding (issue 16), on PolNeAR dev:
 * for every direct quotation Parallax finds whose gold source is "he" or "she" and resolves to a
 * named person (the suite's rule), whether Parallax's speaker is that person, and whether the
 * coreference chain of the gold pronoun (CoreNLP {@code depparse,coref}, statistical) leads to a
 * mention naming that person; and what the annotators cost next to Parallax's own pipeline, per
 * article.
 *
 * <pre>
 * java -cp ... dev.parallax.eval.CorefCheck [dev|train] [--limit N] [--cache DIR]
 * </pre>
 */
public final class CorefCheck {
  private CorefCheck() {}

  public static void main(String[] args) throws Exception {
    TuningArgs parsed = TuningArgs.parse(args, "dev", null);
    String split = parsed.split();
    int limit = parsed.limit();
    Path cache = parsed.cache();
    Corpora corpora = Corpora.locate();
    List<Polnear.Doc> docs = Corpora.sample(Polnear.read(corpora, split), Polnear.Doc::name, limit);
    Map<String, Article> annotated =
        AnnotatedCache.load(corpora, split, docs, cache, m -> System.err.println(m));
    Properties p = Annotator.properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    p.setProperty("coref.algorithm", "statistical");
    StanfordCoreNLP coref = new StanfordCoreNLP(p);
    Annotator.shared();
    long parallaxNanos = 0;
    long corefNanos = 0;
    int items = 0;
    int parallaxRight = 0;
    int corefRight = 0;
    int corefAnswered = 0;
    for (Polnear.Doc d : docs) {
      Article a = annotated.get(d.name());
      if (a == null) {
        continue;
      }
      long t0 = System.nanoTime();
      AnnotatedCache.annotate(d);
      parallaxNanos += System.nanoTime() - t0;
      t0 = System.nanoTime();
      Annotation ann = new Annotation(a.text());
      coref.annotate(ann);
      corefNanos += System.nanoTime() - t0;
      Report r = QuotesSuite.quoteReport(a);
      Article ra = r.articles().get(0);
      TextMap map = TextMap.of(d.text(), ra.text());
      Map<String, Entity> entities = new HashMap<>();
      r.entities().forEach(e -> entities.put(e.id(), e));
      GoldSources gold = new GoldSources(d, ra, map, entities);
      Map<String, Sentence> sentences = new HashMap<>();
      ra.sentences().forEach(s -> sentences.put(s.id(), s));
      for (Polnear.Attribution at : d.attributions()) {
        if (!Polnear.direct(at.content()) || at.source().isEmpty()) {
          continue;
        }
        String src = at.source().get().text().strip().toLowerCase(Locale.ROOT);
        if (!src.equals("he") && !src.equals("she")) {
          continue;
        }
        var target = gold.target(at);
        Quote best = null;
        int bestOverlap = 0;
        for (Quote qq : r.quotes()) {
          Sentence s = sentences.get(qq.sentence());
          int[] span = map.span(s.start() + qq.start(), s.start() + qq.end());
          int o = span == null ? 0 : QuotesSuite.overlap(span, at.content());
          if (o > bestOverlap) {
            bestOverlap = o;
            best = qq;
          }
        }
        if (target.isEmpty() || best == null || bestOverlap * 2 < at.content().length()) {
          continue;
        }
        items++;
        if (best.speaker().isPresent()
            && QuotesSuite.sameName(target.get(), entities.get(best.speaker().get().entity()))) {
          parallaxRight++;
        }
        String chainName = chainName(ann, map, ra.text(), at.source().get().start());
        if (chainName != null) {
          corefAnswered++;
          Entity fake =
              new Entity(
                  "X",
                  chainName,
                  dev.parallax.model.EntityType.PERSON,
                  List.of(),
                  List.of(),
                  List.of(),
                  1);
          if (QuotesSuite.sameName(target.get(), fake)) {
            corefRight++;
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "articles %d; pronoun-sourced quotations %d: Parallax right %d (%.3f); coref answered %d, right %d (%.3f)%n",
        docs.size(),
        items,
        parallaxRight,
        (double) parallaxRight / items,
        corefAnswered,
        corefRight,
        (double) corefRight / items);
    System.out.printf(
        Locale.ROOT,
        "annotation per article: Parallax %.0f ms, with depparse+coref %.0f ms (%.1fx)%n",
        parallaxNanos / 1e6 / docs.size(),
        corefNanos / 1e6 / docs.size(),
        (double) corefNanos / parallaxNanos);
  }

  /**
   * The representative mention of the coreference chain holding the pronoun at an original offset.
   */
  private static String chainName(Annotation ann, TextMap map, String cleaned, int originalStart) {
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    for (CorefChain chain : ann.get(CorefCoreAnnotations.CorefChainAnnotation.class).values()) {
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        List<CoreLabel> toks = sents.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        int start = toks.get(m.startIndex - 1).beginPosition();
        if (map.original(start) == originalStart) {
          CorefChain.CorefMention rep = chain.getRepresentativeMention();
          return rep.mentionSpan;
        }
      }
    }
    return null;
  }
}
