package cn.wast.capacity.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.funds.FlagDecision;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.WebappSession;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-FUND-4 (追踪问效) through the engine: ledger lines name their budget line, a budget line over
 * budget reaches the office though its capacity is within plan, and the final ledger is
 * reconciled with the mid-term one, every change and every missing voucher flagged on the
 * office's final review.
 */
class LedgerTrackingScenarioTest extends CheckTestBase {

  @Autowired FlaggedLines flaggedLines;

  /** Two meeting lines in C1 (100,000 and 50,000) and popular science in C2 (50,000). */
  @Override
  protected List<Map<String, Object>> budgetLines() {
    return List.of(
        Map.of("capacity", "C1", "category", "MEETING", "purpose", "药学学术年会会务", "amount", 100000),
        Map.of("capacity", "C1", "category", "MEETING", "purpose", "青年药师学术沙龙会务", "amount", 50000),
        Map.of("capacity", "C2", "category", "POPULAR_SCIENCE", "purpose", "合理用药科普进社区", "amount", 50000));
  }

  private List<Map<String, String>> rows(Task task, String name) {
    Object variable = as(OFFICE, () -> taskService.getVariable(task.getId(), name));
    return FormValues.of(Map.of("shown", variable)).rows("shown");
  }

  @Test
  @DisplayName("R-FUND-4: a voucher cut from 90,000 to 30,000 and another gone since the mid-term are flagged on the final review, with a budget line overspent inside a capacity within plan")
  void theFinalLedgerIsReconciledAndEveryChangeFlagged() {
    Task midTerm = societyTask();
    assertThat(rows(midTerm, "budgetLineOptions")).extracting(o -> o.get("label"), o -> o.get("value")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("第 1 行 · C1 · 会议费 · 药学学术年会会务 · 预算 100,000.00 元", "1"),
        org.assertj.core.groups.Tuple.tuple("第 2 行 · C1 · 会议费 · 青年药师学术沙龙会务 · 预算 50,000.00 元", "2"),
        org.assertj.core.groups.Tuple.tuple("第 3 行 · C2 · 科普活动费 · 合理用药科普进社区 · 预算 50,000.00 元", "3"));
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001", "记-002");
    claimAndComplete(DemoUsers.userOf(SOCIETY), midTerm, materials(List.of(
        expense(filedOn.plusDays(10), 1, "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        expense(filedOn.plusDays(20), 3, "C2", "POPULAR_SCIENCE", "合理用药科普展板制作", 8000, "记-002"))));
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewMidTerm"), Map.of("midTermDecision", "passed"));
    setClock(java.time.LocalDate.parse((String) runtimeService.getVariable(implementation.getId(), "projectEnd"))
        .plusDays(1), LocalTime.of(0, 1));
    executeDueJobs();

    Task finalReport = societyTask();
    assertThat(rows(finalReport, "ledger")).as("the final ledger starts as the mid-term one")
        .extracting(r -> r.get("voucher"), r -> r.get("budgetLine"), r -> r.get("amount"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("记-001", "1", "90000"),
            org.assertj.core.groups.Tuple.tuple("记-002", "3", "8000"));
    uploadReport(DocumentKind.FINAL_REPORT);
    uploadScans("记-003");
    claimAndComplete(DemoUsers.userOf(SOCIETY), finalReport, materials(List.of(
        expense(filedOn.plusDays(10), 1, "C1", "MEETING", "药学学术年会会场租赁", 30000, "记-001"),
        expense(filedOn.plusMonths(8), 2, "C1", "MEETING", "青年药师学术沙龙会务费", 60000, "记-003"))));

    Task review = officeTask(implementation, "ReviewFinalAcceptance");
    assertThat(rows(review, "flaggedLines")).extracting(r -> r.get("line"), r -> r.get("amount")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("1", "30,000.00 元"),
        org.assertj.core.groups.Tuple.tuple("2", "60,000.00 元"),
        org.assertj.core.groups.Tuple.tuple("缺失", "8,000.00 元"));
    assertThat(rows(review, "flaggedLines")).extracting(r -> r.get("reason")).containsExactly(
        "凭证 记-001 中期检查时为 90,000.00 元，结项时为 30,000.00 元",
        "预算第 2 行（C1 · 会议费 · 青年药师学术沙龙会务）预算 50,000.00 元，台账已支出 60,000.00 元，超出 10,000.00 元"
            + "（C1 服务创新能力合计未超出计划），请专项办公室判断",
        "中期检查时报告的凭证 记-002 在结项台账中缺失（" + filedOn.plusDays(20) + " · C2 · 科普活动费 · 合理用药科普展板制作 · 8,000.00 元）");
    String tracking = (String) as(OFFICE, () -> taskService.getVariable(review.getId(), "trackingText"));
    assertThat(tracking).contains("C1 服务创新能力：计划 150,000.00 元，已支出 90,000.00 元（60.0%）",
        "第 2 行 C1 · 会议费 · 青年药师学术沙龙会务：预算 50,000.00 元，已支出 60,000.00 元（120.0%），**超出预算 10,000.00 元**");
    assertThat((String) as(OFFICE, () -> taskService.getVariable(review.getId(), "ledgerText")))
        .contains("预算第 1 行", "预算第 2 行");

    List<Map<String, Object>> decided = new ArrayList<>();
    for (Map<String, String> row : rows(review, "flaggedLines")) {
      Map<String, Object> copy = new HashMap<>(row);
      copy.put("decision", "accepted");
      decided.add(copy);
    }
    decided.get(2).put("decision", "notAccepted");
    decided.get(2).put("note", "科普展板的支出在结项台账中消失，请说明去向");
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("finalDecision", "passed");
    verdict.put("flaggedLines", decided);
    assertThatThrownBy(() -> claimAndComplete(OFFICE, review, verdict)).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("结项台账中缺失的 1 笔支出不予认可");

    decided.get(2).put("decision", "accepted");
    decided.get(2).remove("note");
    claimAndComplete(OFFICE, review, verdict);
    long checkId = checks.find(applicationKey(SOCIETY), CheckKind.FINAL).orElseThrow().id();
    assertThat(flaggedLines.ofCheck(checkId)).hasSize(3)
        .allSatisfy(f -> assertThat(f.decision()).isEqualTo(FlagDecision.ACCEPTED));
    assertThat(checks.expenses(checkId)).extracting(e -> e.budgetLine()).containsExactly(1, 2);
  }

  @Test
  @DisplayName("R-FUND-4: the society's draft page offers the filed plan's budget lines for each ledger line and keeps the one picked")
  void theDraftPageOffersTheBudgetLines() {
    WebappSession session = WebappSession.login(port, DemoUsers.userOf(SOCIETY), "demo");
    String path = "/society/" + SOCIETY + "/drafts/" + year() + "/mid-term-report";
    WebappSession.Response page = session.get(path);
    assertThat(page.text()).contains("对应的预算行",
        ">第 2 行 · C1 · 会议费 · 青年药师学术沙龙会务 · 预算 50,000.00 元</option>");
    Map<String, String> typed = new HashMap<>(Map.of("action", "save", "l.ledger.count", "1",
        "l.ledger.0.budgetLine", "2", "l.ledger.0.purpose", "青年药师学术沙龙会务费"));
    typed.put("_csrf", WebappSession.hiddenField(page.text(), "_csrf").orElseThrow());
    String saved = session.follow(session.postForm(path, typed)).text();
    assertThat(saved).containsPattern("<option value=\"2\" selected=\"selected\">第 2 行 · C1");
  }

  @Test
  @DisplayName("R-FUND-4: a ledger line without a budget line, or on one of another capacity, is refused in words and nothing is stored")
  void aLineMustNameABudgetLineOfItsCapacity() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001", "记-002");
    Map<String, Object> withoutLine = new HashMap<>(expense(filedOn.plusDays(10), 1, "C1", "MEETING", "药学学术年会会场租赁",
        90000, "记-001"));
    withoutLine.remove("budgetLine");
    assertThatThrownBy(() -> claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(withoutLine,
        expense(filedOn.plusDays(20), 1, "C2", "POPULAR_SCIENCE", "合理用药科普展板制作", 8000, "记-002")))))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("支出台账第 1 行：请选择“对应的预算行”")
        .hasMessageContaining("支出台账第 2 行" + RuleClauses.reason("R-FUND-4",
            "所选预算第 1 行服务 C1 服务创新能力，本行“服务的能力”是 C2 服务社会和政府能力：请选择服务同一能力的预算行"));
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM)).isEmpty();
    assertThat(implementation).isWaitingAt("SubmitMidTermReport");
  }

  @Test
  @DisplayName("An amount typed as 73456.790 is a two-decimal amount, stored as 73,456.79; 73456.791 is refused in words")
  void trailingZerosAreNoDecimalsThroughTheForm() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    assertThatThrownBy(() -> claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), 1, "C1", "MEETING", "药学学术年会会场租赁", "73456.791", "记-001")))))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("支出台账第 1 行：“金额（元）”最多两位小数");
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM)).isEmpty();

    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), 1, "C1", "MEETING", "药学学术年会会场租赁", "73456.790", "记-001"))));
    long checkId = checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM).orElseThrow().id();
    assertThat(checks.expenses(checkId)).singleElement()
        .satisfies(e -> assertThat(e.spending().amount()).isEqualByComparingTo("73456.79"));
  }
}
