package dev.parallax.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.store.Correction;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoryExplanation;
import dev.parallax.store.StoryExplanationJson;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Why a story's articles are in it, and users' corrections: {@code GET /api/stories/{id}/explain},
 * {@code POST /api/stories/{id}/merge} ({@code {"from": "S2"}}), {@code POST
 * /api/articles/{id}/move} ({@code {"to": "S3"}} or {@code {"new": true}}), {@code POST
 * /api/articles/{id}/date} ({@code {"published": "2026-03-11"}}), and the story page's forms
 * ({@code POST /stories/{id}/merge}, {@code POST /stories/{id}/move}, {@code POST
 * /stories/{id}/date}), which answer with a redirect to the story. Writes go through the server's
 * writer ({@link Ingester#correct}) and pass the same checks as uploads (token, same-origin posts).
 * Thread-safe.
 */
final class CorrectionRoutes {
  private static final System.Logger LOG = System.getLogger(Server.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Ingester writer;
  private final RenderCache cache;

  CorrectionRoutes(Store store, Ingester writer, RenderCache cache) {
    this.store = store;
    this.writer = writer;
    this.cache = cache;
  }

  List<Server.Route> routes() {
    return List.of(
        new Server.Route(HandlerType.GET, "/api/stories/{id}/explain", this::explain),
        new Server.Route(HandlerType.POST, "/api/stories/{id}/merge", ctx -> merge(ctx, true)),
        new Server.Route(HandlerType.POST, "/api/articles/{id}/move", ctx -> move(ctx, true)),
        new Server.Route(HandlerType.POST, "/api/articles/{id}/date", ctx -> date(ctx, true)),
        new Server.Route(HandlerType.POST, "/stories/{id}/merge", ctx -> merge(ctx, false)),
        new Server.Route(HandlerType.POST, "/stories/{id}/move", ctx -> move(ctx, false)),
        new Server.Route(HandlerType.POST, "/stories/{id}/date", ctx -> date(ctx, false)));
  }

  private void explain(Context ctx) {
    String id = ctx.pathParam("id");
    StoryExplanation e =
        store.explain(id).orElseThrow(() -> Problem.notFound("story '" + id + "'"));
    Answers.json(ctx, StoryExplanationJson.write(e));
  }

  private void merge(Context ctx, boolean api) {
    String into = ctx.pathParam("id");
    String from = field(ctx, "from").orElseThrow(() -> Problem.badRequest("'from' is required"));
    answer(ctx, api, into, correct(s -> s.merge(into, from)));
  }

  private void move(Context ctx, boolean api) {
    String article = api ? ctx.pathParam("id") : required(ctx, "article");
    Optional<String> to = field(ctx, "to");
    boolean fresh = flag(ctx, "new");
    if (api && to.isPresent() == fresh) {
      throw Problem.badRequest("give either 'to' (a story id) or 'new': true");
    }
    // the page's form moves to a new story when no story is given
    answer(ctx, api, ctx.pathParam("id"), correct(s -> s.move(article, to)));
  }

  private void date(Context ctx, boolean api) {
    String article = api ? ctx.pathParam("id") : required(ctx, "article");
    String given = required(ctx, "published");
    LocalDate published;
    try {
      published = LocalDate.parse(given);
    } catch (DateTimeParseException e) {
      throw Problem.badRequest("'published': '" + given + "' is not a date like 2026-02-06");
    }
    answer(ctx, api, ctx.pathParam("id"), correct(s -> s.date(article, published)));
  }

  private Correction correct(Function<Store, Correction> correction) {
    Correction c;
    try {
      c = writer.correct(correction);
    } catch (NoSuchElementException e) {
      throw new Problem(404, "not-found", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new Problem(409, "cannot-correct", e.getMessage());
    } catch (StoreException e) {
      LOG.log(System.Logger.Level.WARNING, "correction refused: " + e.getMessage());
      throw new Problem(
          503, "store-busy", "the store cannot be written now; another process may be writing it");
    }
    cache.forget(c.from());
    cache.forget(c.into());
    cache.recheck();
    return c;
  }

  private static void answer(Context ctx, boolean api, String page, Correction c) {
    if (api) {
      Answers.json(ctx, StoryExplanationJson.write(c));
    } else {
      // back to the story shown (the store resolves it should it now be another's alias)
      ctx.redirect(
          "/stories/" + (c.kind() == Correction.Kind.MERGE ? c.into() : page),
          io.javalin.http.HttpStatus.SEE_OTHER);
    }
  }

  private static String required(Context ctx, String name) {
    return field(ctx, name).orElseThrow(() -> Problem.badRequest("'" + name + "' is required"));
  }

  /**
   * A field of a JSON object body or of a form; empty when absent or blank. Ids are short: a longer
   * value is refused.
   */
  private static Optional<String> field(Context ctx, String name) {
    String value;
    if (isJson(ctx)) {
      JsonNode v = jsonBody(ctx).get(name);
      value = v == null || v.isNull() ? null : v.asText();
    } else {
      value = formField(ctx, name);
    }
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.length() > 64) {
      throw Problem.badRequest("'" + name + "' is too long for an id");
    }
    return Optional.of(value.strip());
  }

  /** A yes-or-no field of a JSON object body or of a form ({@link Requests#flag}). */
  private static boolean flag(Context ctx, String name) {
    return isJson(ctx)
        ? Requests.flag(name, jsonBody(ctx).get(name))
        : Requests.flag(name, formField(ctx, name));
  }

  private static boolean isJson(Context ctx) {
    return type(ctx).startsWith("application/json");
  }

  private static String type(Context ctx) {
    return Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
  }

  private static JsonNode jsonBody(Context ctx) {
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (IOException e) {
      throw Problem.badRequest(
          "the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (body == null || !body.isObject()) {
      throw Problem.badRequest("the body must be a JSON object");
    }
    return body;
  }

  private static String formField(Context ctx, String name) {
    String type = type(ctx);
    if (type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("multipart/form-data")) {
      return ctx.formParam(name);
    }
    throw new Problem(
        415,
        "unsupported-type",
        "send a JSON object or a form (application/x-www-form-urlencoded)");
  }

  /** An article as the story page's "why" section shows it: every value is text. */
  public record ExplainedArticle(
      String id, String outlet, String title, String source, List<String> steps) {
    static List<ExplainedArticle> of(StoryExplanation e) {
      return e.articles().stream()
          .map(
              a ->
                  new ExplainedArticle(
                      a.id(),
                      a.outlet().orElse(""),
                      a.title(),
                      a.source(),
                      a.steps().stream().map(s -> s.describe(a.id())).toList()))
          .toList();
    }
  }
}
