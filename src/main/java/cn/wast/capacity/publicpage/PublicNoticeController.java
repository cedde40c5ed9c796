package cn.wast.capacity.publicpage;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.checks.CheckKind;
import cn.wast.capacity.checks.CheckOutcome;
import cn.wast.capacity.checks.ImplementationChecks;
import cn.wast.capacity.documents.DocumentUploadPolicy;
import cn.wast.capacity.documents.UploadMemory;
import cn.wast.capacity.funds.FundPlans;
import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.publicity.NoticeStatus;
import cn.wast.capacity.publicity.Objection;
import cn.wast.capacity.publicity.ObjectionForm;
import cn.wast.capacity.publicity.ObjectionIntake;
import cn.wast.capacity.publicity.ObjectionLimits;
import cn.wast.capacity.publicity.Objections;
import cn.wast.capacity.publicity.PublicNotices;
import cn.wast.capacity.publicity.PublicityProperties;
import cn.wast.capacity.publicity.RepeatedObjectionException;
import cn.wast.capacity.society.SocietyRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * R-REV-3, R-SUP-2: the public notice, without login: each round's proposed societies with their
 * periods, the commended societies (通报表彰) with their filed plans' priorities and check
 * outcomes, any disqualification, and the objection form. Everything shown is
 * escaped by the templates; a refused objection stores nothing and keeps what was typed.
 */
@Controller
class PublicNoticeController {

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final PublicNotices notices;
  private final Awards awards;
  private final SocietyRegistry societies;
  private final ObjectionLimits limits;
  private final ObjectionIntake intake;
  private final DocumentUploadPolicy attachments;
  private final UploadMemory memory;
  private final ProgrammeClock clock;
  private final FundPlans plans;
  private final ImplementationChecks checks;
  private final Applications applications;

  private final cn.wast.capacity.SupervisionProperties supervision;
  private final PublicityProperties.ObjectionOffice objectionOffice;

  PublicNoticeController(PublicNotices notices, Awards awards, SocietyRegistry societies, ObjectionLimits limits,
      ObjectionIntake intake, @Value("${capacity.documents.max-size}") DataSize maxSize, ProgrammeClock clock,
      FundPlans plans, ImplementationChecks checks, Applications applications,
      cn.wast.capacity.SupervisionProperties supervision, PublicityProperties publicity, UploadMemory memory) {
    this.memory = memory;
    this.supervision = supervision;
    this.objectionOffice = publicity.objectionOffice();
    this.plans = plans;
    this.checks = checks;
    this.applications = applications;
    this.notices = notices;
    this.awards = awards;
    this.societies = societies;
    this.limits = limits;
    this.intake = intake;
    this.attachments = new DocumentUploadPolicy(maxSize);
    this.clock = clock;
  }

  /** One row of a round's notice as the page shows it. */
  record EntryView(long id, int place, String societyName, String period, String status, boolean open, boolean movedUp) {}

  /** One commended society, and what became of its award (R-SUP-2). */
  record AwardView(int ranking, String societyName, String amount, String commendedAt, String planSummary,
      String midTerm, String finalAcceptance, String state) {}

  /** A society whose qualification was revoked (R-SUP-1, R-SUP-2). */
  record DisqualifiedView(String societyName, String decidedAt) {}

  /** A round's notice. */
  record RoundView(int year, List<EntryView> entries, List<AwardView> awards, List<DisqualifiedView> disqualified) {}

  @GetMapping({"/public", "/public/"})
  String page(HttpServletResponse response, Model model) {
    return render(response, model, new ObjectionForm(null, null, null, null, null), Map.of(), HttpStatus.OK);
  }

  @PostMapping("/public/objections")
  String object(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @RequestParam(required = false) String objectorName,
      @RequestParam(required = false) String objectorPhone,
      @RequestParam(required = false) String objectorEmail,
      @RequestParam(required = false) String noticeEntryId,
      @RequestParam(required = false) String grounds,
      @RequestParam(required = false) MultipartFile attachment) {
    ObjectionForm form = new ObjectionForm(objectorName, objectorPhone, objectorEmail, noticeEntryId, grounds);
    Instant now = clock.now();
    Optional<String> flood = limits.exceeded(request.getRemoteAddr(), form.objectorEmail(), now);
    if (flood.isPresent()) {
      return render(response, model, form, Map.of("form", flood.get()), HttpStatus.TOO_MANY_REQUESTS);
    }
    List<NoticeEntry> all = allEntries();
    Map<String, String> problems = new LinkedHashMap<>(form.problems(all, now));
    UploadMemory.Received received = attachment != null && !attachment.isEmpty()
        ? memory.receive(attachment, attachments) : null;
    Objection objection;
    try {
      DocumentUploadPolicy.Checked file = received == null ? null : received.checked();
      if (file != null && !file.accepted()) {
        problems.put("attachment", String.join("；", file.problems()));
      }
      if (!problems.isEmpty()) {
        return render(response, model, form, problems, HttpStatus.BAD_REQUEST);
      }
      objection = intake.receive(new Objections.NewObjection(form.entry(all).orElseThrow(),
          form.objectorName(), blankToNull(form.objectorPhone()), blankToNull(form.objectorEmail()), form.grounds(),
          file == null ? null : file.fileName(), file == null ? null : file.type().contentType(),
          file == null ? null : received.content(), now, request.getRemoteAddr()));
    } catch (RepeatedObjectionException repeated) {
      return render(response, model, form, Map.of("grounds", alreadyReceived(repeated.first())), HttpStatus.BAD_REQUEST);
    } finally {
      if (received != null) {
        received.close();
      }
    }
    secure(response);
    model.addAttribute("number", objection.number());
    model.addAttribute("societyName", societies.findByCode(objection.societyCode()).orElseThrow().name());
    model.addAttribute("receivedAt", clock.format(objection.submittedAt()));
    model.addAttribute("mailed", objection.objectorEmail() != null);
    model.addAttribute("email", objection.objectorEmail());
    return "public/acknowledged";
  }

  private String alreadyReceived(Objection first) {
    return "这份异议已于 " + clock.format(first.submittedAt()) + " 收到，异议编号 " + first.number()
        + "，无需重复提交。如需补充情况，请联系专项办公室并注明异议编号。";
  }

  private String render(HttpServletResponse response, Model model, ObjectionForm form, Map<String, String> problems,
      HttpStatus status) {
    secure(response);
    response.setStatus(status.value());
    Instant now = clock.now();
    List<RoundView> rounds = notices.roundYears().stream().map(year -> new RoundView(year,
        notices.findByRound(year).stream().map(e -> view(e, now)).toList(),
        awards.findByRound(year).stream().map(this::view).toList(),
        applications.findByRound(year).stream().filter(a -> a.status() == ApplicationStatus.DISQUALIFIED)
            .map(a -> new DisqualifiedView(name(a.societyCode()), a.decidedAt() == null ? "" : clock.format(a.decidedAt())))
            .toList())).toList();
    model.addAttribute("rounds", rounds);
    model.addAttribute("banPeriod", supervision.banPeriodInWords());
    model.addAttribute("objectionOffice", objectionOffice);
    model.addAttribute("open", rounds.stream().flatMap(r -> r.entries().stream()).filter(EntryView::open).toList());
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("maxSize", attachments.maxSizeText());
    return "public/notices";
  }

  private EntryView view(NoticeEntry entry, Instant now) {
    return new EntryView(entry.id(), entry.place(), name(entry.societyCode()),
        clock.format(entry.startsAt()) + " 至 " + clock.deadline(entry.endsAt()),
        entry.status() == NoticeStatus.IN_NOTICE && !entry.takesObjectionsAt(now) ? "公示期满，待确认" : entry.status().label(),
        entry.takesObjectionsAt(now), entry.movedUp());
  }

  private AwardView view(Award award) {
    String key = award.applicationKey();
    boolean revoked = Award.REVOKED.equals(award.implementationStatus());
    return new AwardView(award.ranking(), name(award.societyCode()), Numbers.yuan(award.amount()),
        clock.format(award.commendedAt()),
        plans.filedPriorities(key).orElse("经费使用管理方案尚未备案"),
        outcome(key, CheckKind.MID_TERM, revoked), outcome(key, CheckKind.FINAL, revoked),
        revoked ? "已撤销资格" : "");
  }

  /**
   * A check left undecided, or referred for investigation, when the qualification was revoked ended
   * with it. A referral shows as 核查中: the public never sees an unproven suspicion (R-SUP-2).
   */
  private String outcome(String applicationKey, CheckKind kind, boolean revoked) {
    return checks.find(applicationKey, kind).map(check -> {
      if (revoked && (check.outcome() == null || check.outcome() == CheckOutcome.FRAUD_REFERRED)) {
        return "因撤销资格终止";
      }
      if (check.outcome() == CheckOutcome.FRAUD_REFERRED) {
        return "核查中";
      }
      return check.outcome() != null ? check.outcome().label() : "审核中";
    }).orElse("—");
  }

  private List<NoticeEntry> allEntries() {
    return notices.roundYears().stream().flatMap(year -> notices.findByRound(year).stream()).toList();
  }

  private String name(String societyCode) {
    return societies.findByCode(societyCode).orElseThrow().name();
  }

  private static void secure(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
