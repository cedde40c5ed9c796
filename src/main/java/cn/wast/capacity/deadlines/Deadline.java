package cn.wast.capacity.deadlines;

import cn.wast.capacity.funds.ImplementationVariables;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Issue 18, finding 6: the implementation's deadlines that the society must meet. Each keeps its
 * moment, reminder, text and the deadline lateness counts from in process variables of
 * {@link ImplementationVariables} ({@code planDueAt}, {@code planReminderAt}, {@code planDueText},
 * {@code planLateSince} for the fund plan); its elements in {@code implementation.bpmn} end with its
 * {@link #elementSuffix}.
 */
public enum Deadline {

  FUND_PLAN("经费使用管理方案", new Names(ImplementationVariables.PLAN_DUE_AT,
      ImplementationVariables.PLAN_REMINDER_AT, ImplementationVariables.PLAN_DUE_TEXT,
      ImplementationVariables.PLAN_LATE_SINCE), ImplementationVariables.Elements.SUBMIT_FUND_PLAN, "Plan"),
  MID_TERM_REPORT("中期检查材料", Names.REPORT, ImplementationVariables.Elements.SUBMIT_MID_TERM_REPORT, "MidTermReport"),
  FINAL_REPORT("结项验收材料", Names.REPORT, ImplementationVariables.Elements.SUBMIT_FINAL_REPORT, "FinalReport"),
  CORRECTIONS("中期检查整改", new Names(ImplementationVariables.CORRECTIONS_DUE_AT,
      ImplementationVariables.CORRECTIONS_REMINDER_AT, ImplementationVariables.CORRECTIONS_DUE_TEXT,
      ImplementationVariables.CORRECTIONS_LATE_SINCE), null, "Corrections");

  /** The names of a deadline's variables; the two reports share theirs, one check at a time. */
  private record Names(String dueAt, String reminderAt, String dueText, String lateSince) {
    static final Names REPORT = new Names(ImplementationVariables.REPORT_DUE_AT,
        ImplementationVariables.REPORT_REMINDER_AT, ImplementationVariables.REPORT_DUE_TEXT,
        ImplementationVariables.REPORT_LATE_SINCE);
  }

  private final String label;
  private final Names names;
  private final String societyTask;
  private final String elementSuffix;

  Deadline(String label, Names names, String societyTask, String elementSuffix) {
    this.label = label;
    this.names = names;
    this.societyTask = societyTask;
    this.elementSuffix = elementSuffix;
  }

  public String label() {
    return label;
  }

  String dueAt() {
    return names.dueAt();
  }

  String reminderAt() {
    return names.reminderAt();
  }

  /**
   * The deadline lateness counts from: the one that passed, when the office urged with a short
   * date (which excuses nothing); the deadline in force otherwise (an extension excuses).
   */
  String lateSince() {
    return names.lateSince();
  }

  Instant lateSinceIn(VariableScope scope) {
    Date since = (Date) scope.getVariable(lateSince());
    return (since != null ? since : (Date) scope.getVariable(dueAt())).toInstant();
  }

  String dueText() {
    return names.dueText();
  }

  /** The society's task that meets the deadline; none for corrections, which the office confirms. */
  String societyTask() {
    return societyTask;
  }

  /** The deadline an element of the process serves, by its id (HandleOverduePlan, ConfirmCorrections, …). */
  static Deadline ofElement(String activityId) {
    return Arrays.stream(values()).filter(d -> activityId.endsWith(d.elementSuffix)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no deadline for element " + activityId));
  }
}
