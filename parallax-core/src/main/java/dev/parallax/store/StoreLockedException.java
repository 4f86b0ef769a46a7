package dev.parallax.store;

/**
 * The store is being written by another process (it holds the store's write lock): it can still be
 * opened read-only with {@link Store#openReadOnly}.
 */
public class StoreLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreLockedException(String message) {
    super(message);
  }
}
