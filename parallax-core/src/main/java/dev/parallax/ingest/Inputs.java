package dev.parallax.ingest;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every kind of input Parallax accepts, each by its own reader ({@link InputKind}): text
 * files ({@code .txt} and anything unnamed), HTML pages ({@code .html}, {@code .htm}, optionally
 * gzipped), JSON Lines ({@code .jsonl}), RSS and Atom feeds, WARC archives, folders of those,
 * {@code http(s)} URLs, and content given as bytes or a stream with its kind (an upload). Every
 * input ends up as articles or as diagnostics; nothing is dropped silently, and a reader's own
 * failure on one input costs that input only ({@code analysis-failed}). Thread-safe.
 */
public final class Inputs {
  /**
   * Largest article read: a page, a text file, a JSON Lines record, an archived page, compressed or
   * not (no article comes close). A file of many articles (JSON Lines, WARC) is not held to it.
   */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /**
   * Most text {@link #read} holds in memory for one call, in characters: past it the rest of the
   * inputs is reported ({@code too-large}) and not kept, so that a command analysing what it reads
   * at once (compare, extract, cluster, an upload) cannot be made to run out of memory by a large
   * container. {@link #stream} holds nothing and has no such limit.
   */
  public static final long MAX_HELD_CHARS = 100L * 1024 * 1024;

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  /**
   * How inputs are read.
   *
   * @param fetch how URLs are fetched
   * @param fetchLinked whether a feed item that is only a summary is replaced by the page it links
   *     to
   * @param noHeadline whether every article read is marked as having no headline line ({@link
   *     ArticleMeta#noHeadline}): cleaning then takes no line for the title by guessing; a title
   *     the input states (HTML metadata, a feed item's, a JSON Lines record's) stays the title
   */
  public record Options(Fetcher.Options fetch, boolean fetchLinked, boolean noHeadline) {
    public Options {
      Objects.requireNonNull(fetch, "fetch");
    }

    /** Fetching as given, {@code fetchLinked} as said; the headline guessed. */
    public Options(Fetcher.Options fetch, boolean fetchLinked) {
      this(fetch, fetchLinked, false);
    }

    /** Fetching as given; feed items' linked pages fetched; the headline guessed. */
    public Options(Fetcher.Options fetch) {
      this(fetch, true);
    }

    public static Options defaults() {
      return new Options(Fetcher.Options.defaults(), true);
    }

    /** These options with every article read marked as having no headline line, or not. */
    public Options withNoHeadline(boolean b) {
      return new Options(fetch, fetchLinked, b);
    }

    /** What the readers give, marked as these options say. */
    ReadSink mark(ReadSink sink) {
      if (!noHeadline) {
        return sink;
      }
      return ReadSink.passing(sink, text -> text.withMeta(text.meta().withNoHeadline(true)));
    }

    /** A whole read's result, marked as these options say. */
    ReadResult mark(ReadResult read) {
      if (!noHeadline) {
        return read;
      }
      List<SourceText> texts = new ArrayList<>();
      for (SourceText t : read.texts()) {
        texts.add(t.withMeta(t.meta().withNoHeadline(true)));
      }
      return new ReadResult(texts, read.diagnostics());
    }
  }

  private Inputs() {}

  /** Reads the inputs as the user gave them, with default options. */
  public static ReadResult read(List<String> sources) {
    return read(sources, Options.defaults());
  }

  /** Reads the inputs as the user gave them (paths or URLs). */
  public static ReadResult read(List<String> sources, Options options) {
    return options.mark(read(sources, Readers.of(options)));
  }

  /**
   * Reads one input given as bytes (an upload) as {@code kind} says ({@link InputKind#ofName} of
   * its file name, or {@link InputKind#ofContentType} of its media type); {@code name} names its
   * articles and diagnostics as a path would ({@code name:LINE} for JSON Lines records, {@code
   * name#N} for feed items and archived pages). Content over {@link #MAX_BYTES} is {@code
   * too-large}, except JSON Lines' and an archive's, whose records are held to it one by one.
   */
  public static ReadResult read(String name, byte[] content, InputKind kind, Options options) {
    Objects.requireNonNull(content, "content");
    ContentReader reader = Readers.of(options).content(kind);
    return options.mark(isolated(name, () -> reader.readBytes(name, content)));
  }

  /**
   * Reads one input from a stream, as {@link #read(String, byte[], InputKind, Options)} reads
   * bytes: at most {@link #MAX_BYTES} and one more byte are taken from it (more is {@code
   * too-large}), except from JSON Lines and an archive, read record by record as they arrive (an
   * archive's stream is closed after), of which at most {@link #MAX_HELD_CHARS} of text is kept.
   * The stream is read to its end or that limit; the caller closes it.
   *
   * @throws IOException when reading the stream fails: a broken upload is the caller's, not bad
   *     content (an archive's stream failing part way is reported as {@code unreadable}, as a file
   *     is)
   */
  public static ReadResult read(String name, InputStream content, InputKind kind, Options options)
      throws IOException {
    Objects.requireNonNull(content, "content");
    ContentReader reader = Readers.of(options).content(kind);
    Held held = new Held();
    try {
      streamIsolated(name, options.mark(held), s -> reader.stream(name, content, s));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return held.result();
  }

  /**
   * Reads the inputs as the user gave them (paths or URLs), one record at a time, handing each
   * article and problem to {@code sink} as it is read: nothing is held, whatever the inputs' size.
   * JSON Lines files are read line by line, WARC archives record by record, feeds item by item,
   * folders file by file; an article over {@link #MAX_BYTES} is reported ({@code too-large}, naming
   * its input and record) and the rest read. A reader's failure costs the rest of its input only;
   * an exception from {@code sink} stops the reading and is rethrown as it was.
   */
  public static void stream(List<String> sources, Options options, ReadSink sink) {
    Readers readers = Readers.of(options);
    ReadSink marked = options.mark(sink);
    for (String source : sources) {
      streamIsolated(source, marked, s -> streamOne(source, readers, s));
    }
  }

  /**
   * The bytes the inputs hold on disk (files, and the files of folders that are read), for
   * progress; empty when one of them is a URL or cannot be measured.
   */
  public static OptionalLong size(List<String> sources) {
    long total = 0;
    for (String source : sources) {
      if (SCHEME.matcher(source).matches()) {
        return OptionalLong.empty();
      }
      try {
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
          try (Stream<Path> walk = Files.walk(path)) {
            total += walk.filter(Inputs::readInFolder).mapToLong(p -> p.toFile().length()).sum();
          }
        } else if (Files.isRegularFile(path)) {
          total += Files.size(path);
        }
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(total);
  }

  /** Whether a folder's reader reads this file (not hidden, of a kind its name says). */
  static boolean readInFolder(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && !name.startsWith(".") && InputKind.ofName(name).isPresent();
  }

  /** Runs a streaming read and collects what it gives, as the readers of whole inputs return. */
  static ReadResult collect(Consumer<ReadSink> read) {
    List<SourceText> texts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    read.accept(
        new ReadSink() {
          @Override
          public void article(SourceText text) {
            texts.add(text);
          }

          @Override
          public void problem(Diagnostic problem) {
            diagnostics.add(problem);
          }
        });
    return new ReadResult(texts, diagnostics);
  }

  /** Reads each input alone with {@code readers}, holding at most {@link #MAX_HELD_CHARS}. */
  static ReadResult read(List<String> sources, Readers readers) {
    Held held = new Held();
    for (String source : sources) {
      streamIsolated(source, held, s -> streamOne(source, readers, s));
    }
    return held.result();
  }

  /**
   * One input as the user gave it: a URL, a folder or a file (of the kind its name says, else
   * text).
   */
  private static void streamOne(String source, Readers readers, ReadSink sink) {
    if (SCHEME.matcher(source).matches()) {
      readers.urls().read(source, source).sendTo(sink);
      return;
    }
    Path path;
    try {
      path = Path.of(source);
    } catch (InvalidPathException e) {
      sink.problem(new Diagnostic("missing", source, "not a valid path: " + e.getReason()));
      return;
    }
    if (Files.isDirectory(path)) {
      readers.folders().stream(source, path, sink);
    } else if (Files.isRegularFile(path)) {
      InputKind kind = InputKind.ofName(path.getFileName().toString()).orElse(InputKind.TEXT);
      readers.content(kind).stream(source, path, sink);
    } else if (Files.exists(path)) {
      sink.problem(new Diagnostic("unreadable", source, "not a regular file or folder"));
    } else {
      sink.problem(new Diagnostic("missing", source, "no such file or folder"));
    }
  }

  /** A streaming read of one input, whose stream may fail (an upload's). */
  @FunctionalInterface
  private interface StreamRead {
    void run(ReadSink sink) throws IOException;
  }

  /** The sink's own failure, carried through {@link #streamIsolated} untouched. */
  private static final class SinkFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkFailed(RuntimeException cause) {
      super(cause);
    }
  }

  /**
   * A reader's own failure on one input costs the rest of that input, never the run; the sink's
   * failure stops the run. An {@link IOException} of the stream read is rethrown unchecked.
   */
  private static void streamIsolated(String source, ReadSink sink, StreamRead read) {
    ReadSink guarded =
        new ReadSink() {
          @Override
          public void article(SourceText text) {
            try {
              sink.article(text);
            } catch (RuntimeException e) {
              throw new SinkFailed(e);
            }
          }

          @Override
          public void problem(Diagnostic problem) {
            try {
              sink.problem(problem);
            } catch (RuntimeException e) {
              throw new SinkFailed(e);
            }
          }

          @Override
          public void consumed(long bytes) {
            try {
              sink.consumed(bytes);
            } catch (RuntimeException e) {
              throw new SinkFailed(e);
            }
          }
        };
    try {
      read.run(guarded);
    } catch (SinkFailed e) {
      throw (RuntimeException) e.getCause();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | StackOverflowError e) {
      sink.problem(failed(source, e));
    }
  }

  /**
   * What {@link #read} keeps: every problem, and articles up to {@link #MAX_HELD_CHARS} of text;
   * past it one {@code too-large} problem names the first article left out.
   */
  private static final class Held implements ReadSink {
    private final List<SourceText> texts = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private long chars;
    private boolean full;

    @Override
    public void article(SourceText text) {
      if (full) {
        return;
      }
      chars += text.text().length();
      if (chars > MAX_HELD_CHARS) {
        full = true;
        diagnostics.add(
            new Diagnostic(
                "too-large",
                text.source(),
                "the articles read hold more than "
                    + MAX_HELD_CHARS
                    + " characters; this one and the rest are left out (parallax ingest streams"
                    + " inputs of any size)"));
        return;
      }
      texts.add(text);
    }

    @Override
    public void problem(Diagnostic problem) {
      diagnostics.add(problem);
    }

    ReadResult result() {
      return new ReadResult(texts, diagnostics);
    }
  }

  /** A reader's own failure on one input costs that input, never the run. */
  private static ReadResult isolated(String source, Supplier<ReadResult> read) {
    try {
      return read.get();
    } catch (RuntimeException | StackOverflowError e) {
      return ReadResult.of(failed(source, e));
    }
  }

  private static Diagnostic failed(String source, Throwable e) {
    String why = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return new Diagnostic(
        "analysis-failed",
        source,
        "reading failed (" + e.getClass().getSimpleName() + why + "); left out of the report");
  }
}
