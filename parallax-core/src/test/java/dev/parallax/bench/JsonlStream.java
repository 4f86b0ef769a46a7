package dev.parallax.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the long-form synthetic stream ({@link SyntheticCorpus}) as a JSON Lines file that {@code
 * parallax ingest} reads (outlet, published, text), and beside it FILE.gold with each line's story,
 * for bench/ingest-jsonl.sh. Usage: JsonlStream ARTICLES FILE.
 */
public final class JsonlStream {
  private static final int CHUNK = 1000;

  private JsonlStream() {}

  public static void main(String[] args) throws IOException {
    int total = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    Path gold = Path.of(args[1] + ".gold");
    ObjectMapper json = new ObjectMapper();
    SyntheticCorpus corpus = new SyntheticCorpus(42, 40, true);
    long chars = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        BufferedWriter stories = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
      int line = 0;
      for (int done = 0; done < total; done += CHUNK) {
        for (SyntheticCorpus.Item i : corpus.next(Math.min(CHUNK, total - done))) {
          ObjectNode record = json.createObjectNode();
          record.put("outlet", i.text().meta().outlet().orElseThrow());
          record.put("published", i.text().published().orElseThrow().toString());
          record.put("text", i.text().text());
          chars += i.text().text().length();
          out.write(json.writeValueAsString(record));
          out.write('\n');
          stories.write(++line + "\t" + i.story() + "\n");
        }
      }
    }
    System.out.printf(
        "%s: %,d articles, %,d bytes, %,d characters of text on average, %,d gold stories%n",
        file, total, Files.size(file), chars / Math.max(1, total), corpus.stories());
  }
}
