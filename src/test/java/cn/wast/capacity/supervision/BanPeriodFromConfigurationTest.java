package cn.wast.capacity.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.society.FraudBan;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** R-SUP-1 R-EXCL-4: the ban's length is the configured one, in the registry and in the letter. */
@TestPropertySource(properties = "capacity.supervision.ban-period=P1Y6M")
class BanPeriodFromConfigurationTest extends ReviewTestBase {

  @Autowired SocietyRegistry registry;

  @AfterEach
  void forgetBan() {
    jdbc.update("DELETE FROM society_fraud_ban WHERE society_code = 'WHSX' AND decided_on >= ?", LocalDate.of(year(), 1, 1));
  }

  @Test
  @DisplayName("R-SUP-1: with a ban of 1 year 6 months configured, the letter says 1年6个月 and the ban ends the day before 18 months are up")
  void letterWritesTheConfiguredBan() {
    roundWithAccepted(java.util.List.of("WHSX"));
    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year());
    form.put("societyCode", "WHSX");
    form.put("grounds", "核查发现该学会申报材料中所列委托项目合同系伪造。");
    ProcessInstance disqualification = startForm(OFFICE, "disqualification", form);
    LocalDate decidedOn = LocalDate.ofInstant(now(), ZONE);
    Map<String, Object> finding = new HashMap<>();
    finding.put("fraudDecision", "confirmed");
    finding.put("decisionNumber", "武科协〔2026〕12号");
    finding.put("findings", "经核实，委托项目合同系伪造，印章与委托单位不符。");
    claimAndComplete(OFFICE, singleTask(OFFICE, disqualification.getId()), finding);

    LocalDate lastDay = decidedOn.plusMonths(18).minusDays(1);
    assertThat(registry.loadRecord("WHSX").orElseThrow().fraudBans())
        .contains(new FraudBan(decidedOn, lastDay, "经核实，委托项目合同系伪造，印章与委托单位不符。", "武汉市科学技术协会",
            "武科协〔2026〕12号", false));
    assertThat(deliveredTo("whsx@societies.example.cn")).filteredOn(m -> subject(m).contains("撤销资格决定"))
        .singleElement().satisfies(m -> assertThat(body(m))
            .contains("自本决定之日起1年6个月内取消贵会的申报资格，至" + ChineseDates.date(lastDay) + "止")
            .doesNotContain("起连续3年"));
  }
}
