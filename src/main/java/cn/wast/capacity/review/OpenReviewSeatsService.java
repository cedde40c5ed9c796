package cn.wast.capacity.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-REV-2: the seats of the application under review, as the committee's assignment made them. */
@Component("openReviewSeatsService")
class OpenReviewSeatsService implements JavaDelegate {

  private final ReviewAssignments assignments;

  OpenReviewSeatsService(ReviewAssignments assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution review) {
    String applicationKey = ReviewVariables.application(review);
    review.setVariable(ReviewVariables.SEATS, assignments.findByApplication(applicationKey).stream()
        .map(ReviewAssignment::seat).distinct().toList());
  }
}
