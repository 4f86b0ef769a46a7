package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Checks and output the commands share, so each says the same thing the same way. */
final class Args {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Args() {}

  /** Refuses {@code value} of {@code option} below {@code min}, naming both. */
  static void atLeast(CommandLine cl, String option, int value, int min) {
    if (value < min) {
      throw new CommandLine.ParameterException(
          cl, option + ": must be at least " + min + ", was " + value);
    }
  }

  /** Refuses a {@code --format} other than text or json. */
  static void textOrJson(CommandLine cl, String format) {
    if (!format.equals("json") && !format.equals("text")) {
      throw new CommandLine.ParameterException(
          cl, "--format: use text or json, not '" + format + "'");
    }
  }

  /** Prints {@code value} as indented JSON on a line of its own. */
  static void printJson(PrintWriter out, Object value) throws JsonProcessingException {
    out.println(JSON.writeValueAsString(value));
  }
}
