package cn.wast.capacity.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.CapacityAwardApplication;
import cn.wast.capacity.support.TestMailServer;
import cn.wast.capacity.support.WebappSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * X-Forwarded-For is believed only from the proxies named in {@code capacity.trusted-proxies}.
 * The shared test context trusts loopback, its default, and so believes the tests' header
 * (access/SecurityGateTest); here a node trusts another address only, so the same header from
 * loopback names no client and a rotating one does not escape the public pages' limit.
 */
class ForwardedForTrustTest {

  private static final int LIMIT = 3;

  @Test
  @DisplayName("From an address not named as a proxy, a rotating X-Forwarded-For is ignored and the limit answers 429")
  void rotatingHeaderFromAnUntrustedAddressIsLimited() {
    try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CapacityAwardApplication.class,
        TestMailServer.class)
        .profiles("demo", "test")
        .run("--spring.datasource.url=jdbc:h2:mem:forwarding-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            // No webapps and an engine name of its own: the webapps' runtime delegates and the
            // engine registry are static, and this node, once closed, must not leave the shared
            // test context's Tasklist pointing at it (every later login answered 500).
            "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.process-engine-name=forwarding",
            "--server.port=0", "--capacity.trusted-proxies=192\\.0\\.2\\.1",
            "--capacity.publicity.page-request-limit=" + LIMIT)) {
      int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
      List<Integer> statuses = new ArrayList<>();
      for (int i = 1; i <= LIMIT + 2; i++) {
        statuses.add(WebappSession.anonymous(port).withHeader("X-Forwarded-For", "203.0.113." + i).get("/public")
            .status());
      }
      assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
    }
  }
}
