package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A hand-annotated fact alignment of real stories: for each story its documents (ECB+ files, one
 * sentence per line), the facts as sets of lines across documents, the lines only one document
 * states, and the doubtful pairs. A line is named by its file and its 0-based index among the
 * file's non-blank lines ({@code s}). Two files: the shared one ({@code
 * ../shared/gold/ecbplus-align.json}, 10 stories) and Parallax's own ({@link #OWN}, 7 more stories,
 * line indexes and three-word keys only, no article text).
 */
final class AlignGold {
  /** The shared gold file, in the shared folder beside the corpora. */
  static final String FILE = "gold/ecbplus-align.json";

  /** Parallax's own gold, on the classpath: stories annotated for this project. */
  static final String OWN = "/dev/parallax/eval/ecbplus-align-parallax.json";

  /**
   * A second, independent annotation of some tuning stories (same conventions, made without seeing
   * the first), on the classpath: how far two readers agree on which lines share a fact.
   */
  static final String SECOND = "/dev/parallax/eval/ecbplus-align-second.json";

  /** One line of one document. */
  record Line(String file, int s) implements Comparable<Line> {
    @Override
    public int compareTo(Line o) {
      int c = file.compareTo(o.file);
      return c != 0 ? c : Integer.compare(s, o.s);
    }

    @Override
    public String toString() {
      return file + "#" + s;
    }
  }

  /** Two lines of different documents, in a fixed order. */
  record Pair(Line a, Line b) {
    Pair {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      if (a.file().equals(b.file())) {
        throw new IllegalArgumentException("a pair needs two documents, both were " + a.file());
      }
      if (a.compareTo(b) > 0) {
        Line t = a;
        a = b;
        b = t;
      }
    }
  }

  /**
   * One story: its files in order, the pairs that share a fact, those of them that share a fact of
   * one line per document ({@code direct}; the others come from facts that hold several lines of
   * one document), doubtful pairs, single-source lines, and the facts themselves (each its lines).
   */
  record Story(
      String id,
      List<String> files,
      Set<Pair> pairs,
      Set<Pair> direct,
      Set<Pair> doubtful,
      Set<Line> unique,
      List<List<Line>> facts) {
    Story {
      files = List.copyOf(files);
      pairs = Set.copyOf(pairs);
      direct = Set.copyOf(direct);
      doubtful = Set.copyOf(doubtful);
      unique = Set.copyOf(unique);
      facts = facts.stream().map(List::copyOf).toList();
    }

    /**
     * The story as its documents' first {@code k} lines tell it (a headline and a lead, as a feed
     * or a news roundup gives them): facts keep their lines among those, a fact left with lines of
     * one document makes them single-source, doubtful pairs keep theirs.
     */
    Story leads(int k) {
      Set<Pair> ps = new LinkedHashSet<>();
      Set<Pair> ds = new LinkedHashSet<>();
      Set<Line> us = new HashSet<>();
      List<List<Line>> fs = new ArrayList<>();
      for (Line l : unique) {
        if (l.s() < k) {
          us.add(l);
        }
      }
      for (List<Line> f : facts) {
        List<Line> ls = f.stream().filter(l -> l.s() < k).toList();
        if (ls.isEmpty()) {
          continue;
        }
        fs.add(ls);
        List<Pair> cross = crossPairs(ls);
        if (cross.isEmpty()) {
          us.addAll(ls);
        }
        ps.addAll(cross);
        if (ls.stream().map(Line::file).distinct().count() == ls.size()) {
          ds.addAll(cross);
        }
      }
      Set<Pair> doubt = new LinkedHashSet<>();
      for (Pair p : doubtful) {
        if (p.a().s() < k && p.b().s() < k) {
          doubt.add(p);
        }
      }
      doubt.removeAll(ps);
      // a line a fact holds with another document's line is not single-source
      ps.forEach(p -> us.removeAll(List.of(p.a(), p.b())));
      return new Story(id, files, ps, ds, doubt, us, fs);
    }
  }

  private AlignGold() {}

  /** The gold file beside the corpora folder. */
  static Path file(Corpora corpora) {
    return corpora.root().resolveSibling(FILE);
  }

  /**
   * Every gold story: the shared file's, then Parallax's own, whose keys are checked against the
   * documents in {@code docs} (a key that no longer starts its line means the corpus changed).
   */
  static List<Story> all(Corpora corpora) throws IOException {
    List<Story> out = new ArrayList<>(read(new ObjectMapper().readTree(file(corpora).toFile())));
    out.addAll(onClasspath(corpora, OWN));
    return out;
  }

  /** The second annotation's stories (see {@link #SECOND}), keys checked as the own gold's. */
  static List<Story> second(Corpora corpora) throws IOException {
    return onClasspath(corpora, SECOND);
  }

  /** The stories of a gold file on the classpath, its keys checked against the documents. */
  private static List<Story> onClasspath(Corpora corpora, String name) throws IOException {
    try (InputStream in = AlignGold.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("gold file " + name + " missing from the classpath");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      checkKeys(corpora, root);
      return read(root);
    }
  }

  /** The data version of the second annotation: 12 hex digits of a SHA-256 over it. */
  static String secondVersion() throws IOException {
    try (InputStream in = AlignGold.class.getResourceAsStream(SECOND)) {
      return in == null ? "none" : sha(in.readAllBytes());
    }
  }

  private static void checkKeys(Corpora corpora, JsonNode root) throws IOException {
    Path docs = corpora.dir(StoryCorpora.ECBPLUS).resolve("docs");
    for (JsonNode s : root.path("stories")) {
      for (JsonNode part : List.of(s.path("facts"), s.path("doubtful"))) {
        for (JsonNode f : part) {
          for (JsonNode x : f.path("sentences")) {
            checkKey(docs, x);
          }
        }
      }
      for (JsonNode x : s.path("unique")) {
        checkKey(docs, x);
      }
    }
  }

  private static void checkKey(Path docs, JsonNode x) throws IOException {
    String file = x.path("file").asText();
    int s = x.path("s").asInt();
    List<String> lines = documentLines(docs.resolve(file));
    if (s >= lines.size() || !lines.get(s).startsWith(x.path("key").asText())) {
      throw new IOException(
          "gold line " + file + "#" + s + " should start with \"" + x.path("key").asText() + "\"");
    }
  }

  /** The data version of both gold files: the first 12 hex digits of a SHA-256 over them. */
  static String version(Corpora corpora) throws IOException {
    try (InputStream in = AlignGold.class.getResourceAsStream(OWN)) {
      byte[] shared = Files.readAllBytes(file(corpora));
      byte[] own = in == null ? new byte[0] : in.readAllBytes();
      byte[] both = new byte[shared.length + own.length];
      System.arraycopy(shared, 0, both, 0, shared.length);
      System.arraycopy(own, 0, both, shared.length, own.length);
      return sha(both);
    }
  }

  /** The stories of one gold file, in file order. */
  static List<Story> read(JsonNode root) {
    List<Story> out = new ArrayList<>();
    for (JsonNode s : root.path("stories")) {
      List<String> files = new ArrayList<>();
      s.path("files").forEach(f -> files.add(f.asText()));
      Set<Pair> pairs = new LinkedHashSet<>();
      Set<Pair> direct = new LinkedHashSet<>();
      List<List<Line>> facts = new ArrayList<>();
      for (JsonNode f : s.path("facts")) {
        List<Line> ls = lines(f.path("sentences"));
        facts.add(ls);
        pairs.addAll(crossPairs(ls));
        if (ls.stream().map(Line::file).distinct().count() == ls.size()) {
          direct.addAll(crossPairs(ls));
        }
      }
      Set<Pair> doubtful = new LinkedHashSet<>();
      for (JsonNode f : s.path("doubtful")) {
        doubtful.addAll(crossPairs(lines(f.path("sentences"))));
      }
      // a pair one annotation calls a fact is not doubtful
      doubtful.removeAll(pairs);
      Set<Line> unique = new HashSet<>(lines(s.path("unique")));
      out.add(new Story(s.path("story").asText(), files, pairs, direct, doubtful, unique, facts));
    }
    return out;
  }

  private static List<Line> lines(JsonNode sentences) {
    List<Line> out = new ArrayList<>();
    for (JsonNode x : sentences) {
      out.add(new Line(x.path("file").asText(), x.path("s").asInt()));
    }
    return out;
  }

  /** Every pair of lines from different documents. */
  static List<Pair> crossPairs(List<Line> lines) {
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        if (!lines.get(i).file().equals(lines.get(j).file())) {
          out.add(new Pair(lines.get(i), lines.get(j)));
        }
      }
    }
    return out;
  }

  /** The non-blank lines of a document, stripped: what {@code s} indexes. */
  static List<String> documentLines(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
      if (!l.strip().isEmpty()) {
        out.add(l.strip());
      }
    }
    return out;
  }

  private static String sha(byte[] bytes) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        b.append(String.format("%02x", d[i]));
      }
      return b.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
