package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleaningSuiteTest {

  private static boolean ofKind(String line) {
    return CleaningSuite.NOT_PROSE_KIND.matcher(line).find();
  }

  @Test
  void staffCreditsAndFollowPromptsAreNotCountedAsParagraphs() {
    assertThat(ofKind("(Reporting by Jane Roe; Editing by John Doe.)")).isTrue();
    assertThat(ofKind("(Additional reporting by Ann Lee in Boston; Writing by Bo Ma.)")).isTrue();
    assertThat(ofKind("Ann Lee and Bo Ma contributed reporting.")).isTrue();
    assertThat(ofKind("Alex Roe contributed to this story.")).isTrue();
    assertThat(ofKind("Follow Jane Roe on Twitter @janeroe.")).isTrue();
    assertThat(ofKind("Follow politics on the Post's blog at blog.example.com/politics.")).isTrue();
  }

  @Test
  void sentencesAboutReportingOrFollowingStayParagraphs() {
    assertThat(ofKind("Donors contributed to this campaign more than ever before.")).isFalse();
    assertThat(ofKind("The reporting by the Times was disputed by the campaign.")).isFalse();
    assertThat(ofKind("Follow-up talks are planned for next week, officials said.")).isFalse();
    assertThat(ofKind("He said voters would follow him on Twitter and at rallies.")).isFalse();
    assertThat(ofKind("Jane Roe, who contributed reporting to the inquiry, resigned.")).isFalse();
  }
}
