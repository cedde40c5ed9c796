package cn.wast.capacity.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.checks.CheckKind;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.WebappSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SUP-1 R-SUP-2: a revocation while the office reviews a check, as the public page shows it. */
class RevocationMidCheckTest extends CheckTestBase {

  @AfterEach
  void forgetBan() {
    jdbc.update("DELETE FROM society_fraud_ban WHERE society_code = ? AND decided_on >= ?", SOCIETY,
        java.time.LocalDate.of(year(), 1, 1));
  }

  @Test
  @DisplayName("R-SUP-2: the mid-term check the revocation ended reads 因撤销资格终止 on the public page, not 审核中 forever")
  void publicPageShowsTheCheckEndedByRevocation() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"))));
    assertThat(implementation).isWaitingAt("ReviewMidTerm");
    assertThat(midTermOnPublicPage()).isEqualTo("审核中");

    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year());
    form.put("societyCode", SOCIETY);
    form.put("grounds", "审计发现该学会中期台账所列会场租赁发票系虚开，会议实际未举办。");
    ProcessInstance disqualification = startForm(OFFICE, "disqualification", form);
    Map<String, Object> finding = new HashMap<>();
    finding.put("fraudDecision", "confirmed");
    finding.put("decisionNumber", "武科协〔2026〕12号");
    finding.put("findings", "经核实，会场租赁发票系虚开，学术年会未举办。");
    claimAndComplete(OFFICE, singleTask(OFFICE, disqualification.getId()), finding);

    assertThat(implementation).isEnded();
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM).orElseThrow().outcome()).isNull();
    assertThat(midTermOnPublicPage()).isEqualTo("因撤销资格终止");
  }

  /** The 中期检查 cell of the society's row in the year's 通报表彰 table. */
  private String midTermOnPublicPage() {
    String page = WebappSession.anonymous(port).get("/public/").text();
    String table = page.substring(page.indexOf("id=\"awards-" + year() + "\""));
    table = table.substring(0, table.indexOf("</table>"));
    String row = java.util.Arrays.stream(table.split("<tr")).filter(r -> r.contains("武汉药学会")).findFirst()
        .orElseThrow(() -> new AssertionError("no award row for 武汉药学会 in " + page));
    List<String> cells = java.util.regex.Pattern.compile("<td[^>]*>(.*?)</td>", java.util.regex.Pattern.DOTALL)
        .matcher(row).results().map(m -> m.group(1).replaceAll("<[^>]+>", "").strip()).toList();
    return cells.get(5);
  }
}
