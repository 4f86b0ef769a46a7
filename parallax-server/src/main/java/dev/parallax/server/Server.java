package dev.parallax.server;

import dev.parallax.ingest.Inputs;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.report.ReportJson;
import dev.parallax.store.EntityView;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StorySummary;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The Parallax web server: the JSON API under {@code /api} (described by {@code /api/openapi.json})
 * and the pages, over one {@link Store}. Handlers only translate requests into core calls. Story
 * reports are rendered once per story version (its article count and last date) and served from
 * memory after that. Thread-safe; {@link #close()} stops it but leaves the store open.
 */
public final class Server implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Server.class.getName());

  /** Every page and API answer carries it: no inline script or style, nothing from elsewhere. */
  public static final String CSP = SecurityFilter.CSP;

  /**
   * How to serve.
   *
   * @param host the address to bind; a host that is not loopback needs a token
   * @param port the port; 0 for any free one
   * @param token the access token; empty for none (loopback only)
   * @param maxUploadBytes largest request body accepted (413 above it)
   * @param reading how uploaded files and URLs are read (URLs to private addresses refused by default)
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
        throw new IllegalArgumentException("analysisWait must not be negative, was " + analysisWait);
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
     * Loopback, port 8080, no token, 32 MB uploads, private addresses refused, a story page waits 2 s
     * for its analysis before showing that it is under way, {@link Uploads#defaults()}.
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
        throw new IllegalArgumentException("minBytesPerSecond must be >= 0, was " + minBytesPerSecond);
      }
    }

    /** 8 uploads at once, 10 s without a byte or under 1 KiB/s on average ends a body's read. */
    public static Uploads defaults() {
      return new Uploads(8, java.time.Duration.ofSeconds(10), 1024);
    }
  }

  private final Store store;
  private final Ingester writer;
  private final Options options;
  private final Auth auth;
  private final boolean loopback;
  private final Pages pages = new Pages();
  private final RenderCache cache;
  private final Comparisons comparisons = new Comparisons();
  // a body is read by a thread that waits for its bytes: bound how many threads uploads can hold
  private final Semaphore uploads;
  private final List<String> routes = new ArrayList<>();
  private final Javalin app;

  private Server(Store store, Ingester writer, Options options) {
    this.store = Objects.requireNonNull(store, "store");
    this.writer = Objects.requireNonNull(writer, "writer");
    Optional<String> token = options.token();
    if (token.isEmpty() && !Auth.isLoopback(options.host())) {
      token = Optional.of(Auth.generate());
    }
    this.options = options.withToken(token);
    this.auth = new Auth(token);
    this.loopback = Auth.isLoopback(options.host());
    this.uploads = new Semaphore(options.uploads().concurrent());
    this.cache = new RenderCache(store, (report, summary) -> storyPage(StoryView.of(report, summary.title()), Optional.of(summary)));
    this.app = create();
  }

  /**
   * Starts serving {@code store}. A host that is not loopback without a token gets a generated one
   * ({@link #token()}).
   */
  public static Server start(Store store, Options options) {
    return start(store, (texts, opts) -> store.ingest(texts, opts, IngestProgress.NONE), options);
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
      String name = java.net.InetAddress.getLocalHost().getHostName();
      return name == null || name.isBlank() ? "localhost" : name;
    } catch (java.net.UnknownHostException e) {
      return "localhost";
    }
  }

  @Override
  public void close() {
    app.stop();
    cache.close();
  }

  private Javalin create() {
    Javalin javalin =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.maxRequestSize = options.maxUploadBytes();
              config.http.defaultContentType = "application/json";
              config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
              config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
              JettyGuards.install(config, SecurityFilter.HEADERS, options.maxUploadBytes(), options.uploads());
            });
    javalin.before(new SecurityFilter(auth, loopback, options.maxUploadBytes()));

    route(javalin, "GET", "/api/openapi.json", ctx -> json(ctx, openApi()));
    route(javalin, "GET", "/api/stories", ctx -> json(ctx, Json.write(Json.stories(store.stories(filter(ctx))))));
    route(javalin, "GET", "/api/stories/{id}", ctx -> json(ctx, cache.rendered(ctx.pathParam("id")).json()));
    route(javalin, "GET", "/api/search", ctx -> json(ctx, Json.write(Json.hits(search(ctx)))));
    route(javalin, "GET", "/api/entities/{id}", ctx -> json(ctx, Json.write(Json.entity(entity(ctx.pathParam("id"))))));
    route(javalin, "POST", "/api/articles", upload(this::postArticles));
    route(javalin, "POST", "/api/compare", upload(this::postCompare));

    route(javalin, "GET", "/", this::indexPage);
    route(javalin, "GET", "/search", this::searchPage);
    route(javalin, "GET", "/stories/{id}", this::storyPage);
    route(javalin, "GET", "/entities/{id}", this::entityPage);
    route(javalin, "GET", "/compare", ctx -> html(ctx, pages.render("compare", Map.of("title", "Compare articles", "error", ""))));
    route(javalin, "POST", "/compare", upload(this::comparePage));
    route(javalin, "GET", "/static/{file}", Server::asset);

    javalin.exception(Problem.class, (e, ctx) -> problem(ctx, e));
    javalin.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          int status = e.getStatus();
          String type = status == 404 ? "not-found" : status == 413 ? "too-large" : "http-" + status;
          problem(ctx, new Problem(status, type, status == 404 ? "no such page" : e.getMessage()));
        });
    javalin.exception(
        Exception.class,
        (e, ctx) -> {
          Optional<Problem> fault = JettyGuards.readFault(e, options.maxUploadBytes());
          if (fault.isPresent()) {
            // the client's doing, not a fault of the server's: one line, no stack trace
            LOG.log(
                System.Logger.Level.WARNING,
                ctx.method() + " " + ctx.path() + ": request body not read: " + fault.get().title());
            problem(ctx, fault.get());
            return;
          }
          if (tooLarge(e)) {
            problem(ctx, Problem.tooLarge(options.maxUploadBytes()));
            return;
          }
          LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed", e);
          ctx.status(500);
          if (isApi(ctx)) {
            json(ctx, "{\"status\":500,\"title\":\"internal error\",\"type\":\"internal\",\"details\":{}}");
          } else {
            ctx.contentType("text/plain; charset=utf-8").result("internal error");
          }
        });
    return javalin;
  }

  private void route(Javalin javalin, String method, String path, io.javalin.http.Handler handler) {
    routes.add(method + " " + path);
    if (method.equals("GET")) {
      javalin.get(path, handler);
    } else {
      javalin.post(path, handler);
    }
  }

  /**
   * A route that reads a request body, run while holding one of {@link Uploads#concurrent()} slots;
   * when all are taken it answers 503 at once instead of waiting, so slow uploads cannot take every
   * thread.
   */
  private io.javalin.http.Handler upload(io.javalin.http.Handler handler) {
    return ctx -> {
      if (!uploads.tryAcquire()) {
        ctx.header("Retry-After", "1");
        throw new Problem(503, "too-many-uploads", "too many uploads at once; try again in a moment");
      }
      try {
        handler.handle(ctx);
      } finally {
        uploads.release();
      }
    };
  }

  /** Every route served, as {@code "METHOD /path"} with {@code {param}} placeholders. */
  List<String> routes() {
    return List.copyOf(routes);
  }

  /** Whether a Host header names this machine's loopback ({@link SecurityFilter#loopbackHost}). */
  static boolean loopbackHost(String hostHeader) {
    return SecurityFilter.loopbackHost(hostHeader);
  }

  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("exceeds max") || m.contains("too large") || m.contains("maxrequestsize")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
  }

  private void problem(Context ctx, Problem p) {
    ctx.status(p.status);
    if (p.status == 408 || p.status == 413 || p.type.equals("too-many-uploads") || p.type.equals("incomplete-body")) {
      // the rest of the body is not wanted: close instead of reading it to reuse the connection
      ctx.header("Connection", "close");
    }
    if (isApi(ctx)) {
      ctx.contentType("application/problem+json").result(Json.write(p.body()));
    } else {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("title", p.title());
      model.put("status", p.status);
      model.put("type", p.type);
      model.put("diagnostics", diagnosticLines(p.details.get("diagnostics")));
      ctx.contentType("text/html; charset=utf-8").result(pages.render("error", model));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> diagnosticLines(Object diagnostics) {
    List<String> out = new ArrayList<>();
    if (diagnostics instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          Map<String, Object> d = (Map<String, Object>) m;
          out.add(d.get("source") + ": " + d.get("message") + " [" + d.get("code") + "]");
        }
      }
    }
    return out;
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json").result(body);
  }

  private static void json(Context ctx, byte[] body) {
    ctx.contentType("application/json").result(body);
  }

  private static void html(Context ctx, String body) {
    ctx.contentType("text/html; charset=utf-8").result(body);
  }

  private static void html(Context ctx, byte[] body) {
    ctx.contentType("text/html; charset=utf-8").result(body);
  }

  /** The pages' style sheet and script, read once, served with their exact types and an ETag. */
  private record Asset(byte[] bytes, String type, String etag) {}

  private static final Map<String, Asset> ASSETS =
      Map.of(
          "app.css", asset("app.css", "text/css; charset=utf-8"),
          "app.js", asset("app.js", "text/javascript; charset=utf-8"));

  private static Asset asset(String name, String type) {
    try (InputStream in = Server.class.getResourceAsStream("static/" + name)) {
      byte[] bytes = Objects.requireNonNull(in, "static/" + name).readAllBytes();
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(bytes, type, "\"" + java.util.HexFormat.of().formatHex(digest, 0, 12) + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void asset(Context ctx) {
    Asset a = ASSETS.get(ctx.pathParam("file"));
    if (a == null) {
      throw Problem.notFound("file '" + ctx.pathParam("file") + "'");
    }
    ctx.header("ETag", a.etag()).header("Cache-Control", "no-cache");
    if (a.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(a.type()).result(a.bytes());
  }

  // ---- API

  private static String openApiText;

  private static synchronized String openApi() {
    if (openApiText == null) {
      try (InputStream in = Server.class.getResourceAsStream("openapi.json")) {
        openApiText = new String(Objects.requireNonNull(in, "openapi.json").readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return openApiText;
  }

  static StoryFilter filter(Context ctx) {
    int minOutlets = intParam(ctx, "min-outlets", 0, 0, 1000);
    int limit = intParam(ctx, "limit", 100, 1, 1000);
    return new StoryFilter(
        Requests.date(ctx.queryParam("since"), "since"),
        text(ctx, "entity"),
        text(ctx, "outlet"),
        minOutlets,
        limit);
  }

  private List<SearchHit> search(Context ctx) {
    Optional<String> q = text(ctx, "q");
    if (q.isEmpty()) {
      throw Problem.badRequest("q: give some words to search for");
    }
    return store.search(
        new SearchQuery(
            q.get(),
            Requests.date(ctx.queryParam("since"), "since"),
            Requests.date(ctx.queryParam("until"), "until"),
            text(ctx, "outlet"),
            text(ctx, "entity"),
            intParam(ctx, "limit", 20, 1, 200)));
  }

  private EntityView entity(String id) {
    return store.entity(id).orElseThrow(() -> Problem.notFound("entity '" + id + "'"));
  }

  private static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw Problem.badRequest(name + " must be in [" + min + ", " + max + "], was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw Problem.badRequest(name + ": expected a whole number, was '" + v + "'");
    }
  }

  /**
   * A story's page: at once when its analysis is cached; otherwise the analysis runs in the
   * background (once, however many ask) and the page waits {@link Options#analysisWait()} for it, then
   * answers 202 with a page saying it is under way, which reloads itself.
   */
  private void storyPage(Context ctx) {
    String id = ctx.pathParam("id");
    RenderCache.Rendered recent = cache.recent(id);
    if (recent != null) {
      html(ctx, recent.html());
      return;
    }
    StorySummary summary = cache.story(id);
    Optional<RenderCache.Rendered> rendered = cache.await(summary, options.analysisWait());
    if (rendered.isPresent()) {
      html(ctx, rendered.get().html());
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", summary.title());
    model.put("articles", summary.articles() - summary.copies());
    model.put("outlets", summary.outlets());
    ctx.status(202).header("Retry-After", "3");
    html(ctx, pages.render("analysing", model));
  }

  private String storyPage(StoryView view, Optional<StorySummary> summary) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", view.title());
    model.put("story", view);
    model.put("stored", summary.isPresent());
    model.put("storyId", summary.map(StorySummary::id).orElse(""));
    model.put(
        "names",
        summary.map(StorySummary::names).orElse(List.of()).stream().limit(12).map(n -> new Name(EntityView.idOf(n), n)).toList());
    return pages.render("story", model);
  }

  private void postArticles(Context ctx) {
    Requests.Read read = Requests.read(ctx, options.reading());
    IngestResult result = ingest(read);
    ctx.status(result.count(IngestResult.Outcome.ADDED) + result.count(IngestResult.Outcome.COPY) > 0 ? 201 : 200);
    json(ctx, Json.write(Json.ingest(result)));
  }

  private IngestResult ingest(Requests.Read read) {
    IngestResult r;
    try {
      r = writer.ingest(read.texts(), IngestOptions.defaults().withPublished(read.published()));
    } catch (StoreException e) {
      // another process writes the store: the client may try again later
      LOG.log(System.Logger.Level.WARNING, "ingest refused: " + e.getMessage());
      throw new Problem(503, "store-busy", "the store cannot be written now; another process may be writing it");
    }
    cache.recheck();
    List<Diagnostic> all = new ArrayList<>(read.diagnostics());
    all.addAll(r.diagnostics());
    return new IngestResult(r.filed(), all);
  }

  private void postCompare(Context ctx) throws InterruptedException {
    Requests.Read read = Requests.read(ctx, options.reading());
    Report report = comparisons.analyse(read);
    if (read.store()) {
      IngestResult r = ingest(read);
      r.filed().stream()
          .flatMap(f -> f.storyId().stream())
          .findFirst()
          .ifPresent(id -> ctx.header("Location", "/api/stories/" + id));
    }
    json(ctx, ReportJson.write(report));
  }

  // ---- pages

  private void indexPage(Context ctx) {
    StoryFilter filter = filter(ctx);
    List<StorySummary> stories = store.stories(filter);
    int maxOutlets = stories.stream().mapToInt(s -> s.outlets().size()).max().orElse(1);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "Stories");
    model.put("stories", stories.stream().map(st -> StoryRow.of(st, Math.max(1, maxOutlets))).toList());
    model.put("since", Optional.ofNullable(ctx.queryParam("since")).orElse(""));
    model.put("outlet", filter.outlet().orElse(""));
    model.put("entity", filter.entity().orElse(""));
    model.put("minOutlets", filter.minOutlets());
    model.put("counts", store.counts());
    html(ctx, pages.render("index", model));
  }

  private void searchPage(Context ctx) {
    Optional<String> q = text(ctx, "q");
    List<SearchView> hits = q.isEmpty() ? List.of() : search(ctx).stream().map(SearchView::of).toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", q.map(s -> "Search: " + s).orElse("Search"));
    model.put("q", q.orElse(""));
    model.put("hits", hits);
    model.put("since", Optional.ofNullable(ctx.queryParam("since")).orElse(""));
    model.put("until", Optional.ofNullable(ctx.queryParam("until")).orElse(""));
    model.put("outlet", text(ctx, "outlet").orElse(""));
    model.put("entity", text(ctx, "entity").orElse(""));
    html(ctx, pages.render("search", model));
  }

  private void entityPage(Context ctx) {
    EntityView e = entity(ctx.pathParam("id"));
    html(ctx, pages.render("entity", Map.of("title", e.name(), "entity", e)));
  }

  private void comparePage(Context ctx) throws InterruptedException {
    Requests.Read read;
    try {
      read = Requests.read(ctx, options.reading());
    } catch (Problem p) {
      if (p.status != 400) {
        throw p;
      }
      ctx.status(400);
      html(ctx, pages.render("compare", Map.of("title", "Compare articles", "error", p.title())));
      return;
    }
    Report report = comparisons.analyse(read);
    html(ctx, storyPage(StoryView.of(report, StoryView.titleOf(report)), Optional.empty()));
  }

  /** A search hit split into plain and highlighted runs for the template. */
  public record SearchView(SearchHit hit, List<StoryView.Segment> snippet) {
    static SearchView of(SearchHit h) {
      List<StoryView.Segment> out = new ArrayList<>();
      String s = h.snippet();
      int at = 0;
      for (SearchHit.Span span : h.highlights()) {
        int start = Math.min(Math.max(span.start(), at), s.length());
        int end = Math.min(span.end(), s.length());
        if (start > at) {
          out.add(new StoryView.Segment(s.substring(at, start), "", ""));
        }
        if (end > start) {
          out.add(new StoryView.Segment(s.substring(start, end), "hit", ""));
        }
        at = Math.max(at, end);
      }
      if (at < s.length()) {
        out.add(new StoryView.Segment(s.substring(at), "", ""));
      }
      return new SearchView(h, out);
    }

    public String kind() {
      return hit.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String outlet() {
      return hit.outlet().orElse("");
    }

    public String published() {
      return hit.published().map(Object::toString).orElse("");
    }
  }

  /** A story as the list shows it; {@code bar} is its outlets' share of the most any listed story has, 0..100. */
  public record StoryRow(
      String id, String title, String first, String last, int articles, int copies, List<String> outlets, List<Name> names, int bar) {
    static StoryRow of(StorySummary s, int maxOutlets) {
      List<Name> names = s.names().stream().limit(6).map(n -> new Name(EntityView.idOf(n), n)).toList();
      return new StoryRow(
          s.id(), s.title(), s.first().map(Object::toString).orElse(""), s.last().map(Object::toString).orElse(""),
          s.articles(), s.copies(), s.outlets(), names, (int) Math.round(100.0 * s.outlets().size() / maxOutlets));
    }
  }

  /** A name and the id of its entity page. */
  public record Name(String id, String name) {}
}
