package dev.parallax.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load client of {@code bench/server-load.sh}, run in its own process against a running {@code
 * parallax serve}: ingests a story folder through {@code POST /api/articles}, fetches the story
 * once (the report is computed and rendered then), then has N clients, each with its own
 * connection, alternately request the story's page and its JSON for the given seconds. Prints
 * latency percentiles, throughput and errors per route.
 *
 * <p>Usage: {@code LoadBench BASE_URL STORY_FOLDER PUBLISHED CLIENTS SECONDS}, or {@code LoadBench
 * BASE_URL --store CLIENTS SECONDS} against a store already filled (e.g. by {@code bench/store.sh N
 * hashed DIR}): the clients then alternate the first page of stories, a search and the newest
 * story's page, whose report is computed once first.
 */
public final class LoadBench {
  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    boolean filled = args[1].equals("--store");
    int clients = Integer.parseInt(args[filled ? 2 : 3]);
    int seconds = Integer.parseInt(args[filled ? 3 : 4]);
    String[] paths = filled ? filledStore(base) : prepare(base, Path.of(args[1]), args[2]);
    run(base, paths, clients, 5, false);
    run(base, paths, clients, seconds, true);
  }

  /**
   * Ingests the story folder, requests its report once (computed and rendered then) and returns the
   * two paths the clients read: the story's page and its JSON.
   */
  static String[] prepare(String base, Path folder, String published) throws Exception {
    HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Multipart m = new Multipart().field("published", published);
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : files) {
      m.file("files", p.getFileName().toString(), Files.readAllBytes(p));
    }
    HttpResponse<String> ingest =
        setup.send(
            HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Content-Type", m.contentType())
                .POST(m.body())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher story = Pattern.compile("\"storyId\":\"([^\"]+)\"").matcher(ingest.body());
    if (ingest.statusCode() >= 300 || !story.find()) {
      throw new IllegalStateException(
          "ingest failed: " + ingest.statusCode() + " " + ingest.body());
    }
    String id = story.group(1);
    String[] paths = {"/stories/" + id, "/api/stories/" + id};
    firstGets(setup, base, id);
    return paths;
  }

  /**
   * Requests a story's JSON, then its page, once, untimed by the run: the report is computed and
   * rendered then. The API first: it waits for the analysis, where the page would answer 202.
   */
  private static void firstGets(HttpClient setup, String base, String id) throws Exception {
    long t0 = System.nanoTime();
    for (String p : new String[] {"/api/stories/" + id, "/stories/" + id}) {
      HttpResponse<byte[]> r =
          setup.send(
              HttpRequest.newBuilder(URI.create(base + p)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      System.out.printf("first GET %s: %d, %d bytes%n", p, r.statusCode(), r.body().length);
    }
    System.out.printf(
        "report computed and rendered on first request: %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The read paths of a store already filled: the first page of stories, a search for a word every
   * synthetic story kind uses, and the newest story's page after its report is computed once.
   */
  static String[] filledStore(String base) throws Exception {
    HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> first =
        setup.send(
            HttpRequest.newBuilder(URI.create(base + "/api/stories?limit=1")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher story = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(first.body());
    if (first.statusCode() != 200 || !story.find()) {
      throw new IllegalStateException("no story: " + first.statusCode() + " " + first.body());
    }
    String id = story.group(1);
    firstGets(setup, base, id);
    return new String[] {"/api/stories?limit=20", "/api/search?q=minister", "/stories/" + id};
  }

  /**
   * {@code clients} connections alternating the paths for {@code seconds}; prints the figures if
   * asked.
   */
  static void run(String base, String[] paths, int clients, int seconds, boolean print)
      throws InterruptedException {
    List<List<long[]>> samples = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos() + 0L;
    List<Thread> threads = new ArrayList<>();
    long[] deadline = {0};
    for (int c = 0; c < clients; c++) {
      List<long[]> mine = new ArrayList<>();
      samples.add(mine);
      int first = c % paths.length;
      Thread t =
          new Thread(
              () -> {
                try (Connection conn = new Connection(URI.create(base))) {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  int i = first;
                  while (System.nanoTime() < deadline[0]) {
                    long s = System.nanoTime();
                    try {
                      if (conn.get(paths[i]) != 200) {
                        errors.incrementAndGet();
                      }
                    } catch (IOException e) {
                      errors.incrementAndGet();
                      conn.reopen();
                    }
                    mine.add(new long[] {i, System.nanoTime() - s});
                    i = (i + 1) % paths.length;
                  }
                } catch (IOException e) {
                  errors.incrementAndGet();
                }
              });
      threads.add(t);
      t.start();
    }
    long began = System.nanoTime();
    deadline[0] = began + (end - began);
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    double wall = (System.nanoTime() - began) / 1e9;
    if (!print) {
      return;
    }
    System.out.printf("%d clients, %.1f s, errors %d%n", clients, wall, errors.get());
    System.out.println(
        "route                      requests   req/s    p50 ms   p95 ms   p99 ms   max ms");
    for (int p = -1; p < paths.length; p++) {
      List<Long> ns = new ArrayList<>();
      for (List<long[]> mine : samples) {
        for (long[] s : mine) {
          if (p < 0 || s[0] == p) {
            ns.add(s[1]);
          }
        }
      }
      long[] a = ns.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(a);
      System.out.printf(
          "%-26s %8d %7.0f %8.1f %8.1f %8.1f %8.1f%n",
          p < 0 ? "all" : "GET " + label(paths[p]),
          a.length,
          a.length / wall,
          pct(a, 50),
          pct(a, 95),
          pct(a, 99),
          a.length == 0 ? 0 : a[a.length - 1] / 1e6);
    }
  }

  /** A route's name in the table: ids replaced by {@code {id}}, queries kept. */
  static String label(String path) {
    return path.replaceAll("^(/(?:api/)?stories/)[^/?]+$", "$1{id}");
  }

  /**
   * One keep-alive HTTP/1.1 connection, as a browser holds one: a plain socket, so that the
   * client's own cost stays small next to the server's on a shared machine (java.net.http spends a
   * selector thread per client).
   */
  static final class Connection implements AutoCloseable {
    private final String host;
    private final int port;
    private final byte[] buffer = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Connection(URI base) throws IOException {
      host = base.getHost();
      port = base.getPort();
      reopen();
    }

    void reopen() {
      try {
        close();
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        // a server that stops answering counts as errors instead of hanging the run
        socket.setSoTimeout(10_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Requests {@code path}, reads the whole body, returns the status. */
    int get(String path) throws IOException {
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + ":"
                  + port
                  + "\r\nUser-Agent: parallax-load\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.split(" ")[1]);
      long length = -1;
      boolean chunked = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(h.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      if (chunked) {
        for (long n = Long.parseLong(line().strip(), 16);
            n > 0;
            n = Long.parseLong(line().strip(), 16)) {
          skip(n);
          line();
        }
        line();
      } else if (length >= 0) {
        skip(length);
      } else {
        throw new IOException("response without length");
      }
      return code;
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
        if (r < 0) {
          throw new IOException("connection closed mid-body");
        }
        n -= r;
      }
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }

    @Override
    public void close() throws IOException {
      if (socket != null) {
        socket.close();
      }
    }
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }
}
