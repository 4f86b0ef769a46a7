package dev.parallax.store;

/**
 * A store that cannot be opened or written: its message is one line for the user, naming the path.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
