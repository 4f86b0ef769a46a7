package dev.parallax.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handler in front of every route: sets the security headers, then refuses what a page on
 * another site could make a browser send here (a {@code Host} that is not this server's loopback
 * name, a {@code POST} from another {@code Origin}), a declared body over the upload limit, and a
 * request without the token when the server has one. Static files get the headers only.
 * Thread-safe.
 */
final class SecurityFilter implements Handler {
  /** Every page and API answer carries it: no inline script or style, nothing from elsewhere. */
  static final String CSP =
      "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; object-src 'none'";

  /** The headers of every answer; {@link JettyGuards} sets them on Jetty's own answers too. */
  static final Map<String, String> HEADERS = headers();

  private static final Pattern LOOPBACK_HOST =
      Pattern.compile(
          "(?:localhost|127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})|\\[::1\\])(?::\\d{1,5})?");

  private final Auth auth;
  private final boolean loopback;
  private final long maxBodyBytes;

  /**
   * @param auth the token check
   * @param loopback whether the server is bound to loopback (then only loopback Host names are
   *     answered)
   * @param maxBodyBytes a declared {@code Content-Length} over it is refused before the body is
   *     read
   */
  SecurityFilter(Auth auth, boolean loopback, long maxBodyBytes) {
    this.auth = auth;
    this.loopback = loopback;
    this.maxBodyBytes = maxBodyBytes;
  }

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    // not no-referrer: with it Chromium sends "Origin: null" on the compare form's post
    h.put("Referrer-Policy", "same-origin");
    h.put("X-Frame-Options", "DENY");
    return Collections.unmodifiableMap(h);
  }

  @Override
  public void handle(Context ctx) {
    HEADERS.forEach(ctx::header);
    if (ctx.path().startsWith("/static/")) {
      return;
    }
    sameSite(ctx);
    if (ctx.contentLength() > maxBodyBytes) {
      throw Problem.tooLarge(maxBodyBytes);
    }
    auth.check(ctx);
  }

  /**
   * Refuses what a page on another site could make a browser send here. Without a token, a loopback
   * server is open to any page the user visits: a DNS name rebound to 127.0.0.1 would let it read
   * the answers (so the Host must be this server's own name when bound to loopback), and a
   * cross-site form could post uploads or URLs (so a POST's Origin, when sent, must be this
   * server).
   */
  private void sameSite(Context ctx) {
    String host = Optional.ofNullable(ctx.header("Host")).orElse("").toLowerCase(Locale.ROOT);
    if (loopback && !host.isEmpty() && !loopbackHost(host)) {
      throw new Problem(
          403,
          "forbidden-host",
          "this server answers only to its loopback address, not to '" + host + "'");
    }
    String origin = ctx.header("Origin");
    if (ctx.method().name().equals("POST")
        && origin != null
        && !origin.replaceFirst("^https?://", "").equalsIgnoreCase(host)) {
      throw new Problem(
          403, "cross-origin", "posts from another site are refused (Origin " + origin + ")");
    }
  }

  /**
   * Whether a Host header names this machine's loopback: exactly {@code localhost}, an IPv4
   * loopback address written as four decimal numbers of 0 to 255 starting with 127 (127.0.0.0/8),
   * or {@code [::1]}, each with an optional port. Any other name ({@code 127.evil.example}, {@code
   * localhost.evil.example}) is one a DNS server can point here.
   */
  static boolean loopbackHost(String hostHeader) {
    Matcher m = LOOPBACK_HOST.matcher(hostHeader.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return false;
    }
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null && Integer.parseInt(m.group(g)) > 255) {
        return false;
      }
    }
    return true;
  }
}
