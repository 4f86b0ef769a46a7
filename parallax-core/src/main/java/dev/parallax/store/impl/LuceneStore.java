package dev.parallax.store.impl;

import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.nio.file.Path;

/** The Lucene store (being written on the store branch). */
public final class LuceneStore {
  private LuceneStore() {}

  public static Store open(Path dir, boolean readOnly) {
    throw new StoreException(dir + ": the store is not written yet");
  }
}
