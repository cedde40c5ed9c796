package cn.wast.capacity.review;

import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationMaterials;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.society.SocietyRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: opens one review seat (one instance of 专家评审): its application, the materials the
 * expert reads, the scale they score on, and the expert holding it. Everything is local to the
 * seat.
 */
@Component("openReviewSeat")
class OpenReviewSeat implements ExecutionListener {

  private final Applications applications;
  private final ApplicationMaterials materials;
  private final SocietyRegistry societies;
  private final SeatHolder holder;
  private final ReviewProperties review;

  OpenReviewSeat(Applications applications, ApplicationMaterials materials, SocietyRegistry societies,
      SeatHolder holder, ReviewProperties review) {
    this.applications = applications;
    this.materials = materials;
    this.societies = societies;
    this.holder = holder;
    this.review = review;
  }

  @Override
  public void notify(DelegateExecution seat) {
    Application application = applications.find(ReviewVariables.application(seat))
        .orElseThrow();
    seat.setVariableLocal(ReviewVariables.SEAT_APPLICATION_KEY, application.businessKey());
    seat.setVariableLocal(ReviewVariables.SEAT_SOCIETY_NAME, societies.findByCode(application.societyCode()).orElseThrow().name());
    seat.setVariableLocal(ReviewVariables.SCORE_GUIDE, review.scale().guide());
    seat.setVariableLocal(ReviewVariables.SEAT_WITHDRAWN, false);
    seat.setVariableLocal(ReviewVariables.REPLACEMENT_FOUND, false);
    seat.setVariableLocal(ReviewVariables.MISSING_SCORE_CAUSE, null);
    seat.setVariableLocal(ReviewVariables.MISSING_SCORE_TEXT, null);
    seat.setVariablesLocal(materials.forReviewers(application));
    holder.show(seat, holder.current(seat));
  }
}
