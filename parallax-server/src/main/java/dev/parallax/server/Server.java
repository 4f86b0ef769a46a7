package dev.parallax.server;

import dev.parallax.ingest.Inputs;
import dev.parallax.model.SourceText;
import dev.parallax.store.Correction;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * The Parallax web server: the JSON API under {@code /api} ({@link ApiRoutes}, described by {@code
 * /api/openapi.json}) and the pages ({@link PageRoutes}) over one {@link Store}, behind the {@link
 * SecurityFilter} and {@link JettyGuards}; story reports are rendered once per story version
 * ({@link RenderCache}). This class creates and wires them. Thread-safe; {@link #close()} stops it
 * but leaves the store open.
 */
public final class Server implements AutoCloseable {
  /** Every page and API answer carries it: no inline script or style, nothing from elsewhere. */
  public static final String CSP = SecurityFilter.CSP;

  /**
   * How to serve.
   *
   * @param host the address to bind; a host that is not loopback needs a token
   * @param port the port; 0 for any free one
   * @param token the access token; empty for none (loopback only)
   * @param maxUploadBytes largest request body accepted (413 above it)
   * @param reading how uploaded files and URLs are read (URLs to private addresses refused by
   *     default)
   * @param analysisWait how long a story page waits for an analysis not yet cached
   * @param uploads how many uploads are handled at once and how fast their bodies must come
   */
  public record Options(
      String host,
      int port,
      Optional<String> token,
      long maxUploadBytes,
      Inputs.Options reading,
      java.time.Duration analysisWait,
      Uploads uploads) {
    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(reading, "reading");
      Objects.requireNonNull(analysisWait, "analysisWait");
      Objects.requireNonNull(uploads, "uploads");
      if (analysisWait.isNegative()) {
        throw new IllegalArgumentException(
            "analysisWait must not be negative, was " + analysisWait);
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
      }
      if (maxUploadBytes < 1) {
        throw new IllegalArgumentException("maxUploadBytes must be >= 1, was " + maxUploadBytes);
      }
      token = token.filter(t -> !t.isBlank());
    }

    /**
     * Loopback, port 8080, no token, 32 MB uploads, private addresses refused, a story page waits 2
     * s for its analysis before showing that it is under way, {@link Uploads#defaults()}.
     */
    public static Options defaults() {
      return new Options(
          "127.0.0.1",
          8080,
          Optional.empty(),
          32L * 1024 * 1024,
          Inputs.Options.defaults(),
          java.time.Duration.ofSeconds(2),
          Uploads.defaults());
    }

    public Options withAddress(String newHost, int newPort) {
      return new Options(newHost, newPort, token, maxUploadBytes, reading, analysisWait, uploads);
    }

    public Options withToken(Optional<String> newToken) {
      return new Options(host, port, newToken, maxUploadBytes, reading, analysisWait, uploads);
    }

    public Options withMaxUploadBytes(long bytes) {
      return new Options(host, port, token, bytes, reading, analysisWait, uploads);
    }

    public Options withReading(Inputs.Options newReading) {
      return new Options(host, port, token, maxUploadBytes, newReading, analysisWait, uploads);
    }

    /**
     * How long a story page waits for an analysis not yet cached before answering 202 with a page
     * that says it is under way and reloads itself; the analysis goes on in the background.
     */
    public Options withAnalysisWait(java.time.Duration wait) {
      return new Options(host, port, token, maxUploadBytes, reading, wait, uploads);
    }

    public Options withUploads(Uploads newUploads) {
      return new Options(host, port, token, maxUploadBytes, reading, analysisWait, newUploads);
    }
  }

  /**
   * Limits on uploads (requests whose body the server reads), so that clients sending bodies slowly
   * cannot hold the threads that answer everyone else.
   *
   * @param concurrent uploads handled at once; another gets {@code 503 too-many-uploads} at once
   * @param readTimeout longest wait for the next bytes of a body (also of a write to the client
   *     while a request is handled)
   * @param minBytesPerSecond average rate a body must keep from its first byte on
   */
  public record Uploads(int concurrent, java.time.Duration readTimeout, int minBytesPerSecond) {
    public Uploads {
      if (concurrent < 1) {
        throw new IllegalArgumentException("concurrent must be >= 1, was " + concurrent);
      }
      Objects.requireNonNull(readTimeout, "readTimeout");
      if (readTimeout.isNegative() || readTimeout.isZero()) {
        throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
      }
      if (minBytesPerSecond < 0) {
        throw new IllegalArgumentException(
            "minBytesPerSecond must be >= 0, was " + minBytesPerSecond);
      }
    }

    /** 8 uploads at once, 10 s without a byte or under 1 KiB/s on average ends a body's read. */
    public static Uploads defaults() {
      return new Uploads(8, java.time.Duration.ofSeconds(10), 1024);
    }
  }

  /** A route: its method, its path ({@code {param}} placeholders) and its handler. */
  record Route(HandlerType method, String path, Handler handler) {}

  private final Options options;
  private final RenderCache cache;
  // a body is read by a thread that waits for its bytes: bound how many threads uploads can hold
  private final Semaphore uploads;
  private final List<String> routes = new ArrayList<>();
  private final Javalin app;

  private Server(Store store, Ingester writer, Options options) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(writer, "writer");
    Optional<String> token = options.token();
    if (token.isEmpty() && !Auth.isLoopback(options.host())) {
      token = Optional.of(Auth.generate());
    }
    this.options = options.withToken(token);
    this.uploads = new Semaphore(options.uploads().concurrent());
    Pages pages = new Pages();
    Comparisons comparisons = new Comparisons();
    this.cache =
        new RenderCache(
            store,
            (report, summary) ->
                PageRoutes.story(pages, report, Optional.of(summary), store.explain(summary.id())));
    List<Route> all = new ArrayList<>();
    all.addAll(new ApiRoutes(store, writer, options.reading(), cache, comparisons).routes());
    all.addAll(
        new PageRoutes(store, pages, cache, comparisons, options.reading(), options.analysisWait())
            .routes());
    all.addAll(new CorrectionRoutes(store, writer, cache).routes());
    this.app =
        create(
            new SecurityFilter(
                new Auth(token), Auth.isLoopback(options.host()), options.maxUploadBytes()),
            all,
            new Answers(pages, options.maxUploadBytes()));
  }

  /**
   * Starts serving {@code store}. A host that is not loopback without a token gets a generated one
   * ({@link #token()}).
   */
  public static Server start(Store store, Options options) {
    return start(
        store,
        new Ingester() {
          @Override
          public IngestResult ingest(List<SourceText> texts, IngestOptions opts) {
            return store.ingest(texts, opts, IngestProgress.NONE);
          }

          @Override
          public Correction correct(Function<Store, Correction> correction) {
            return correction.apply(store);
          }
        },
        options);
  }

  /**
   * Starts serving {@code store}, writing uploads through {@code writer} (for a store opened for
   * reading only, one that opens the store for writing for each upload).
   */
  public static Server start(Store store, Ingester writer, Options options) {
    Server s = new Server(store, writer, options);
    s.app.start(options.host(), options.port());
    return s;
  }

  /** The port bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The token every request must carry; empty when none is needed. */
  public Optional<String> token() {
    return options.token();
  }

  /** The address to open in a browser, with the token when there is one. */
  public String url() {
    String host = browserHost(options.host());
    host = host.contains(":") ? "[" + host + "]" : host;
    String base = "http://" + host + ":" + port() + "/";
    return options.token().map(t -> base + "?token=" + t).orElse(base);
  }

  /**
   * The host to put in a printed address: the one bound, except that a wildcard (every interface)
   * is no address to browse to from elsewhere, so it becomes this machine's name.
   */
  static String browserHost(String bound) {
    String h = bound.replace("[", "").replace("]", "");
    if (!h.equals("0.0.0.0") && !h.equals("::") && !h.equals("0:0:0:0:0:0:0:0")) {
      return bound.replace("[", "").replace("]", "");
    }
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name == null || name.isBlank() ? "localhost" : name;
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /** Whether a Host header names this machine's loopback ({@link SecurityFilter#loopbackHost}). */
  static boolean loopbackHost(String hostHeader) {
    return SecurityFilter.loopbackHost(hostHeader);
  }

  @Override
  public void close() {
    app.stop();
    cache.close();
  }

  /** Every route served, as {@code "METHOD /path"} with {@code {param}} placeholders. */
  List<String> routes() {
    return List.copyOf(routes);
  }

  private Javalin create(SecurityFilter security, List<Route> all, Answers answers) {
    long max = options.maxUploadBytes();
    return Javalin.create(
        config -> {
          config.showJavalinBanner = false;
          config.startupWatcherEnabled = false;
          config.http.maxRequestSize = max;
          config.http.defaultContentType = "application/json";
          config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
          config.jetty.multipartConfig.maxTotalRequestSize(max, SizeUnit.BYTES);
          config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
          JettyGuards.install(config, SecurityFilter.HEADERS, max, options.uploads());
          config.router.mount(
              router -> {
                router.before(security);
                for (Route r : all) {
                  routes.add(r.method() + " " + r.path());
                  // every POST reads a body
                  router.addHttpHandler(
                      r.method(),
                      r.path(),
                      r.method() == HandlerType.POST ? upload(r.handler()) : r.handler());
                }
                router.exception(Problem.class, answers::problem);
                router.exception(HttpResponseException.class, answers::httpError);
                router.exception(Exception.class, answers::failure);
              });
        });
  }

  /**
   * A route that reads a request body, run while holding one of {@link Uploads#concurrent()} slots;
   * when all are taken it answers 503 at once instead of waiting, so slow uploads cannot take every
   * thread.
   */
  private Handler upload(Handler handler) {
    return ctx -> {
      if (!uploads.tryAcquire()) {
        ctx.header("Retry-After", "1");
        throw new Problem(
            503, "too-many-uploads", "too many uploads at once; try again in a moment");
      }
      try {
        handler.handle(ctx);
      } finally {
        uploads.release();
      }
    };
  }
}
