package dev.parallax.cli;

import dev.parallax.Pipeline;
import dev.parallax.store.Correction;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoryExplanationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What {@code parallax story merge}, {@code story move} and {@code story date} share (a mixin of
 * their options): the store opened for writing (a correction cannot wait for a running ingest), the
 * correction made, and one line (or JSON) saying what was done, or why not.
 */
final class StoryCorrection {
  @CommandLine.Mixin StoreOption store = new StoreOption();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  String format;

  /** Makes the correction on the store the options name; the command's exit code. */
  int run(CommandLine cl, Function<Store, Correction> correction) {
    Args.textOrJson(cl, format);
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    Store s;
    try {
      s = Store.open(store.directory(), Pipeline::analyse);
    } catch (StoreException e) {
      err.println("parallax: " + e.getMessage());
      return Main.STORE;
    }
    try (s) {
      Correction c = correction.apply(s);
      if (format.equals("json")) {
        out.println(StoryExplanationJson.write(c));
      } else {
        out.println(c.describe());
      }
      return Main.OK;
    } catch (NoSuchElementException e) {
      err.println("parallax: " + e.getMessage() + " in " + store.directory());
      return Main.NO_ARTICLES;
    } catch (IllegalArgumentException e) {
      err.println("parallax: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("parallax: cannot close the store: " + e.getMessage());
      return Main.STORE;
    }
  }
}
