package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address `parallax serve` prints is one a browser can open. */
class ServerAddressTest {
  @Test
  void aBoundHostIsPrintedAsItIs() {
    assertThat(Server.browserHost("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(Server.browserHost("::1")).isEqualTo("::1");
    assertThat(Server.browserHost("[::1]")).isEqualTo("::1");
    assertThat(Server.browserHost("news-desk.local")).isEqualTo("news-desk.local");
  }

  @Test
  void aWildcardBecomesThisMachinesName() {
    for (String wildcard : new String[] {"0.0.0.0", "::", "[::]"}) {
      assertThat(Server.browserHost(wildcard))
          .isNotBlank()
          .isNotEqualTo("0.0.0.0")
          .isNotEqualTo("::");
    }
  }
}
