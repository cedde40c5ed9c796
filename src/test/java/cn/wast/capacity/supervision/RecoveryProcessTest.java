package cn.wast.capacity.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.support.ReviewTestBase;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R-SUP-1, R-DYN-1: a recovery (追回经费) is repaid as money comes in, in instalments, until its balance is zero. */
class RecoveryProcessTest extends ReviewTestBase {

  private static final String SOCIETY = "WHSW";
  private static final String MAIL = "whsw@societies.example.cn";
  private static final String REASON = "结项验收不通过，调减支持 200,000.00 元";

  @Autowired RecoveryStarter starter;
  @Autowired FundRecoveries recoveries;
  @Autowired org.camunda.bpm.engine.FilterService filters;

  private String key;
  private LocalDate openedOn;

  @BeforeEach
  void awarded() {
    awardedImplementation(SOCIETY);
    key = applicationKey(SOCIETY);
    openedOn = LocalDate.ofInstant(now(), ZONE);
    forgetDeliveredMail();
  }

  private ProcessInstance recoveryProcess() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(RecoveryVariables.PROCESS).singleResult();
  }

  private void instalment(ProcessInstance recovery, LocalDate on, String amount, String voucher) {
    Map<String, Object> form = new HashMap<>();
    form.put("repaidOn", on.toString());
    form.put("repaidAmount", new BigDecimal(amount));
    form.put("repaymentVoucher", voucher);
    claimAndComplete(OFFICE, singleTask(OFFICE, recovery.getId()), form);
  }

  /** Moves the clock one reminder period on and has the reminders sent; the newest reminder. */
  private MimeMessage remindAfter(LocalDate day) {
    setClock(day, LocalTime.of(9, 0));
    executeDueJobs();
    List<MimeMessage> reminders = deliveredTo(MAIL).stream().filter(m -> subject(m).contains("退回经费提醒")).toList();
    assertThat(reminders).isNotEmpty();
    return reminders.get(reminders.size() - 1);
  }

  @Test
  @DisplayName("R-SUP-1: 200,000.00 repaid in three instalments; each reminder quotes the balance after what came in")
  void repaidInThreeInstalments() {
    starter.start(key, new BigDecimal("200000.00"), REASON);
    ProcessInstance recovery = recoveryProcess();
    assertThat(recovery).isWaitingAt("RecordInstalment");
    assertThat(singleTask(OFFICE, recovery.getId()).getName()).isEqualTo("记录退款 · 武汉生物工程学会");
    assertThat(runtimeService.getVariable(recovery.getId(), "recoveryBalanceText")).isEqualTo("200,000.00 元");
    String filter = filters.createFilterQuery().filterName("撤销资格与追款").singleResult().getId();
    assertThat(as(OFFICE, () -> filters.<Task>list(filter))).extracting(Task::getTaskDefinitionKey)
        .containsExactly("RecordInstalment");

    MimeMessage first = remindAfter(openedOn.plusDays(31));
    assertThat(subject(first)).contains("尚有200,000.00 元未退回");
    assertThat(body(first)).contains(REASON, "应退回专项经费200,000.00 元", "已收到退款0.00 元", "尚有200,000.00 元未退回");

    instalment(recovery, openedOn.plusDays(31), "50000.01", "退-001");
    assertThat(recovery).isWaitingAt("RecordInstalment");
    assertThat(recoveries.ofApplication(key)).singleElement().satisfies(r -> {
      assertThat(r.amountDue()).isEqualByComparingTo("200000.00");
      assertThat(r.balance()).isEqualByComparingTo("149999.99");
    });
    Task next = singleTask(OFFICE, recovery.getId());
    Map<String, Object> shown = taskService.getVariables(next.getId());
    assertThat(shown).containsEntry("recoveryBalanceText", "149,999.99 元").doesNotContainKey("repaidAmount");
    assertThat((String) shown.get("recoveryInstalmentsMarkdown")).contains("50,000.01 元", "退\\-001");
    assertThat(body(remindAfter(openedOn.plusDays(62)))).contains("已收到退款50,000.01 元", "尚有149,999.99 元未退回");

    instalment(recovery, openedOn.plusDays(62), "99999.99", "退-002");
    assertThat(body(remindAfter(openedOn.plusDays(93)))).contains("已收到退款150,000.00 元", "尚有50,000.00 元未退回");

    // An instalment dated before the decision or in the future is refused in words; the task stays.
    Map<String, Object> early = new HashMap<>(Map.of("repaidOn", openedOn.minusDays(1).toString(),
        "repaidAmount", new BigDecimal("50000"), "repaymentVoucher", "退-003"));
    Task last = singleTask(OFFICE, recovery.getId());
    assertThatThrownBy(() -> claimAndComplete(OFFICE, last, early)).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("退款到账日期须在追回决定之日");
    instalment(recovery, openedOn.plusDays(93), "50000.00", "退-003");

    assertThat(recovery).isEnded().hasPassed("FundsRecovered").hasNotPassed("RefundOverpayment");
    FundRecoveries.Recovery settled = recoveries.ofApplication(key).get(0);
    assertThat(settled.balance()).isEqualByComparingTo("0.00");
    assertThat(settled.repaid()).isEqualByComparingTo("200000.00");
    assertThat(settled.settledAt()).isNotNull();
    assertThat(recoveries.instalments(settled.id())).extracting(FundRecoveries.Instalment::amount)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("50000.01"), new BigDecimal("99999.99"), new BigDecimal("50000.00"));
    // No reminder after the balance is zero.
    int reminders = deliveredTo(MAIL).size();
    setClock(openedOn.plusDays(200), LocalTime.of(9, 0));
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).hasSize(reminders);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("R-SUP-1: more than the balance is recorded, the recovery settled, the overpayment flagged for refund and the society told")
  void overpaymentIsFlaggedForRefund() {
    starter.start(key, new BigDecimal("200000.00"), REASON);
    ProcessInstance recovery = recoveryProcess();
    instalment(recovery, openedOn, "150000", "退-101");
    instalment(recovery, openedOn, "60000.50", "退-102");

    assertThat(recovery).isWaitingAt("RefundOverpayment");
    FundRecoveries.Recovery overpaid = recoveries.ofApplication(key).get(0);
    assertThat(overpaid.balance()).isEqualByComparingTo("-10000.50");
    assertThat(overpaid.overpaid()).isTrue();
    Task refund = singleTask(OFFICE, recovery.getId());
    assertThat(refund.getName()).isEqualTo("退还多缴经费 · 武汉生物工程学会");
    assertThat(taskService.getVariable(refund.getId(), "recoveryOverpaidText")).isEqualTo("10,000.50 元");
    assertThat(deliveredTo(MAIL)).filteredOn(m -> subject(m).contains("多缴经费退还通知")).singleElement()
        .satisfies(m -> assertThat(body(m)).contains("共收到退款210,000.50 元", "多缴的10,000.50 元将退还贵会"));

    claimAndComplete(OFFICE, refund, Map.of("refundedOn", openedOn.toString(), "refundVoucher", "退还-001"));
    assertThat(recovery).isEnded().hasPassed("OverpaymentRefunded");
  }

  @Test
  @DisplayName("R-DYN-1: an application may have several recoveries, each with its own amount, reason and balance")
  void severalRecoveriesPerApplication() {
    starter.start(key, new BigDecimal("30000.00"), "中期检查调减支持 30,000.00 元");
    starter.start(key, new BigDecimal("20000.00"), REASON);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RecoveryVariables.PROCESS).count()).isEqualTo(2);
    assertThat(recoveries.ofApplication(key)).extracting(FundRecoveries.Recovery::balance)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("30000.00"), new BigDecimal("20000.00"));
  }
}
