package dev.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parallax} command. Exit codes: 0 report written (diagnostics, if any, on stderr); 1
 * internal error; 2 bad usage; 3 no input could be read as an article (or no such story); 4 the
 * output could not be written; 5 the store could not be opened or written (locked by another
 * writer, another schema version, not a store).
 */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "parallax 0.1.0",
    description = "Cross-examines how several outlets cover one story.",
    subcommands = {
      CompareCommand.class,
      ExtractCommand.class,
      ClusterCommand.class,
      IngestCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int NO_ARTICLES = 3;
  public static final int OUTPUT = 4;
  public static final int STORE = 5;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "name a command, e.g. 'parallax compare FILE...'");
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> INTERNAL);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("parallax: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try 'parallax " + commandName(ex.getCommandLine()) + "--help'.");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          boolean verbose = CompareCommand.verboseRequested(args);
          c.getErr().println("parallax: internal error: " + ex);
          if (verbose) {
            ex.printStackTrace(c.getErr());
          } else {
            c.getErr().println("(run with --verbose for details)");
          }
          return INTERNAL;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandName(CommandLine cl) {
    return cl.getCommand() instanceof Main ? "" : cl.getCommandName() + " ";
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }
}
