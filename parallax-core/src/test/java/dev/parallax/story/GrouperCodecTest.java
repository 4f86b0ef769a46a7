package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A story's saved state reads as the store of an earlier Parallax wrote it
 * (store-format/README.md).
 */
class GrouperCodecTest {
  private static final LocalDate DAY = LocalDate.of(2026, 4, 14);

  private static byte[] saved() throws IOException {
    try (InputStream in =
        GrouperCodecTest.class.getResourceAsStream("/store-format/story-state.bin")) {
      return in.readAllBytes();
    }
  }

  @Test
  void decodesEveryFieldOfAStateWrittenEarlier() throws IOException {
    StoryState s = GrouperCodec.decode(saved());
    assertThat(s.id()).isEqualTo("S3");
    assertThat(s.seq()).isEqualTo(3);
    assertThat(s.title()).isEqualTo("gamma: ferry strike spreads from Portmere to Halvik");
    assertThat(s.articles()).isEqualTo(3);
    assertThat(s.sum()).containsExactly(0.25f, -1.5f, 3.0f);
    assertThat(s.counts()).isEqualTo(Map.of("portmere", 2));
    // the first format had no name vectors: the counts at unit length per article stand for them
    assertThat(s.names()).isEqualTo(Map.of("portmere", 3.0));
    assertThat(s.words()).isEmpty();
    assertThat(s.numbers()).isEqualTo(Map.of("12", 1, "40", 1));
    assertThat(s.eventDays()).isEqualTo(Map.of(DAY.plusDays(1), 1));
    assertThat(s.first()).isEqualTo(Optional.of(DAY));
    assertThat(s.last()).isEqualTo(Optional.of(DAY.plusDays(2)));
    assertThat(s.indexed()).isEqualTo(Set.of("portmere", "kell", "halvik"));
    assertThat(s.apart()).isEmpty();
    // saved again in the current format, which reads back to the same bytes
    byte[] current = GrouperCodec.encode(s);
    assertThat(current).isNotEqualTo(saved());
    assertThat(GrouperCodec.encode(GrouperCodec.decode(current))).isEqualTo(current);
  }

  @Test
  void aRestoredStoryIsHeldAndSavedAsItWas() throws IOException {
    StoryGrouper g = StoryGrouper.with(StoryMergeTest.VECTORS, StoryGrouper.Settings.defaults());
    assertThat(GrouperCodec.encodeStory(g, "S3")).isEmpty();
    GrouperCodec.restoreStory(g, saved());
    assertThat(g.holds("S3")).isTrue();
    byte[] current = GrouperCodec.encode(GrouperCodec.decode(saved()));
    assertThat(GrouperCodec.encodeStory(g, "S3"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(current));
  }
}
