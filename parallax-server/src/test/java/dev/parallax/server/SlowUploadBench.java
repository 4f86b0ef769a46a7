package dev.parallax.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load client of {@code bench/slow-uploads.sh}, run in its own process against a running {@code
 * parallax serve}: keeps SLOW uploads going at all times, each a {@code POST /api/articles}
 * declaring a 1 MB multipart body and sending it one byte a second (an upload that is answered or
 * closed is replaced by a new one at once), and meanwhile has CLIENTS connections read a story's
 * page and JSON as {@code LoadBench} does. Prints the reads' latency percentiles and how the slow
 * uploads were answered.
 *
 * <p>Usage: {@code SlowUploadBench BASE_URL STORY_FOLDER PUBLISHED SLOW CLIENTS SECONDS}
 */
public final class SlowUploadBench {
  private SlowUploadBench() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int slow = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    int seconds = Integer.parseInt(args[5]);
    String[] paths = LoadBench.prepare(base, Path.of(args[1]), args[2]);
    URI uri = URI.create(base);
    Trickle trickle = new Trickle(new InetSocketAddress(uri.getHost(), uri.getPort()), slow);
    Thread t = new Thread(trickle, "slow-uploads");
    t.start();
    // let every slow upload start and be answered or held before measuring
    Thread.sleep(5_000);
    System.out.printf("%d slow uploads open%n", trickle.open());
    LoadBench.run(base, paths, clients, 5, false);
    LoadBench.run(base, paths, clients, seconds, true);
    trickle.stop.set(true);
    t.join();
    System.out.printf(
        "slow uploads: %d started; answers %s; closed without an answer %d%n",
        trickle.started, trickle.answers, trickle.closed);
  }

  /** Keeps {@code n} uploads trickling, one byte each a second, from one thread. */
  private static final class Trickle implements Runnable {
    private static final byte[] HEAD =
        ("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: 1000000\r\n\r\n-")
            .getBytes(StandardCharsets.US_ASCII);
    private final InetSocketAddress address;
    private final List<SocketChannel> channels = new ArrayList<>();
    final AtomicBoolean stop = new AtomicBoolean();
    final Map<String, Integer> answers = new TreeMap<>();
    long started;
    long closed;

    Trickle(InetSocketAddress address, int n) throws IOException {
      this.address = address;
      for (int i = 0; i < n; i++) {
        channels.add(start());
      }
    }

    private SocketChannel start() throws IOException {
      SocketChannel c = SocketChannel.open(address);
      c.write(ByteBuffer.wrap(HEAD));
      c.configureBlocking(false);
      started++;
      return c;
    }

    synchronized int open() {
      return (int) channels.stream().filter(SocketChannel::isOpen).count();
    }

    @Override
    public void run() {
      ByteBuffer in = ByteBuffer.allocate(4096);
      ByteBuffer one = ByteBuffer.allocate(1);
      while (!stop.get()) {
        long tick = System.nanoTime();
        synchronized (this) {
          for (int i = 0; i < channels.size(); i++) {
            SocketChannel c = channels.get(i);
            try {
              in.clear();
              int r = c.read(in);
              if (r > 0 || r < 0) {
                if (r > 0) {
                  String status =
                      new String(in.array(), 0, Math.min(r, 12), StandardCharsets.US_ASCII);
                  answers.merge(
                      status.length() >= 12 ? status.substring(9, 12) : "?", 1, Integer::sum);
                } else {
                  closed++;
                }
                c.close();
                channels.set(i, start());
                continue;
              }
              one.clear();
              one.put((byte) '-').flip();
              c.write(one);
            } catch (IOException e) {
              closed++;
              try {
                c.close();
                channels.set(i, start());
              } catch (IOException again) {
                // the server refuses connections: try again next second
              }
            }
          }
        }
        long wait = 1_000 - (System.nanoTime() - tick) / 1_000_000;
        if (wait > 0) {
          try {
            Thread.sleep(wait);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
      for (SocketChannel c : channels) {
        try {
          c.close();
        } catch (IOException e) {
          // closing at the end
        }
      }
    }
  }
}
