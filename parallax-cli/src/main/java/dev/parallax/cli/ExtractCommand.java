package dev.parallax.cli;

import dev.parallax.Pipeline;
import dev.parallax.model.Diagnostic;
import dev.parallax.report.ExtractWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax extract}: shows what each input's article is after extraction and cleaning. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Shows each input's article as Parallax reads it: source, url, title, outlet, published, author,",
      "the cleaned text, and every part removed with the reason. No language analysis.",
      "Inputs are .txt, .html, .htm, .html.gz, .jsonl, RSS/Atom or WARC files, folders of them,",
      "or http(s) URLs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:articles written (diagnostics, if any, on stderr)",
      "1:internal error",
      "2:bad usage",
      "3:no input could be read as an article"
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or URLs.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or jsonl (one JSON object per article).")
  String format;

  @CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Option(names = "--verbose", description = "Stack traces on internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("jsonl")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format: unknown format '" + format + "'; use text or jsonl");
    }
    Pipeline.Extracts found = Pipeline.extract(inputs, reading.options());
    var err = spec.commandLine().getErr();
    for (Diagnostic d : found.diagnostics()) {
      err.println("parallax: " + d.line());
    }
    if (found.articles().isEmpty()) {
      err.println("parallax: no input could be read as an article");
      return Main.NO_ARTICLES;
    }
    var out = spec.commandLine().getOut();
    out.print(
        f.equals("jsonl")
            ? ExtractWriter.jsonl(found.articles())
            : ExtractWriter.text(found.articles()));
    out.flush();
    return Main.OK;
  }
}
