package dev.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The commit of the code a model was trained on, as its file records it: {@code git rev-parse
 * --short=12 HEAD} of a working tree, with {@code +dirty} when {@code git status} shows changes to
 * tracked files, or {@code unknown} when git is missing, the folder is not a checkout or git does
 * not answer within 10 seconds. Never throws: training goes on without git.
 */
final class CodeCommit {
  static final String UNKNOWN = "unknown";

  private CodeCommit() {}

  /** The commit of the working tree at {@code dir}, through the {@code git} on the path. */
  static String of(Path dir) {
    return of(dir, "git");
  }

  /** The commit of the working tree at {@code dir}, through the git program {@code git}. */
  static String of(Path dir, String git) {
    Optional<String> head = run(dir, List.of(git, "rev-parse", "--short=12", "HEAD"));
    Optional<String> changes =
        run(dir, List.of(git, "status", "--porcelain", "--untracked-files=no"));
    if (head.isEmpty() || head.get().isBlank() || changes.isEmpty()) {
      return UNKNOWN;
    }
    return head.get().strip() + (changes.get().isBlank() ? "" : "+dirty");
  }

  /** What the command printed, or empty when it could not run, failed or took too long. */
  private static Optional<String> run(Path dir, List<String> command) {
    Path out = null;
    try {
      // output to a file, not a pipe: a long status cannot fill a pipe and stall the wait
      out = Files.createTempFile("parallax-git", ".txt");
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toAbsolutePath().toFile())
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0
          ? Optional.of(Files.readString(out, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      if (out != null) {
        try {
          Files.deleteIfExists(out);
        } catch (IOException e) {
          // a temporary file left behind is no reason to stop training
        }
      }
    }
  }
}
