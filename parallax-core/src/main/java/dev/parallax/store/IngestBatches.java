package dev.parallax.store;

import dev.parallax.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Files texts into a store as they arrive, one {@link Store#ingest} (one commit) per batch of
 * {@link IngestOptions#batchSize} texts, so that an input of any size is filed holding one batch at
 * a time: what is kept of the batches filed is their totals only. The store is opened when the
 * first batch is full or finished, so reading nothing touches no store. A process stopped part way
 * leaves the batches committed; started again on the same inputs, the filed ones are duplicates
 * (no-ops) and the rest are filed. Not thread-safe: one reader feeds it.
 */
public final class IngestBatches {
  /** Hears after each batch is committed. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param batch what the batch did with each of its texts, and its problems
     * @param totals the totals of every batch so far, this one included
     */
    void filed(IngestResult batch, Totals totals);
  }

  /**
   * What the batches filed so far did.
   *
   * @param texts texts handled
   * @param stories stories in the store after the last batch
   * @param undated of the texts added, those stored without a date
   */
  public record Totals(
      long texts,
      long added,
      long copies,
      long duplicates,
      long skipped,
      long stories,
      long undated) {
    Totals plus(IngestResult r, long storiesNow) {
      return new Totals(
          texts + r.filed().size(),
          added + r.count(IngestResult.Outcome.ADDED),
          copies + r.count(IngestResult.Outcome.COPY),
          duplicates + r.count(IngestResult.Outcome.DUPLICATE),
          skipped + r.count(IngestResult.Outcome.SKIPPED),
          storiesNow,
          undated + r.undated());
    }
  }

  private final Supplier<Store> open;
  private final IngestOptions options;
  private final Listener listener;
  private final List<SourceText> batch = new ArrayList<>();
  private Store store;
  private Totals totals = new Totals(0, 0, 0, 0, 0, 0, 0);

  /**
   * @param open opens the store, once, when the first batch is filed (the caller closes it: {@link
   *     #store})
   */
  public IngestBatches(Supplier<Store> open, IngestOptions options, Listener listener) {
    this.open = Objects.requireNonNull(open, "open");
    this.options = Objects.requireNonNull(options, "options");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Adds a text, filing the batch when it is full. */
  public void add(SourceText text) {
    batch.add(Objects.requireNonNull(text, "text"));
    if (batch.size() >= options.batchSize()) {
      file();
    }
  }

  /** Files what is left. */
  public void finish() {
    if (!batch.isEmpty()) {
      file();
    }
  }

  public Totals totals() {
    return totals;
  }

  /** The store, once a batch has opened it. */
  public java.util.Optional<Store> store() {
    return java.util.Optional.ofNullable(store);
  }

  private void file() {
    if (store == null) {
      store = open.get();
    }
    IngestResult r = store.ingest(List.copyOf(batch), options, IngestProgress.NONE);
    batch.clear();
    totals = totals.plus(r, store.counts().stories());
    listener.filed(r, totals);
  }
}
