package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads every kind of input Parallax accepts, each by its own reader ({@link InputKind}): text
 * files ({@code .txt} and anything unnamed), HTML pages ({@code .html}, {@code .htm}, optionally
 * gzipped), JSON Lines ({@code .jsonl}), RSS and Atom feeds, WARC archives, folders of those,
 * {@code http(s)} URLs, and content given as bytes or a stream with its kind (an upload). Every
 * input ends up as articles or as diagnostics; nothing is dropped silently, and a reader's own
 * failure on one input costs that input only ({@code analysis-failed}). Thread-safe.
 */
public final class Inputs {
  /** Largest page or file read, compressed or not: no article comes close. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  /**
   * How inputs are read.
   *
   * @param fetch how URLs are fetched
   * @param fetchLinked whether a feed item that is only a summary is replaced by the page it links
   *     to
   */
  public record Options(Fetcher.Options fetch, boolean fetchLinked) {
    public Options {
      Objects.requireNonNull(fetch, "fetch");
    }

    /** Fetching as given; feed items' linked pages fetched. */
    public Options(Fetcher.Options fetch) {
      this(fetch, true);
    }

    public static Options defaults() {
      return new Options(Fetcher.Options.defaults(), true);
    }
  }

  private Inputs() {}

  /** Reads the inputs as the user gave them, with default options. */
  public static ReadResult read(List<String> sources) {
    return read(sources, Options.defaults());
  }

  /** Reads the inputs as the user gave them (paths or URLs). */
  public static ReadResult read(List<String> sources, Options options) {
    return read(sources, Readers.of(options));
  }

  /**
   * Reads one input given as bytes (an upload) as {@code kind} says ({@link InputKind#ofName} of
   * its file name, or {@link InputKind#ofContentType} of its media type); {@code name} names its
   * articles and diagnostics as a path would ({@code name:LINE} for JSON Lines records, {@code
   * name#N} for feed items and archived pages). Content over {@link #MAX_BYTES} is {@code
   * too-large}, except an archive's.
   */
  public static ReadResult read(String name, byte[] content, InputKind kind, Options options) {
    Objects.requireNonNull(content, "content");
    ContentReader reader = Readers.of(options).content(kind);
    return isolated(name, () -> reader.readBytes(name, content));
  }

  /**
   * Reads one input from a stream, as {@link #read(String, byte[], InputKind, Options)} reads
   * bytes: at most {@link #MAX_BYTES} and one more byte are taken from it (more is {@code
   * too-large}), except from an archive, which is read record by record as it arrives (and closed
   * after). The stream is read to its end or that limit; the caller closes it.
   *
   * @throws IOException when reading the stream fails: a broken upload is the caller's, not bad
   *     content (an archive's stream failing part way is reported as {@code unreadable}, as a file
   *     is)
   */
  public static ReadResult read(String name, InputStream content, InputKind kind, Options options)
      throws IOException {
    Objects.requireNonNull(content, "content");
    if (kind == InputKind.WARC) {
      WarcArchiveReader archives = new WarcArchiveReader();
      return isolated(name, () -> archives.read(name, content));
    }
    // one byte over the cap, so that too much is reported as too large rather than read in part
    return read(name, content.readNBytes((int) MAX_BYTES + 1), kind, options);
  }

  /** Reads each input alone with {@code readers}. */
  static ReadResult read(List<String> sources, Readers readers) {
    List<SourceText> texts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String source : sources) {
      isolated(source, () -> readOne(source, readers)).addTo(texts, diagnostics);
    }
    return new ReadResult(texts, diagnostics);
  }

  /**
   * One input as the user gave it: a URL, a folder or a file (of the kind its name says, else
   * text).
   */
  private static ReadResult readOne(String source, Readers readers) {
    if (SCHEME.matcher(source).matches()) {
      return readers.urls().read(source, source);
    }
    Path path;
    try {
      path = Path.of(source);
    } catch (InvalidPathException e) {
      return ReadResult.of(new Diagnostic("missing", source, "not a valid path: " + e.getReason()));
    }
    if (Files.isDirectory(path)) {
      return readers.folders().read(source, path);
    }
    if (Files.isRegularFile(path)) {
      InputKind kind = InputKind.ofName(path.getFileName().toString()).orElse(InputKind.TEXT);
      return readers.content(kind).readFile(source, path);
    }
    if (Files.exists(path)) {
      return ReadResult.of(new Diagnostic("unreadable", source, "not a regular file or folder"));
    }
    return ReadResult.of(new Diagnostic("missing", source, "no such file or folder"));
  }

  /** A reader's own failure on one input costs that input, never the run. */
  private static ReadResult isolated(String source, Supplier<ReadResult> read) {
    try {
      return read.get();
    } catch (RuntimeException | StackOverflowError e) {
      String why =
          e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      return ReadResult.of(
          new Diagnostic(
              "analysis-failed",
              source,
              "reading failed ("
                  + e.getClass().getSimpleName()
                  + why
                  + "); left out of the report"));
    }
  }
}
