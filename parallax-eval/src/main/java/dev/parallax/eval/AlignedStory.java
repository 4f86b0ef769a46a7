package dev.parallax.eval;

import dev.parallax.Pipeline;
import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One gold story run through the real pipeline ({@link Pipeline#analyse} on its documents as {@code
 * compare} would read them: no date given, so a document is dated only by a date it prints under
 * its headline), with each of Parallax's body sentences mapped to the gold line it lies in. The
 * cleaner keeps every line it keeps as one paragraph, so paragraphs of the cleaned text are matched
 * to the document's lines in order; lines it takes for a headline or a date line, or reads as
 * headings, hold no body sentence and are out of scope: Parallax aligns body sentences only.
 */
final class AlignedStory {
  final AlignGold.Story gold;
  final Report report;

  /** The gold line of each body sentence, by sentence id. */
  final Map<String, AlignGold.Line> lineOf = new HashMap<>();

  /** The lines that hold a body sentence. */
  final Set<AlignGold.Line> inScope = new LinkedHashSet<>();

  /** The text of each document's lines, by file. */
  final Map<String, List<String>> lines = new HashMap<>();

  AlignedStory(AlignGold.Story gold, Report report) {
    this.gold = gold;
    this.report = report;
  }

  /** A candidate pair of the aligner, by its index in the pairs, between two documents' lines. */
  record LinePair(int index, AlignGold.Pair pair) {}

  /**
   * The aligner's candidate pairs whose sentences are gold lines of two different documents, in the
   * pairs' order.
   */
  List<LinePair> crossLinePairs(dev.parallax.align.Aligner.Pairs p) {
    List<LinePair> out = new java.util.ArrayList<>();
    for (int k = 0; k < p.pairs().size(); k++) {
      int[] uv = p.pairs().get(k);
      AlignGold.Line a = lineOf.get(p.sentences().get(uv[0]));
      AlignGold.Line b = lineOf.get(p.sentences().get(uv[1]));
      if (a != null && b != null && !a.file().equals(b.file())) {
        out.add(new LinePair(k, new AlignGold.Pair(a, b)));
      }
    }
    return out;
  }

  static AlignedStory analyse(Path docs, AlignGold.Story gold) throws IOException {
    return analyse(docs, gold, 0);
  }

  /**
   * The story with each document cut to its first {@code lines} non-blank lines (0: whole), scored
   * against the gold of those lines ({@link AlignGold.Story#leads}).
   */
  static AlignedStory analyse(Path docs, AlignGold.Story gold, int lines) throws IOException {
    if (lines > 0) {
      gold = gold.leads(lines);
    }
    List<SourceText> texts = new ArrayList<>();
    for (String f : gold.files()) {
      String text = Files.readString(docs.resolve(f), StandardCharsets.UTF_8);
      if (lines > 0) {
        List<String> ls = AlignGold.documentLines(docs.resolve(f));
        text = String.join("\n\n", ls.subList(0, Math.min(lines, ls.size()))) + "\n";
      }
      texts.add(new SourceText(f, text, Optional.empty()));
    }
    Report r =
        Pipeline.analyse(
            texts,
            List.of(),
            new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
    AlignedStory out = new AlignedStory(gold, r);
    for (String f : gold.files()) {
      out.lines.put(f, AlignGold.documentLines(docs.resolve(f)));
    }
    for (Article a : r.articles()) {
      out.map(a, out.lines.get(a.source()));
    }
    return out;
  }

  private void map(Article a, List<String> docLines) {
    // paragraphs of the cleaned text, each matched to the next document line it starts
    List<int[]> paragraphs = new ArrayList<>();
    int next = 0;
    int at = 0;
    String text = a.text();
    while (at <= text.length()) {
      int end = text.indexOf("\n\n", at);
      if (end < 0) {
        end = text.length();
      }
      String p = text.substring(at, end).strip();
      int line = -1;
      for (int k = next; k < docLines.size() && !p.isEmpty(); k++) {
        if (docLines.get(k).startsWith(p) || normal(docLines.get(k)).startsWith(normal(p))) {
          line = k;
          next = k + 1;
          break;
        }
      }
      paragraphs.add(new int[] {at, end, line});
      at = end + 2;
    }
    for (Sentence s : a.sentences()) {
      if (s.kind() != BlockKind.BODY) {
        continue;
      }
      for (int[] p : paragraphs) {
        if (s.start() >= p[0] && s.start() < Math.max(p[1], p[0] + 1) && p[2] >= 0) {
          AlignGold.Line l = new AlignGold.Line(a.source(), p[2]);
          lineOf.put(s.id(), l);
          inScope.add(l);
          break;
        }
      }
    }
  }

  private static String normal(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Cross-document line pairs that share one of the facts. */
  Set<AlignGold.Pair> predictedPairs(List<Fact> facts) {
    Set<AlignGold.Pair> out = new LinkedHashSet<>();
    for (Fact f : facts) {
      if (f.support() < 2) {
        continue;
      }
      List<AlignGold.Line> ls = new ArrayList<>();
      for (String id : f.sentences()) {
        AlignGold.Line l = lineOf.get(id);
        if (l != null && !ls.contains(l)) {
          ls.add(l);
        }
      }
      out.addAll(AlignGold.crossPairs(ls));
    }
    return out;
  }

  /** Lines that share a fact with a line of another document. */
  Set<AlignGold.Line> sharedLines(List<Fact> facts) {
    Set<AlignGold.Line> out = new LinkedHashSet<>();
    for (AlignGold.Pair p : predictedPairs(facts)) {
      out.add(p.a());
      out.add(p.b());
    }
    return out;
  }

  /**
   * Where a line's sentences are among the facts, for a reader of the misses: each fact holding one
   * of them as "F3/2" (its index and how many articles it spans), or "alone".
   */
  String where(AlignGold.Line l) {
    List<Fact> facts = report.facts();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      for (String id : facts.get(i).sentences()) {
        if (l.equals(lineOf.get(id))) {
          out.add("F" + (i + 1) + "/" + facts.get(i).support());
          break;
        }
      }
    }
    return out.isEmpty() ? "alone" : String.join(",", out);
  }

  boolean inScope(AlignGold.Pair p) {
    return inScope.contains(p.a()) && inScope.contains(p.b());
  }

  String text(AlignGold.Line l) {
    List<String> ls = lines.get(l.file());
    return l.s() < ls.size() ? ls.get(l.s()) : "?";
  }

  /**
   * What the story's omissions score against the gold. An omission of an article (a fact most of
   * the others report, {@code Omissions} in the aligner) is right when some gold fact holds lines
   * of two documents among the fact's and no line of the article's document; a gold omission is a
   * gold fact that most of the other documents state in lines Parallax reads (two in-scope
   * documents at least) and that holds no line of the document, and it is found when an omission of
   * that document names a fact holding lines of two documents of it.
   */
  record OmissionScore(int right, int made, int found, int gold, List<String> wrong) {}

  OmissionScore omissions(List<Fact> facts, List<Omission> omissions) {
    Map<String, String> fileOf = new HashMap<>();
    report.articles().forEach(a -> fileOf.put(a.id(), a.source()));
    return omissions(gold, inScope, lineOf, fileOf, facts, omissions, this::text);
  }

  /**
   * The same for any story: {@code lineOf} maps sentence ids to gold lines, {@code fileOf} article
   * ids to documents, {@code text} gives a line's text for the wrong omissions' descriptions.
   */
  static OmissionScore omissions(
      AlignGold.Story gold,
      Set<AlignGold.Line> inScope,
      Map<String, AlignGold.Line> lineOf,
      Map<String, String> fileOf,
      List<Fact> facts,
      List<Omission> omissions,
      Function<AlignGold.Line, String> text) {
    Map<String, Fact> byId = new HashMap<>();
    facts.forEach(f -> byId.put(f.id(), f));
    // each omission as the fact it names and the document said to leave it out
    record Named(Fact fact, String file) {}
    List<Named> named = new ArrayList<>();
    for (Omission o : omissions) {
      Fact f = byId.get(o.fact());
      String file = fileOf.get(o.article());
      if (f != null && file != null) {
        named.add(new Named(f, file));
      }
    }
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (Named o : named) {
      if (gold.facts().stream()
          .anyMatch(
              g ->
                  spansTwo(lineOf, o.fact(), g)
                      && g.stream().noneMatch(l -> l.file().equals(o.file())))) {
        right++;
      } else {
        boolean shared = gold.facts().stream().anyMatch(g -> spansTwo(lineOf, o.fact(), g));
        wrong.add(
            (shared ? "reported by " : "not one gold fact, said left out by ")
                + o.file()
                + ": "
                + o.fact().sentences().stream()
                    .map(lineOf::get)
                    .filter(Objects::nonNull)
                    .map(l -> l + " " + text.apply(l))
                    .toList());
      }
    }
    int goldCount = 0;
    int found = 0;
    int n = gold.files().size();
    for (List<AlignGold.Line> g : gold.facts()) {
      long stated = g.stream().map(AlignGold.Line::file).distinct().count();
      long read = g.stream().filter(inScope::contains).map(AlignGold.Line::file).distinct().count();
      if (read < 2 || 2 * stated <= n - 1) {
        continue;
      }
      for (String file : gold.files()) {
        if (g.stream().anyMatch(l -> l.file().equals(file))) {
          continue;
        }
        goldCount++;
        if (named.stream().anyMatch(o -> o.file().equals(file) && spansTwo(lineOf, o.fact(), g))) {
          found++;
        }
      }
    }
    return new OmissionScore(right, omissions.size(), found, goldCount, wrong);
  }

  /** Whether the gold fact holds lines of two documents among the fact's sentences. */
  private static boolean spansTwo(
      Map<String, AlignGold.Line> lineOf, Fact f, List<AlignGold.Line> g) {
    return f.sentences().stream()
            .map(lineOf::get)
            .filter(l -> l != null && g.contains(l))
            .map(AlignGold.Line::file)
            .distinct()
            .count()
        >= 2;
  }

  /**
   * What one set of facts scores against the gold of this story: the pairs; the gold's
   * single-document lines no shared fact holds ({@code uniqueKept} of {@code unique}); and the
   * lines Parallax reads that no shared fact holds ("only here", {@code onlyHere}), of which {@code
   * onlyHereRight} share no gold fact with a line of another document (lines the gold pairs only
   * doubtfully are left out of both).
   */
  record Score(
      Prf pairs,
      int uniqueKept,
      int unique,
      int onlyHereRight,
      int onlyHere,
      List<AlignGold.Pair> missed,
      List<AlignGold.Pair> wrong) {}

  Score score(List<Fact> facts) {
    Set<AlignGold.Pair> predicted = predictedPairs(facts);
    Prf prf = new Prf();
    List<AlignGold.Pair> missed = new ArrayList<>();
    List<AlignGold.Pair> wrong = new ArrayList<>();
    for (AlignGold.Pair p : gold.pairs()) {
      if (!inScope(p)) {
        continue;
      }
      if (predicted.contains(p)) {
        prf.tp++;
      } else {
        prf.fn++;
        missed.add(p);
      }
    }
    for (AlignGold.Pair p : predicted) {
      if (!gold.pairs().contains(p) && !gold.doubtful().contains(p)) {
        prf.fp++;
        wrong.add(p);
      }
    }
    Set<AlignGold.Line> shared = sharedLines(facts);
    int unique = 0;
    int kept = 0;
    for (AlignGold.Line l : gold.unique()) {
      if (inScope.contains(l)) {
        unique++;
        kept += shared.contains(l) ? 0 : 1;
      }
    }
    Set<AlignGold.Line> paired = new HashSet<>();
    Set<AlignGold.Line> doubtful = new HashSet<>();
    for (AlignGold.Pair p : gold.pairs()) {
      if (inScope(p)) {
        paired.add(p.a());
        paired.add(p.b());
      }
    }
    for (AlignGold.Pair p : gold.doubtful()) {
      doubtful.add(p.a());
      doubtful.add(p.b());
    }
    int onlyHere = 0;
    int onlyHereRight = 0;
    for (AlignGold.Line l : inScope) {
      if (shared.contains(l) || (doubtful.contains(l) && !paired.contains(l))) {
        continue;
      }
      onlyHere++;
      onlyHereRight += paired.contains(l) ? 0 : 1;
    }
    return new Score(prf, kept, unique, onlyHereRight, onlyHere, missed, wrong);
  }
}
