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
    boolean stray = strayNuls(bytes);
    java.nio.charset.Charset unmarked = utf16(bytes);
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else if (unmarked != null) {
      text = new String(bytes, unmarked);
      diagnostics.add(
          new Diagnostic(
              "encoding",
              source,
              "no byte-order mark; read as " + unmarked.name() + " by its NUL bytes"));
    } else if (looksBinary(bytes) && !stray) {
      diagnostics.add(new Diagnostic("binary", source, "binary file, not text"));
      return Optional.empty();
    } else {
      if (stray) {
        int before = bytes.length;
        bytes = withoutNuls(bytes);
        diagnostics.add(
            new Diagnostic(
                "encoding",
                source,
                "text with "
                    + (before - bytes.length)
                    + " NUL byte(s) among it; they were removed"));
      }
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

  /**
   * UTF-16 written without a byte-order mark, as text of Latin letters shows it in the first 8 KiB:
   * a NUL byte in most of the odd places (little-endian) or the even ones (big-endian) and in none
   * of the others; null when the bytes do not read so.
   */
  static java.nio.charset.Charset utf16(byte[] bytes) {
    int n = Math.min(bytes.length, 8192) & ~1;
    if (n < 4) {
      return null;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i += 2) {
      even += bytes[i] == 0 ? 1 : 0;
      odd += bytes[i + 1] == 0 ? 1 : 0;
    }
    int units = n / 2;
    if (even == 0 && odd * 10 >= units * 6) {
      return StandardCharsets.UTF_16LE;
    }
    if (odd == 0 && even * 10 >= units * 6) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * A few NUL bytes in what is otherwise text (one, or at most one byte in a thousand; few other
   * control characters): debris of a copy or an export, not a binary file.
   */
  static boolean strayNuls(byte[] bytes) {
    int nuls = 0;
    int control = 0;
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v == 0) {
        nuls++;
      } else if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
        control++;
      }
    }
    return nuls > 0 && nuls <= Math.max(1, bytes.length / 1000) && control * 20L <= bytes.length;
  }

  private static byte[] withoutNuls(byte[] bytes) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
    for (byte b : bytes) {
      if (b != 0) {
        out.write(b);
      }
    }
    return out.toByteArray();
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
