package cn.wast.capacity.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.checks.ImplementationChecks;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.documents.DocumentType;
import cn.wast.capacity.documents.NewDocument;
import cn.wast.capacity.funds.Payments;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An awarded society's implementation brought to its mid-term check: the plan filed, the clock
 * moved six months on; and the moves of the checks' forms.
 */
public abstract class CheckTestBase extends ReviewTestBase {

  protected static final String SOCIETY = "WHYX";
  protected static final String MAIL = "whyx@societies.example.cn";

  @Autowired protected Payments payments;
  @Autowired protected Awards awards;
  @Autowired protected ImplementationChecks checks;

  protected ProcessInstance implementation;
  protected LocalDate filedOn;


  @BeforeEach
  void awardFileAndReachMidTerm() {
    implementation = awardedImplementation(SOCIETY);
    filedOn = LocalDate.ofInstant(now(), ZONE);
    Map<String, Object> plan = new HashMap<>();
    plan.put("workApproach", "以药学学术交流和合理用药科普为主线，带动会员服务和人才举荐工作。");
    plan.put("priorities", "办好药学学术年会，开展合理用药科普进社区，举荐青年药学人才，完善会员服务。");
    plan.put("milestones", List.of(Map.of("dueOn", filedOn.plusMonths(3).toString(), "milestone", "举办药学学术年会")));
    plan.put("indicators", List.of(
        Map.of("measure", "学术年会参会人数", "target", "不少于 300 人"),
        Map.of("measure", "科普进社区场次", "target", "10 场")));
    plan.put("budgetLines", budgetLines());
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), plan);
    claimAndComplete(OFFICE, officeTask(implementation, "FileFundPlan"), Map.of("fundPlanDecision", "filed"));
    forgetDeliveredMail();

    setClock(filedOn.plusMonths(6), LocalTime.of(23, 59));
    executeDueJobs();
    assertThat(implementation).isWaitingAt("MidTermDue");
    setClock(filedOn.plusMonths(6).plusDays(1), LocalTime.of(0, 1));
    executeDueJobs();
  }

  /**
   * The filed plan's budget lines: line 1 the C1 meeting (150,000), line 2 the C2 popular science
   * (50,000); a test of lines within one capacity files its own.
   */
  protected List<Map<String, Object>> budgetLines() {
    return List.of(
        Map.of("capacity", "C1", "category", "MEETING", "purpose", "药学学术年会会务", "amount", 150000),
        Map.of("capacity", "C2", "category", "POPULAR_SCIENCE", "purpose", "合理用药科普进社区", "amount", 50000));
  }

  protected Task societyTask() {
    return as(DemoUsers.userOf(SOCIETY), () -> taskService.createTaskQuery()
        .processInstanceId(implementation.getId()).singleResult());
  }

  protected void uploadReport(DocumentKind kind) {
    documents.store(new NewDocument(SOCIETY, year(), applicationKey(SOCIETY), kind,
        kind.label() + ".pdf", DocumentType.PDF, PDF, DemoUsers.userOf(SOCIETY), now()));
  }

  /** R-FUND-2: a scan for each voucher number, as the society uploads them on the upload page. */
  protected void uploadScans(String... vouchers) {
    for (String voucher : vouchers) {
      documents.store(new NewDocument(SOCIETY, year(), applicationKey(SOCIETY), DocumentKind.VOUCHER_SCAN,
          "凭证" + voucher + ".pdf", DocumentType.PDF, PDF, DemoUsers.userOf(SOCIETY), now(), voucher));
    }
  }

  protected Map<String, Object> materials(List<Map<String, Object>> ledger) {
    Map<String, Object> form = new HashMap<>();
    form.put("progress", List.of(
        Map.of("measure", "学术年会参会人数", "target", "不少于 300 人", "achieved", "已举办，参会 420 人"),
        Map.of("measure", "科普进社区场次", "target", "10 场", "achieved", "已完成 6 场")));
    form.put("ledger", ledger);
    form.put("separateAccounts", true);
    return form;
  }

  /**
   * A ledger line on the filed plan's first line of its capacity (R-FUND-4: every line names its
   * budget line), as the society picks it from the list.
   */
  protected Map<String, Object> expense(LocalDate date, String capacity, String category, String purpose,
      Object amount, String voucher) {
    int budgetLine = 0;
    List<Map<String, Object>> lines = budgetLines();
    for (int i = 0; i < lines.size() && budgetLine == 0; i++) {
      budgetLine = capacity.equals(lines.get(i).get("capacity")) ? i + 1 : 0;
    }
    return budgetLine == 0 ? Map.of("date", date.toString(), "capacity", capacity, "category", category,
        "purpose", purpose, "amount", amount, "voucher", voucher)
        : expense(date, budgetLine, capacity, category, purpose, amount, voucher);
  }

  /** A ledger line on the given line of the filed plan. */
  protected static Map<String, Object> expense(LocalDate date, int budgetLine, String capacity, String category,
      String purpose, Object amount, String voucher) {
    return Map.of("date", date.toString(), "budgetLine", String.valueOf(budgetLine), "capacity", capacity,
        "category", category, "purpose", purpose, "amount", amount, "voucher", voucher);
  }
}
