package cn.wast.capacity.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Tasklist shows a start form with no variables (only a task's form gets them), so what the
 * system knows must travel in the form itself: for a signed-in user the deployed start form is
 * answered with the {@link StartFormPrefill} of its process applied (default values, a notice at
 * the top). The REST API and the webapps read it through the same command.
 */
class PrefilledStartForms extends CommandInterceptor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngineConfigurationImpl engine;
  private final ObjectProvider<StartFormPrefill> prefills;

  PrefilledStartForms(ProcessEngineConfigurationImpl engine, ObjectProvider<StartFormPrefill> prefills) {
    this.engine = engine;
    this.prefills = prefills;
  }

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    if (!(command instanceof GetDeployedStartFormCmd) || user == null || user.getUserId() == null || result == null) {
      return result;
    }
    String definitionId = SubmissionGuard.read(command, "processDefinitionId");
    ProcessDefinition definition = engine.getDeploymentCache().findDeployedProcessDefinitionById(definitionId);
    Optional<StartFormPrefill> prefill = prefills.orderedStream()
        .filter(p -> p.processKey().equals(definition.getKey())).findFirst();
    if (prefill.isEmpty()) {
      return result;
    }
    try (InputStream form = (InputStream) result) {
      ObjectNode schema = (ObjectNode) JSON.readTree(form);
      prefill.get().fill(user, schema);
      @SuppressWarnings("unchecked")
      T filled = (T) new ByteArrayInputStream(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(schema));
      return filled;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
