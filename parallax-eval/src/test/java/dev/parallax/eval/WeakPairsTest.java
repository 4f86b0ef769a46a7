package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The weak labelling rule of {@link WeakPairs} on made-up ECB+ annotations of two documents. */
class WeakPairsTest {

  private static WeakPairs.Marks marks(Set<String> occurrences, Set<String> participants) {
    return new WeakPairs.Marks(occurrences, occurrences, participants);
  }

  private static AlignGold.Pair pair(int a, int b) {
    return new AlignGold.Pair(
        new AlignGold.Line("1_1ecb.txt", a), new AlignGold.Line("1_2ecb.txt", b));
  }

  private static Map<AlignGold.Pair, Integer> label(
      Map<Integer, WeakPairs.Marks> a, Map<Integer, WeakPairs.Marks> b) {
    return label(a, b, false);
  }

  private static Map<AlignGold.Pair, Integer> label(
      Map<Integer, WeakPairs.Marks> a, Map<Integer, WeakPairs.Marks> b, boolean strict) {
    Map<AlignGold.Pair, Integer> out = new LinkedHashMap<>();
    WeakPairs.label("1_1ecb.txt", a, "1_2ecb.txt", b, strict, out);
    return out;
  }

  @Test
  void labelsMutualBestMatchesSharingAnEventAndAParticipantPositive() {
    Map<AlignGold.Pair, Integer> got =
        label(
            Map.of(0, marks(Set.of("ACT1", "ACT2"), Set.of("HUM1"))),
            Map.of(
                0, marks(Set.of("ACT1", "ACT2"), Set.of("HUM1")),
                1, marks(Set.of("ACT3"), Set.of("HUM1"))));
    assertThat(got).containsEntry(pair(0, 0), 1).containsEntry(pair(0, 1), 0).hasSize(2);
  }

  @Test
  void leavesASharedEventWithoutASharedParticipantUnlabelled() {
    Map<AlignGold.Pair, Integer> got =
        label(
            Map.of(0, marks(Set.of("ACT1"), Set.of("HUM1"))),
            Map.of(0, marks(Set.of("ACT1"), Set.of("HUM2"))));
    assertThat(got).isEmpty();
  }

  @Test
  void leavesALineWithTwoEqualBestMatchesUnlabelled() {
    Map<AlignGold.Pair, Integer> got =
        label(
            Map.of(0, marks(Set.of("ACT1"), Set.of("HUM1"))),
            Map.of(
                0, marks(Set.of("ACT1"), Set.of("HUM1")),
                1, marks(Set.of("ACT1"), Set.of("HUM1"))));
    assertThat(got).isEmpty();
  }

  @Test
  void neverLabelsALineWithoutAnEventMention() {
    Map<AlignGold.Pair, Integer> got =
        label(
            Map.of(0, marks(Set.of(), Set.of("HUM1"))),
            Map.of(0, marks(Set.of("ACT1"), Set.of("HUM1"))));
    assertThat(got).isEmpty();
  }

  @Test
  void strictNegativesShareNoParticipant() {
    Map<Integer, WeakPairs.Marks> a = Map.of(0, marks(Set.of("ACT1"), Set.of("HUM1")));
    Map<Integer, WeakPairs.Marks> b =
        Map.of(
            0, marks(Set.of("ACT2"), Set.of("HUM1")),
            1, marks(Set.of("ACT3"), Set.of("LOC1")));
    assertThat(label(a, b, false)).containsEntry(pair(0, 0), 0).containsEntry(pair(0, 1), 0);
    assertThat(label(a, b, true)).containsOnlyKeys(pair(0, 1));
  }

  @Test
  void readsTopicsFromStoriesAndFiles() {
    assertThat(WeakPairs.topic("12-ecbplus")).isEqualTo("12");
    assertThat(WeakPairs.topic("12_3ecb.txt")).isEqualTo("12");
  }
}
