package cn.wast.capacity.application;

import static cn.wast.capacity.application.ApplicationVariables.APPLICATION_KEY;
import static cn.wast.capacity.application.ApplicationVariables.DOCUMENTS_MARKDOWN;
import static cn.wast.capacity.application.ApplicationVariables.ROUND_YEAR;
import static cn.wast.capacity.application.ApplicationVariables.SHOWN_MATERIALS;
import static cn.wast.capacity.application.ApplicationVariables.SOCIETY_CODE;
import static cn.wast.capacity.application.ApplicationVariables.SUPPORT_HISTORY_MARKDOWN;

import cn.wast.capacity.access.WithoutAuthorization;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentsMarkdown;
import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the variables the formal-review form shows: the typed materials as literal text and the
 * approving body in words ({@link ShownMaterials}), the list of uploaded files with their
 * links and the society's support in earlier rounds (R-DYN-1). Run on submission and on each
 * correction.
 */
@Component
public class SubmittedMaterials {

  private final ApplicationDocuments documents;
  private final RuntimeService runtimeService;
  private final PastSupport histories;

  SubmittedMaterials(ApplicationDocuments documents, RuntimeService runtimeService, PastSupport histories) {
    this.documents = documents;
    this.runtimeService = runtimeService;
    this.histories = histories;
  }

  /**
   * R-REV-1: a file of an application in correction was uploaded or deleted. The correction task
   * and the office's form show the application's files as they are now, not as they were.
   */
  public void filesChanged(String applicationKey) {
    String files = DocumentsMarkdown.of(documents.listForApplication(applicationKey));
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationKey)
        .processDefinitionKey(ApplicationVariables.PROCESS).list()
        .forEach(instance -> runtimeService.setVariable(instance.getId(), DOCUMENTS_MARKDOWN, files));
  }

  /**
   * R-DYN-1: the society's support was decided while an application of it is open: its formal
   * review shows the history as it is now.
   */
  @EventListener
  void supportHistoryChanged(SupportHistoryChanged changed) {
    // On behalf of the programme: whoever decided (the office at a final acceptance) need not
    // hold the right to change the society's application.
    WithoutAuthorization.run(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ApplicationVariables.PROCESS)
        .variableValueEquals(SOCIETY_CODE, changed.societyCode()).list()
        .forEach(instance -> runtimeService.setVariable(instance.getId(), SUPPORT_HISTORY_MARKDOWN, histories.before(
            changed.societyCode(), ((Number) runtimeService.getVariable(instance.getId(), ROUND_YEAR)).intValue())
            .officeMarkdown())));
  }

  public void describe(VariableScope application) {
    String key = (String) application.getVariable(APPLICATION_KEY);
    application.setVariable(DOCUMENTS_MARKDOWN, DocumentsMarkdown.of(documents.listForApplication(key)));
    if (application.hasVariable(ApplicationVariables.FORMER_BOARD_BODY_TEXT)) {
      application.setVariables(ShownMaterials.formerCopies(ShownMaterials.ALL, application::getVariable));
    } else {
      application.setVariable(SHOWN_MATERIALS, ShownMaterials.of(ShownMaterials.ALL, application::getVariable));
    }
    application.setVariable(SUPPORT_HISTORY_MARKDOWN, histories.before((String) application.getVariable(SOCIETY_CODE),
        RoundVariables.roundYear(application)).officeMarkdown());
  }
}
