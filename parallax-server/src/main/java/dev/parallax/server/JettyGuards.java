package dev.parallax.server;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.HttpInput;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * What Jetty itself enforces, below Javalin's routes, for everything that reaches the port: every
 * answer carries the security headers, and Jetty's own error answers (a malformed request line, an
 * unsafe path) are problem bodies; a request body is refused with 413 as soon as it crosses the
 * upload limit, whatever its framing (Content-Length or chunked); and a body must keep coming (read
 * timeout, minimum average rate) or its read fails with 408. Thread-safe.
 */
final class JettyGuards {
  private JettyGuards() {}

  /** Installs the guards into a Javalin configuration being built. */
  static void install(
      JavalinConfig config,
      Map<String, String> headers,
      long maxBodyBytes,
      Server.Uploads uploads) {
    config.jetty.modifyHttpConfiguration(
        http -> {
          // while a request is handled: a blocked read (or write) fails after this long without a
          // byte
          http.setIdleTimeout(uploads.readTimeout().toMillis());
          // and a body trickled in a byte at a time fails once its average falls under this rate
          http.setMinRequestDataRate(uploads.minBytesPerSecond());
        });
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new Problems(headers));
          server.insertHandler(new Guard(headers, maxBodyBytes));
        });
    config.jetty.modifyServletContextHandler(
        context -> context.setErrorHandler(new Problems(headers)));
  }

  /** The body of a request crossed the upload limit; thrown from inside a read of the body. */
  static final class TooLarge extends BadMessageException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super(HttpStatus.PAYLOAD_TOO_LARGE_413, "request body over the limit of " + limit + " bytes");
    }
  }

  /** Sets the security headers first and counts every request's body bytes as they arrive. */
  private static final class Guard extends HandlerWrapper {
    private final Map<String, String> headers;
    private final long maxBodyBytes;

    Guard(Map<String, String> headers, long maxBodyBytes) {
      this.headers = headers;
      this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(
        String target,
        Request baseRequest,
        HttpServletRequest request,
        HttpServletResponse response)
        throws IOException, ServletException {
      headers.forEach(response::setHeader);
      baseRequest.getHttpInput().addInterceptor(new BodyLimit(maxBodyBytes));
      super.handle(target, baseRequest, request, response);
    }
  }

  /** Fails the read that brings a body over the limit, before its bytes reach the application. */
  private static final class BodyLimit implements HttpInput.Interceptor {
    private final long max;
    private long seen;

    BodyLimit(long max) {
      this.max = max;
    }

    @Override
    public HttpInput.Content readFrom(HttpInput.Content content) {
      if (content != null && !content.isSpecial()) {
        seen += content.remaining();
        if (seen > max) {
          throw new TooLarge(max);
        }
      }
      return content;
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
        String target,
        Request baseRequest,
        HttpServletRequest request,
        HttpServletResponse response)
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
      return Json.write(new Problem(status, typeOf(status), title).body())
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * The answer to a failure reading a request's body that is the client's doing, if {@code e} (or
   * one of its causes) is one: the body crossed the limit (413), stopped coming or came too slowly
   * (408), or the client went away before sending all of it (400 {@code incomplete-body}).
   */
  static Optional<Problem> readFault(Throwable e, long limit) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return Optional.of(Problem.tooLarge(limit));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BadMessageException bad && bad.getCode() == HttpStatus.REQUEST_TIMEOUT_408
          || t instanceof TimeoutException) {
        String why = t instanceof BadMessageException bad ? bad.getReason() : t.getMessage();
        return Optional.of(
            new Problem(
                408,
                "timeout",
                "the request body stopped coming or came too slowly (" + why + ")"));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EofException || t instanceof ClosedChannelException) {
        return Optional.of(
            new Problem(
                400,
                "incomplete-body",
                "the connection closed before the request body was complete"));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code e} is a failure reading a request's body that is the client's doing. */
  static boolean isReadFault(Throwable e) {
    return readFault(e, 0).isPresent();
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
