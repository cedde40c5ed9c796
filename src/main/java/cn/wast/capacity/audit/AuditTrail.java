package cn.wast.capacity.audit;

import java.util.List;

/**
 * Everything the system keeps about one process instance, for an auditor: the instance, every
 * activity with who completed it, the user operation log, every variable change, the decisions
 * with their reasons, the mails sent, and the instances related to it.
 */
public record AuditTrail(
    Instance instance,
    List<Activity> activities,
    List<Operation> operations,
    List<VariableChange> variables,
    List<Decision> decisions,
    List<Mail> mails,
    List<Instance> related) {

  /** A process instance as the list and the trail show it. */
  public record Instance(String id, String process, String processName, String businessKey, String state,
      String startedAt, String endedAt, String startedBy, String outcome, String superInstanceId) {}

  /** One activity: what, of which kind, when it started and ended, and who completed it. */
  public record Activity(String id, String name, String type, String startedAt, String endedAt, String completedBy) {}

  /** One entry of the engine's user operation log. */
  public record Operation(String at, String user, String operation, String entity, String property, String from,
      String to) {}

  /** One change of a variable, in order: its Chinese name, the engine's name, the value as read. */
  public record VariableChange(String at, String label, String name, String value, int revision,
      String activityInstanceId) {}

  /** A decision of the office or a rule, with its reasons as recorded. */
  public record Decision(String what, String value) {}

  /** A mail from the outbox. */
  public record Mail(String createdAt, String recipient, String subject, String delivery, String body) {}
}
