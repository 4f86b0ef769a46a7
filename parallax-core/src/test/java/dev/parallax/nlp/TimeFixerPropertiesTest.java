package dev.parallax.nlp;

import static dev.parallax.Adversarial.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Adversarial;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The time fixer on any text and any expressions the tagger might hand it (odd values, empty types,
 * spans at the edges of the text): never throws, and every expression it returns lies in the text.
 */
class TimeFixerPropertiesTest {
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final List<String> VALUES =
      List.of(
          "2016-06",
          "XXXX-06",
          "PAST_REF",
          "FUTURE_REF",
          "PRESENT_REF",
          "2016-W12",
          "P3M",
          "",
          "garbage",
          "2016-13-45",
          "XXXX-XX-XX",
          "THIS P1D",
          "2016-06-10T12:30",
          "XXXX-WXX-5",
          "199X",
          "2016-Q1");
  private static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET", "");
  private static final List<String> TAGS =
      List.of("VBD", "VB", "VBZ", "MD", "NN", "IN", "RB", "JJ", "CD", ".");

  /** Text, its tokens and expressions over them, as the annotator would pass them. */
  record Input(
      String text, List<Token> tokens, List<TimeExpression> times, Optional<LocalDate> published) {}

  private static Input input(Random random) {
    String text = Adversarial.anything(random, 60);
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      tokens.add(
          new Token(
              w, w.toLowerCase(), TAGS.get(random.nextInt(TAGS.size())), "O", m.start(), m.end()));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < tokens.size() && times.size() < 5; i++) {
      if (random.nextInt(4) == 0) {
        Token first = tokens.get(i);
        Token last = tokens.get(Math.min(tokens.size() - 1, i + random.nextInt(3)));
        times.add(
            new TimeExpression(
                text.substring(first.start(), last.end()),
                TYPES.get(random.nextInt(TYPES.size())),
                VALUES.get(random.nextInt(VALUES.size())),
                first.start(),
                last.end()));
      }
    }
    Optional<LocalDate> published =
        random.nextBoolean() ? Optional.of(LocalDate.of(2016, 6, 10)) : Optional.empty();
    return new Input(text, tokens, times, published);
  }

  @Test
  void neverThrowsAndKeepsExpressionsInTheText() {
    forAll(
        2000,
        TimeFixerPropertiesTest::input,
        in -> {
          for (TimeExpression t :
              TimeFixer.fix(in.times(), in.tokens(), in.text(), in.published())) {
            assertThat(t.start()).isBetween(0, in.text().length());
            assertThat(t.end()).isBetween(t.start(), in.text().length());
          }
        });
  }
}
