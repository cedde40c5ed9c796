package cn.wast.capacity.deadlines;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Issue 18, finding 6: the implementation's deadlines that the society must meet. Each keeps its
 * moment, reminder and text in process variables named {@code <prefix>DueAt},
 * {@code <prefix>ReminderAt} and {@code <prefix>DueText}; its elements in {@code implementation.bpmn}
 * end with its {@link #elementSuffix}.
 */
public enum Deadline {

  FUND_PLAN("经费使用管理方案", "plan", "SubmitFundPlan", "Plan"),
  MID_TERM_REPORT("中期检查材料", "report", "SubmitMidTermReport", "MidTermReport"),
  FINAL_REPORT("结项验收材料", "report", "SubmitFinalReport", "FinalReport"),
  CORRECTIONS("中期检查整改", "corrections", null, "Corrections");

  private final String label;
  private final String prefix;
  private final String societyTask;
  private final String elementSuffix;

  Deadline(String label, String prefix, String societyTask, String elementSuffix) {
    this.label = label;
    this.prefix = prefix;
    this.societyTask = societyTask;
    this.elementSuffix = elementSuffix;
  }

  public String label() {
    return label;
  }

  String dueAt() {
    return prefix + "DueAt";
  }

  String reminderAt() {
    return prefix + "ReminderAt";
  }

  /**
   * The deadline lateness counts from: the one that passed, when the office urged with a short
   * date (which excuses nothing); the deadline in force otherwise (an extension excuses).
   */
  String lateSince() {
    return prefix + "LateSince";
  }

  Instant lateSinceIn(VariableScope scope) {
    Date since = (Date) scope.getVariable(lateSince());
    return (since != null ? since : (Date) scope.getVariable(dueAt())).toInstant();
  }

  String dueText() {
    return prefix + "DueText";
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
