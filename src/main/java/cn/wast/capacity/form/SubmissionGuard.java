package cn.wast.capacity.form;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.Groups;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * The one gate every submission of a signed-in user passes, whichever way it came (Tasklist,
 * the engine REST API, our draft page): a task or start form submission may carry only the
 * fields of that task's or start event's Camunda Form, and no business key of the user's
 * choosing; writing variables, messages, signals and instance modifications, which no form
 * does, is for administrators only. Those are refused before the engine runs the command.
 *
 * <p>A value the form would not take (a number as words, a choice not offered, a text too long)
 * is refused too, inside the command's transaction, so nothing is stored: when the process's
 * own checks refuse the submission as well, their reasons, which cite the programme's rules,
 * are the answer; otherwise the form's.
 *
 * <p>Only a user's own commands are judged: the commands a process step issues inside a running
 * command, and those of the job executor and the public pages (no signed-in user), are the
 * system's. The gate stands inside the command context, among the engine's last interceptors.
 */
final class SubmissionGuard extends CommandInterceptor {

  static final String NOT_BY_FORM = "只能通过任务表单提交数据，不能直接修改流程变量、发送消息或调整流程";
  static final String NO_BUSINESS_KEY = "业务编号由系统生成，提交时不能指定";

  private static final List<Class<?>> NOT_A_FORM = List.of(
      AbstractSetVariableCmd.class, AbstractPatchVariablesCmd.class, AbstractRemoveVariableCmd.class,
      SetVariablesToProcessInstancesBatchCmd.class, AbstractCorrelateMessageCmd.class,
      CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
      SignalCmd.class, AbstractModificationCmd.class, ModifyProcessInstanceCmd.class,
      ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
      ProcessInstanceModificationBatchCmd.class, AbstractRestartProcessInstanceCmd.class,
      EvaluateStartConditionCmd.class, CompleteExternalTaskCmd.class, StartProcessInstanceAtActivitiesCmd.class);

  private final ProcessEngineConfigurationImpl engine;
  /** How deep in commands this thread is: only the outermost is the user's own. */
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

  SubmissionGuard(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean outermost = depth.get()[0]++ == 0;
    try {
      Authentication user = engine.getIdentityService().getCurrentAuthentication();
      if (!outermost || user == null || user.getUserId() == null) {
        return next.execute(command);
      }
      List<String> valueProblems = judge(command, Groups.includeAdmin(user.getGroupIds()));
      T result = next.execute(command);
      InputRefusedException.refuseIfAny(valueProblems);
      return result;
    } finally {
      depth.get()[0]--;
    }
  }

  /** Refuses what may not be submitted at all; answers what the form says of the values. */
  private List<String> judge(Command<?> command, boolean administrator) {
    if (command instanceof SubmitTaskFormCmd) {
      return checkTask(read(command, "taskId"), read(command, "properties"));
    } else if (command instanceof CompleteTaskCmd) {
      return checkTask(read(command, "taskId"), read(command, "variables"));
    } else if (command instanceof SubmitStartFormCmd) {
      refuseBusinessKey(read(command, "businessKey"), administrator);
      return checkStart(read(command, "processDefinitionId"), null, read(command, "variables"));
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start = read(command, "instantiationBuilder");
      if (!administrator && (start.getModificationBuilder().isSkipCustomListeners()
          || start.getModificationBuilder().isSkipIoMappings())) {
        throw new AuthorizationException(NOT_BY_FORM);
      }
      refuseBusinessKey(start.getBusinessKey(), administrator);
      return checkStart(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getVariables());
    } else if (!administrator && NOT_A_FORM.stream().anyMatch(kind -> kind.isInstance(command))) {
      throw new AuthorizationException(NOT_BY_FORM);
    }
    return List.of();
  }

  private List<String> checkTask(String taskId, Map<String, Object> submitted) {
    if (submitted == null || submitted.isEmpty()) {
      return List.of();
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    return task == null ? List.of() : check(Optional.ofNullable(task.getCamundaFormRef()), submitted);
  }

  private List<String> checkStart(String definitionId, String definitionKey, Map<String, Object> submitted) {
    if (submitted == null || submitted.isEmpty()) {
      return List.of();
    }
    String id = definitionId;
    if (id == null && definitionKey != null) {
      ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(definitionKey).latestVersion().singleResult();
      id = latest == null ? null : latest.getId();
    }
    if (id == null) {
      return List.of();
    }
    StartFormData start = engine.getFormService().getStartFormData(id);
    return check(Optional.ofNullable(start).map(StartFormData::getCamundaFormRef), submitted);
  }

  /**
   * Refuses names the form does not have, and dates that cannot be read (the process would only
   * find them missing); writes the dates the one way the processes read them; answers the
   * problems of the other values.
   */
  private static List<String> check(Optional<CamundaFormRef> formRef, Map<String, Object> submitted) {
    if (formRef.isEmpty()) {
      throw new InputRefusedException("此步骤没有表单，提交时不能附带任何内容");
    }
    FormDefinition form = FormDefinition.shipped(formRef.get().getKey())
        .orElseThrow(() -> new InputRefusedException(NOT_SHIPPED));
    InputRefusedException.refuseIfAny(SubmittedFields.strangers(form, submitted));
    InputRefusedException.refuseIfAny(SubmittedFields.unreadable(form, submitted));
    SubmittedDates.normalise(form, submitted);
    InputRefusedException.refuseIfAny(SubmittedFields.dateProblems(form, submitted));
    return SubmittedFields.valueProblems(form, submitted);
  }

  /** A form deployed past the build (over REST, say): the system cannot check what it asks for. */
  static final String NOT_SHIPPED = "此步骤的表单不是本系统发布的表单，无法核对提交的内容，本次提交未保存；请联系系统管理员";

  private static void refuseBusinessKey(String businessKey, boolean administrator) {
    if (businessKey != null && !administrator) {
      throw new InputRefusedException(NO_BUSINESS_KEY);
    }
  }

  /** A field of one of the engine's command classes, which keep what was submitted to themselves. */
  @SuppressWarnings("unchecked")
  static <V> V read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException("no field " + name + " in " + command.getClass().getName());
  }
}
