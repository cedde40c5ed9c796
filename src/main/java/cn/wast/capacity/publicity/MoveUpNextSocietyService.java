package cn.wast.capacity.publicity;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.review.ReviewResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-3: the society the office moved up takes the place and stands in public for a notice
 * period of its own; it is told so like the others were.
 */
@Component("moveUpNextSocietyService")
class MoveUpNextSocietyService implements JavaDelegate {

  private final PlaceHolder holder;
  private final ProposedSocieties proposed;
  private final Applications applications;
  private final ReviewResults results;

  MoveUpNextSocietyService(PlaceHolder holder, ProposedSocieties proposed, Applications applications,
      ReviewResults results) {
    this.holder = holder;
    this.proposed = proposed;
    this.applications = applications;
    this.results = results;
  }

  @Override
  public void execute(DelegateExecution place) {
    NoticeEntry removed = holder.current(place);
    String key = MoveUpDecision.read(FormValues.of(place)).candidate().orElseThrow();
    holder.show(place, proposed.publish(applications.find(key).orElseThrow(), results.find(key).orElseThrow(),
        removed.place(), true, place.getProcessInstanceId()));
  }
}
