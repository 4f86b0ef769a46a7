package dev.parallax.eval;

import dev.parallax.clean.Cleaner;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Block;
import dev.parallax.model.BlockKind;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cleaner on real article bodies, without and with inserted noise: the PolNeAR texts and the
 * ECB+ documents are clean already, so every one of their paragraphs (each non-blank line, the
 * PolNeAR title apart, which is given as the title) must come out as body text, and every line of
 * noise inserted among them ({@link NoiseLines}) must be removed. Figures per corpus and split: the
 * share of paragraphs kept as body without noise and with it, and the share of noise lines removed.
 * Paragraphs that do not come out as body, and noise lines kept, are named on stderr.
 */
final class CleaningSuite implements Suite {
  static final String NAME = "cleaning";

  /** Pieces of noise inserted in each document. */
  static final int PIECES = 5;

  private static final long SEED = 14;

  /** Lost paragraphs and kept noise printed at most, per corpus and split. */
  private static final int SHOWN = 15;

  /** One document: its title if it has one, its paragraphs, and where it comes from. */
  record Doc(
      String corpus, String key, String split, Optional<String> title, List<String> paragraphs) {}

  /** The counts of one document. */
  record Result(
      Doc doc,
      int prose,
      int bodyClean,
      int bodyNoisy,
      int proseClean,
      int proseNoisy,
      int noise,
      int noiseRemoved,
      List<String> lost,
      List<String> kept) {}

  /**
   * A paragraph of prose: six words or more ending like a sentence (closing quotes, ECB+'s '' too).
   * Words hold a letter: a dateline ending in a full stop ("on Tuesday, 16 December 2008 13: 45.")
   * is no paragraph.
   */
  private static final java.util.regex.Pattern PROSE =
      java.util.regex.Pattern.compile("^(?:\\S+\\s+){5,}.*[.!?…]\\s*(?:['\"’”)]|'')*$");

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("\\S*\\p{L}\\S*");

  static List<String> prose(List<String> paragraphs) {
    return paragraphs.stream()
        .filter(p -> PROSE.matcher(p).matches() && WORD.matcher(p).results().count() >= 6)
        .toList();
  }

  @Override
  public String name() {
    return NAME;
  }

  static List<Doc> docs(Corpora corpora, int limit) throws Exception {
    Map<Polnear.Doc, String> splits = new java.util.LinkedHashMap<>();
    Map<Polnear.Doc, List<int[]>> spans = new HashMap<>();
    java.util.Set<String> notProse = new java.util.HashSet<>();
    long ofKind = 0;
    long ofKindMarked = 0;
    for (String split : List.of("train", "dev")) {
      for (Polnear.Doc d : Polnear.read(corpora, split)) {
        splits.put(d, split);
        spans.put(d, discarded(corpora, split, d));
        List<String> all = lines(d.text(), List.of(), java.util.Set.of(), false);
        List<String> kept = lines(d.text(), spans.get(d), java.util.Set.of(), false);
        for (String l : all) {
          boolean marked = !kept.contains(l);
          if (marked) {
            notProse.add(ExtractionSuite.normalise(l));
          }
          if (NOT_PROSE_KIND.matcher(l).find()) {
            ofKind++;
            ofKindMarked += marked ? 1 : 0;
          }
        }
      }
    }
    System.err.printf(
        "eval: cleaning: PolNeAR: %d lines are staff credits or follow prompts, %d of them marked"
            + " Discard by an annotator; all are left out of the prose paragraphs%n",
        ofKind, ofKindMarked);
    List<Doc> polnear = new ArrayList<>();
    for (Map.Entry<Polnear.Doc, String> e : splits.entrySet()) {
      Polnear.Doc d = e.getKey();
      List<String> lines = lines(d.text(), spans.get(d), notProse, true);
      if (lines.size() < 2) {
        continue;
      }
      polnear.add(
          new Doc(
              Polnear.CORPUS,
              d.name(),
              e.getValue().equals("dev") ? "held-out" : "tune",
              Optional.of(lines.get(0)),
              lines.subList(1, lines.size())));
    }
    List<Doc> ecb = new ArrayList<>();
    for (StoryItem s : StoryCorpora.ecbplus(corpora)) {
      List<String> lines = lines(s.text(), List.of(), java.util.Set.of(), true);
      if (!lines.isEmpty()) {
        ecb.add(new Doc(StoryCorpora.ECBPLUS, s.id(), s.split(), s.title(), lines));
      }
    }
    List<Doc> out = new ArrayList<>(Corpora.sample(polnear, Doc::key, limit));
    out.addAll(Corpora.sample(ecb, Doc::key, limit));
    return out;
  }

  /**
   * Lines of the two kinds PolNeAR's annotators mark {@code Discard} (not article prose) wherever
   * they mark one, though not in every article: staff credits ("(Additional reporting by …; Editing
   * by ….)", "… contributed reporting.") and an author's or desk's follow prompt ("Follow … on
   * Twitter @…"). Written for the harness from those marked lines, not from the cleaner's rules.
   */
  static final java.util.regex.Pattern NOT_PROSE_KIND =
      java.util.regex.Pattern.compile(
          "^\\(?(?i:(?:additional )?(?:reporting|writing|editing) by)\\b"
              + "|^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:(?:and|&)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4})?"
              + "contributed (?:reporting|to this (?:story|report|article))\\b"
              + "|^(?i:follow)\\b.{0,80}?\\b(?i:on (?:twitter|facebook|instagram)|blog at)\\b");

  /**
   * The non-blank lines of a text, but those mostly inside a span annotators marked as not article
   * prose ({@code discarded}: editor's notes, "Follow ... on Twitter"), those word for word like a
   * line they marked so in another article ({@code notProse}) and those of a kind they mark so
   * ({@link #NOT_PROSE_KIND}): the same author's "Follow ... on Twitter" line is marked in some
   * articles and not in others. The cleaner may remove them.
   */
  private static List<String> lines(
      String text, List<int[]> discarded, java.util.Set<String> notProse, boolean byKind) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (String line : text.split("\n", -1)) {
      int start = at;
      at += line.length() + 1;
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      int covered = 0;
      for (int[] d : discarded) {
        covered += Math.max(0, Math.min(d[1], start + line.length()) - Math.max(d[0], start));
      }
      if (covered * 2 < t.length()
          && !notProse.contains(ExtractionSuite.normalise(t))
          && !(byKind && NOT_PROSE_KIND.matcher(t).find())) {
        out.add(t);
      }
    }
    return out;
  }

  /** The {@code Discard} spans of an article, from every annotator's file. */
  private static List<int[]> discarded(Corpora corpora, String split, Polnear.Doc d)
      throws java.io.IOException {
    List<int[]> out = new ArrayList<>();
    java.nio.file.Path dir = corpora.dir(Polnear.CORPUS).resolve(split).resolve("attributions");
    try (java.nio.file.DirectoryStream<java.nio.file.Path> files =
        java.nio.file.Files.newDirectoryStream(dir, d.name() + "_*.ann")) {
      for (java.nio.file.Path f : files) {
        for (String line :
            java.nio.file.Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8)) {
          String[] parts = line.split("\t");
          if (parts.length >= 2 && parts[0].startsWith("T") && parts[1].startsWith("Discard ")) {
            for (String piece : parts[1].substring("Discard ".length()).split(";")) {
              String[] se = piece.strip().split(" ");
              out.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
            }
          }
        }
      }
    }
    return out;
  }

  static Result measure(Doc doc) {
    ArticleMeta meta = ArticleMeta.of(doc.key()).withTitle(doc.title());
    CleanDocument clean =
        Cleaner.clean(new SourceText(meta, String.join("\n\n", doc.paragraphs())));
    NoiseLines noise = new NoiseLines(SEED ^ doc.key().hashCode());
    List<List<String>> before = new ArrayList<>();
    for (int i = 0; i <= doc.paragraphs().size(); i++) {
      before.add(new ArrayList<>());
    }
    List<String> inserted = new ArrayList<>();
    for (int k = 0; k < PIECES; k++) {
      NoiseLines.Piece p = noise.next();
      before.get(noise.nextInt(before.size())).addAll(p.lines());
      inserted.addAll(p.lines());
    }
    List<String> noisyLines = new ArrayList<>();
    for (int i = 0; i <= doc.paragraphs().size(); i++) {
      noisyLines.addAll(before.get(i));
      if (i < doc.paragraphs().size()) {
        noisyLines.add(doc.paragraphs().get(i));
      }
    }
    CleanDocument noisy = Cleaner.clean(new SourceText(meta, String.join("\n\n", noisyLines)));
    List<String> lost = new ArrayList<>();
    int bodyClean = survivors(doc.paragraphs(), clean, null);
    int bodyNoisy = survivors(doc.paragraphs(), noisy, null);
    List<String> prose = prose(doc.paragraphs());
    int proseClean = survivors(prose, clean, lost);
    int proseNoisy = survivors(prose, noisy, lost);
    Map<String, Integer> keptText = new HashMap<>();
    for (Block b : noisy.blocks()) {
      keptText.merge(ExtractionSuite.normalise(b.text()), 1, Integer::sum);
    }
    int removed = 0;
    List<String> kept = new ArrayList<>();
    for (String line : inserted) {
      String key = ExtractionSuite.normalise(line);
      if (keptText.getOrDefault(key, 0) > 0 && !doc.paragraphs().contains(line)) {
        keptText.merge(key, -1, Integer::sum);
        kept.add(line);
      } else {
        removed++;
      }
    }
    return new Result(
        doc,
        prose.size(),
        bodyClean,
        bodyNoisy,
        proseClean,
        proseNoisy,
        inserted.size(),
        removed,
        lost,
        kept);
  }

  /**
   * How many paragraphs came out as body text, each matched once; the others go to {@code lost}.
   */
  private static int survivors(List<String> paragraphs, CleanDocument d, List<String> lost) {
    Map<String, Integer> body = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    Block dateline = null;
    for (Block b : d.blocks()) {
      String key = ExtractionSuite.normalise(b.text());
      if (b.kind() == BlockKind.BODY && dateline != null) {
        // a paragraph whose wire dateline ("WASHINGTON (AP) —") became a block of its own is kept
        body.merge(ExtractionSuite.normalise(dateline.text() + " " + b.text()), 1, Integer::sum);
      } else if (b.kind() == BlockKind.BODY) {
        body.merge(key, 1, Integer::sum);
      } else if (b.kind() == BlockKind.DATELINE) {
        dateline = b;
        continue;
      } else {
        kinds.put(key, b.kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      dateline = null;
    }
    Map<String, String> reasons = new HashMap<>();
    d.removed().forEach(r -> reasons.putIfAbsent(ExtractionSuite.normalise(r.text()), r.reason()));
    int n = 0;
    for (String p : paragraphs) {
      String key = ExtractionSuite.normalise(p);
      if (body.getOrDefault(key, 0) > 0) {
        body.merge(key, -1, Integer::sum);
        n++;
      } else if (lost != null) {
        String why =
            kinds.containsKey(key)
                ? "kept as " + kinds.get(key)
                : reasons.getOrDefault(key, "changed or split");
        lost.add("[" + why + "] " + p);
      }
    }
    return n;
  }

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    List<Doc> docs = docs(corpora, limit);
    List<Result> results = Parallel.map(docs, CleaningSuite::measure, log, NAME);
    Map<String, long[]> sums = new TreeMap<>();
    Map<String, List<String>> shown = new TreeMap<>();
    for (Result r : results) {
      String group =
          (r.doc().corpus().equals(Polnear.CORPUS) ? "polnear-" : "ecbplus-") + r.doc().split();
      long[] s = sums.computeIfAbsent(group, k -> new long[8]);
      s[0] += r.doc().paragraphs().size();
      s[1] += r.bodyClean();
      s[2] += r.bodyNoisy();
      s[3] += r.noise();
      s[4] += r.noiseRemoved();
      s[5] += r.prose();
      s[6] += r.proseClean();
      s[7] += r.proseNoisy();
      List<String> out = shown.computeIfAbsent(group, k -> new ArrayList<>());
      for (String l : r.lost()) {
        out.add("lost paragraph in " + r.doc().key() + ": " + l);
      }
      for (String k : r.kept()) {
        out.add("noise kept in " + r.doc().key() + ": " + k);
      }
    }
    List<Figure> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : sums.entrySet()) {
      long[] s = e.getValue();
      String data =
          corpora.version(e.getKey().startsWith("polnear") ? Polnear.CORPUS : StoryCorpora.ECBPLUS);
      out.add(new Figure(NAME, e.getKey(), "prose-body-clean", s[6] / (double) s[5], s[5], data));
      out.add(new Figure(NAME, e.getKey(), "prose-body-noisy", s[7] / (double) s[5], s[5], data));
      out.add(new Figure(NAME, e.getKey(), "prose-lost", s[5] - s[7], s[5], data));
      out.add(new Figure(NAME, e.getKey(), "lines-body-clean", s[1] / (double) s[0], s[0], data));
      out.add(new Figure(NAME, e.getKey(), "lines-body-noisy", s[2] / (double) s[0], s[0], data));
      out.add(new Figure(NAME, e.getKey(), "noise-removed", s[4] / (double) s[3], s[3], data));
    }
    for (Map.Entry<String, List<String>> e : shown.entrySet()) {
      List<String> lines = e.getValue();
      log.info(
          "cleaning: "
              + e.getKey()
              + ": "
              + lines.size()
              + " lost paragraph(s) and kept noise line(s)");
      for (String l : lines.subList(0, Math.min(SHOWN, lines.size()))) {
        log.info("cleaning:   " + l);
      }
    }
    return out;
  }
}
