package cn.wast.capacity.review;

import cn.wast.capacity.FormOptions;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.review.MissingScoreDecision.Cause;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: a seat has no score coming (the deadline passed, or the expert recused and no
 * committee member was free): tells the office why and whom it may name instead.
 */
@Component("prepareMissingScoreService")
class PrepareMissingScoreService implements JavaDelegate {

  private final SeatHolder holder;
  private final ReplacementCandidates replacements;
  private final Applications applications;
  private final Experts experts;

  PrepareMissingScoreService(SeatHolder holder, ReplacementCandidates replacements, Applications applications,
      Experts experts) {
    this.holder = holder;
    this.replacements = replacements;
    this.applications = applications;
    this.experts = experts;
  }

  @Override
  public void execute(DelegateExecution seat) {
    ReviewAssignment assignment = holder.current(seat);
    Cause cause = assignment.status() == AssignmentStatus.ASSIGNED ? Cause.OVERDUE : Cause.NO_REPLACEMENT;
    String expertName = experts.find(assignment.expertId()).orElseThrow().name();
    seat.setVariableLocal(ReviewVariables.MISSING_SCORE_CAUSE, cause.name());
    seat.setVariableLocal(ReviewVariables.MISSING_SCORE_TEXT, cause == Cause.OVERDUE
        ? Markdown.escape(expertName) + " 专家未在评分截止前完成评分。评分截止时间：" + seat.getVariable(ReviewVariables.SEAT_DUE_TEXT) + "。"
        : Markdown.escape(expertName) + " 专家已申请回避（" + Markdown.escape(assignment.endedReason()) + "），评审委员会中没有可自动替换的专家。");
    seat.setVariableLocal(ReviewVariables.REPLACEMENT_OPTIONS, FormOptions.of(
        replacements.forOffice(applications.find(assignment.applicationKey()).orElseThrow()).stream()
            .map(e -> new FormOptions.Option(e.label(), e.userId()))
            .toList()));
    for (String field : ReviewVariables.OFFICE_FIELDS) {
      seat.setVariableLocal(field, null);
    }
  }
}
