package dev.parallax.server;

import dev.parallax.model.SourceText;
import dev.parallax.store.Correction;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.util.List;
import java.util.function.Function;

/**
 * How the server writes uploads into the store. {@code parallax serve} reads through a store opened
 * for reading only and opens the writer just for each upload, so that a {@code parallax ingest} can
 * write the same store while it serves.
 */
@FunctionalInterface
public interface Ingester {
  /**
   * @throws StoreException when the store cannot be written now (another process writes it); the
   *     client is told to try again later
   */
  IngestResult ingest(List<SourceText> texts, IngestOptions options);

  /**
   * Makes a user's correction ({@link Store#merge}, {@link Store#move}) on the store opened for
   * writing, as {@link #ingest} writes uploads. A writer that only ingests refuses (503).
   *
   * @throws StoreException when the store cannot be written now
   */
  default Correction correct(Function<Store, Correction> correction) {
    throw new Problem(
        503, "corrections-unavailable", "this server cannot write corrections to the store");
  }
}
