package dev.parallax.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The access token: required of every request but static files when the server has one. A client
 * sends it as {@code Authorization: Bearer T}; a browser visits {@code /?token=T} once and gets it
 * as an HttpOnly, SameSite=Strict cookie. Thread-safe.
 */
final class Auth {
  static final String COOKIE = "parallax_token";

  private final Optional<String> token;

  Auth(Optional<String> token) {
    this.token = token;
  }

  Optional<String> token() {
    return token;
  }

  /** 32 random bytes, URL-safe Base64. */
  static String generate() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Whether {@code host} names only this machine: binding there needs no token. */
  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Lets the request through, or throws a 401 problem. A page request carrying the right {@code
   * ?token=} gets the cookie and a redirect to the same path without it, so the token does not stay
   * in the address bar or the history.
   */
  void check(Context ctx) {
    if (token.isEmpty()) {
      return;
    }
    String query = ctx.queryParam("token");
    if (query != null && matches(query) && ctx.method().name().equals("GET")) {
      ctx.header("Set-Cookie", COOKIE + "=" + token.get() + "; Path=/; HttpOnly; SameSite=Strict");
      ctx.redirect(ctx.path());
      ctx.skipRemainingHandlers();
      return;
    }
    String header = ctx.header("Authorization");
    if (header != null && header.startsWith("Bearer ") && matches(header.substring(7).strip())) {
      return;
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null && matches(cookie)) {
      return;
    }
    throw new Problem(
        401,
        "unauthorized",
        "a token is required: send 'Authorization: Bearer TOKEN' or open /?token=TOKEN");
  }

  private boolean matches(String given) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
  }
}
