package cn.wast.capacity.support;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.application.ApplicationDocuments;
import cn.wast.capacity.application.DocumentKind;
import cn.wast.capacity.application.DocumentType;
import cn.wast.capacity.application.NewDocument;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The intake's common moves: the office opens a round, a society uploads and applies. */
public abstract class IntakeTestBase extends ProcessTestBase {

  protected static final String OFFICE = "office1";

  @Autowired protected ApplicationDocuments documents;
  /** A small but real PDF, as the upload page would store it. */
  protected static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  protected LocalDate applicationDeadline() {
    return LocalDate.of(year(), 3, 31);
  }

  protected LocalDate formalReviewDeadline() {
    return LocalDate.of(year(), 4, 30);
  }

  protected Map<String, Object> roundForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year());
    form.put("quota", 5);
    form.put("applicationDeadline", applicationDeadline().toString());
    form.put("formalReviewDeadline", formalReviewDeadline().toString());
    form.put("awardAmount", 200000);
    return form;
  }

  protected ProcessInstance openRound() {
    return openRound(roundForm());
  }

  protected ProcessInstance openRound(Map<String, Object> form) {
    ProcessInstance round = startForm(OFFICE, "round", form);
    executeDueJobs(); // the call goes out after the start transaction
    return round;
  }

  /** The board resolution as the upload page stores it: pending, against society and round. */
  protected void uploadBoardResolution(String societyCode) {
    uploadBoardResolution(societyCode, year());
  }

  protected void uploadBoardResolution(String societyCode, int roundYear) {
    documents.store(new NewDocument(societyCode, roundYear, null, DocumentKind.BOARD_RESOLUTION,
        "理事会决议.pdf", DocumentType.PDF, PDF, DemoUsers.userOf(societyCode), now()));
  }

  /** Every field of the application form filled in correctly. */
  protected Map<String, Object> applicationForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year());
    form.put("achievementC1", "举办华中地区机械工程学术年会，参会代表八百余人，发布学科发展报告一部。");
    form.put("achievementC2", "承接市科技局委托开展科技评价十二项，主持制定团体标准三项。");
    form.put("achievementC3", "开展会员继续教育培训二十期，举荐青年科技人才十五名。");
    form.put("achievementC4", "完成理事会换届，健全会员管理制度，新增专职工作人员两名。");
    form.put("boardBody", "BOARD");
    form.put("boardMeetingDate", LocalDate.of(year(), 2, 20).toString());
    form.put("boardResolutionNumber", "学会〔" + year() + "〕3号");
    form.put("contactName", "张明");
    form.put("contactPhone", "027-85551234");
    form.put("contactEmail", "zhangming@example.cn");
    form.put("declaration", true);
    return form;
  }

  protected ProcessInstance apply(String societyCode) {
    return apply(societyCode, applicationForm());
  }

  protected ProcessInstance apply(String societyCode, Map<String, Object> form) {
    return startForm(DemoUsers.userOf(societyCode), "application", form);
  }

  protected long rows(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  protected long instancesOf(String processKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
  }
}
