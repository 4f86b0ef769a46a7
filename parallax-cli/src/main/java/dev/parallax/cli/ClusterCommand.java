package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.model.Diagnostic;
import dev.parallax.story.StoryGrouper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax cluster}: groups its inputs into stories without a store. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = "Groups articles into stories, one per real-world event, without a store.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stories written (diagnostics, if any, on stderr)",
      "1:internal error",
      "2:bad usage",
      "3:no input could be read as an article"
    })
final class ClusterCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Article files, folders, URLs, feeds, WARC or JSON Lines files.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date of inputs that carry none.")
  String published;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json (default) or text.")
  String format;

  @CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    if (!format.equals("json") && !format.equals("text")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format: use json or text, not '" + format + "'");
    }
    Optional<LocalDate> date = ReadingOptions.date(spec.commandLine(), published);
    Parallax.Grouping grouping = Parallax.cluster(inputs, reading.options(), date);
    for (Diagnostic d : grouping.diagnostics()) {
      err.println("parallax: " + d.line());
    }
    if (grouping.stories().isEmpty()) {
      err.println("parallax: no input could be read as an article; nothing to group");
      return Main.NO_ARTICLES;
    }
    if (format.equals("text")) {
      for (StoryGrouper.Story s : grouping.stories()) {
        out.println(s.id() + "  " + s.title() + "  (" + s.sources().size() + " articles)");
        s.sources().forEach(src -> out.println("    " + src));
      }
    } else {
      List<Object> stories = new ArrayList<>();
      for (StoryGrouper.Story s : grouping.stories()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("articles", s.sources());
        stories.add(m);
      }
      Args.printJson(out, Map.of("stories", stories));
    }
    out.flush();
    return Main.OK;
  }
}
