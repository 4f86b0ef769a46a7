package dev.parallax.ingest;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads plain text as one article, and decodes bytes as text for the other readers: UTF-8, UTF-16
 * with BOM, or windows-1252 with a diagnostic; binary and empty input is refused with a diagnostic.
 * Stateless and thread-safe.
 */
final class TextReader {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextReader() {}

  /** Reads text content as one article. */
  static ReadResult read(String source, byte[] bytes) {
    return read(ArticleMeta.of(source), bytes);
  }

  /** Reads text content as one article with what is known of it (the URL it was fetched from). */
  static ReadResult read(ArticleMeta meta, byte[] bytes) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<SourceText> texts = new ArrayList<>();
    decode(meta.source(), bytes, diagnostics).ifPresent(t -> texts.add(new SourceText(meta, t)));
    return new ReadResult(texts, diagnostics);
  }

  /**
   * Decodes bytes as UTF-8 (with or without BOM) or UTF-16 with BOM; text that is not valid UTF-8
   * but looks like text is read as windows-1252 with a diagnostic. Binary and empty inputs are
   * refused.
   */
  static Optional<String> decode(String source, byte[] bytes, List<Diagnostic> diagnostics) {
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else if (looksBinary(bytes)) {
      diagnostics.add(new Diagnostic("binary", source, "binary file, not text"));
      return Optional.empty();
    } else {
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        text = new String(bytes, WINDOWS_1252);
        diagnostics.add(
            new Diagnostic(
                "encoding", source, "not valid UTF-8; read as windows-1252 (Western European)"));
      }
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      diagnostics.add(new Diagnostic("empty", source, "file has no text"));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** Whether the bytes start with the given byte values (a byte-order mark). */
  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes or many control characters in the first 8 KiB mean the file is not text. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }
}
