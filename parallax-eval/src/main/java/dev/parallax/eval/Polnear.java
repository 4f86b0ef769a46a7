package dev.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * PolNeAR articles with their attributions (brat standoff): each attribution's source, cue and
 * content spans as half-open character offsets into the article text. Where several annotators
 * annotated one article, the first annotation file in name order is read.
 */
final class Polnear {
  static final String CORPUS = "quotes-polnear";

  /**
   * A span, perhaps in pieces; {@code text} is the article text of its pieces joined by a space.
   */
  record Span(List<int[]> pieces, String text) {
    int start() {
      return pieces.get(0)[0];
    }

    int end() {
      return pieces.get(pieces.size() - 1)[1];
    }

    int length() {
      int n = 0;
      for (int[] p : pieces) {
        n += p[1] - p[0];
      }
      return n;
    }
  }

  /** One attribution: its content, and its source and cue where annotated. */
  record Attribution(Span content, Optional<Span> source, Optional<Span> cue) {}

  /** One annotated article. */
  record Doc(
      String name,
      String split,
      String text,
      String outlet,
      Optional<LocalDate> published,
      List<Attribution> attributions) {}

  private Polnear() {}

  static List<Doc> read(Corpora corpora, String split) throws IOException {
    Path dir = corpora.dir(CORPUS);
    Map<String, String[]> meta = new HashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve("metadata.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length > 5) {
        meta.put(f[1], f);
      }
    }
    Map<String, Path> annotations = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir.resolve(split).resolve("attributions"))) {
      s.filter(p -> p.getFileName().toString().endsWith(".ann"))
          .sorted()
          .forEach(
              p -> {
                String f = p.getFileName().toString();
                annotations.putIfAbsent(f.substring(0, f.lastIndexOf('_')), p);
              });
    }
    List<Doc> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : annotations.entrySet()) {
      Path textFile = dir.resolve(split).resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(textFile)) {
        continue;
      }
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      String[] m = meta.get(e.getKey());
      Optional<LocalDate> published = Optional.empty();
      String outlet = e.getKey().substring(0, e.getKey().indexOf('_'));
      if (m != null) {
        outlet = m[4];
        try {
          published = Optional.of(LocalDate.parse(m[5]));
        } catch (RuntimeException ignored) {
          // an undated article is analysed without a date
        }
      }
      out.add(
          new Doc(e.getKey(), split, text, outlet, published, attributions(e.getValue(), text)));
    }
    return out;
  }

  static List<Attribution> attributions(Path ann, String text) throws IOException {
    Map<String, Span> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      if (f[0].matches("T\\d+")) {
        String[] labelAndOffsets = f[1].split(" ", 2);
        if (labelAndOffsets.length < 2) {
          continue;
        }
        List<int[]> pieces = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        try {
          for (String piece : labelAndOffsets[1].split(";")) {
            String[] se = piece.strip().split(" ");
            int s = Integer.parseInt(se[0]);
            int en = Integer.parseInt(se[1]);
            if (s < 0 || en > text.length() || en < s) {
              throw new NumberFormatException("offsets outside the text");
            }
            pieces.add(new int[] {s, en});
            joined.append(joined.length() == 0 ? "" : " ").append(text, s, en);
          }
        } catch (RuntimeException bad) {
          continue; // a span the text does not hold cannot be scored
        }
        spans.put(f[0], new Span(pieces, joined.toString()));
      } else if (f[0].matches("E\\d+")) {
        events.add(f[1].split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] roles : events) {
      Span content = null;
      Span source = null;
      Span cue = null;
      for (String r : roles) {
        String[] kv = r.split(":");
        if (kv.length != 2) {
          continue;
        }
        Span s = spans.get(kv[1]);
        switch (kv[0]) {
          case "Content" -> content = s;
          case "Source" -> source = s;
          case "Cue" -> cue = s;
          default -> {}
        }
      }
      if (content != null) {
        out.add(new Attribution(content, Optional.ofNullable(source), Optional.ofNullable(cue)));
      }
    }
    return out;
  }

  /**
   * Whether the content is a direct quotation: it opens with a quotation mark (one of {@code
   * "“”„«}, or {@code ``} or {@code ''} written for one, as the New York Times archive texts do).
   */
  static boolean direct(Span content) {
    String t = content.text().stripLeading();
    return !t.isEmpty()
        && (t.startsWith("``") || t.startsWith("''") || "\"“”„«".indexOf(t.charAt(0)) >= 0);
  }
}
