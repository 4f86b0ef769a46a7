package dev.parallax.ingest;

import dev.parallax.extract.Extraction;
import dev.parallax.extract.HtmlExtractor;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;

/**
 * Reads one HTML page as an article: decodes it (byte-order mark, the charset the server sent, the
 * page's own {@code <meta>} declaration, else UTF-8 with a windows-1252 fallback), parses it with
 * jsoup (which repairs bad markup) and extracts the article and its metadata. Also reads gzipped
 * pages. Stateless and thread-safe.
 */
final class HtmlReader {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 4096;
  private static final int TRACKED_ERRORS = 50;

  private HtmlReader() {}

  /** Reads a page file or upload: no charset declared by a server, no address known. */
  static ReadResult read(String source, byte[] bytes) {
    return read(source, bytes, Optional.empty(), Optional.empty());
  }

  /**
   * Reads one page; {@code declared} is the charset from the HTTP {@code Content-Type}, if any, and
   * {@code url} the address it came from.
   */
  static ReadResult read(
      String source, byte[] bytes, Optional<String> declared, Optional<String> url) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<SourceText> page =
        decode(source, bytes, declared, diagnostics)
            .flatMap(html -> fromHtml(source, html, url, diagnostics));
    return new ReadResult(page.stream().toList(), diagnostics);
  }

  /**
   * Reads a gzipped page: decompressed (refusing corrupt data and output over the size cap), then
   * read.
   */
  static ReadResult readGzipped(String source, byte[] gz) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<byte[]> page = gunzip(source, gz, diagnostics);
    if (page.isEmpty()) {
      return new ReadResult(List.of(), diagnostics);
    }
    return read(source, page.get());
  }

  /** Markup errors per KiB of page from which repairs are reported even when the page is whole. */
  static final double ERRORS_PER_KIB = 0.5;

  /**
   * Whether the parser's repairs are worth a diagnostic: the page ended inside markup (a truncated
   * download), or errors are dense. A few stray tags in a large page, which nearly every real page
   * has and which cost the article nothing, are not reported.
   */
  static boolean worthSaying(ParseErrorList errors, int chars) {
    if (errors.isEmpty()) {
      return false;
    }
    for (var e : errors) {
      if (e.getErrorMessage().contains("EOF")) {
        return true;
      }
    }
    return errors.size() * 1024.0 / Math.max(1, chars) >= ERRORS_PER_KIB;
  }

  /** Extracts the article from page text already decoded (a JSON Lines {@code html} field). */
  static Optional<SourceText> fromHtml(
      String source, String html, Optional<String> url, List<Diagnostic> diagnostics) {
    Parser parser = Parser.htmlParser().setTrackErrors(TRACKED_ERRORS);
    Document doc = parser.parseInput(html, url.orElse(""));
    ParseErrorList errors = parser.getErrors();
    if (worthSaying(errors, html.length())) {
      String count =
          errors.size() >= TRACKED_ERRORS
              ? TRACKED_ERRORS + " or more"
              : String.valueOf(errors.size());
      diagnostics.add(
          new Diagnostic(
              "malformed-html",
              source,
              count
                  + " markup error(s) repaired by the parser; first: "
                  + errors.get(0).getErrorMessage()));
    }
    Extraction x = HtmlExtractor.extract(source, doc, url);
    if (x.text().isEmpty()) {
      diagnostics.add(new Diagnostic("no-article", source, HtmlExtractor.whyEmpty(x)));
      return Optional.empty();
    }
    return Optional.of(new SourceText(x.meta(), x.text(), x.removed()));
  }

  /** The page's text, or empty (with a diagnostic) when it is binary or empty. */
  static Optional<String> decode(
      String source, byte[] bytes, Optional<String> declared, List<Diagnostic> diagnostics) {
    if (bytes.length == 0) {
      diagnostics.add(new Diagnostic("empty", source, "file has no text"));
      return Optional.empty();
    }
    boolean bom =
        TextReader.startsWith(bytes, 0xEF, 0xBB, 0xBF)
            || TextReader.startsWith(bytes, 0xFF, 0xFE)
            || TextReader.startsWith(bytes, 0xFE, 0xFF);
    if (bom) {
      return TextReader.decode(source, bytes, diagnostics);
    }
    if (TextReader.looksBinary(bytes)) {
      diagnostics.add(new Diagnostic("binary", source, "binary data, not an HTML page"));
      return Optional.empty();
    }
    Optional<String> name = declared.or(() -> metaCharset(bytes));
    if (name.isPresent()) {
      Charset cs;
      try {
        cs = Charset.forName(name.get());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        diagnostics.add(
            new Diagnostic(
                "encoding",
                source,
                "unknown charset '" + name.get() + "' declared; reading it as UTF-8"));
        return TextReader.decode(source, bytes, diagnostics);
      }
      // pure ASCII reads the same in every charset a page is likely to declare: nothing to report
      if (!cs.equals(StandardCharsets.UTF_8)
          && !cs.equals(StandardCharsets.US_ASCII)
          && !isAscii(bytes)) {
        diagnostics.add(
            new Diagnostic(
                "encoding",
                source,
                "not UTF-8: decoded as " + cs.name() + ", the charset the page declares"));
        return Optional.of(new String(bytes, cs).replace("\r\n", "\n"));
      }
      try {
        return Optional.of(
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString());
      } catch (CharacterCodingException e) {
        diagnostics.add(
            new Diagnostic(
                "encoding", source, "declares UTF-8 but is not valid UTF-8; read as windows-1252"));
        return Optional.of(new String(bytes, Charset.forName("windows-1252")));
      }
    }
    return TextReader.decode(source, bytes, diagnostics);
  }

  /** Decompresses gzip data, refusing corrupt or truncated streams and output over the size cap. */
  static Optional<byte[]> gunzip(String source, byte[] gz, List<Diagnostic> diagnostics) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > Inputs.MAX_BYTES) {
          diagnostics.add(
              new Diagnostic(
                  "too-large",
                  source,
                  "decompressed page exceeds the limit of " + Inputs.MAX_BYTES + " bytes"));
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

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> metaCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }
}
