package cn.wast.capacity.formalreview;

import static cn.wast.capacity.application.ApplicationVariables.APPLICATION_KEY;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationForm;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.rules.RuleClauses;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-REV-1, R-APP-2, R-APP-3: a corrected application is checked exactly as a new one is; a
 * refused correction leaves the task open and the variables as they were.
 */
@Component("checkCorrectedApplication")
class CheckCorrectedApplication implements ExecutionListener {

  private final ApplicationDocuments documents;
  private final ProgrammeClock clock;

  CheckCorrectedApplication(ApplicationDocuments documents, ProgrammeClock clock) {
    this.documents = documents;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ApplicationForm form = ApplicationForm.read(FormValues.of(execution));
    List<String> problems = new ArrayList<>(form.problems(clock.today()));
    if (!documents.hasBoardResolution((String) execution.getVariable(APPLICATION_KEY))) {
      problems.add(RuleClauses.reason("R-APP-2", "申报材料中没有理事会（常务理事会）决议文件：请在上传页面上传后再提交"));
    }
    InputRefusedException.refuseIfAny(problems);
    form.writeTo(execution);
  }
}
