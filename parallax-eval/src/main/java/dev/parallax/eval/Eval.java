package dev.parallax.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation's command line ({@code bench/eval}): runs one named suite or all of them over the
 * corpora and prints one line per figure; with {@code --gate}, runs each suite at the sample size
 * the floors file gives and fails (exit 1) when a figure drops below its floor.
 *
 * <pre>
 * bench/eval [SUITE...] [--limit N] [--gate] [--update-floors] [--floors FILE] [--json FILE]
 * </pre>
 */
public final class Eval {
  private Eval() {}

  /** Every suite, in the order {@code all} runs them. */
  public static Map<String, Suite> suites() {
    Map<String, Suite> out = new LinkedHashMap<>();
    for (Suite s :
        List.of(
            new ExtractionSuite(),
            new StoriesSuite(StoryCorpora.ECBPLUS),
            new StoriesSuite(StoryCorpora.ALLSIDES),
            new QuotesSuite(),
            new EntitiesSuite(),
            new BiasSuite(),
            new TimexSuite(),
            new HeidelTimeSuite(),
            new CleaningSuite(),
            new BriefSuite(),
            new RobustnessSuite(),
            new AlignSuite())) {
      out.put(s.name(), s);
    }
    return out;
  }

  /** The result of a run: every figure and every floor it broke. */
  public record Outcome(List<Figure> figures, List<String> failures) {}

  /** Runs the named suites ({@code all} when empty) at {@code limit}, without floors. */
  public static List<Figure> run(List<String> names, int limit, Suite.Log log) throws Exception {
    Corpora corpora = Corpora.locate();
    List<Figure> out = new ArrayList<>();
    for (String name : names.isEmpty() ? new ArrayList<>(suites().keySet()) : names) {
      out.addAll(runOne(corpora, name, limit, log));
    }
    return out;
  }

  /**
   * Runs every suite the floors name at its sample size and checks the figures against the floors.
   */
  public static Outcome gate(Path floorsFile, List<String> only, boolean update, Suite.Log log)
      throws Exception {
    Corpora corpora = Corpora.locate();
    Floors floors = Floors.read(floorsFile);
    List<Figure> figures = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Integer> e : floors.suites().entrySet()) {
      if (!only.isEmpty() && !only.contains(e.getKey())) {
        continue;
      }
      List<Figure> f = runOne(corpora, e.getKey(), e.getValue(), log);
      figures.addAll(f);
      failures.addAll(floors.check(e.getKey(), f));
      if (update) {
        floors.update(e.getKey(), f);
      }
    }
    return new Outcome(figures, failures);
  }

  private static List<Figure> runOne(Corpora corpora, String name, int limit, Suite.Log log)
      throws Exception {
    Suite s = suites().get(name);
    if (s == null) {
      throw new IllegalArgumentException("no suite " + name + "; suites: " + suites().keySet());
    }
    long t0 = System.nanoTime();
    log.info(
        name + ": running" + (limit > 0 ? " on a sample of " + limit : " on the whole corpus"));
    List<Figure> f = s.run(corpora, limit, log);
    log.info(
        String.format(Locale.ROOT, "%s: done in %.1f s", name, (System.nanoTime() - t0) / 1e9));
    return f;
  }

  public static void main(String[] args) {
    List<String> names = new ArrayList<>();
    int limit = 0;
    boolean gate = false;
    boolean update = false;
    Path floors = Path.of(System.getProperty("parallax.eval.floors", "parallax-eval/floors.json"));
    Path json = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--limit" -> limit = Integer.parseInt(args[++i]);
          case "--gate" -> gate = true;
          case "--update-floors" -> update = true;
          case "--floors" -> floors = Path.of(args[++i]);
          case "--json" -> json = Path.of(args[++i]);
          case "-h", "--help" -> {
            System.out.println(
                "usage: bench/eval [SUITE...] [--limit N] [--gate] [--update-floors] [--floors FILE] [--json FILE]\n"
                    + "suites: "
                    + String.join(", ", suites().keySet()));
            return;
          }
          default -> {
            if (args[i].startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (!args[i].equals("all")) {
              if (!suites().containsKey(args[i])) {
                throw new IllegalArgumentException(
                    "no suite " + args[i] + "; suites: " + suites().keySet());
              }
              names.add(args[i]);
            }
          }
        }
      }
      if (update && !gate) {
        throw new IllegalArgumentException(
            "--update-floors needs --gate (floors hold the gate's samples)");
      }
    } catch (RuntimeException e) {
      System.err.println("eval: " + e.getMessage());
      System.exit(2);
      return;
    }
    Suite.Log log = m -> System.err.println("eval: " + m);
    try {
      List<Figure> figures;
      List<String> failures = List.of();
      if (gate) {
        Outcome o = gate(floors, names, update, log);
        figures = o.figures();
        failures = o.failures();
      } else {
        figures = run(names, limit, log);
      }
      for (Figure f : figures) {
        System.out.println(f.line());
      }
      if (json != null) {
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValue(json.toFile(), figures);
      }
      for (String f : failures) {
        System.err.println("eval: FLOOR BROKEN " + f);
      }
      System.exit(failures.isEmpty() || update ? 0 : 1);
    } catch (Exception e) {
      System.err.println("eval: " + e);
      e.printStackTrace();
      System.exit(3);
    }
  }
}
