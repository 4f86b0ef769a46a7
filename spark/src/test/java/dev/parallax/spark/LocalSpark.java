package dev.parallax.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark session in local mode with 2 threads for the whole test run (as CI runs it), stopped
 * when the test JVM ends, and the samples of the shared corpora the tests read.
 */
final class LocalSpark {
  private static SparkSession spark;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("parallax-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              .getOrCreate();
      SparkSession started = spark;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return spark;
  }

  static Path corpora() {
    return Path.of(System.getProperty("parallax.shared", "../../shared")).resolve("corpora");
  }

  /**
   * The first {@code events} events of AllSides' validation split (three outlets each, many on the
   * same politicians in the same weeks), as a JSON Lines file of title and text.
   */
  static Path allSides(Path dir, int events) {
    List<String> out = new ArrayList<>();
    try {
      for (String line :
          Files.readAllLines(
              corpora().resolve("stories-allsides/articles.jsonl"), StandardCharsets.UTF_8)) {
        int at = line.indexOf("\"story\": \"val-");
        if (at < 0) {
          at = line.indexOf("\"story\":\"val-");
        }
        if (at >= 0) {
          String story = line.substring(line.indexOf("val-", at)).replaceAll("\".*", "");
          if (Integer.parseInt(story.substring(4)) < events) {
            out.add(line);
          }
        }
      }
      Path file = dir.resolve("allsides.jsonl");
      Files.write(file, out, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Lines with synthetic dates, as a stream would date them: the events (the lines of one
   * {@code story}) spread evenly in file order over {@code days} days from 2025-01-01, each line
   * dated its event's day plus 0 to 2 days (seeded), within the grouper's window of 4 days.
   * AllSides states no dates; these give blocking by dates something to cut.
   */
  static Path dated(Path jsonl, Path to, int days, long seed) {
    try {
      List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
      com.fasterxml.jackson.databind.ObjectMapper json =
          new com.fasterxml.jackson.databind.ObjectMapper();
      java.util.Map<String, Integer> events = new java.util.LinkedHashMap<>();
      for (String l : lines) {
        events.putIfAbsent(json.readTree(l).path("story").asText(), events.size());
      }
      Random random = new Random(seed);
      List<String> out = new ArrayList<>();
      for (String l : lines) {
        var n = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(l);
        long day =
            events.get(n.path("story").asText()) * (long) days / events.size() + random.nextInt(3);
        n.put("published", java.time.LocalDate.of(2025, 1, 1).plusDays(day).toString());
        out.add(json.writeValueAsString(n));
      }
      Files.write(to, out, StandardCharsets.UTF_8);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same lines in another order, seeded. */
  static Path shuffled(Path file, Path to, long seed) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      Collections.shuffle(lines, new Random(seed));
      Files.write(to, lines, StandardCharsets.UTF_8);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * ECB+ topics {@code 1..topics}, both halves (two events of one kind per topic), as a folder of
   * text.
   */
  static Path ecbPlus(Path dir, int topics) {
    Path out = dir.resolve("ecbplus");
    try {
      Files.createDirectories(out);
      try (var files = Files.list(corpora().resolve("stories-ecbplus/docs"))) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          int topic = Integer.parseInt(name.substring(0, name.indexOf('_')));
          if (topic <= topics) {
            Files.copy(f, out.resolve(name));
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
