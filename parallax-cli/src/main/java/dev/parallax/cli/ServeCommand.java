package dev.parallax.cli;

import dev.parallax.Pipeline;
import dev.parallax.model.SourceText;
import dev.parallax.server.Ingester;
import dev.parallax.server.Server;
import dev.parallax.store.Correction;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax serve}: the web pages and JSON API over a store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the stories of a store as web pages and a JSON API (see docs/server.md).",
      "Binds to loopback unless --host says otherwise; any other host needs a token, generated and",
      "printed when --token is not given."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "T",
      description =
          "Access token every request must carry (Authorization: Bearer T, or visit /?token=T once).")
  String token;

  @Option(
      names = "--max-upload-mb",
      paramLabel = "N",
      defaultValue = "32",
      description = "Largest upload accepted, in MB (default: ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Option(names = "--verbose", description = "Stack traces on internal errors.")
  boolean verbose;

  private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

  @Override
  public Integer call() throws InterruptedException {
    // the server's log (System.Logger, so java.util.logging) one line a record, unless set
    // otherwise;
    // set before anything logs, since the console handler reads it once
    if (System.getProperty(LOG_FORMAT) == null) {
      System.setProperty(LOG_FORMAT, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port: must be in [0, 65535], was " + port);
    }
    Args.atLeast(spec.commandLine(), "--max-upload-mb", maxUploadMb, 1);
    Path dir = store.directory();
    if (!Files.isDirectory(dir)) {
      // create it, so that it can be opened for reading
      try {
        Store.open(dir, Pipeline::analyse).close();
        out.println("parallax: created an empty store in " + dir);
      } catch (StoreException | IOException e) {
        err.println("parallax: " + e.getMessage());
        return Main.STORE;
      }
    }
    // read through a reader and open the writer only for each upload, so that `parallax ingest`
    // can write the store while it is served
    Optional<Store> maybe = store.openReadOnly(err);
    if (maybe.isEmpty()) {
      return Main.STORE;
    }
    Store opened = maybe.get();
    Ingester writer =
        new Ingester() {
          @Override
          public IngestResult ingest(List<SourceText> texts, IngestOptions opts) {
            return writing(dir, w -> w.ingest(texts, opts, IngestProgress.NONE));
          }

          @Override
          public Correction correct(Function<Store, Correction> correction) {
            return writing(dir, correction);
          }
        };
    Server.Options options =
        Server.Options.defaults()
            .withAddress(host, port)
            .withToken(Optional.ofNullable(token))
            .withMaxUploadBytes(maxUploadMb * 1024L * 1024L)
            .withReading(reading.options());
    Server server;
    try {
      server = Server.start(opened, writer, options);
    } catch (RuntimeException e) {
      closeQuietly(opened);
      err.println("parallax: cannot serve on " + host + ":" + port + ": " + e.getMessage());
      return Main.OUTPUT;
    }
    if (token == null && server.token().isPresent()) {
      out.println(
          "parallax: "
              + host
              + " is not loopback: requests need this token: "
              + server.token().get());
    }
    out.println("parallax: serving " + dir + " at " + server.url());
    out.println("parallax: press Ctrl-C to stop");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  closeQuietly(opened);
                  stopped.countDown();
                }));
    stopped.await();
    return Main.OK;
  }

  private static void closeQuietly(Store s) {
    try {
      s.close();
    } catch (IOException e) {
      // stopping anyway
    }
  }

  /** Runs {@code body} on the store opened for writing just for it. */
  private static <T> T writing(Path dir, Function<Store, T> body) {
    try (Store w = Store.open(dir, Pipeline::analyse)) {
      return body.apply(w);
    } catch (IOException e) {
      throw new StoreException(
          dir + ": cannot close the store after writing: " + e.getMessage(), e);
    }
  }
}
