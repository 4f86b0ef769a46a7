package dev.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Writes a rendered report to standard output or a file, the same way for every command. */
final class ReportOutput {
  private ReportOutput() {}

  /**
   * Writes {@code rendered} to {@code out} (creating its folder), or to the command's standard
   * output when {@code out} is null; says "wrote FILE" on {@code err} when {@code tell}.
   *
   * @return {@link Main#OK}, or {@link Main#OUTPUT} after one line on {@code err} when the file
   *     cannot be written
   */
  static int write(
      CommandLine.Model.CommandSpec spec,
      Path out,
      String rendered,
      PrintWriter err,
      boolean tell) {
    if (out == null) {
      spec.commandLine().getOut().print(rendered);
      spec.commandLine().getOut().flush();
      return Main.OK;
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, rendered, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("parallax: " + out + ": cannot write the report: " + e.getMessage());
      return Main.OUTPUT;
    }
    if (tell) {
      err.println("parallax: wrote " + out);
    }
    return Main.OK;
  }
}
