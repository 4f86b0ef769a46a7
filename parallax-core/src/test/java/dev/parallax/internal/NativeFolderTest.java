package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** ONNX Runtime's copy of its native libraries does not outlive the loading of them. */
class NativeFolderTest {

  @Test
  void theRuntimesNativeFolderIsGoneOnceTheLibrariesAreLoaded() throws Exception {
    MiniLm.environment();
    Field f = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
    f.setAccessible(true);
    Path folder = (Path) f.get(null);
    assertThat(folder).isNotNull();
    assertThat(folder.getFileName().toString()).startsWith("onnxruntime-java");
    assertThat(Files.exists(folder)).as("%s", folder).isFalse();
  }
}
