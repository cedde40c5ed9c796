package cn.wast.capacity.societypage;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutboxMail;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.supervision.SupportHistories;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The society's own page (same login as Tasklist): its applications by round with where each
 * stands and every stage it passed with its dates, the forms it may draft, and every letter the
 * system sent it, so that a lost email is never a lost deadline.
 * Only the societies the signed-in user acts for are shown.
 */
@Controller
class SocietyPageController {

  private final CurrentUser currentUser;
  private final SocietyRegistry societies;
  private final Applications applications;
  private final Outbox outbox;
  private final ProgrammeClock clock;
  private final SocietyProgress progress;
  private final SocietyDrafts drafts;
  private final Rounds rounds;
  private final SupportHistories supportHistories;

  SocietyPageController(CurrentUser currentUser, SocietyRegistry societies, Applications applications, Outbox outbox,
      ProgrammeClock clock, SocietyProgress progress, SocietyDrafts drafts, Rounds rounds,
      SupportHistories supportHistories) {
    this.supportHistories = supportHistories;
    this.progress = progress;
    this.drafts = drafts;
    this.rounds = rounds;
    this.currentUser = currentUser;
    this.societies = societies;
    this.applications = applications;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** A form the society may fill in or has a draft of, with a link to its draft page. */
  record DraftLink(String title, String href, String note) {}

  /** One letter as the page lists it. */
  record LetterView(String createdAt, String subject, String body, String delivery) {}

  /** One society's part of the page. */
  record SocietyView(String name, List<ApplicationStanding> applications, List<DraftLink> drafts,
      List<LetterView> letters, List<String> supportHistory) {}

  @GetMapping({"/society", "/society/"})
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty() || !user.get().isSociety()) {
      return MessagePage.show(response, model, user.isEmpty() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
          user.isEmpty() ? "请先登录" : "无权访问",
          user.isEmpty() ? "请先登录任务列表，再打开本页面。" : "本页面只对学会账号开放，显示该学会自己的申报和往来邮件。",
          user.isEmpty(), MessagePage.TASKLIST);
    }
    model.addAttribute("societies", user.get().societyCodes().stream().map(code -> view(user.get(), code)).toList());
    return "society/index";
  }

  private SocietyView view(SignedInUser user, String code) {
    String name = societies.findByCode(code).map(Society::name).orElse(code);
    List<Application> own = applications.findBySociety(code);
    List<ApplicationStanding> standings = own.stream().map(a -> progress.of(user, a)).toList();
    List<LetterView> letters = outbox.findBySociety(code).stream()
        .sorted(Comparator.comparing(OutboxMail::createdAt).thenComparing(OutboxMail::id).reversed())
        .map(this::view).toList();
    return new SocietyView(name, standings, draftLinks(user, code, own), letters,
        supportHistories.of(code).lines(true));
  }

  /** The open round's application, the reports of each award, and every form with a saved draft. */
  private List<DraftLink> draftLinks(SignedInUser user, String code, List<Application> own) {
    Map<String, DraftLink> links = new LinkedHashMap<>();
    for (Round round : rounds.findByStatus(RoundStatus.OPEN)) {
      add(links, user, code, round.year(), DraftKind.APPLICATION);
    }
    for (Application application : own) {
      if (application.status() == ApplicationStatus.COMMENDED) {
        for (DraftKind kind : List.of(DraftKind.FUND_PLAN, DraftKind.MID_TERM_REPORT, DraftKind.FINAL_REPORT)) {
          add(links, user, code, application.roundYear(), kind);
        }
      }
    }
    drafts.savedBy(code).forEach(d -> add(links, user, code, d.roundYear(), d.kind()));
    return List.copyOf(links.values());
  }

  private void add(Map<String, DraftLink> links, SignedInUser user, String code, int year, DraftKind kind) {
    String href = "/society/" + code + "/drafts/" + year + "/" + kind.slug();
    if (links.containsKey(href)) {
      return;
    }
    DraftWindow window = drafts.window(user, code, year, kind);
    String saved = drafts.saved(code, year, kind)
        .map(d -> "草稿保存于 " + clock.format(d.savedAt()) + "。").orElse("");
    links.put(href, new DraftLink(year + " 年度" + kind.title(), href, saved + window.notice()));
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
