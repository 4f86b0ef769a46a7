package dev.parallax.store;

/** Hears after each committed batch of an ingest. */
@FunctionalInterface
public interface IngestProgress {
  /**
   * @param done texts handled so far (filed, duplicates and skipped)
   * @param total texts in this ingest
   * @param stories stories in the store after the batch
   */
  void committed(int done, int total, long stories);

  IngestProgress NONE = (done, total, stories) -> {};
}
