package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CodeCommit} on real git repositories made in a temporary folder. */
class CodeCommitTest {
  @TempDir Path dir;

  private static boolean git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Parallax"));
    command.addAll(
        List.of("-c", "user.email=tests@parallax.invalid", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private Path committedRepository() throws Exception {
    assumeTrue(git(dir, "--version"), "git is not installed");
    assertThat(git(dir, "init", "-q")).isTrue();
    Files.writeString(dir.resolve("a.txt"), "one\n");
    assertThat(git(dir, "add", "a.txt")).isTrue();
    assertThat(git(dir, "commit", "-q", "-m", "first")).isTrue();
    return dir;
  }

  @Test
  void aCleanCheckoutIsItsShortCommit() throws Exception {
    Path repo = committedRepository();
    assertThat(CodeCommit.of(repo)).matches("[0-9a-f]{12}");
  }

  @Test
  void anUntrackedFileLeavesItClean() throws Exception {
    Path repo = committedRepository();
    Files.writeString(repo.resolve("new.txt"), "untracked\n");
    assertThat(CodeCommit.of(repo)).matches("[0-9a-f]{12}");
  }

  @Test
  void aChangedTrackedFileMarksItDirty() throws Exception {
    Path repo = committedRepository();
    String clean = CodeCommit.of(repo);
    Files.writeString(repo.resolve("a.txt"), "two\n");
    assertThat(CodeCommit.of(repo)).isEqualTo(clean + "+dirty");
  }

  @Test
  void aFolderThatIsNoCheckoutIsUnknown() throws Exception {
    assumeTrue(git(dir, "--version"), "git is not installed");
    assumeTrue(!git(dir, "rev-parse", "HEAD"), "the temporary folder is inside a checkout");
    assertThat(CodeCommit.of(dir)).isEqualTo("unknown");
  }

  @Test
  void withoutGitItIsUnknownAndNothingThrows() {
    assertThat(CodeCommit.of(dir, dir.resolve("no-such-git").toString())).isEqualTo("unknown");
  }
}
