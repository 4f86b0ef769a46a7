package dev.parallax.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the server answers: JSON and page bodies, and every failure of a route. A {@link Problem} is
 * answered with its JSON body under {@code /api} and a short page elsewhere; a request body the
 * client did not finish is its problem, logged as one line; anything else is logged with its stack
 * trace and answered with a bare 500. Thread-safe.
 */
final class Answers {
  // the server's one log: operators and tests follow dev.parallax.server.Server
  private static final System.Logger LOG = System.getLogger(Server.class.getName());

  private final Pages pages;
  private final long maxBodyBytes;

  Answers(Pages pages, long maxBodyBytes) {
    this.pages = pages;
    this.maxBodyBytes = maxBodyBytes;
  }

  static void json(Context ctx, String body) {
    ctx.contentType("application/json").result(body);
  }

  static void json(Context ctx, byte[] body) {
    ctx.contentType("application/json").result(body);
  }

  static void html(Context ctx, String body) {
    ctx.contentType("text/html; charset=utf-8").result(body);
  }

  static void html(Context ctx, byte[] body) {
    ctx.contentType("text/html; charset=utf-8").result(body);
  }

  /** Javalin's own refusals (no such route, a body over its limit) as problems. */
  void httpError(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String type = status == 404 ? "not-found" : status == 413 ? "too-large" : "http-" + status;
    problem(new Problem(status, type, status == 404 ? "no such page" : e.getMessage()), ctx);
  }

  void failure(Exception e, Context ctx) {
    Optional<Problem> fault = JettyGuards.readFault(e, maxBodyBytes);
    if (fault.isPresent()) {
      // the client's doing, not a fault of the server's: one line, no stack trace
      LOG.log(
          System.Logger.Level.WARNING,
          ctx.method() + " " + ctx.path() + ": request body not read: " + fault.get().title());
      problem(fault.get(), ctx);
      return;
    }
    if (tooLarge(e)) {
      problem(Problem.tooLarge(maxBodyBytes), ctx);
      return;
    }
    LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed", e);
    ctx.status(500);
    if (isApi(ctx)) {
      json(
          ctx,
          "{\"status\":500,\"title\":\"internal error\",\"type\":\"internal\",\"details\":{}}");
    } else {
      ctx.contentType("text/plain; charset=utf-8").result("internal error");
    }
  }

  void problem(Problem p, Context ctx) {
    ctx.status(p.status);
    if (p.status == 408
        || p.status == 413
        || p.type.equals("too-many-uploads")
        || p.type.equals("incomplete-body")) {
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

  /** Whether {@code e} (or a cause) is Jetty's or Javalin's refusal of a body over its limit. */
  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("exceeds max") || m.contains("too large") || m.contains("maxrequestsize")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
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
}
