package dev.parallax.store;

import dev.parallax.Pipeline;
import dev.parallax.model.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Not a test: the process {@link StoreCrashTest} kills. Ingests {@link StoreCrashTest#texts()} into
 * the store named by its first argument, in batches of its second, printing {@code committed N}
 * after each batch.
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) throws Exception {
    List<SourceText> texts = StoreCrashTest.texts();
    try (Store store = Store.open(Path.of(args[0]), Pipeline::analyse)) {
      store.ingest(
          texts,
          new IngestOptions(Optional.empty(), Optional.empty(), Integer.parseInt(args[1])),
          (done, total, stories) -> {
            System.out.println("committed " + done);
            System.out.flush();
          });
    }
    System.out.println("done");
  }
}
