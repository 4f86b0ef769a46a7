package dev.parallax.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Pipeline;
import dev.parallax.bench.StoreBench;
import dev.parallax.bench.SyntheticCorpus;
import dev.parallax.ingest.Inputs;
import dev.parallax.ingest.ReadSink;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import dev.parallax.store.impl.LuceneStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Not a test: the process {@link StreamingIngestTest} runs under a small heap. {@code STORE FILE}
 * streams the JSON Lines file into the store as {@code parallax ingest} does ({@link Inputs#stream}
 * into {@link IngestBatches}), grouping with a hashed bag of words instead of the sentence model
 * (the filing's memory, not the model's, is under test), and prints {@code filed TEXTS ADDED
 * DUPLICATES PROBLEMS MAXHEAPMB}.
 */
public final class StreamingIngestChild {
  private StreamingIngestChild() {}

  /**
   * Writes at least {@code bytes} bytes of JSON Lines to {@code file} as a crawl exports them: each
   * record {@code join} consecutive articles of the seeded synthetic stream as one long article
   * ({@code text}) and, when {@code pageBytes > 0}, the page it was taken from ({@code html}, about
   * that many bytes of markup, which the reader passes over since the text is given); returns the
   * records written.
   */
  static int write(Path file, long bytes, int join, int pageBytes, long seed) throws IOException {
    ObjectMapper json = new ObjectMapper();
    SyntheticCorpus corpus = new SyntheticCorpus(seed, 40);
    int records = 0;
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < bytes) {
        {
          List<SyntheticCorpus.Item> items = corpus.next(join);
          SourceText t = items.get(0).text();
          StringBuilder text = new StringBuilder();
          for (SyntheticCorpus.Item item : items) {
            text.append(item.text().text().strip()).append("\n\n");
          }
          ObjectNode o = json.createObjectNode();
          t.title().ifPresent(v -> o.put("title", v));
          t.outlet().ifPresent(v -> o.put("outlet", v));
          t.published().ifPresent(v -> o.put("published", v.toString()));
          o.put("text", text.toString());
          if (pageBytes > 0) {
            o.put("html", page(text.toString(), pageBytes, records));
          }
          String line = json.writeValueAsString(o);
          w.write(line);
          w.write('\n');
          written += line.getBytes(StandardCharsets.UTF_8).length + 1;
          records++;
        }
      }
    }
    return records;
  }

  /** A news page around the text: scripts, navigation and the article, about {@code bytes}. */
  private static String page(String text, int bytes, int n) {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Page ");
    html.append(n).append("</title><script>");
    StringBuilder body = new StringBuilder("<nav><a href=\"/\">Home</a></nav><article>");
    for (String p : text.split("\n\n")) {
      body.append("<p>").append(p).append("</p>");
    }
    body.append("</article><footer>Contact us</footer></body></html>");
    int i = 0;
    while (html.length() + body.length() < bytes) {
      html.append("var tracker").append(i++).append(" = {id: ").append(n * 31 + i).append("};\n");
    }
    return html.append("</script></head><body>").append(body).toString();
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("write")) {
      System.out.println(
          write(
              Path.of(args[1]),
              Long.parseLong(args[2]),
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              7));
      return;
    }
    Runtime rt = Runtime.getRuntime();
    long[] maxHeap = {0};
    long[] problems = {0};
    try (LuceneStore store =
        LuceneStore.open(Path.of(args[0]), false, Pipeline::analyse, StoreBench::hashed)) {
      IngestBatches batches =
          new IngestBatches(
              () -> store,
              new IngestOptions(Optional.empty(), Optional.empty(), 128),
              (r, totals) -> maxHeap[0] = Math.max(maxHeap[0], rt.totalMemory() - rt.freeMemory()));
      Inputs.stream(
          List.of(args[1]),
          Inputs.Options.defaults(),
          new ReadSink() {
            @Override
            public void article(SourceText text) {
              batches.add(text);
            }

            @Override
            public void problem(Diagnostic problem) {
              problems[0]++;
              System.err.println(problem.line());
            }
          });
      batches.finish();
      IngestBatches.Totals t = batches.totals();
      System.out.printf(
          "filed %d %d %d %d %d%n",
          t.texts(), t.added(), t.duplicates(), problems[0], maxHeap[0] >> 20);
    }
  }
}
