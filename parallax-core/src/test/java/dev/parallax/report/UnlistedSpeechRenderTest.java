package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With no speaker to list, "Who said what" still counts the quoted words no speaker is found for,
 * in every readable format (AllSides train-2450, whose only quotations were scare-quoted words, had
 * printed nothing of them).
 */
class UnlistedSpeechRenderTest {
  @Test
  void countsUnattributedWordsWhenNoSpeakerIsListed() {
    Report r =
        TestData.analyse(
            new SourceText(
                "a.txt",
                "Ferry plan stalls\n\nThe council's \u201cfast track\u201d ferry plan stalled on"
                    + " Monday after the vote was delayed.",
                Optional.of("Alpha")));
    assertThat(r.quotes()).isNotEmpty().allMatch(q -> q.speaker().isEmpty());
    String count = "not listed here: " + r.quotes().size() + " (in the JSON report).";
    String text = Format.TEXT.render(r);
    assertThat(text).contains("No quotations or reported speech to list.").contains(count);
    assertThat(Format.MD.render(r)).contains(count);
    assertThat(Format.HTML.render(r)).contains(count);
  }
}
