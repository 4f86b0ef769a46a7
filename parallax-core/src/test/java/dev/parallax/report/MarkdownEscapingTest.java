package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Markdown output keeps untrusted text from becoming markup, backticks included. */
class MarkdownEscapingTest {
  @Test
  void aBacktickInArticleTextDoesNotStopTheEscaping() {
    String a =
        "Mayor `Ann Lee` said on Monday that the bridge <script>alert(1)</script> would close.\n\n"
            + "The council voted `to close it` and <b>agreed</b> on the cost of 5 million.";
    String b =
        "Mayor Ann Lee said on Monday that the bridge would close, the council agreed.\n\n"
            + "The vote on the cost of 5 million was held on Monday ` late <img src=x onerror=alert(2)>.";
    Report r =
        TestData.analyse(
            new SourceText("a.txt", a, Optional.of("Alpha")),
            new SourceText("b.txt", b, Optional.of("Beta")));
    String md = Format.MD.render(r);
    assertThat(md).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<img");
    assertThat(md).contains("&lt;script&gt;").contains("\\`Ann Lee\\`");
    assertThat(md).doesNotContain("\uE000");
  }
}
