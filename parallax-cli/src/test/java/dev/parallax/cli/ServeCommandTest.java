package dev.parallax.cli;

import static dev.parallax.cli.CompareCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void documentsItsOptions() {
    CompareCommandTest.Run r = run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--store=DIR", "--host=HOST", "--port=PORT", "--token=T", "loopback");
  }

  @Test
  void refusesAPortOutOfRange() {
    CompareCommandTest.Run r = run("serve", "--port", "70000");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--port: must be in [0, 65535], was 70000");
  }
}
