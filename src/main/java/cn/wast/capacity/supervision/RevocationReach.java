package cn.wast.capacity.supervision;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.publicity.NoticeMessages;
import cn.wast.capacity.review.AssignmentStatus;
import cn.wast.capacity.review.ReviewAssignments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1, R-EXCL-4: a revocation reaches the society's other live applications, in any round:
 * each is withdrawn with a letter saying why and until when the society may not apply, and its
 * application process or expert review ends by its event sub-process (因撤销资格撤回), leaving no task behind.
 */
@Component
class RevocationReach {

  /**
   * Applications in the intake or in expert review: nothing of them is decided for good. The
   * message ends an application's intake process, or its expert review (申报专家评审, whose seats
   * and scoring tasks end with it; the ranking leaves withdrawn applications out). A society on a
   * running notice loses its place there as an upheld objection would take it (名额公示), and the
   * office decides on moving up the next one.
   */
  static final Set<ApplicationStatus> LIVE = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_FORMAL_REVIEW,
      ApplicationStatus.CORRECTION_REQUESTED, ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_EXPERT_REVIEW,
      ApplicationStatus.PROPOSED);
  static final String MESSAGE = "ApplicationQualificationRevoked";

  private final Applications applications;
  private final ApplicationLetters letters;
  private final RuntimeService runtimeService;
  private final ProgrammeClock clock;
  private final Awards awards;
  private final QualificationEnd qualificationEnd;
  private final ReviewAssignments assignments;

  RevocationReach(Applications applications, ApplicationLetters letters, RuntimeService runtimeService,
      ProgrammeClock clock, Awards awards, QualificationEnd qualificationEnd, ReviewAssignments assignments) {
    this.assignments = assignments;
    this.awards = awards;
    this.qualificationEnd = qualificationEnd;
    this.applications = applications;
    this.letters = letters;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Withdraws every live application of the revoked one's society; the ones withdrawn. */
  List<Application> withdrawOthers(Application revoked, String banPeriod, String banUntil, String processInstanceId) {
    List<Application> live = applications.findBySociety(revoked.societyCode()).stream()
        .filter(a -> !a.businessKey().equals(revoked.businessKey()) && LIVE.contains(a.status())).toList();
    for (Application application : live) {
      applications.decide(application.businessKey(), ApplicationStatus.WITHDRAWN_ON_REVOCATION,
          "因" + revoked.roundYear() + "年度专项（" + revoked.businessKey() + "）弄虚作假被撤销资格，本申报同时撤回；"
              + "取消申报资格至" + banUntil, clock.now());
      // The expert's seats that were still to score end with the review: they weigh on no one's load.
      assignments.findByApplication(application.businessKey()).stream()
          .filter(a -> a.status() == AssignmentStatus.ASSIGNED)
          .forEach(a -> assignments.end(a.id(), AssignmentStatus.WITHDRAWN, "学会资格被撤销，申报撤回", clock.now()));
      if (application.status() == ApplicationStatus.PROPOSED) {
        runtimeService.createMessageCorrelation(NoticeMessages.placeRevoked(application.businessKey())).correlateAll();
      } else {
        runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(application.businessKey())
            .correlateAll();
      }
      letters.send(application, processInstanceId, MailType.APPLICATION_WITHDRAWN_ON_REVOCATION, revoked.businessKey(),
          Map.of("revokedYear", String.valueOf(revoked.roundYear()), "revokedKey", revoked.businessKey(),
              "banPeriod", banPeriod, "banUntil", banUntil));
    }
    return live;
  }

  /**
   * Ends the society's other awards still in implementation as the revoked one ends (no further
   * tranche, what was paid is recovered), each with a letter saying why; the ones ended.
   */
  List<Application> endOtherImplementations(Application revoked, String banPeriod, String banUntil,
      String processInstanceId) {
    List<Application> running = awards.findBySociety(revoked.societyCode()).stream()
        .map(Award::applicationKey)
        .filter(key -> !key.equals(revoked.businessKey()) && qualificationEnd.implementationRuns(key))
        .map(key -> applications.find(key).orElseThrow()).toList();
    for (Application application : running) {
      BigDecimal paid = qualificationEnd.end(application.businessKey(), "因" + revoked.roundYear() + "年度专项（"
          + revoked.businessKey() + "）弄虚作假被撤销资格，本专项同时终止实施；取消申报资格至" + banUntil);
      letters.send(application, processInstanceId, MailType.IMPLEMENTATION_ENDED_ON_REVOCATION, revoked.businessKey(),
          Map.of("revokedYear", String.valueOf(revoked.roundYear()), "revokedKey", revoked.businessKey(),
              "banPeriod", banPeriod, "banUntil", banUntil,
              "recovery", paid.signum() > 0 ? "退回本专项已拨付的经费" + Numbers.yuan(paid) : "本专项尚未拨付经费，无需退回"));
    }
    return running;
  }
}
