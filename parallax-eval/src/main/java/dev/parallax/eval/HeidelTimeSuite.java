package dev.parallax.eval;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Token;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;

/**
 * The reference the {@code timex} suite is compared with: HeidelTime 2.1 (the rule-based temporal
 * tagger issue 20 names, GPL-3.0) run on the same documents and parts, with the same creation
 * times, and scored by the same scorer ({@link TimexSuite}). HeidelTime is written for TreeTagger's
 * part-of-speech tags, which cannot run here (TreeTagger is neither in Debian nor in Maven
 * Central); it gets CoreNLP's sentences, tokens and Penn Treebank tags instead, which its English
 * rules read (they test {@code NNS}, {@code JJ}, {@code MD}, {@code VBD}...). Without any tags its
 * value F1 is lower (its tense rules see no verbs). Not a Parallax stage: only the evaluation
 * harness uses it.
 */
final class HeidelTimeSuite implements Suite {
  static final String NAME = "timex-heideltime";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    List<Timex.Doc> docs = TimexSuite.documents(corpora, limit);
    log.info(NAME + ": " + docs.size() + " documents");
    Tagger tagger = new Tagger();
    List<TimexSuite.Result> results = new ArrayList<>();
    for (Timex.Doc d : docs) {
      results.add(new TimexSuite.Result(d, found(tagger.tag(d), d.text())));
    }
    return TimexSuite.report(NAME, results, corpora, log);
  }

  /** HeidelTime's annotator over CoreNLP's tokens; one document at a time. */
  static final class Tagger {
    private final HeidelTime heidelTime = new HeidelTime();
    private final JCasFactoryImpl cases;
    private final StanfordCoreNLP tags;

    Tagger() throws Exception {
      Properties config = new Properties();
      for (String consider :
          List.of(
              Config.CONSIDER_DATE,
              Config.CONSIDER_TIME,
              Config.CONSIDER_DURATION,
              Config.CONSIDER_SET)) {
        config.setProperty(consider, "true");
      }
      config.setProperty(Config.UIMAVAR_DATE, "Date");
      config.setProperty(Config.UIMAVAR_TIME, "Time");
      config.setProperty(Config.UIMAVAR_DURATION, "Duration");
      config.setProperty(Config.UIMAVAR_SET, "Set");
      config.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
      config.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
      config.setProperty(Config.TYPESYSTEMHOME, "desc/type/HeidelTime_TypeSystem.xml");
      Config.setProps(config);
      heidelTime.initialize(new UimaContextImpl(Language.ENGLISH, DocumentType.NEWS, false));
      TypeSystemDescription types =
          UIMAFramework.getXMLParser()
              .parseTypeSystemDescription(
                  new XMLInputSource(
                      HeidelTime.class
                          .getClassLoader()
                          .getResource(Config.get(Config.TYPESYSTEMHOME))));
      cases = new JCasFactoryImpl(new TypeSystemDescription[] {types});
      Properties nlp = new Properties();
      nlp.setProperty("annotators", "tokenize,ssplit,pos");
      tags = new StanfordCoreNLP(nlp);
    }

    /** The document in TimeML, as HeidelTime writes it. */
    String tag(Timex.Doc doc) throws Exception {
      JCas jcas = cases.createJCas();
      jcas.setDocumentText(doc.text());
      Dct dct = new Dct(jcas);
      dct.setValue(doc.created().toString().replace('-', '.') + "T00:00");
      dct.addToIndexes();
      CoreDocument parsed = new CoreDocument(doc.text());
      tags.annotate(parsed);
      int sentenceId = 0;
      int tokenId = 0;
      for (CoreSentence s : parsed.sentences()) {
        List<CoreLabel> tokens = s.tokens();
        de.unihd.dbs.uima.types.heideltime.Sentence sentence =
            new de.unihd.dbs.uima.types.heideltime.Sentence(
                jcas, tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
        sentence.setSentenceId(sentenceId);
        sentence.addToIndexes();
        for (CoreLabel t : tokens) {
          Token token = new Token(jcas, t.beginPosition(), t.endPosition());
          token.setTokenId(tokenId++);
          token.setSentId(sentenceId);
          token.setPos(t.tag());
          token.addToIndexes();
        }
        sentenceId++;
      }
      heidelTime.process(jcas);
      return new TimeMLResultFormatter().format(jcas);
    }
  }

  /**
   * The expressions of HeidelTime's TimeML output, with spans in the document's text: the output is
   * the text with TIMEX3 tags put in (XML-escaped), so offsets are counted on the text between the
   * tags.
   */
  static List<TimexSuite.Found> found(String timeMl, String text) {
    int from = timeMl.indexOf("<TimeML>");
    int to = timeMl.lastIndexOf("</TimeML>");
    String body = timeMl.substring(from + "<TimeML>".length(), to);
    // the line breaks the formatter puts after its opening tag and before its closing one
    if (body.startsWith("\n")) {
      body = body.substring(1);
    }
    if (body.endsWith("\n")) {
      body = body.substring(0, body.length() - 1);
    }
    Timex.Marked marked = Timex.marked(body);
    List<TimexSuite.Found> out = new ArrayList<>();
    for (Timex.Expression e : marked.expressions()) {
      out.add(new TimexSuite.Found(e.start(), e.end(), e.text(), e.type(), e.value()));
    }
    String plain = marked.text();
    if (!plain.equals(text)) {
      int at = 0;
      while (at < Math.min(plain.length(), text.length()) && plain.charAt(at) == text.charAt(at)) {
        at++;
      }
      throw new IllegalStateException(
          "HeidelTime's output does not hold the document's text: they part at character " + at);
    }
    return out;
  }
}
