package cn.wast.capacity.formalreview;

import static cn.wast.capacity.application.ApplicationVariables.APPLICATION_KEY;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.application.SubmittedMaterials;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-REV-1: the corrected application goes back to formal review, with a fresh decision to take. */
@Component("receiveCorrectionService")
class ReceiveCorrectionService implements JavaDelegate {

  private final Applications applications;
  private final SubmittedMaterials materials;

  ReceiveCorrectionService(Applications applications, SubmittedMaterials materials) {
    this.applications = applications;
    this.materials = materials;
  }

  @Override
  public void execute(DelegateExecution execution) {
    applications.moveTo((String) execution.getVariable(APPLICATION_KEY), ApplicationStatus.IN_FORMAL_REVIEW);
    materials.describe(execution);
    execution.removeVariable(ApplicationVariables.FORMAL_REVIEW_DECISION);
  }
}
