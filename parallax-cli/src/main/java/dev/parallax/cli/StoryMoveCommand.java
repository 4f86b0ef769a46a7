package dev.parallax.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax story move ARTICLE S3|--new}: a user's move of one article. */
@Command(
    name = "move",
    mixinStandardHelpOptions = true,
    description = {
      "Moves an article (with its copies) to story S3, or to a new story with --new (article ids",
      "are in 'parallax story ID --explain'). The store records the correction: the story it left",
      "and the one it went to are kept apart from then on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:moved",
      "1:internal error",
      "2:bad usage (neither or both of S3 and --new, the article is a copy or already there)",
      "3:no such article or story",
      "5:the store could not be opened for writing"
    })
final class StoryMoveCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article id, e.g. a1f...")
  String article;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "S3",
      description = "The story to move it to.")
  String into;

  @Option(names = "--new", description = "Move it to a new story of its own.")
  boolean fresh;

  @CommandLine.Mixin StoryCorrection correction = new StoryCorrection();

  @Override
  public Integer call() {
    if ((into == null) == !fresh) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either the story S3 to move the article to, or --new");
    }
    return correction.run(spec.commandLine(), s -> s.move(article, Optional.ofNullable(into)));
  }
}
