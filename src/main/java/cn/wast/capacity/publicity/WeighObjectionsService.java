package cn.wast.capacity.publicity;

import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-3: at the end of a society's notice period (and again each time an objection against it
 * is decided), whether an objection was upheld, and how many are still under investigation.
 */
@Component("weighObjectionsService")
class WeighObjectionsService implements JavaDelegate {

  private final PlaceHolder holder;
  private final Objections objections;

  WeighObjectionsService(PlaceHolder holder, Objections objections) {
    this.holder = holder;
    this.objections = objections;
  }

  @Override
  public void execute(DelegateExecution place) {
    Objections.Standing standing = objections.standing(holder.current(place).id());
    place.setVariableLocal(RoundVariables.OBJECTIONS_PENDING, standing.pending());
    place.setVariableLocal(RoundVariables.OBJECTION_UPHELD, standing.upheld() > 0);
  }
}
