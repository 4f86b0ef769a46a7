package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax story merge S1 S2}: a user's merge of two stories. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merges story S2 into story S1: S2's articles become S1's and S2 becomes another name of S1.",
      "The store records the correction; later articles of the event go to S1."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:merged",
      "1:internal error",
      "2:bad usage (the two ids name one story)",
      "3:no story with one of the ids",
      "5:the store could not be opened for writing"
    })
final class StoryMergeCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "S1", description = "The story that stays.")
  String into;

  @Parameters(index = "1", paramLabel = "S2", description = "The story merged into S1.")
  String gone;

  @CommandLine.Mixin StoryCorrection correction = new StoryCorrection();

  @Override
  public Integer call() {
    return correction.run(spec.commandLine(), s -> s.merge(into, gone));
  }
}
