package cn.wast.capacity.application;

import static cn.wast.capacity.application.ApplicationVariables.*;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.Groups;
import cn.wast.capacity.access.InstanceAccess;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * R-APP-1, R-APP-2, R-APP-3: a society submits its application. Runs in the transaction of the
 * submission and refuses it, leaving nothing behind, unless the submitter acts for a society,
 * the round's window is open, the society has not applied in this round yet, every field is
 * right and the board resolution is uploaded. Then it registers the application, attaches the
 * uploaded files, lets the society read its instance and writes the receipt letter. The
 * eligibility check follows in the same transaction, so the society sees its verdict as soon as
 * its submission returns.
 */
@Component("receiveApplication")
class ReceiveApplicationListener implements ExecutionListener {

  private final IdentityService identityService;
  private final SocietyRegistry societies;
  private final Rounds rounds;
  private final Applications applications;
  private final ApplicationDocuments documents;
  private final InstanceAccess instanceAccess;
  private final ApplicationLetters letters;
  private final SubmittedMaterials materials;
  private final ProgrammeClock clock;

  ReceiveApplicationListener(
      IdentityService identityService,
      SocietyRegistry societies,
      Rounds rounds,
      Applications applications,
      ApplicationDocuments documents,
      InstanceAccess instanceAccess,
      ApplicationLetters letters,
      SubmittedMaterials materials,
      ProgrammeClock clock) {
    this.identityService = identityService;
    this.societies = societies;
    this.rounds = rounds;
    this.applications = applications;
    this.documents = documents;
    this.instanceAccess = instanceAccess;
    this.letters = letters;
    this.materials = materials;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Society society = submittingSociety(execution);
    FormValues values = FormValues.of(execution);
    int year = values.whole(ROUND_YEAR)
        .orElseThrow(() -> new InputRefusedException("请填写申报年度"));
    Round round = openRound(year);

    applications.find(year, society.code()).ifPresent(existing -> {
      throw alreadyApplied(year, existing.businessKey());
    });
    ApplicationForm form = ApplicationForm.read(values);
    List<String> problems = new ArrayList<>(form.problems(clock.today()));
    if (!documents.hasPendingBoardResolution(society.code(), year)) {
      problems.add(RuleClauses.reason("R-APP-2", "尚未上传理事会（常务理事会）决议文件：请先在申报材料上传页面上传，再提交申报"));
    }
    if (!problems.isEmpty()) {
      // An application of the same society committed meanwhile took the uploaded resolution with it.
      applications.find(year, society.code()).ifPresent(existing -> {
        throw alreadyApplied(year, existing.businessKey());
      });
      throw new InputRefusedException(problems);
    }

    form.writeTo(execution);
    register(execution, society, round);
  }

  /** The one refusal of a second application (one at the same moment meets it when run again). */
  private static InputRefusedException alreadyApplied(int year, String businessKey) {
    return new InputRefusedException("本学会已提交 " + year + " 年度申报（编号 " + businessKey + "），同一年度只能申报一次");
  }

  private Society submittingSociety(DelegateExecution execution) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new InputRefusedException("请先以学会账号登录，再提交申报");
    }
    List<String> codes = authentication.getGroupIds() == null ? List.of()
        : authentication.getGroupIds().stream().map(Groups::societyOf).flatMap(Optional::stream).toList();
    if (codes.isEmpty()) {
      throw new InputRefusedException(RuleClauses.reason("R-APP-1", "只有学会账号可以提交申报"));
    }
    if (codes.size() > 1) {
      throw new InputRefusedException("您的账号属于多个学会，请在“本学会的申报、草稿和邮件”页面选择所代表的学会后提交申报");
    }
    String code = codes.get(0);
    return societies.findByCode(code)
        .orElseThrow(() -> new InputRefusedException(RuleClauses.reason("R-APP-1", "学会 " + code + " 未在市科协登记")));
  }

  private Round openRound(int year) {
    Round round = rounds.find(year).orElseThrow(
        () -> new InputRefusedException(year + " 年度的评选尚未开启，请按申报通知中的年度申报"));
    Instant closesAt = clock.endOf(round.applicationDeadline());
    if (round.status() != RoundStatus.OPEN || !clock.now().isBefore(closesAt)) {
      throw new InputRefusedException(year + " 年度申报已截止（截止时间："
          + ChineseDates.deadline(round.applicationDeadline()) + "），不再接受申报");
    }
    return round;
  }

  private void register(DelegateExecution execution, Society society, Round round) {
    String key = Application.businessKeyOf(round.year(), society.code());
    Instant now = clock.now();
    String applicant = identityService.getCurrentAuthentication().getUserId();
    applications.insert(new Application(key, round.year(), society.code(),
        execution.getProcessInstanceId(), applicant, now, ApplicationStatus.SUBMITTED, null, null));
    documents.attachPendingTo(society.code(), round.year(), key);
    instanceAccess.grantSocietyReading(society.code(), execution.getProcessInstanceId());

    execution.setProcessBusinessKey(key);
    if (!Integer.valueOf(round.year()).equals(execution.getVariable(ROUND_YEAR))) {
      // the year as typed (a JSON number is a Long or a Double) becomes the process's whole number
      execution.setVariable(ROUND_YEAR, round.year());
    }
    execution.setVariable(SOCIETY_CODE, society.code());
    execution.setVariable(SOCIETY_NAME, society.name());
    execution.setVariable(APPLICATION_KEY, key);
    execution.setVariable(SUBMITTED_AT_TEXT, clock.format(now));
    IntakeFailure.refuseOnFailure("申报登记", society.code(), () -> materials.describe(execution));
    execution.setVariable(CORRECTION_COUNT, 0);
    letters.send(execution, execution.getProcessInstanceId(), MailType.APPLICATION_RECEIVED, "submitted",
        Map.of("submittedAt", clock.format(now)));
  }
}
