package cn.wast.capacity.publicity;

import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the variables of the process 公示异议处理 ({@code objection.bpmn}), started by the public
 * page with the objection's facts, and of its form's fields.
 */
public final class ObjectionVariables {

  /** The key of the objection process, {@code objection}. */
  public static final String PROCESS = "objection";

  public static final String OBJECTION_ID = "objectionId";
  public static final String ROUND_YEAR = RoundVariables.ROUND_YEAR;
  public static final String APPLICATION_KEY = "applicationKey";
  public static final String SOCIETY_NAME = "societyName";
  public static final String SOCIETY_NAME_MARKDOWN = "societyNameMarkdown";
  public static final String OBJECTOR_NAME = "objectorName";
  public static final String OBJECTOR_CONTACT = "objectorContact";
  public static final String GROUNDS = "grounds";
  /** What the public typed, as the office's form shows it: text, never markdown or links. */
  public static final String GROUNDS_MARKDOWN = "groundsMarkdown";
  public static final String OBJECTOR_MARKDOWN = "objectorMarkdown";
  public static final String ATTACHMENT_LINK = "attachmentLink";
  public static final String RECEIVED_AT_TEXT = "receivedAtText";
  /** Whether the office upheld the objection; set when its decision is recorded. */
  public static final String OBJECTION_UPHELD = "objectionUpheld";

  // The form investigate-objection.
  public static final String OBJECTION_DECISION = "objectionDecision";
  public static final String OBJECTION_REASONS = "objectionReasons";
  public static final String FRAUD_FOUND = "fraudFound";

  /** The ids of the process's elements that Java names: user tasks, timers. */
  public static final class Elements {

    public static final String INVESTIGATE_OBJECTION = "InvestigateObjection";

    private Elements() {}
  }

  private ObjectionVariables() {}

  /** The objection's id; the process holds it from its start. */
  public static long objectionId(VariableScope scope) {
    return ((Number) scope.getVariable(OBJECTION_ID)).longValue();
  }

  public static String applicationKey(VariableScope scope) {
    return (String) scope.getVariable(APPLICATION_KEY);
  }
}
