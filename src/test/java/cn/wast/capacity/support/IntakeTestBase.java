package cn.wast.capacity.support;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.documents.DocumentType;
import cn.wast.capacity.documents.NewDocument;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The intake's common moves: the office opens a round, a society uploads and applies. */
public abstract class IntakeTestBase extends ProcessTestBase {

  protected static final String OFFICE = "office1";

  @Autowired protected ApplicationDocuments documents;
  /** A small but real PDF, as the upload page would store it. */
  protected static final byte[] PDF = SampleForms.PDF;

  protected LocalDate applicationDeadline() {
    return LocalDate.of(year(), 3, 31);
  }

  protected LocalDate formalReviewDeadline() {
    return LocalDate.of(year(), 4, 30);
  }

  protected Map<String, Object> roundForm() {
    return SampleForms.round(year(), applicationDeadline(), formalReviewDeadline());
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
    return SampleForms.application(year());
  }

  protected ProcessInstance apply(String societyCode) {
    return apply(societyCode, applicationForm());
  }

  protected ProcessInstance apply(String societyCode, Map<String, Object> form) {
    return startForm(DemoUsers.userOf(societyCode), "application", form);
  }

  /**
   * Two societies apply; the office asks the second for a correction, which becomes a task of its
   * group: work in progress that the first society must not see.
   */
  protected ProcessInstance bothApplySecondAwaitsCorrection(String first, String second) {
    openRound();
    uploadBoardResolution(first);
    uploadBoardResolution(second);
    apply(first);
    ProcessInstance awaiting = apply(second);
    executeDueJobs();
    claimAndComplete(OFFICE, singleTask(OFFICE, awaiting.getId()), SampleForms.correction("请补充 C2 方面的证明材料。"));
    return awaiting;
  }

  protected long rows(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  protected long instancesOf(String processKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
  }
}
