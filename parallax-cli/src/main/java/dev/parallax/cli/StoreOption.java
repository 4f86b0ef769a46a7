package dev.parallax.cli;

import dev.parallax.Pipeline;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLockedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where the store is: the option shared by ingest, stories, story and search. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "The store directory (default: $PARALLAX_STORE, else $XDG_DATA_HOME/parallax/store, else ~/.local/share/parallax/store).")
  Path store;

  Path directory() {
    return store != null ? store : Store.defaultDirectory();
  }

  /**
   * The store opened for writing when no other process writes it, else for reading only (so that
   * reading commands work during an ingest); a problem is one line on {@code err} and empty.
   */
  Optional<Store> openPreferWritable(PrintWriter err) {
    try {
      return Optional.of(Store.open(directory(), Pipeline::analyse));
    } catch (StoreLockedException e) {
      return openReadOnly(err);
    } catch (StoreException e) {
      err.println("parallax: " + e.getMessage());
      return Optional.empty();
    }
  }

  Optional<Store> openReadOnly(PrintWriter err) {
    try {
      return Optional.of(Store.openReadOnly(directory(), Pipeline::analyse));
    } catch (StoreException e) {
      err.println("parallax: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** An option's date value, or a usage error naming the option and the value. */
  static Optional<LocalDate> date(CommandLine cl, String option, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          cl, option + ": '" + value + "' is not a date like 2026-02-06");
    }
  }

  /** Whether stdout is a terminal (so colours are welcome). */
  static boolean terminal() {
    return terminal(1);
  }

  /** Whether stderr is a terminal (so a redrawn progress line is welcome). */
  static boolean stderrTerminal() {
    return terminal(2);
  }

  /**
   * Whether the file descriptor is a terminal: on Linux, whether it links to a tty device;
   * elsewhere, whether the JVM has a console (stdin and stdout both terminals).
   */
  private static boolean terminal(int fd) {
    try {
      Path link = Path.of("/proc/self/fd/" + fd);
      if (java.nio.file.Files.isSymbolicLink(link)) {
        String target = java.nio.file.Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      // fall through to the console test
    }
    return System.console() != null;
  }
}
