package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Fact;
import dev.parallax.model.Report;
import dev.parallax.model.TextSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Who said what" lists reported speech beside the quotations, per speaker, in every format. */
class AttributionRenderTest {
  private static Report example;

  @BeforeAll
  static void analyse() {
    example =
        Pipeline.compare(
            List.of("../examples/harbor-bridge"),
            new Pipeline.Options(
                Optional.of(LocalDate.of(2026, 3, 10)), Optional.empty(), Map.of(), 2),
            Pipeline.Progress.NONE);
  }

  @Test
  void listsResolvedReportedSpeechUnderItsSpeaker() {
    Attribution a =
        example.attributions().stream()
            .filter(
                x ->
                    x.kind() != AttributionKind.DIRECT
                        && x.source().isPresent()
                        && x.cue().isPresent())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the example has no resolved reported speech"));
    String speaker = a.source().orElseThrow().name();
    String line =
        a.id()
            + " "
            + a.article()
            + " "
            + a.cue().orElseThrow().text()
            + ": "
            + a.content().text()
            + " ["
            + a.kind().label()
            + "]";
    String text = Format.TEXT.render(example);
    int heading = text.indexOf("\n" + speaker + "\n", text.indexOf("Who said what"));
    assertThat(heading).as("a heading for %s under Who said what", speaker).isPositive();
    int next = text.indexOf("\n\n", heading + speaker.length() + 2);
    assertThat(text.substring(heading, next)).contains(line);
    assertThat(Format.HTML.render(example))
        .contains("<a href=\"#" + a.sentences().get(0) + "\">" + a.id() + " ");
  }

  @Test
  void showsWhoSpokeForTheSpeakerAWordWasResolvedTo(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("aide.txt"),
        "Plan stalls.\n\nA Trump aide said the plan was dead. \"Nobody in the building wants"
            + " it back this year,\" a Trump aide said on Monday.\n");
    Report r =
        Pipeline.compare(
            List.of(dir.toString()),
            new Pipeline.Options(
                Optional.of(LocalDate.of(2026, 3, 10)), Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
    String text = Format.TEXT.render(r);
    String who = text.substring(text.indexOf("Who said what"));
    assertThat(who).contains("\nTrump\n").contains("A Trump aide said: the plan was dead");
    assertThat(who).contains("(a Trump aide said)");
  }

  @Test
  void aTitleBeforeTheNameIsNotSomeoneSpeakingForThem() {
    assertThat(ViewBuilder.speaksFor("A Trump aide", "Donald Trump")).isTrue();
    assertThat(ViewBuilder.speaksFor("his aides", "Paul Manafort")).isTrue();
    assertThat(ViewBuilder.speaksFor("a spokesman for Senator Ted Cruz", "Ted Cruz")).isTrue();
    assertThat(ViewBuilder.speaksFor("Secretary of State John Kerry", "John Kerry")).isFalse();
    assertThat(ViewBuilder.speaksFor("President Trump", "Donald Trump")).isFalse();
    assertThat(ViewBuilder.speaksFor("Clinton campaign chairman John Podesta", "John Podesta"))
        .isFalse();
  }

  /** Reported speech of the example's first article with no resolved source. */
  private Attribution indirect(
      String id,
      String sentence,
      Optional<TextSpan> source,
      TextSpan cue,
      TextSpan content,
      boolean statement) {
    return new Attribution(
        id,
        example.articles().get(0).id(),
        List.of(sentence),
        AttributionKind.INDIRECT,
        Optional.empty(),
        source,
        Optional.of(cue),
        content,
        List.of(),
        statement);
  }

  @Test
  void showsTheWordsOfAnUnresolvedSourceAndNeverRendersThemAsHtml() {
    List<Attribution> all = new ArrayList<>(example.attributions());
    String sentence = example.articles().get(0).sentences().get(0).id();
    all.add(
        indirect(
            "R999",
            sentence,
            Optional.of(new TextSpan("<b>officials</b>", 0, 16)),
            new TextSpan("said", 17, 21),
            new TextSpan("the <script>x</script> plan failed", 22, 56),
            true));
    all.add(
        indirect(
            "R998",
            sentence,
            Optional.empty(),
            new TextSpan("said", 17, 21),
            new TextSpan("the bridge was safe", 22, 41),
            true));
    Report r = withAttributions(all);
    String text = Format.TEXT.render(r);
    // a source only described stands apart from speech no source is given for, which comes last
    String who = text.substring(text.indexOf("Who said what"));
    assertThat(who.indexOf("Sources described, not named"))
        .isPositive()
        .isLessThan(who.indexOf("Speaker not known"));
    assertThat(who.substring(who.indexOf("Speaker not known")))
        .contains("R998 A1 said: the bridge was safe [indirect]")
        .doesNotContain("R999");
    String unknown =
        text.substring(text.indexOf("Sources described, not named", text.indexOf("Who said what")));
    assertThat(unknown)
        .contains("R999 A1 <b>officials</b> said: the <script>x</script> plan failed [indirect]");
    String html = Format.HTML.render(r);
    assertThat(html)
        .doesNotContain("<script>x")
        .contains("&lt;script&gt;x&lt;/script&gt;")
        .contains("&lt;b&gt;officials");
    assertThat(Format.MD.render(r)).contains("R999 A1");
  }

  @Test
  void listsWhatASourceDidOrWantedOnlyInTheJsonReport() {
    List<Attribution> all = new ArrayList<>(example.attributions());
    String sentence = example.articles().get(0).sentences().get(0).id();
    all.add(
        indirect(
            "R998",
            sentence,
            Optional.of(new TextSpan("markets", 0, 7)),
            new TextSpan("reacted", 8, 15),
            new TextSpan("to the collapse with alarm", 16, 42),
            false));
    Report r = withAttributions(all);
    long others = all.stream().filter(a -> !a.statement()).count();
    for (Format f : List.of(Format.TEXT, Format.MD, Format.HTML)) {
      assertThat(f.render(r))
          .doesNotContain("to the collapse with alarm")
          .contains("not listed here: " + others + " (in the JSON report)");
    }
    assertThat(Format.JSON.render(r)).contains("to the collapse with alarm");
    assertThat(ReportReader.read(Format.JSON.render(r)).attributions())
        .filteredOn(a -> a.id().equals("R998"))
        .singleElement()
        .extracting(Attribution::statement)
        .isEqualTo(false);
  }

  /**
   * The first fact that two outlets' attributions to one speaker share, one of them reported
   * speech, as the pair of those attributions; worked out here from the report's lists.
   */
  private static List<Attribution> firstSharedClaim(Report r) {
    for (Fact f : r.facts()) {
      Set<String> sentences = new HashSet<>(f.sentences());
      for (Attribution a : r.attributions()) {
        for (Attribution b : r.attributions()) {
          if (a.source().isPresent()
              && b.source().isPresent()
              && a.source().get().entity().equals(b.source().get().entity())
              && !a.article().equals(b.article())
              && a.id().compareTo(b.id()) < 0
              && a.kind() != AttributionKind.DIRECT
              && a.sentences().stream().anyMatch(sentences::contains)
              && b.sentences().stream().anyMatch(sentences::contains)) {
            return List.of(a, b);
          }
        }
      }
    }
    throw new AssertionError("the example has no claim two outlets attribute to one speaker");
  }

  @Test
  void setsASpeakersClaimSideBySideAcrossOutlets() {
    List<Attribution> pair = firstSharedClaim(example);
    String text = Format.TEXT.render(example);
    String speaker = pair.get(0).source().orElseThrow().name();
    int heading = text.indexOf("\n" + speaker + "\n", text.indexOf("Who said what"));
    String section = text.substring(heading, text.indexOf("\n\n", heading + speaker.length() + 2));
    assertThat(section).contains("Same claim in several outlets (");
    int claim = section.indexOf("Same claim in several outlets (");
    for (Attribution a : pair) {
      assertThat(section.substring(claim))
          .contains("(" + a.id() + ") " + a.cue().orElseThrow().text() + ": ")
          .contains(a.content().text());
    }
    // the JSON report lists the claim too, and reading the report back keeps it
    String json = Format.JSON.render(example);
    String claims = json.substring(json.indexOf("\"claims\""), json.indexOf("\"diagnostics\""));
    assertThat(claims).contains("\"" + pair.get(0).id() + "\"", "\"" + pair.get(1).id() + "\"");
    assertThat(Format.JSON.render(ReportJson.read(json))).isEqualTo(json);
  }

  @Test
  void neverRendersAClaimsWordingAsHtml() {
    List<Attribution> pair = firstSharedClaim(example);
    Attribution first = pair.get(0);
    // still the claim the other outlet carries: its words after the markup
    String wording = "<i>too early</i> to say: " + pair.get(1).content().text();
    Report r = withContent(first, wording);
    String html = Format.HTML.render(r);
    assertThat(html.substring(html.indexOf("Same claim in several outlets")))
        .contains("&lt;i&gt;too early&lt;/i&gt; to say")
        .doesNotContain("<i>too early");
    assertThat(Format.MD.render(r)).contains("Same claim in several outlets (");
  }

  @Test
  void aSpeakerSayingOtherThingsInOneFactsSentencesIsNoSharedClaim() {
    // AllSides train-1616: "alleging he made an unauthorized disclosure" and "rejected an appeal
    // that would have let him retire" lie in one fact's sentences and had been shown as one claim
    List<Attribution> pair = firstSharedClaim(example);
    Attribution second = pair.get(1);
    String other = "the weather would stay calm until Friday";
    assertThat(dev.parallax.quote.Claims.of(example))
        .anyMatch(c -> c.attributions().contains(second.id()));
    assertThat(dev.parallax.quote.Claims.of(withContent(second, other)))
        .noneMatch(c -> c.attributions().contains(second.id()));
  }

  /** The example report with one attribution's content replaced by this text. */
  private static Report withContent(Attribution target, String text) {
    List<Attribution> all = new ArrayList<>();
    for (Attribution a : example.attributions()) {
      all.add(
          a != target
              ? a
              : new Attribution(
                  a.id(),
                  a.article(),
                  a.sentences(),
                  a.kind(),
                  a.source(),
                  a.sourceText(),
                  a.cue(),
                  new TextSpan(text, 0, text.length()),
                  a.quotes(),
                  a.statement()));
    }
    return withAttributions(all);
  }

  /** The example report with other attributions. */
  private static Report withAttributions(List<Attribution> all) {
    return new Report(
        example.articles(),
        example.entities(),
        example.quotes(),
        example.quoteGroups(),
        all,
        example.facts(),
        example.omissions(),
        example.discrepancies(),
        example.brief(),
        example.timeline(),
        example.framing(),
        example.wordings(),
        example.diagnostics());
  }
}
