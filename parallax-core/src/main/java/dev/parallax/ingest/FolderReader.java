package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a folder: every file below it, in path order, by the reader its name's kind calls for
 * ({@link InputKind#ofName}); hidden files are passed over and files of other kinds reported. Each
 * article's source is the folder as given and the file's path within it. Immutable and thread-safe.
 */
final class FolderReader {
  private final Function<InputKind, ContentReader> readers;

  /** A folder reader reading each file with {@code readers.apply(kind)}. */
  FolderReader(Function<InputKind, ContentReader> readers) {
    this.readers = readers;
  }

  ReadResult read(String source, Path folder) {
    return Inputs.collect(sink -> stream(source, folder, sink));
  }

  /** Reads the folder file by file, handing each file's articles to {@code sink} as they come. */
  void stream(String source, Path folder, ReadSink sink) {
    // paths only: a million-file folder is a few tens of megabytes of names, never its contents
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      sink.problem(new Diagnostic("unreadable", source, "cannot list folder: " + e.getMessage()));
      return;
    }
    long[] articles = {0};
    ReadSink counting =
        ReadSink.passing(
            sink,
            text -> {
              articles[0]++;
              return text;
            });
    for (Path file : files) {
      String name = file.getFileName().toString();
      String sep = source.endsWith("/") ? "" : "/";
      String shown = source + sep + folder.relativize(file).toString().replace('\\', '/');
      if (name.startsWith(".")) {
        continue; // hidden files (.DS_Store, editor swap files) are not articles anyone gave us
      }
      Optional<InputKind> kind = InputKind.ofName(name);
      if (kind.isEmpty()) {
        sink.problem(
            new Diagnostic(
                "unsupported-type",
                shown,
                "skipped: folders are read for .txt, .html, .htm, .html.gz, .jsonl, .rss, .atom, .xml,"
                    + " .warc and .warc.gz files"));
        continue;
      }
      readers.apply(kind.get()).stream(shown, file, counting);
    }
    if (articles[0] == 0) {
      sink.problem(new Diagnostic("no-articles", source, "folder holds no readable article"));
    }
  }
}
