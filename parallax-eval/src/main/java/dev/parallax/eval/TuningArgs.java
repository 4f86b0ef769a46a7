package dev.parallax.eval;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments the tuning tools share: {@code [SPLIT] [--limit N] [--cache DIR] [ONLY-FLAG ID]},
 * where the one-item flag is the tool's own ({@code --doc}, {@code --story}).
 *
 * @param only the one item to run, when its flag was given
 */
record TuningArgs(String split, int limit, Path cache, Optional<String> only) {
  static TuningArgs parse(String[] args, String defaultSplit, String onlyFlag) {
    String split = defaultSplit;
    int limit = 0;
    String only = null;
    Path cache = Path.of("parallax-eval/target/annotated");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--limit")) {
        limit = Integer.parseInt(args[++i]);
      } else if (a.equals("--cache")) {
        cache = Path.of(args[++i]);
      } else if (onlyFlag != null && a.equals(onlyFlag)) {
        only = args[++i];
      } else {
        split = a;
      }
    }
    return new TuningArgs(split, limit, cache, Optional.ofNullable(only));
  }
}
