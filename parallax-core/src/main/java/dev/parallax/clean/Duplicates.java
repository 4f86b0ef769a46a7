package dev.parallax.clean;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inputs given more than once in one run: texts that are the same once blanks are normalised (runs
 * of spaces, line breaks and odd spaces count as one space). The first is kept; each later copy is
 * left out with a {@code duplicate} diagnostic naming the first. Runs before cleaning, so that a
 * copy never makes its own lines look like boilerplate its outlet repeats. Stateless and
 * thread-safe.
 */
public final class Duplicates {

  /**
   * The inputs kept, in the order given, and one {@code duplicate} diagnostic per copy left out.
   */
  public record Split(List<SourceText> kept, List<Diagnostic> diagnostics) {
    public Split {
      kept = List.copyOf(kept);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private Duplicates() {}

  /** Keeps the first of every group of inputs with the same text; reports the others. */
  public static Split split(List<SourceText> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    List<SourceText> kept = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    // digests, not the texts: inputs may be several megabytes each
    Map<String, String> firstByDigest = new HashMap<>();
    for (SourceText in : inputs) {
      String text = Cleaner.normalise(in.text());
      if (text.isEmpty()) {
        kept.add(in);
        continue;
      }
      String first = firstByDigest.putIfAbsent(digest(text), in.source());
      if (first == null) {
        kept.add(in);
      } else {
        String how = first.equals(in.source()) ? "given twice" : "same text as " + first;
        diagnostics.add(new Diagnostic("duplicate", in.source(), how + "; skipped"));
      }
    }
    return new Split(kept, diagnostics);
  }

  private static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
