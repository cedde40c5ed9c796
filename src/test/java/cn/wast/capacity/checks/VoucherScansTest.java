package cn.wast.capacity.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.SampleFiles;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-FUND-2: every ledger line of a check's report carries its voucher scan (凭证扫描件), uploaded
 * on the upload page against its voucher number; a line without one is refused; the office opens
 * the scans from the check task, and nobody else but the society, the auditors and admins may.
 */
class VoucherScansTest extends CheckTestBase {

  /** The one ledger line of these tests. */
  private Map<String, Object> meetingLine(String voucher) {
    return expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, voucher);
  }

  private WebappSession society() {
    return WebappSession.login(port, DemoUsers.userOf(SOCIETY), "demo");
  }

  private static String token(WebappSession session) {
    return WebappSession.hiddenField(session.get("/documents").text(), "_csrf").orElseThrow();
  }

  private Response uploadScan(WebappSession session, String voucher, String fileName) {
    Map<String, String> fields = new HashMap<>();
    fields.put("_csrf", token(session));
    fields.put("applicationKey", applicationKey(SOCIETY));
    fields.put("kind", "VOUCHER_SCAN");
    fields.put("voucher", voucher);
    return session.postMultipart("/documents/upload", fields, new FilePart("file", fileName, "application/pdf",
        SampleFiles.pdfTitled(fileName)));
  }

  private List<DocumentInfo> scans() {
    return documents.listForApplication(applicationKey(SOCIETY)).stream()
        .filter(d -> d.kind().name().equals("VOUCHER_SCAN")).toList();
  }

  @Test
  @DisplayName("R-FUND-2: a ledger line without its voucher scan is refused; after the scan's upload it is accepted,"
      + " and the office opens the scan from the check task")
  void aLedgerLineWithoutAScanIsRefusedWithOneAccepted() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    Map<String, Object> materials = materials(List.of(meetingLine("记-001")));
    assertThatThrownBy(() -> claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("支出台账第 1 行" + RuleClauses.of("R-FUND-2").tag()
            + "凭证号 记-001 尚未上传凭证扫描件，请先在材料上传页面上传");
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM)).isEmpty();
    assertThat(implementation).isWaitingAt("SubmitMidTermReport");

    // Typed in full width on the upload page, it is the ledger's 记-001 all the same.
    WebappSession society = society();
    Response upload = uploadScan(society, "  记－００１ ", "会场租赁发票.pdf");
    assertThat(upload.status()).isEqualTo(302);
    assertThat(uploadScan(society, "记-001", "会场租赁合同.pdf").status()).isEqualTo(302);
    assertThat(scans()).extracting(DocumentInfo::fileName).containsExactly("会场租赁发票.pdf", "会场租赁合同.pdf");
    String page = society.follow(upload).text();
    String token = token(society);
    assertThat(page).contains("凭证扫描件（按凭证号）", "会场租赁发票.pdf", "会场租赁合同.pdf")
        .containsPattern("class=\"voucher-number\"[^>]*>\\s*<span>记-001</span>");

    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials);
    Task review = officeTask(implementation, "ReviewMidTerm");
    String ledger = as(OFFICE, () -> (String) taskService.getVariable(review.getId(), "ledgerText"));
    long scan = scans().get(0).id();
    assertThat(ledger).contains("记\\-001", "会场租赁发票.pdf](/documents/" + scan + ")",
        "会场租赁合同.pdf](/documents/" + scans().get(1).id() + ")");

    Response opened = WebappSession.login(port, OFFICE, "demo").get("/documents/" + scan);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body()).isEqualTo(SampleFiles.pdfTitled("会场租赁发票.pdf"));
    assertThat(WebappSession.login(port, "auditor1", "demo", "cockpit").get("/documents/" + scan).status())
        .isEqualTo(200);
    assertThat(society.get("/documents/" + scan).status()).isEqualTo(200);
    // Another society, and an expert who scored this society's application, may not.
    assertThat(WebappSession.login(port, DemoUsers.userOf("WHSX"), "demo").get("/documents/" + scan).status())
        .isEqualTo(403);
    assertThat(WebappSession.login(port, EXPERTS.get(0), "demo").get("/documents/" + scan).status())
        .isEqualTo(403);

    // The scan of a submitted ledger's voucher stays.
    Response delete = society.postForm("/documents/" + scan + "/delete", Map.of("_csrf", token));
    assertThat(delete.status()).isEqualTo(403);
    assertThat(delete.text()).contains("凭证号 记-001", "已提交");
    assertThat(scans()).hasSize(2);
  }

  @Test
  @DisplayName("R-FUND-2: a year's ledger of 60 lines, more than 4,000 characters, reaches the office's check task whole, every line with its scan")
  void aLongLedgerReachesTheOfficeWhole() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    List<Map<String, Object>> ledger = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      String voucher = "记-" + i;
      uploadScans(voucher);
      ledger.add(expense(filedOn.plusDays(10), "C1", "MEETING", "学术年会分会场第" + i + "场会务(茶歇)", 500, voucher));
    }

    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(ledger));

    Task review = officeTask(implementation, "ReviewMidTerm");
    List<String> shown = as(OFFICE, () -> (String) taskService.getVariable(review.getId(), "ledgerText")).lines().toList();
    assertThat(shown).hasSize(60);
    assertThat(shown.get(59)).startsWith("60. ").contains("第60场会务\\(茶歇\\)", "凭证号 记\\-60",
        "[凭证记-60.pdf](/documents/");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("The upload page takes a scan only with its voucher number (at most 50 characters); a refusal keeps"
      + " what was typed and stores nothing; a scan not yet in a submitted ledger may be deleted")
  void aScanNeedsItsVoucherNumber() {
    WebappSession society = society();
    Response none = uploadScan(society, " ", "发票.pdf");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.text()).contains("请填写凭证号");
    Response tooLong = uploadScan(society, "记".repeat(51), "发票.pdf");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.text()).contains("凭证号不能超过 50 个字符", "记".repeat(51));
    assertThat(scans()).isEmpty();

    assertThat(uploadScan(society, "记-009", "发票.pdf").status()).isEqualTo(302);
    long scan = scans().get(0).id();
    assertThat(society.postForm("/documents/" + scan + "/delete", Map.of("_csrf", token(society))).status())
        .isEqualTo(302);
    assertThat(scans()).isEmpty();
  }
}
