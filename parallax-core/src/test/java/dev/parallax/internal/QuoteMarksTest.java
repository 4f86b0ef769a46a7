package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(s -> s.text(text)).toList();
  }

  @Test
  void findsStraightAndCurlyDoubleQuotes() {
    assertThat(quoted("He said \"we will go\" and then “we will stay” later."))
        .containsExactly("we will go", "we will stay");
  }

  @Test
  void quoteMarkAloneAtParagraphEndStartsTheContinuedQuote() {
    // the continuation gap once lay before the span's start and the quote stage threw
    assertThat(quoted("„\n\n„ the words go on\n\nNext paragraph."))
        .containsExactly("the words go on");
    assertThat(quoted("“the words go on\n\n“\n\nNext paragraph."))
        .containsExactly("the words go on");
  }

  @Test
  void closingMarkAfterASpaceAtParagraphEndEndsTheQuote() {
    // as real news wrote it (ECB+ 2_3ecbplus); once threw on the gap before the closing mark
    String text =
        "She wrote: \"It's official: I'm hosting!\n\nI'd like to thank the Academy. \"\n\n"
            + "\"I am so excited.\n\nYou know what they say, \" she added.";
    assertThat(quoted(text)).isNotEmpty().allSatisfy(q -> assertThat(q).doesNotStartWith(" "));
  }

  @Test
  void dropsTheCommaTheSentencePutInsideTheMarks() {
    assertThat(quoted("“We will go,” she said.")).containsExactly("We will go");
  }

  @Test
  void keepsNestedSingleQuotesInsideTheDoubleQuote() {
    assertThat(quoted("“There was ‘Operation Blue Lantern,’ a raid,” he said."))
        .containsExactly("There was ‘Operation Blue Lantern,’ a raid");
  }

  @Test
  void neverTakesApostrophesForQuoteMarks() {
    assertThat(
            quoted("They don’t know Velmora’s plans from the ’90s, and didn't ask the 'em crowd."))
        .isEmpty();
  }

  @Test
  void findsTopLevelSingleQuotes() {
    assertThat(quoted("The mayor called it ‘a disgrace’ on Monday.")).containsExactly("a disgrace");
  }

  @Test
  void continuesAnUnclosedQuoteIntoAParagraphThatOpensWithAMark() {
    String text = "“We built it to last. It did not.\n\n“We will rebuild,” she said.";
    assertThat(quoted(text)).containsExactly("We built it to last. It did not. We will rebuild");
  }

  @Test
  void continuesASingleQuoteIntoAParagraphThatOpensWithASingleMark() {
    // British outlets run a quotation over paragraphs in single marks as US ones do in double
    String text =
        "The minister said: ‘We built it to last. It did not.\n\n"
            + "‘We will rebuild it this year.’\n\nThe work starts in May.";
    assertThat(quoted(text))
        .containsExactly("We built it to last. It did not. We will rebuild it this year.");
    assertThat(quoted("He said: 'We are done.\n\n'We go now.'"))
        .containsExactly("We are done. We go now.");
    // left open with no mark opening the next paragraph, it was no quotation: nothing is taken
    assertThat(quoted("The ‘rock and roll years\n\nwere over, she wrote.")).isEmpty();
  }

  @Test
  void continuesAQuoteIntoTheParagraphThatClosesItWhereTheTextHasOneSentenceALine() {
    // as ECB+'s texts print a quote of two sentences (7_1ecbplus, 2_3ecbplus)
    assertThat(
            quoted(
                "\"Thompson was not so easy to box.\n\nI'm satisfied, \" Klitschko said.\n\n"
                    + "He left."))
        .containsExactly("Thompson was not so easy to box. I'm satisfied");
    assertThat(quoted("“I am so excited.\n\nYou know what they say,” she added."))
        .containsExactly("I am so excited. You know what they say");
    // and over the lines between, none of which holds a mark (5_2ecbplus)
    assertThat(
            quoted(
                "\"Knowing Billy, it's not easy.\n\nHis bond with Randy was strong.\n\n"
                    + "I think it was hard.\n\nIt never gets easy. \"\n\nHe left."))
        .containsExactly(
            "Knowing Billy, it's not easy. His bond with Randy was strong. I think it was hard."
                + " It never gets easy.");
    // a line between that holds a quotation of its own ends the one left open
    assertThat(quoted("\"We are done.\n\nShe said \"no\" then.\n\nIt ends. \" he said."))
        .startsWith("We are done.");
  }

  @Test
  void aParagraphThatOpensAQuoteOfItsOwnDoesNotContinueTheOneAbove() {
    assertThat(quoted("He said “we are done.\n\nThen he left. \"We go,\" she said. \"Now"))
        .containsExactly("we are done.", "We go", "Now");
    assertThat(quoted("He said \"we are done.\n\nThen he left. \"We will go on"))
        .containsExactly("we are done.", "We will go on");
  }

  @Test
  void closesAnUnclosedQuoteAtTheParagraphEndWhenTheNextDoesNotContinueIt() {
    assertThat(quoted("He said “we are done.\n\nThen he left.")).containsExactly("we are done.");
  }

  @Test
  void backticksBehindACommaCloseTheOpenQuote() {
    // texts that print every mark after a space as `` (ECB+ 18_4ecb, 18_5ecb)
    assertThat(
            quoted(
                "`` The suspect entered the business, `` police said in a statement.\n\nHe left."))
        .containsExactly("The suspect entered the business");
    assertThat(
            quoted(
                "`` It wasn't typical noise.\n\nYou got the feeling it was wrong, `` Pigeon told"
                    + " the paper.\n\nHe left."))
        .containsExactly("It wasn't typical noise. You got the feeling it was wrong");
    // behind a full stop they open the next quotation
    assertThat(quoted("`` We are done. '' He left. `` Now we go, '' she said."))
        .containsExactly("We are done.", "Now we go");
  }

  @Test
  void twoApostrophesCloseAQuoteLeftOpenAboveWhereTheTextHasOneSentenceALine() {
    // ECB+ 18_2ecb
    assertThat(
            quoted(
                "The man `` had a firearm with him.\n\nHe shot one man right away,'' said"
                    + " Tim Fanning.\n\nIt was unclear."))
        .containsExactly("had a firearm with him. He shot one man right away");
  }
}
