package dev.parallax.server;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * What Jetty itself enforces, below Javalin's routes, for everything that reaches the port: every
 * answer carries the security headers, and Jetty's own error answers (a malformed request line, an
 * unsafe path) are problem bodies. Thread-safe.
 */
final class JettyGuards {
  private JettyGuards() {}

  /** Installs the guards into a Javalin configuration being built. */
  static void install(JavalinConfig config, Map<String, String> headers) {
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new Problems(headers));
          server.insertHandler(new Guard(headers));
        });
    config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new Problems(headers)));
  }

  /** Sets the security headers first, so that every answer below it carries them. */
  private static final class Guard extends HandlerWrapper {
    private final Map<String, String> headers;

    Guard(Map<String, String> headers) {
      this.headers = headers;
    }

    @Override
    public void handle(
        String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      headers.forEach(response::setHeader);
      super.handle(target, baseRequest, request, response);
    }
  }

  /** Jetty's error answers as the server's problem bodies, with the security headers. */
  private static final class Problems extends ErrorHandler {
    private final Map<String, String> headers;

    Problems(Map<String, String> headers) {
      this.headers = headers;
    }

    /** Answers Jetty writes before any handler runs: a bad request line, header or path. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      headers.forEach(fields::put);
      fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
      return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    public void handle(
        String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      baseRequest.setHandled(true);
      int status = response.getStatus();
      Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
      headers.forEach(response::setHeader);
      response.setContentType("application/problem+json");
      byte[] body = body(status, message instanceof String s ? s : null);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }

    private static byte[] body(int status, String reason) {
      String title =
          status >= 500
              ? "internal error"
              : reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
      return Json.write(new Problem(status, typeOf(status), title).body()).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The problem type of a status Jetty answers with. */
  static String typeOf(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 408 -> "timeout";
      case 413, 414, 431 -> "too-large";
      case 415 -> "unsupported-media-type";
      default -> status >= 500 ? "internal" : "http-" + status;
    };
  }
}
