package cn.wast.capacity.society;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutboxMail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The society's own page (same login as Tasklist): its applications by round with where each
 * stands, and every letter the system sent it, so that a lost email is never a lost deadline.
 * Only the societies the signed-in user acts for are shown.
 */
@Controller
class SocietyPageController {

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

  private final CurrentUser currentUser;
  private final SocietyRegistry societies;
  private final Applications applications;
  private final Outbox outbox;
  private final ProgrammeClock clock;

  SocietyPageController(CurrentUser currentUser, SocietyRegistry societies, Applications applications, Outbox outbox,
      ProgrammeClock clock) {
    this.currentUser = currentUser;
    this.societies = societies;
    this.applications = applications;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** One application as the page lists it. */
  record ApplicationView(int roundYear, String key, String stage, String reason, String submittedAt, String decidedAt) {}

  /** One letter as the page lists it. */
  record LetterView(String createdAt, String subject, String body, String delivery) {}

  /** One society's part of the page. */
  record SocietyView(String name, List<ApplicationView> applications, List<LetterView> letters) {}

  @GetMapping({"/society", "/society/"})
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty() || !user.get().isSociety()) {
      response.setStatus(user.isEmpty() ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.FORBIDDEN.value());
      model.addAttribute("title", user.isEmpty() ? "请先登录" : "无权访问");
      model.addAttribute("message", user.isEmpty()
          ? "请先登录任务列表，再打开本页面。" : "本页面只对学会账号开放，显示该学会自己的申报和往来邮件。");
      model.addAttribute("loginLink", user.isEmpty());
      model.addAttribute("tasklist", "/camunda/app/tasklist/");
      return "documents/message";
    }
    model.addAttribute("societies", user.get().societyCodes().stream().map(this::view).toList());
    return "society/index";
  }

  private SocietyView view(String code) {
    String name = societies.findByCode(code).map(Society::name).orElse(code);
    List<ApplicationView> own = applications.findBySociety(code).stream().map(this::view).toList();
    List<LetterView> letters = outbox.findBySociety(code).stream()
        .sorted(Comparator.comparing(OutboxMail::createdAt).thenComparing(OutboxMail::id).reversed())
        .map(this::view).toList();
    return new SocietyView(name, own, letters);
  }

  private ApplicationView view(Application application) {
    return new ApplicationView(application.roundYear(), application.businessKey(), application.status().label(),
        application.statusReason() == null ? "" : application.statusReason(), clock.format(application.submittedAt()),
        application.decidedAt() == null ? "" : clock.format(application.decidedAt()));
  }

  private LetterView view(OutboxMail mail) {
    String delivery = switch (mail.status()) {
      case SENT -> "已发送（" + clock.format(mail.sentAt()) + "）";
      case FAILED -> "发送失败，专项办公室将重新发送";
      case PENDING, SENDING -> "等待发送";
    };
    return new LetterView(clock.format(mail.createdAt()), mail.subject(), mail.body(), delivery);
  }
}
