package dev.parallax.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for requests {@code java.net.http} will not send (a Host of one's
 * choosing, a path as is, a malformed request line, a body trickled in). Every read has a timeout.
 */
final class RawHttp {
  private RawHttp() {}

  /** An answer: status, headers by lower-case name, body as text. */
  record Answer(int status, Map<String, List<String>> headers, String body) {
    Optional<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }
  }

  /** Sends {@code request} (request line, headers and body, as given) and reads the answer. */
  static Answer exchange(int port, String request) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return read(s.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GET of {@code path} with this Host header and {@code Connection: close}. */
  static Answer get(int port, String path, String host) {
    return exchange(
        port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  /** Reads one answer: status line, headers, then the body by Content-Length, or to the end. */
  static Answer read(InputStream in) throws IOException {
    String status = line(in);
    if (status == null) {
      throw new IOException("connection closed before an answer");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers
          .computeIfAbsent(
              h.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(h.substring(colon + 1).strip());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    List<String> length = headers.get("content-length");
    try {
      if (length != null) {
        body.writeBytes(in.readNBytes(Integer.parseInt(length.get(0))));
      } else {
        in.transferTo(body);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // the body so far; the status and headers are what tests look at
    }
    return new Answer(
        Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != -1; c = in.read()) {
      if (c == '\n') {
        return b.toString().stripTrailing();
      }
      b.append((char) c);
    }
    return b.length() == 0 ? null : b.toString();
  }
}
