package dev.parallax.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the store lives when the user does not say. */
final class StoreDirectories {
  private StoreDirectories() {}

  static Path defaultDirectory(Map<String, String> env) {
    String explicit = env.get(Store.ENV);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "parallax", "store");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "parallax", "store");
  }
}
