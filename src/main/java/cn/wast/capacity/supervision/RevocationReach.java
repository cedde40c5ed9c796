package cn.wast.capacity.supervision;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1, R-EXCL-4: a revocation reaches the society's other live applications, in any round:
 * each is withdrawn with a letter saying why and until when the society may not apply, and its
 * application process ends by its event sub-process (因撤销资格撤回), leaving no task behind.
 */
@Component
class RevocationReach {

  /** Applications still in the intake: nothing of them is decided for good. */
  static final Set<ApplicationStatus> LIVE = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_FORMAL_REVIEW,
      ApplicationStatus.CORRECTION_REQUESTED, ApplicationStatus.ACCEPTED);
  static final String MESSAGE = "ApplicationQualificationRevoked";

  private final Applications applications;
  private final ApplicationLetters letters;
  private final RuntimeService runtimeService;
  private final ProgrammeClock clock;

  RevocationReach(Applications applications, ApplicationLetters letters, RuntimeService runtimeService,
      ProgrammeClock clock) {
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
      runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(application.businessKey())
          .correlateAll();
      letters.send(application, processInstanceId, MailType.APPLICATION_WITHDRAWN_ON_REVOCATION, revoked.businessKey(),
          Map.of("revokedYear", String.valueOf(revoked.roundYear()), "revokedKey", revoked.businessKey(),
              "banPeriod", banPeriod, "banUntil", banUntil));
    }
    return live;
  }
}
