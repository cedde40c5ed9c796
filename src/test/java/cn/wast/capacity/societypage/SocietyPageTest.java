package cn.wast.capacity.societypage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The society's own page: its applications and its correspondence, and nobody else's. */
class SocietyPageTest extends IntakeTestBase {


  @Test
  @DisplayName("A society sees its applications' stages and every letter it was sent, in Chinese; never another society's")
  void ownApplicationsAndLetters() {
    openRound();
    uploadBoardResolution("WHDJ");
    ProcessInstance whdj = apply("WHDJ");
    uploadBoardResolution("WHJSJ");
    apply("WHJSJ");
    executeDueJobs();
    claimAndComplete(OFFICE, singleTask(OFFICE, whdj.getId()), Map.of("formalReviewDecision", "accepted"));
    deliveredMail();

    // whjx, the other tests' society, may be held back by their wrong-password checks: whdj here.
    Response page = WebappSession.login(port, "whdj", "demo").get("/society");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("武汉电机工程学会：申报", "APP-" + year() + "-WHDJ", "已受理",
        "往来邮件", "【受理通知】", "【申报回执】", "关于组织申报" + year() + "年度学会能力提升专项的通知", "已发送")
        .doesNotContain("APP-" + year() + "-WHJSJ", "武汉市计算机学会");
    assertThat(page.header("Content-Security-Policy")).get().asString().contains("default-src 'none'");
  }

  @Test
  @DisplayName("Only society accounts open the page; without login it asks for one")
  void onlySocieties() {
    assertThat(WebappSession.anonymous(port).get("/society").status()).isEqualTo(401);
    Response office = WebappSession.login(port, OFFICE, "demo").get("/society");
    assertThat(office.status()).isEqualTo(403);
    assertThat(office.text()).contains("本页面只对学会账号开放");
  }
}
