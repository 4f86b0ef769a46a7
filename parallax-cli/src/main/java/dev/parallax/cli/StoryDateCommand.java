package dev.parallax.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax story date ARTICLE YYYY-MM-DD}: a user's date for one stored article. */
@Command(
    name = "date",
    mixinStandardHelpOptions = true,
    description = {
      "Gives a stored article its publication date: an article stored undated, or one whose date",
      "was read wrong (article ids are in 'parallax story ID --explain'). Its story's report is",
      "computed again, resolving the article's 'on Friday' and 'last week' against that date.",
      "The store records the correction."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:dated",
      "1:internal error",
      "2:bad usage (not a date, or the article already has that date)",
      "3:no such article",
      "5:the store could not be opened for writing"
    })
final class StoryDateCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article id, e.g. a1f...")
  String article;

  @Parameters(index = "1", paramLabel = "DATE", description = "Its publication date, YYYY-MM-DD.")
  String date;

  @CommandLine.Mixin StoryCorrection correction = new StoryCorrection();

  @Override
  public Integer call() {
    LocalDate published = StoreOption.date(spec.commandLine(), "DATE", date).orElseThrow();
    return correction.run(spec.commandLine(), s -> s.date(article, published));
  }
}
