package cn.wast.capacity.societypage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.CapacityAwardApplication;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.TestMailServer;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A society's draft survives a restart of the whole system: the application is started on its
 * own database (an H2 file here; with the {@code postgres} Maven profile, the PostgreSQL
 * database {@code capacity.test.restart-url} names), a draft is saved over HTTP, the system is
 * stopped and started again on the same database, and the draft is there, for that society only.
 * Tagged {@code restart}: it runs in a JVM of its own (see the pom), because Camunda registers
 * engines JVM-wide and closing these contexts would unregister the shared test context's engine.
 */
@Tag("restart")
class DraftsSurviveRestartTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String TEXT = "重启之前保存的草稿：学会年度学术活动综述，第二稿，尚待理事会审阅。";

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static String databaseUrl() {
    String postgres = System.getProperty("capacity.test.restart-url");
    if (postgres != null && !postgres.isBlank()) {
      return postgres;
    }
    Path file = Path.of("target", "restart-test", UUID.randomUUID().toString(), "capacity-award").toAbsolutePath();
    return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
  }

  /** Command-line arguments outrank the system properties the postgres profile sets for the shared context. */
  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(CapacityAwardApplication.class, TestMailServer.class)
        .profiles("demo", "test")
        .run("--spring.datasource.url=" + url, "--server.port=0");
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  @Test
  @DisplayName("A saved draft is there, as saved and for its society only, after the system restarts on the same database")
  void draftSurvivesRestart() {
    int year = Year.now(ZONE).getValue();
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 3, 2).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant()));
    String url = databaseUrl();
    String path = "/society/WHDJ/drafts/" + year + "/application";

    try (ConfigurableApplicationContext first = start(url)) {
      openRound(first, year);
      WebappSession society = WebappSession.login(port(first), DemoUsers.userOf("WHDJ"), "demo");
      Response page = society.get(path);
      Response saved = society.postForm(path, Map.of("_csrf", WebappSession.hiddenField(page.text(), "_csrf").orElseThrow(),
          "action", "save", "f.achievementC1", TEXT, "f.contactName", "陈晓燕"));
      assertThat(saved.status()).isEqualTo(302);
    }

    try (ConfigurableApplicationContext second = start(url)) {
      Response again = WebappSession.login(port(second), DemoUsers.userOf("WHDJ"), "demo").get(path);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.text()).contains(TEXT, "陈晓燕", "最近保存", "提交申报材料");
      Response other = WebappSession.login(port(second), DemoUsers.userOf("WHJSJ"), "demo").get(path);
      assertThat(other.status()).isEqualTo(403);
      assertThat(other.text()).doesNotContain(TEXT);
    }
  }

  private static void openRound(ConfigurableApplicationContext context, int year) {
    IdentityService identity = context.getBean(IdentityService.class);
    String definition = context.getBean(RepositoryService.class).createProcessDefinitionQuery()
        .processDefinitionKey("round").latestVersion().singleResult().getId();
    identity.setAuthentication("office1", List.of("office"));
    try {
      context.getBean(FormService.class).submitStartForm(definition, Map.of("roundYear", year, "quota", 5,
          "applicationDeadline", LocalDate.of(year, 3, 31).toString(),
          "formalReviewDeadline", LocalDate.of(year, 4, 30).toString(), "awardAmount", 200000));
    } finally {
      identity.clearAuthentication();
    }
    ManagementService management = context.getBean(ManagementService.class);
    for (Job job : management.createJobQuery().executable().list()) {
      management.executeJob(job.getId());
    }
  }
}
