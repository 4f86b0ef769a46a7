package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one plain-text article file and decodes bytes as text (UTF-8, UTF-16 with BOM, or
 * windows-1252 with a diagnostic), refusing binary, empty and over-size input with a diagnostic.
 * {@link Inputs} dispatches every input kind; this is its text part. Stateless and thread-safe.
 */
public final class TextInputs {
  /** Inputs larger than this are refused: no news article comes close. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The articles read and the problems met. */
  public record Result(List<SourceText> texts, List<Diagnostic> diagnostics) {
    public Result {
      texts = List.copyOf(texts);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private TextInputs() {}

  /** Reads one text file as one article, or records why it cannot be read. */
  static void readFile(
      String source, Path file, List<SourceText> texts, List<Diagnostic> diagnostics) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        diagnostics.add(
            new Diagnostic(
                "too-large", source, "file is " + size + " bytes; the limit is " + MAX_BYTES));
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readAllBytes();
      }
    } catch (IOException e) {
      diagnostics.add(new Diagnostic("unreadable", source, "cannot read: " + e.getMessage()));
      return;
    }
    decode(source, bytes, diagnostics).ifPresent(t -> texts.add(new SourceText(source, t, Optional.empty())));
  }

  /**
   * Decodes bytes as UTF-8 (with or without BOM) or UTF-16 with BOM; text that is not valid UTF-8 but
   * looks like text is read as windows-1252 with a diagnostic. Binary and empty inputs are refused.
   */
  public static Optional<String> decode(String source, byte[] bytes, List<Diagnostic> diagnostics) {
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

  private static boolean startsWith(byte[] bytes, int... prefix) {
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
  public static boolean looksBinary(byte[] bytes) {
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
