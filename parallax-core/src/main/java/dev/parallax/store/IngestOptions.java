package dev.parallax.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How to ingest.
 *
 * @param published date for inputs that carry none of their own (otherwise the day of ingest)
 * @param outlet outlet for inputs whose text and metadata name none
 * @param batchSize articles per commit (at least 1)
 */
public record IngestOptions(Optional<LocalDate> published, Optional<String> outlet, int batchSize) {
  public IngestOptions {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(Optional.empty(), Optional.empty(), 256);
  }

  public IngestOptions withPublished(Optional<LocalDate> date) {
    return new IngestOptions(date, outlet, batchSize);
  }
}
