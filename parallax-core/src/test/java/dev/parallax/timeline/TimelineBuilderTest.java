package dev.parallax.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Timeline entries from hand-made articles: merging, and one event dated differently by different
 * articles.
 */
class TimelineBuilderTest {
  private static final Pattern WORD = Pattern.compile("\\S+");

  /** A one-paragraph article of sentences, each dated by one expression with its resolved value. */
  private static Article article(String id, String[]... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String[] s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(s[0]);
      List<Token> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(s[0]);
      while (m.find()) {
        String w = m.group().replaceAll("[.,]$", "");
        tokens.add(
            new Token(
                w, w.toLowerCase(), "NN", "O", start + m.start(), start + m.start() + w.length()));
      }
      int at = s[0].indexOf(s[1]);
      List<TimeExpression> times =
          List.of(new TimeExpression(s[1], "DATE", s[2], start + at, start + at + s[1].length()));
      out.add(
          new Sentence(
              id + ".S" + (out.size() + 1),
              BlockKind.BODY,
              s[0],
              start,
              start + s[0].length(),
              tokens,
              List.of(),
              times));
    }
    return new Article(
        id,
        ArticleMeta.of(id + ".txt").withPublished(Optional.of(LocalDate.of(2026, 2, 6))),
        text.toString(),
        out,
        List.of());
  }

  private static String[] s(String text, String expression, String value) {
    return new String[] {text, expression, value};
  }

  private static Fact fact(String id, String... sentences) {
    List<String> articles = new ArrayList<>();
    for (String sid : sentences) {
      String a = sid.substring(0, sid.indexOf('.'));
      if (!articles.contains(a)) {
        articles.add(a);
      }
    }
    return new Fact(id, List.of(sentences), articles, "talks", 0.8);
  }

  private final List<Article> tuesdayOrWednesday =
      List.of(
          article("A1", s("Envoys opened talks in Muscat on Tuesday.", "Tuesday", "2026-02-03")),
          article(
              "A2", s("Envoys opened talks in Muscat on Wednesday.", "Wednesday", "2026-02-04")),
          article(
              "A3",
              s("The envoys opened their talks in Muscat on Tuesday.", "Tuesday", "2026-02-03")));

  @Test
  void aYearDescribingAPersonDatesNoEvent() {
    dev.parallax.model.Report r =
        dev.parallax.Pipeline.analyse(
            List.of(
                new dev.parallax.model.SourceText(
                    "t.txt",
                    "Representative Dana Whitfield, an Ohio Democrat and 2028 presidential"
                        + " candidate, voted against the harbour toll on Wednesday. The toll"
                        + " doubled in 2025 and 2026 fares rose too.",
                    Optional.empty())),
            List.of(),
            new dev.parallax.Pipeline.Options(
                Optional.of(LocalDate.of(2027, 3, 10)), Optional.empty(), java.util.Map.of(), 2),
            dev.parallax.Pipeline.Progress.NONE);
    assertThat(r.timeline())
        .extracting(TimelineEntry::expression)
        .doesNotContain("2028")
        .contains("2025");
  }

  @Test
  void oneFactDatedDifferentlyIsOneEntryWithBothDatesAndAConflict() {
    List<TimelineEntry> t =
        TimelineBuilder.build(tuesdayOrWednesday, List.of(fact("F1", "A1.S1", "A2.S1", "A3.S1")));
    assertThat(t)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.conflict()).isTrue();
              assertThat(e.date())
                  .isEqualTo("2026-02-03"); // two articles say Tuesday, one Wednesday
              assertThat(e.articles()).containsExactly("A1", "A3", "A2");
              assertThat(e.dates())
                  .extracting(TimelineEntry.Dating::date)
                  .containsExactly("2026-02-03", "2026-02-04");
              assertThat(e.dates().get(0).articles()).containsExactly("A1", "A3");
              assertThat(e.dates().get(1).articles()).containsExactly("A2");
              assertThat(e.dates().get(1).sentence()).isEqualTo("A2.S1");
              assertThat(e.dates().get(1).expression()).isEqualTo("Wednesday");
            });
  }

  /** The article with each token {@code word} tagged as a past-tense verb of {@code lemma}. */
  private static Article withVerb(Article a, String word, String lemma) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (Token t : s.tokens()) {
        tokens.add(
            t.word().equals(word) ? new Token(t.word(), lemma, "VBD", "O", t.start(), t.end()) : t);
      }
      out.add(
          new Sentence(
              s.id(), s.kind(), s.text(), s.start(), s.end(), tokens, s.mentions(), s.times()));
    }
    return new Article(a.id(), a.meta(), a.text(), out, a.removed());
  }

  @Test
  void twoDaysOfDifferentVerbsAreNoConflict() {
    // ECB+ topic 26: the arrests "seized on Tuesday", the death "police in Sicily said Wednesday"
    List<Article> as =
        List.of(
            withVerb(
                article(
                    "A1",
                    s(
                        "Lo Presti, one of 99 suspects seized on Tuesday, hanged himself.",
                        "Tuesday",
                        "2008-12-16")),
                "seized",
                "seize"),
            withVerb(
                article(
                    "A2",
                    s(
                        "The suspect hanged himself in jail, police in Sicily said Wednesday.",
                        "Wednesday",
                        "2008-12-17")),
                "said",
                "say"));
    List<TimelineEntry> t = TimelineBuilder.build(as, List.of(fact("F1", "A1.S1", "A2.S1")));
    assertThat(t).hasSize(2).noneMatch(TimelineEntry::conflict);
    // the same verb dated differently is one event in conflict
    List<Article> same =
        List.of(
            withVerb(tuesdayOrWednesday.get(0), "opened", "open"),
            withVerb(tuesdayOrWednesday.get(1), "opened", "open"));
    assertThat(TimelineBuilder.build(same, List.of(fact("F1", "A1.S1", "A2.S1"))))
        .singleElement()
        .satisfies(e -> assertThat(e.conflict()).isTrue());
  }

  @Test
  void withoutAFactDifferentDatesAreDifferentEvents() {
    List<TimelineEntry> t = TimelineBuilder.build(tuesdayOrWednesday, List.of());
    assertThat(t).extracting(TimelineEntry::date).containsExactly("2026-02-03", "2026-02-04");
    assertThat(t).noneMatch(TimelineEntry::conflict);
    assertThat(t)
        .allSatisfy(
            e ->
                assertThat(e.dates())
                    .singleElement()
                    .extracting(TimelineEntry.Dating::date)
                    .isEqualTo(e.date()));
  }

  @Test
  void aDateAfterSinceUntilOrThroughBoundsAStretchUnlessTheClauseIsNegated() {
    List<Article> as =
        List.of(
            article(
                "A1",
                s("The gang has carried out 300 robberies since 1999.", "1999", "1999"),
                s("The ruling is on hold until Friday.", "Friday", "2026-02-06"),
                s("The bill funds the government through September.", "September", "2026-09"),
                s("The House will not return until Thursday.", "Thursday", "2026-02-05"),
                s("Police arrested two men on Feb. 3.", "Feb. 3", "2026-02-03")));
    assertThat(TimelineBuilder.build(as, List.of()))
        .extracting(TimelineEntry::date)
        .containsExactly("2026-02-03", "2026-02-05");
  }

  @Test
  void aDateInsideAQuotationIsOffTheTimelineWhereverTheQuotationOpened() {
    List<Article> as =
        List.of(
            article(
                "A1",
                s("“We are ready to sign. The ceremony is on Friday.", "Friday", "2026-02-06"),
                s("The deal comes next,” the minister said on Feb. 3.", "Feb. 3", "2026-02-03"),
                s("She called it ‘a betrayal on Monday’ and left.", "Monday", "2026-02-02"),
                s("Police said “nothing” happened on Feb. 4.", "Feb. 4", "2026-02-04")));
    assertThat(TimelineBuilder.build(as, List.of()))
        .extracting(TimelineEntry::date)
        .containsExactly("2026-02-03", "2026-02-04");
  }

  @Test
  void datesMonthsApartAreNotOneEventMisdated() {
    List<Article> as =
        List.of(
            article("A1", s("Envoys opened talks in Muscat on Feb. 3.", "Feb. 3", "2026-02-03")),
            article(
                "A2", s("Envoys opened talks in Muscat on March 20.", "March 20", "2026-03-20")));
    List<TimelineEntry> t = TimelineBuilder.build(as, List.of(fact("F1", "A1.S1", "A2.S1")));
    assertThat(t).hasSize(2).noneMatch(TimelineEntry::conflict);
  }

  @Test
  void anArticleThatGivesBothDatesDoesNotContradictItself() {
    List<Article> as =
        List.of(
            article(
                "A1",
                s("Envoys opened talks in Muscat on Tuesday.", "Tuesday", "2026-02-03"),
                s("Envoys resumed talks in Muscat on Wednesday.", "Wednesday", "2026-02-04")),
            article(
                "A2",
                s("Envoys resumed talks in Muscat on Wednesday.", "Wednesday", "2026-02-04")));
    List<TimelineEntry> t = TimelineBuilder.build(as, List.of(fact("F1", "A1.S1", "A2.S1")));
    assertThat(t).extracting(TimelineEntry::date).containsExactly("2026-02-03", "2026-02-04");
    assertThat(t).noneMatch(TimelineEntry::conflict);
  }

  @Test
  void anEventReadsInTheWordingFramingDidNotMarkWhenBothDateIt() {
    List<Article> as =
        List.of(
            article(
                "A1",
                s(
                    "The port authority said in a statement on Tuesday that the pier was safe.",
                    "Tuesday",
                    "2026-02-03")),
            article(
                "A2",
                s(
                    "Shameless port authority bosses dodged questions on Tuesday.",
                    "Tuesday",
                    "2026-02-03")));
    List<Fact> facts = List.of(fact("F1", "A1.S1", "A2.S1"));
    // without framing marks the shorter sentence labels the event
    assertThat(TimelineBuilder.build(as, facts))
        .singleElement()
        .satisfies(e -> assertThat(e.sentence()).isEqualTo("A2.S1"));
    assertThat(TimelineBuilder.build(as, facts, java.util.Set.of("A2.S1")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.sentence()).isEqualTo("A1.S1");
              assertThat(e.label()).doesNotContain("Shameless");
              assertThat(e.sentences()).containsExactlyInAnyOrder("A1.S1", "A2.S1");
            });
  }

  @Test
  void labelsAQuotedSentenceWholeRatherThanFromAClauseInsideTheQuotation() {
    String quoted =
        "“This is an unacceptable failure, and the people of the city deserve to know how it"
            + " happened,” the mayor said at a news conference late on Monday.";
    Article a = article("A1", new String[] {quoted, "late on Monday", "2026-03-09"});
    assertThat(TimelineBuilder.label(a.sentences().get(0), "late on Monday"))
        .startsWith("“This is an unacceptable failure");
    String plain =
        "The council met on Tuesday to discuss the bridge, and the mayor resigned late on Monday"
            + " after weeks of pressure.";
    Article b = article("A2", new String[] {plain, "late on Monday", "2026-03-09"});
    assertThat(TimelineBuilder.label(b.sentences().get(0), "late on Monday"))
        .isEqualTo("The mayor resigned late on Monday after weeks of pressure.");
  }

  @Test
  void labelsARelativeClausesDateWithTheWholeSentence() {
    String text =
        "The inquiry, which began in 2018, is reaching its final stages as prosecutors weigh"
            + " charges.";
    Article a = article("A1", new String[] {text, "2018", "2018"});
    assertThat(TimelineBuilder.label(a.sentences().get(0), "2018")).isEqualTo(text);
    String after =
        "The footbridge over the canal opened in 2009, which made the walk to the old town"
            + " shorter.";
    Article b = article("A2", new String[] {after, "2009", "2009"});
    assertThat(TimelineBuilder.label(b.sentences().get(0), "2009"))
        .isEqualTo("The footbridge over the canal opened in 2009");
  }

  @Test
  void aDatePastALongSentencesFirstTwentyWordsStaysInItsLabel() {
    // ECB+ topic 26: the label under 1962 had read "The gang was founded in the 1930's by ..."
    String text =
        "The gang was founded in the 1930's by one of the nation's most notorious criminals,"
            + " Charles (Lucky) Luciano, who was deported to Italy and who died in 1962.";
    Article a = article("A1", new String[] {text, "1962", "1962"});
    String label = TimelineBuilder.label(a.sentences().get(0), "1962");
    assertThat(label).startsWith("… ").endsWith("who died in 1962.").contains("Luciano");
    assertThat(label.substring(2).split("\\s+")).hasSize(20);
  }

  @Test
  void aClauseThatOpensWithItsVerbIsNotLabelledWithoutItsSubject() {
    // ECB+ topic 11: the label had read "Will be seeking seats in the December 15 election."
    String text =
        "Besides the ruling Democratic Party, the Party of Industrialists and Entrepreneurs"
            + " (PPPT) – founded in 2012 – will be seeking seats in the December 15 election.";
    Sentence verbs =
        withVerbs(
            article("A1", new String[] {text, "December 15", "2013-12-15"}).sentences().get(0),
            Set.of("founded", "will", "be", "seeking"));
    String label = TimelineBuilder.label(verbs, "December 15");
    assertThat(label).startsWith("… ").contains("PPPT").endsWith("December 15 election.");
    // ECB+ topic 13: the label had read "At the start of the month, Valley Dairy Inc."
    String subject =
        "At the start of the month, Valley Dairy Inc., which does business as the Matanuska"
            + " Creamery, told the board it would stop making payments.";
    Sentence t =
        withVerbs(
            article("A2", new String[] {subject, "the start of the month", "2012-08"})
                .sentences()
                .get(0),
            Set.of("does", "told", "would", "stop", "making"));
    assertThat(TimelineBuilder.label(t, "the start of the month"))
        .startsWith("At the start of the month, Valley Dairy Inc., which does business");
  }

  /** The sentence with the given words tagged as verbs (the fixture tags every word a noun). */
  private static Sentence withVerbs(Sentence s, Set<String> verbs) {
    List<Token> tagged = new ArrayList<>();
    for (Token t : s.tokens()) {
      String pos = verbs.contains(t.word()) ? "VB" : t.pos();
      tagged.add(new Token(t.word(), t.lemma(), pos, t.ner(), t.start(), t.end()));
    }
    return new Sentence(
        s.id(), s.kind(), s.text(), s.start(), s.end(), tagged, s.mentions(), s.times());
  }

  @Test
  void aDashOfTwoHyphensSplitsTheLabel() {
    // ECB+ topic 10 prints "--" as "- -"
    String text =
        "The club met the player's agent in Texas on Thursday - - the owner and the manager flew"
            + " in together - - and left without a deal.";
    Article a = article("A1", new String[] {text, "on Thursday", "2008-12-18"});
    assertThat(TimelineBuilder.label(a.sentences().get(0), "on Thursday"))
        .isEqualTo("The club met the player's agent in Texas on Thursday");
    String who =
        "They feel that Teixeira - - who will turn 29 in April - - could be the centerpiece of"
            + " their lineup.";
    Article b = article("A2", new String[] {who, "April", "2009-04"});
    assertThat(TimelineBuilder.label(b.sentences().get(0), "April")).isEqualTo(who);
  }

  @Test
  void aClocksColonDoesNotSplitTheLabel() {
    // ECB+ topic 16: "Orozco is scheduled to appear ... at 1: 45 p. m. today" was labelled
    // "45 p. m. today for arraignment."
    String text =
        "Orozco is scheduled to appear in Bellflower court at 1: 45 p. m. today for arraignment.";
    Article a = article("A1", new String[] {text, "today", "2005-07-26"});
    assertThat(TimelineBuilder.label(a.sentences().get(0), "today")).isEqualTo(text);
  }
}
