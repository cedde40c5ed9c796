package cn.wast.capacity.audit;

import cn.wast.capacity.ChineseDates;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * The engine's user operation log in Chinese: what was done (创建, 认领, 完成 …), to what, and which
 * property changed. Codes the engine has added since are shown as they are.
 */
final class OperationNames {

  private static final Map<String, String> OPERATIONS = Map.ofEntries(
      Map.entry("Assign", "指派"), Map.entry("Claim", "认领"), Map.entry("Complete", "完成"),
      Map.entry("Create", "创建"), Map.entry("Delegate", "委托"), Map.entry("Delete", "删除"),
      Map.entry("Resolve", "办结委托"), Map.entry("SetOwner", "设置所有者"), Map.entry("SetPriority", "设置优先级"),
      Map.entry("SetName", "修改名称"), Map.entry("SetDescription", "修改说明"),
      Map.entry("SetFollowUpDate", "设置跟进日期"), Map.entry("SetDueDate", "设置截止日期"),
      Map.entry("RecalculateDueDate", "重算截止日期"), Map.entry("Update", "修改"), Map.entry("Activate", "激活"),
      Map.entry("Suspend", "挂起"), Map.entry("Migrate", "迁移"), Map.entry("AddUserLink", "添加人员"),
      Map.entry("DeleteUserLink", "移除人员"), Map.entry("AddGroupLink", "添加组"),
      Map.entry("DeleteGroupLink", "移除组"), Map.entry("Unlock", "解锁"), Map.entry("Execute", "执行"),
      Map.entry("Evaluate", "评估"), Map.entry("AddAttachment", "添加附件"), Map.entry("DeleteAttachment", "删除附件"),
      Map.entry("DeleteHistory", "删除历史"), Map.entry("ModifyProcessInstance", "修改流程实例"),
      Map.entry("RestartProcessInstance", "重启流程实例"), Map.entry("SuspendJob", "挂起作业"),
      Map.entry("ActivateJob", "激活作业"), Map.entry("SetJobRetries", "设置作业重试次数"),
      Map.entry("SetVariable", "设置变量"), Map.entry("SetVariables", "设置变量"),
      Map.entry("RemoveVariable", "删除变量"), Map.entry("ModifyVariable", "修改变量"),
      Map.entry("UpdateComment", "修改评论"), Map.entry("DeleteComment", "删除评论"),
      Map.entry("CreateIncident", "创建故障"), Map.entry("SetRemovalTime", "设置清除时间"),
      Map.entry("SetAnnotation", "添加注释"), Map.entry("ClearAnnotation", "清除注释"),
      Map.entry("CorrelateMessage", "发送消息"), Map.entry("UpdateHistoryTimeToLive", "修改历史保留期"));

  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("Task", "任务"), Map.entry("IdentityLink", "任务人员"), Map.entry("Attachment", "附件"),
      Map.entry("ProcessInstance", "流程实例"), Map.entry("ProcessDefinition", "流程定义"),
      Map.entry("Job", "作业"), Map.entry("JobDefinition", "作业定义"), Map.entry("Variable", "变量"),
      Map.entry("Deployment", "部署"), Map.entry("Incident", "故障"), Map.entry("Comment", "评论"),
      Map.entry("Batch", "批处理"), Map.entry("DecisionDefinition", "决策定义"),
      Map.entry("DecisionInstance", "决策实例"), Map.entry("ExternalTask", "外部任务"),
      Map.entry("Authorization", "授权"), Map.entry("User", "用户"), Map.entry("Group", "组"));

  private static final Map<String, String> PROPERTIES = Map.ofEntries(
      Map.entry("assignee", "办理人"), Map.entry("owner", "所有者"), Map.entry("delegation", "委托状态"),
      Map.entry("dueDate", "截止日期"), Map.entry("followUpDate", "跟进日期"), Map.entry("priority", "优先级"),
      Map.entry("name", "名称"), Map.entry("description", "说明"), Map.entry("deleteReason", "删除原因"),
      Map.entry("candidateUser", "候选人"), Map.entry("candidateGroup", "候选组"), Map.entry("userId", "用户"),
      Map.entry("groupId", "组"), Map.entry("parentTask", "上级任务"), Map.entry("processDefinitionKey", "流程"),
      Map.entry("processDefinitionId", "流程定义"), Map.entry("processInstanceId", "流程实例"),
      Map.entry("nrOfInstances", "实例数"), Map.entry("async", "异步"), Map.entry("variableName", "变量"),
      Map.entry("type", "类型"), Map.entry("suspensionState", "挂起状态"), Map.entry("retries", "重试次数"),
      Map.entry("mode", "方式"), Map.entry("cascade", "级联"), Map.entry("skipCustomListeners", "跳过监听器"),
      Map.entry("removalTime", "清除时间"), Map.entry("historyTimeToLive", "历史保留期"),
      Map.entry("delete", "任务结束"), Map.entry("annotation", "注释"), Map.entry("comment", "评论"), Map.entry("messageName", "消息"));

  private static final Map<String, String> DELEGATION = Map.of("PENDING", "委托中", "RESOLVED", "已办结");

  private OperationNames() {}

  /** 启动流程 for a process instance created, otherwise the operation's own name. */
  static String operation(String entityType, String operationType) {
    if ("ProcessInstance".equals(entityType) && "Create".equals(operationType)) {
      return "启动流程";
    }
    return named(OPERATIONS, operationType);
  }

  static String entity(String entityType) {
    return named(ENTITIES, entityType);
  }

  static String property(String property) {
    return named(PROPERTIES, property);
  }

  /** A value of the log: dates (kept as milliseconds) in the zone, a delegation state by name. */
  static String value(String property, String value, ZoneId zone) {
    if (value == null || value.equals("null")) {
      return "";
    }
    if (("dueDate".equals(property) || "followUpDate".equals(property) || "removalTime".equals(property))
        && value.matches("\\d{10,}")) {
      return ChineseDates.dateTime(Instant.ofEpochMilli(Long.parseLong(value)), zone);
    }
    if ("delegation".equals(property)) {
      return named(DELEGATION, value);
    }
    if ("true".equals(value) || "false".equals(value)) {
      return "true".equals(value) ? "是" : "否";
    }
    return value;
  }

  private static String named(Map<String, String> names, String code) {
    return code == null ? "" : names.getOrDefault(code, code);
  }
}
