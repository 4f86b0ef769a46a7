package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Inputs;
import dev.parallax.model.SourceText;
import dev.parallax.story.StoryGrouper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Settings reach the stages through the options a caller passes, not through the environment. */
class SettingsTest {
  @Test
  void theAlignerUsesTheEmbedderTheCallerPasses() {
    AtomicInteger embedded = new AtomicInteger();
    Settings settings =
        Settings.defaults()
            .withEmbedder(
                texts -> {
                  embedded.addAndGet(texts.size());
                  return dev.parallax.align.SentenceEmbedder.shared().embed(texts);
                });
    Pipeline.analyse(
        List.of(
            new SourceText(
                "a.txt", "The council met on Monday. It approved the budget.", Optional.of("A")),
            new SourceText(
                "b.txt",
                "On Monday the council approved the budget after a debate.",
                Optional.of("B"))),
        List.of(),
        new Pipeline.Options(Optional.of(LocalDate.of(2026, 3, 10)), Optional.empty(), Map.of(), 1)
            .withSettings(settings),
        Pipeline.Progress.NONE);
    assertThat(embedded.get()).isPositive();
  }

  @Test
  void clusteringUsesTheGroupingSettingsTheCallerPasses() {
    String example = "../examples/harbor-bridge";
    Parallax.Grouping usual =
        Parallax.cluster(List.of(example), Optional.of(LocalDate.of(2026, 3, 10)));
    StoryGrouper.Settings never = new StoryGrouper.Settings(0.3, 0.5, 0.2, 0.05, 2.0, 2.0, 4, 12);
    Parallax.Grouping apart =
        Parallax.cluster(
            List.of(example),
            Inputs.Options.defaults(),
            Optional.of(LocalDate.of(2026, 3, 10)),
            Settings.defaults().withGrouping(never));
    assertThat(usual.stories()).hasSize(1);
    assertThat(apart.stories()).hasSize(3);
  }
}
