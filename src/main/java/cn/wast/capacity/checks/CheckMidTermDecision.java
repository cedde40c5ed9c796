package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-CHK-1: refuses a conclusion without its corrections or their date; the task stays open. */
@Component("checkMidTermDecision")
class CheckMidTermDecision implements ExecutionListener {

  private final ProgrammeClock clock;

  CheckMidTermDecision(ProgrammeClock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    List<String> problems = new ArrayList<>(MidTermDecision.read(values).problems(clock.today()));
    problems.addAll(CheckFinding.read(values).problems());
    InputRefusedException.refuseIfAny(problems);
  }
}
