package dev.parallax.ingest;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads every kind of input Parallax accepts: text files ({@code .txt} and anything unnamed), HTML
 * pages ({@code .html}, {@code .htm}, optionally gzipped), JSON Lines ({@code .jsonl}), folders of
 * those, and {@code http(s)} URLs. Every input ends up as articles or as diagnostics; nothing is
 * dropped silently. Thread-safe.
 */
public final class Inputs {
  /** Largest page or file read, compressed or not: no article comes close. */
  public static final long MAX_BYTES = TextInputs.MAX_BYTES;

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  /**
   * How inputs are read.
   *
   * @param fetch how URLs are fetched
   * @param fetchLinked whether a feed item that is only a summary is replaced by the page it links to
   */
  public record Options(Fetcher.Options fetch, boolean fetchLinked) {
    public Options {
      java.util.Objects.requireNonNull(fetch, "fetch");
    }

    /** Fetching as given; feed items' linked pages fetched. */
    public Options(Fetcher.Options fetch) {
      this(fetch, true);
    }

    public static Options defaults() {
      return new Options(Fetcher.Options.defaults(), true);
    }
  }

  private enum Kind {
    TEXT,
    HTML,
    HTML_GZ,
    JSONL,
    FEED,
    WARC,
    OTHER
  }

  private Inputs() {}

  /** Reads the inputs as the user gave them, with default options. */
  public static TextInputs.Result read(List<String> sources) {
    return read(sources, Options.defaults());
  }

  /** Reads the inputs as the user gave them (paths or URLs). */
  public static TextInputs.Result read(List<String> sources, Options options) {
    List<SourceText> texts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String source : sources) {
      int before = texts.size();
      try {
        readOne(source, options, texts, diagnostics);
      } catch (RuntimeException | StackOverflowError e) {
        // a reader's own failure on one input costs that input, never the run
        texts.subList(before, texts.size()).clear();
        String why = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        diagnostics.add(
            new Diagnostic(
                "analysis-failed", source,
                "reading failed (" + e.getClass().getSimpleName() + why + "); left out of the report"));
      }
    }
    return new TextInputs.Result(texts, diagnostics);
  }

  private static void readOne(
      String source, Options options, List<SourceText> texts, List<Diagnostic> diagnostics) {
    if (SCHEME.matcher(source).matches()) {
      readUrl(source, options, texts, diagnostics);
      return;
    }
    Path path;
    try {
      path = Path.of(source);
    } catch (java.nio.file.InvalidPathException e) {
      diagnostics.add(new Diagnostic("missing", source, "not a valid path: " + e.getReason()));
      return;
    }
    if (Files.isDirectory(path)) {
      readFolder(source, path, options, texts, diagnostics);
    } else if (Files.isRegularFile(path)) {
      readFile(source, path, kind(path), options, texts, diagnostics);
    } else if (Files.exists(path)) {
      diagnostics.add(new Diagnostic("unreadable", source, "not a regular file or folder"));
    } else {
      diagnostics.add(new Diagnostic("missing", source, "no such file or folder"));
    }
  }

  private static void readUrl(
      String source, Options options, List<SourceText> texts, List<Diagnostic> diagnostics) {
    readUrl(source, source, options, texts, diagnostics);
  }

  /** Fetches {@code url} and reads it as a page, a feed or text; problems are named {@code source}. */
  static void readUrl(
      String source, String url, Options options, List<SourceText> texts, List<Diagnostic> diagnostics) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Fetcher.Page> fetched = Fetcher.fetch(url, options.fetch(), problems);
    for (Diagnostic d : problems) {
      diagnostics.add(new Diagnostic(d.code(), source, d.message()));
    }
    fetched
        .ifPresent(
            page -> {
              if (page.isFeed() || (!page.isHtml() && FeedInputs.looksLikeFeed(page.body()))) {
                FeedInputs.read(source, page.body(), options, texts, diagnostics);
              } else if (page.isHtml()) {
                HtmlInputs.read(source, page.body(), page.charset(), Optional.of(page.finalUrl()), diagnostics)
                    .ifPresent(texts::add);
              } else {
                TextInputs.decode(source, page.body(), diagnostics)
                    .ifPresent(
                        t -> texts.add(new SourceText(ArticleMeta.of(source).withUrl(Optional.of(page.finalUrl())), t)));
              }
            });
  }

  private static Kind kind(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Kind.TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Kind.HTML;
    }
    if (name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
      return Kind.HTML_GZ;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSONL;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return Kind.FEED;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Kind.WARC;
    }
    return Kind.OTHER;
  }

  private static void readFolder(
      String source, Path folder, Options options, List<SourceText> texts, List<Diagnostic> diagnostics) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      diagnostics.add(new Diagnostic("unreadable", source, "cannot list folder: " + e.getMessage()));
      return;
    }
    int before = texts.size();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String sep = source.endsWith("/") ? "" : "/";
      String shown = source + sep + folder.relativize(file).toString().replace('\\', '/');
      if (name.startsWith(".")) {
        continue; // hidden files (.DS_Store, editor swap files) are not articles anyone gave us
      }
      Kind kind = kind(file);
      if (kind == Kind.OTHER) {
        diagnostics.add(
            new Diagnostic(
                "unsupported-type",
                shown,
                "skipped: folders are read for .txt, .html, .htm, .html.gz, .jsonl, .rss, .atom, .xml,"
                    + " .warc and .warc.gz files"));
        continue;
      }
      readFile(shown, file, kind, options, texts, diagnostics);
    }
    if (texts.size() == before) {
      diagnostics.add(new Diagnostic("no-articles", source, "folder holds no readable article"));
    }
  }

  private static void readFile(
      String source,
      Path file,
      Kind kind,
      Options options,
      List<SourceText> texts,
      List<Diagnostic> diagnostics) {
    if (kind == Kind.TEXT || kind == Kind.OTHER) {
      TextInputs.readFile(source, file, texts, diagnostics);
      return;
    }
    if (kind == Kind.WARC) {
      WarcInputs.read(source, file, texts, diagnostics);
      return;
    }
    Optional<byte[]> bytes = bytes(source, file, diagnostics);
    if (bytes.isEmpty()) {
      return;
    }
    switch (kind) {
      case HTML -> HtmlInputs.read(source, bytes.get(), Optional.empty(), Optional.empty(), diagnostics)
          .ifPresent(texts::add);
      case HTML_GZ -> gunzip(source, bytes.get(), diagnostics)
          .flatMap(b -> HtmlInputs.read(source, b, Optional.empty(), Optional.empty(), diagnostics))
          .ifPresent(texts::add);
      case JSONL -> {
        if (TextInputs.looksBinary(bytes.get())) {
          diagnostics.add(new Diagnostic("binary", source, "binary file, not JSON Lines"));
          return;
        }
        TextInputs.decode(source, bytes.get(), diagnostics)
            .ifPresent(t -> JsonLinesInputs.read(source, t, texts, diagnostics));
      }
      case FEED -> FeedInputs.read(source, bytes.get(), options, texts, diagnostics);
      default -> throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  private static Optional<byte[]> bytes(String source, Path file, List<Diagnostic> diagnostics) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        diagnostics.add(
            new Diagnostic("too-large", source, "file is " + size + " bytes; the limit is " + MAX_BYTES));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      diagnostics.add(new Diagnostic("unreadable", source, "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** Decompresses gzip data, refusing corrupt or truncated streams and output over the size cap. */
  static Optional<byte[]> gunzip(String source, byte[] gz, List<Diagnostic> diagnostics) {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > MAX_BYTES) {
          diagnostics.add(
              new Diagnostic(
                  "too-large", source, "decompressed page exceeds the limit of " + MAX_BYTES + " bytes"));
          return Optional.empty();
        }
        out.write(buf, 0, n);
      }
      return Optional.of(out.toByteArray());
    } catch (EOFException e) {
      diagnostics.add(new Diagnostic("bad-gzip", source, "gzip data is truncated"));
    } catch (ZipException e) {
      diagnostics.add(new Diagnostic("bad-gzip", source, "not valid gzip data: " + e.getMessage()));
    } catch (IOException e) {
      diagnostics.add(new Diagnostic("bad-gzip", source, "cannot decompress: " + e.getMessage()));
    }
    return Optional.empty();
  }
}
