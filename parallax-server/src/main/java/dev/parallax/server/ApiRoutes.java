package dev.parallax.server;

import dev.parallax.ingest.Inputs;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.report.ReportJson;
import dev.parallax.store.EntityView;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON API under {@code /api}, as described by {@code /api/openapi.json}: each handler reads
 * its request into a store or pipeline call and writes the result as JSON. Thread-safe.
 */
final class ApiRoutes {
  private static final System.Logger LOG = System.getLogger(Server.class.getName());
  private static final String OPENAPI = resource("openapi.json");

  private final Store store;
  private final Ingester writer;
  private final Inputs.Options reading;
  private final RenderCache cache;
  private final Comparisons comparisons;

  ApiRoutes(
      Store store,
      Ingester writer,
      Inputs.Options reading,
      RenderCache cache,
      Comparisons comparisons) {
    this.store = store;
    this.writer = writer;
    this.reading = reading;
    this.cache = cache;
    this.comparisons = comparisons;
  }

  List<Server.Route> routes() {
    return List.of(
        new Server.Route(HandlerType.GET, "/api/openapi.json", ctx -> Answers.json(ctx, OPENAPI)),
        new Server.Route(HandlerType.GET, "/api/stories", this::stories),
        new Server.Route(HandlerType.GET, "/api/stories/{id}", this::story),
        new Server.Route(HandlerType.GET, "/api/search", this::search),
        new Server.Route(HandlerType.GET, "/api/entities/{id}", this::entity),
        new Server.Route(HandlerType.POST, "/api/articles", this::postArticles),
        new Server.Route(HandlerType.POST, "/api/compare", this::postCompare));
  }

  private void stories(Context ctx) {
    Answers.json(ctx, Json.write(Json.stories(store.storyPage(Queries.filter(ctx)))));
  }

  /** The report exactly as {@code ReportJson} writes it, rendered once per story version. */
  private void story(Context ctx) {
    Answers.json(ctx, cache.rendered(ctx.pathParam("id")).json());
  }

  private void search(Context ctx) {
    Answers.json(ctx, Json.write(Json.hits(store.search(Queries.search(ctx)))));
  }

  private void entity(Context ctx) {
    Answers.json(ctx, Json.write(Json.entity(findEntity(store, ctx.pathParam("id")))));
  }

  /** A name across the store; 404 when no story names it. */
  static EntityView findEntity(Store store, String id) {
    return store.entity(id).orElseThrow(() -> Problem.notFound("entity '" + id + "'"));
  }

  private void postArticles(Context ctx) {
    Requests.Read read = Requests.read(ctx, reading);
    IngestResult result = ingest(read);
    ctx.status(
        result.count(IngestResult.Outcome.ADDED) + result.count(IngestResult.Outcome.COPY) > 0
            ? 201
            : 200);
    Answers.json(ctx, Json.write(Json.ingest(result)));
  }

  private void postCompare(Context ctx) throws InterruptedException {
    Requests.Read read = Requests.read(ctx, reading);
    Report report = comparisons.analyse(read);
    if (read.store()) {
      IngestResult r = ingest(read);
      r.filed().stream()
          .flatMap(f -> f.storyId().stream())
          .findFirst()
          .ifPresent(id -> ctx.header("Location", "/api/stories/" + id));
    }
    Answers.json(ctx, ReportJson.write(report));
  }

  private IngestResult ingest(Requests.Read read) {
    IngestResult r;
    try {
      r = writer.ingest(read.texts(), IngestOptions.defaults().withPublished(read.published()));
    } catch (StoreException e) {
      // another process writes the store: the client may try again later
      LOG.log(System.Logger.Level.WARNING, "ingest refused: " + e.getMessage());
      throw new Problem(
          503, "store-busy", "the store cannot be written now; another process may be writing it");
    }
    cache.recheck();
    List<Diagnostic> all = new ArrayList<>(read.diagnostics());
    all.addAll(r.diagnostics());
    return new IngestResult(r.filed(), all);
  }

  private static String resource(String name) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
