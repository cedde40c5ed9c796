package cn.wast.capacity.office;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OfficePageAccess;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.office.OfficeNotices.Audience;
import cn.wast.capacity.office.OfficeNotices.Checked;
import cn.wast.capacity.office.OfficeNotices.Draft;
import cn.wast.capacity.office.OfficeNotices.OfficeNotice;
import cn.wast.capacity.office.OfficeNotices.Sent;
import cn.wast.capacity.round.Rounds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 群发通知 ({@code /office/mails/notice}): the office writes one notice (title and plain text),
 * chooses the societies (all, a round's applicants, a round's awardees), previews who receives
 * it, and sends: one outbox mail per society. The form carries a key of its own, so a second
 * post of the same form sends nothing again. Auditors read the notices sent; only the office
 * writes one.
 */
@Controller
class OfficeNoticeController {

  static final String PAGE = "群发通知";
  private static final String PATH = "/office/mails/notice";

  /** A choice of the audience or the year. */
  record Choice(String value, String label) {}

  /** A notice sent, as the page lists it. */
  record SentView(String sentAt, String sentBy, String audience, String title, int recipients) {}

  private final OfficePageAccess access;
  private final OfficeNotices notices;
  private final Rounds rounds;
  private final ProgrammeClock clock;
  private final FormTokens formTokens;

  OfficeNoticeController(OfficePageAccess access, OfficeNotices notices, Rounds rounds, ProgrammeClock clock,
      FormTokens formTokens) {
    this.access = access;
    this.notices = notices;
    this.rounds = rounds;
    this.clock = clock;
    this.formTokens = formTokens;
  }

  @GetMapping(PATH)
  String page(@RequestParam(required = false) String sent, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toRead(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<OfficeNotice> done = OfficeNotices.isKey(sent) ? notices.findByKey(sent) : Optional.empty();
    String message = done.map(n -> "通知“" + n.title() + "”已发送：已为" + n.recipientCount()
        + "家学会各写入一封邮件，系统将陆续发出，并列入各学会的往来邮件。").orElse(null);
    return render(request, model, outcome.user().get().isOffice(), fresh(), null, Map.of(), message);
  }

  @PostMapping(PATH)
  String post(@RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(defaultValue = "preview") String action, @RequestParam(required = false) String noticeKey,
      @RequestParam(required = false) String title, @RequestParam(required = false) String text,
      @RequestParam(required = false) String audience, @RequestParam(required = false) String year,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toChange(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    if (!formTokens.isValid(request, token) || !OfficeNotices.isKey(noticeKey)) {
      return MessagePage.show(response, model, HttpStatus.FORBIDDEN, "页面已过期",
          "页面已过期或请求来源无法确认（安全令牌缺失或无效），通知未发送。请重新打开群发通知页面后再试。", false,
          MessagePage.TASKLIST);
    }
    Draft draft = new Draft(noticeKey, title, text, audience, year);
    Optional<OfficeNotice> earlier = notices.findByKey(noticeKey);
    if (earlier.isPresent()) {
      return alreadySent(request, model, earlier.get());
    }
    Checked checked = notices.check(draft);
    if (!checked.accepted()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return render(request, model, true, draft, null, checked.problems(), null);
    }
    if (!"send".equals(action)) {
      return render(request, model, true, draft, checked, Map.of(), null);
    }
    Sent sent;
    try {
      sent = notices.send(draft, outcome.user().get().id());
    } catch (DuplicateKeyException sentByAnotherPost) {
      return alreadySent(request, model, notices.findByKey(noticeKey).orElseThrow());
    }
    if (sent.earlier()) {
      return alreadySent(request, model, sent.notice());
    }
    return "redirect:" + PATH + "?sent=" + sent.notice().noticeKey();
  }

  private String alreadySent(HttpServletRequest request, Model model, OfficeNotice notice) {
    String message = "这份通知已于 " + clock.format(notice.sentAt()) + " 由 " + notice.sentBy() + " 发送给"
        + notice.recipientCount() + "家学会，未重复发送。";
    return render(request, model, true, fresh(), null, Map.of(), message);
  }

  private String render(HttpServletRequest request, Model model, boolean office, Draft draft, Checked preview,
      Map<String, String> problems, String message) {
    model.addAttribute("office", office);
    model.addAttribute("draft", draft);
    model.addAttribute("preview", preview);
    model.addAttribute("problems", problems);
    model.addAttribute("message", message);
    model.addAttribute("maxTitle", OfficeNotices.MAX_TITLE);
    model.addAttribute("maxText", OfficeNotices.MAX_TEXT);
    model.addAttribute("audiences", Arrays.stream(Audience.values()).map(a -> new Choice(a.name(), a.label())).toList());
    model.addAttribute("years", rounds.findAll().stream()
        .map(r -> new Choice(String.valueOf(r.year()), r.year() + " 年度")).toList());
    model.addAttribute("sent", notices.latest(50).stream().map(n -> new SentView(clock.format(n.sentAt()), n.sentBy(),
        n.audienceText(), n.title(), n.recipientCount())).toList());
    model.addAttribute("token", formTokens.tokenFor(request));
    model.addAttribute("tokenField", FormTokens.FIELD);
    return "mails/notice";
  }

  private static Draft fresh() {
    return new Draft(UUID.randomUUID().toString(), "", "", "", "");
  }
}
