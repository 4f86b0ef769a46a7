package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineInputsTest {

  private static final Map<String, String> BY_INPUT =
      Map.of(
          "news", "folder",
          "news/local", "subfolder",
          "news/local/a.txt", "file",
          "feed.xml", "feed",
          "dump.jsonl", "lines",
          "trail/", "slash");

  @Test
  void anArticleTakesItsOwnInputsValueElseTheLongestInputHoldingIt() {
    assertThat(Pipeline.forInput(BY_INPUT, "news/local/a.txt")).contains("file");
    assertThat(Pipeline.forInput(BY_INPUT, "news/local/b.txt")).contains("subfolder");
    assertThat(Pipeline.forInput(BY_INPUT, "news/c.html")).contains("folder");
    assertThat(Pipeline.forInput(BY_INPUT, "feed.xml#3")).contains("feed");
    assertThat(Pipeline.forInput(BY_INPUT, "dump.jsonl:12")).contains("lines");
    assertThat(Pipeline.forInput(BY_INPUT, "trail/d.txt")).contains("slash");
  }

  @Test
  void aNameThatOnlyStartsLikeAnInputIsNotHeldByIt() {
    assertThat(Pipeline.forInput(BY_INPUT, "newsletter.txt")).isEmpty();
    assertThat(Pipeline.forInput(BY_INPUT, "feed.xml2")).isEmpty();
    assertThat(Pipeline.forInput(BY_INPUT, "other.txt")).isEmpty();
  }
}
