package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches one http(s) URL for reading as an article, carefully: only http and https, a clear
 * User-Agent, connect and read time limits, a size limit, and redirects followed by hand (at most
 * {@link Options#maxRedirects()}) so that every hop's scheme and addresses are checked. Hosts that
 * resolve to a private, loopback, link-local or otherwise internal address are refused unless
 * {@link Options#allowPrivate()}. Every failure is a diagnostic. Thread-safe.
 */
public final class Fetcher {
  public static final String USER_AGENT = "Parallax/0.1 (+news coverage analysis)";

  private static final Pattern CHARSET =
      Pattern.compile(";\\s*charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final ExecutorService READERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "parallax-fetch-read");
            t.setDaemon(true);
            return t;
          });

  /**
   * How to fetch.
   *
   * @param allowPrivate whether hosts on private, loopback and link-local addresses may be fetched
   * @param connectTimeout limit for opening the connection
   * @param readTimeout limit for the response, headers and body together
   * @param maxBytes largest body accepted
   * @param maxRedirects most redirects followed
   */
  public record Options(
      boolean allowPrivate,
      Duration connectTimeout,
      Duration readTimeout,
      long maxBytes,
      int maxRedirects) {
    public Options {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(readTimeout, "readTimeout");
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be >= 1, was " + maxBytes);
      }
      if (maxRedirects < 0) {
        throw new IllegalArgumentException("maxRedirects must be >= 0, was " + maxRedirects);
      }
    }

    public static Options defaults() {
      return new Options(
          false, Duration.ofSeconds(10), Duration.ofSeconds(30), Inputs.MAX_BYTES, 5);
    }

    public Options withAllowPrivate(boolean allow) {
      return new Options(allow, connectTimeout, readTimeout, maxBytes, maxRedirects);
    }

    public Options withLimits(Duration read, long bytes) {
      return new Options(allowPrivate, connectTimeout, read, bytes, maxRedirects);
    }
  }

  /**
   * A fetched response.
   *
   * @param finalUrl the address after redirects
   * @param contentType the {@code Content-Type} header, or empty
   * @param body the response body (not copied: callers must not change it)
   */
  public record Page(String finalUrl, String contentType, byte[] body) {
    public Page {
      Objects.requireNonNull(finalUrl, "finalUrl");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }

    /** The charset the server named, if any. */
    public Optional<String> charset() {
      Matcher m = CHARSET.matcher(contentType);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the server said RSS or Atom. */
    public boolean isFeed() {
      String ct = contentType.toLowerCase(Locale.ROOT);
      return ct.contains("rss") || ct.contains("atom");
    }

    /** Whether the server said HTML, or said nothing and the body looks like markup. */
    public boolean isHtml() {
      String ct = contentType.toLowerCase(Locale.ROOT);
      if (!ct.isBlank()) {
        return ct.contains("html");
      }
      String head =
          new String(
              body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
      return head.stripLeading().startsWith("<");
    }
  }

  private Fetcher() {}

  /**
   * Fetches {@code url}; empty (with a diagnostic naming {@code url}) when it cannot or may not.
   */
  public static Optional<Page> fetch(String url, Options options, List<Diagnostic> diagnostics) {
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(options.connectTimeout())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    URI current;
    try {
      current = new URI(url);
    } catch (java.net.URISyntaxException e) {
      diagnostics.add(new Diagnostic("bad-url", url, "not a valid URL: " + e.getMessage()));
      return Optional.empty();
    }
    for (int hop = 0; ; hop++) {
      String refusal = refusal(current, options);
      if (refusal != null) {
        String code =
            refusal.startsWith("scheme")
                ? "unsupported-scheme"
                : refusal.startsWith("cannot resolve")
                    ? "fetch-failed"
                    : refusal.startsWith("no host") ? "bad-url" : "refused-address";
        diagnostics.add(
            new Diagnostic(code, url, (hop > 0 ? "redirect to " + current + ": " : "") + refusal));
        return Optional.empty();
      }
      HttpResponse<InputStream> response;
      try {
        HttpRequest request =
            HttpRequest.newBuilder(current)
                .timeout(options.readTimeout())
                .header("User-Agent", USER_AGENT)
                .header(
                    "Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1")
                .GET()
                .build();
        response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        diagnostics.add(
            new Diagnostic(
                "fetch-failed",
                url,
                "timed out after " + options.readTimeout().toSeconds() + " s"));
        return Optional.empty();
      } catch (IOException | IllegalArgumentException e) {
        diagnostics.add(new Diagnostic("fetch-failed", url, "cannot fetch " + current + ": " + e));
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        diagnostics.add(new Diagnostic("fetch-failed", url, "interrupted"));
        return Optional.empty();
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        closeQuietly(response.body());
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          diagnostics.add(
              new Diagnostic("http-error", url, "HTTP " + status + " without a Location"));
          return Optional.empty();
        }
        if (hop >= options.maxRedirects()) {
          diagnostics.add(
              new Diagnostic(
                  "too-many-redirects", url, "more than " + options.maxRedirects() + " redirects"));
          return Optional.empty();
        }
        try {
          current = current.resolve(new URI(location.get().strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
          diagnostics.add(
              new Diagnostic("bad-url", url, "bad redirect Location '" + location.get() + "'"));
          return Optional.empty();
        }
        continue;
      }
      if (status != 200) {
        closeQuietly(response.body());
        diagnostics.add(new Diagnostic("http-error", url, "HTTP " + status + " from " + current));
        return Optional.empty();
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > options.maxBytes()) {
        closeQuietly(response.body());
        diagnostics.add(
            new Diagnostic(
                "too-large",
                url,
                "response is " + declared + " bytes; the limit is " + options.maxBytes()));
        return Optional.empty();
      }
      Optional<byte[]> body = readBody(url, response.body(), options, diagnostics);
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      URI finalUri = current;
      return body.map(b -> new Page(finalUri.toString(), contentType, b));
    }
  }

  private static Optional<byte[]> readBody(
      String url, InputStream in, Options options, List<Diagnostic> diagnostics) {
    Future<byte[]> read =
        READERS.submit(
            () -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              byte[] buf = new byte[16384];
              long total = 0;
              for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > options.maxBytes()) {
                  return null;
                }
                out.write(buf, 0, n);
              }
              return out.toByteArray();
            });
    try {
      byte[] body = read.get(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (body == null) {
        diagnostics.add(
            new Diagnostic(
                "too-large",
                url,
                "response exceeds the limit of " + options.maxBytes() + " bytes"));
        return Optional.empty();
      }
      return Optional.of(body);
    } catch (TimeoutException e) {
      read.cancel(true);
      diagnostics.add(
          new Diagnostic(
              "fetch-failed",
              url,
              "timed out reading the response after " + options.readTimeout().toSeconds() + " s"));
      return Optional.empty();
    } catch (ExecutionException e) {
      diagnostics.add(
          new Diagnostic("fetch-failed", url, "cannot read the response: " + e.getCause()));
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      diagnostics.add(new Diagnostic("fetch-failed", url, "interrupted"));
      return Optional.empty();
    } finally {
      closeQuietly(in);
    }
  }

  /** Why this URL may not be fetched, or null. */
  static String refusal(URI uri, Options options) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "scheme '" + scheme + "' refused: only http and https are fetched";
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      return "no host in the URL";
    }
    if (options.allowPrivate()) {
      return null;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return "cannot resolve host " + host;
    }
    for (InetAddress a : addresses) {
      if (isInternal(a)) {
        return host
            + " resolves to "
            + a.getHostAddress()
            + ", a private, loopback or link-local address; refused (use --allow-private to permit)";
      }
    }
    return null;
  }

  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      // 0/8 "this network", 100.64/10 carrier-grade NAT, 198.18/15 benchmarking, 240/4 reserved
      return first == 0
          || (first == 100 && second >= 64 && second < 128)
          || (first == 198 && (second == 18 || second == 19))
          || first >= 240;
    }
    if (a instanceof Inet6Address) {
      // fc00::/7 unique local addresses
      return (b[0] & 0xFE) == 0xFC;
    }
    return false;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing to do: the response is abandoned either way
    }
  }
}
