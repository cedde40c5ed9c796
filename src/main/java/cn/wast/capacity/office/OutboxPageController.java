package cn.wast.capacity.office;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OfficePageAccess;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.mail.MailStatus;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.Outbox.Resend;
import cn.wast.capacity.mail.OutboxMail;
import cn.wast.capacity.office.OutboxSearch.Filter;
import cn.wast.capacity.office.OutboxSearch.State;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 邮件发送情况 ({@code /office/mails}): the outbox's mails, newest first, by where they stand,
 * round, society and type, each with its last error; a mail's page with its text; and 重新发送 for
 * a failed mail, once. The office and the auditors read; only the office sends again.
 */
@Controller
class OutboxPageController {

  static final String PAGE = "邮件发送情况";

  /** One mail as the list and the mail's page show it. */
  record MailView(long id, String createdAt, String type, String society, String recipient, String subject,
      String state, boolean failed, int attempts, String sentAt, String lastError, String resent, String body,
      boolean resendable) {}

  /** A choice of a filter. */
  record Choice(String value, String label) {}

  private final OfficePageAccess access;
  private final OutboxSearch search;
  private final Outbox outbox;
  private final Rounds rounds;
  private final SocietyRegistry societies;
  private final ProgrammeClock clock;
  private final FormTokens formTokens;

  OutboxPageController(OfficePageAccess access, OutboxSearch search, Outbox outbox, Rounds rounds,
      SocietyRegistry societies, ProgrammeClock clock, FormTokens formTokens) {
    this.access = access;
    this.search = search;
    this.outbox = outbox;
    this.rounds = rounds;
    this.societies = societies;
    this.clock = clock;
    this.formTokens = formTokens;
  }

  @GetMapping({"/office/mails", "/office/mails/"})
  String list(@RequestParam(required = false) String state, @RequestParam(required = false) String year,
      @RequestParam(required = false) String society, @RequestParam(required = false) String type,
      @RequestParam(required = false) String page, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toRead(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Map<String, String> problems = new LinkedHashMap<>();
    Map<String, String> names = societyNames();
    State chosenState = parse(state, "state", problems, "状态", State::valueOf);
    Integer chosenYear = parse(year, "year", problems, "年度", t -> {
      int y = Integer.parseInt(t);
      return rounds.find(y).map(Round::year).orElseThrow();
    });
    String chosenSociety = parse(society, "society", problems, "学会",
        t -> Optional.of(t).filter(names::containsKey).orElseThrow());
    MailType chosenType = parse(type, "type", problems, "类型", MailType::valueOf);
    int number = page == null || !page.strip().matches("\\d{1,6}") ? 1 : Integer.parseInt(page.strip());
    OutboxSearch.Page found = search.find(new Filter(chosenState, chosenYear, chosenSociety, chosenType), number);
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    model.addAttribute("problems", problems);
    model.addAttribute("state", chosenState == null ? "" : chosenState.name());
    model.addAttribute("year", chosenYear == null ? "" : String.valueOf(chosenYear));
    model.addAttribute("society", chosenSociety == null ? "" : chosenSociety);
    model.addAttribute("type", chosenType == null ? "" : chosenType.name());
    model.addAttribute("states", Arrays.stream(State.values()).map(s -> new Choice(s.name(), s.label())).toList());
    model.addAttribute("years", rounds.findAll().stream().map(r -> new Choice(String.valueOf(r.year()), r.year() + " 年度"))
        .toList());
    model.addAttribute("societies", names.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
    model.addAttribute("types", Arrays.stream(MailType.values()).map(t -> new Choice(t.name(), t.label())).toList());
    model.addAttribute("mails", found.mails().stream().map(m -> view(m, names, false)).toList());
    model.addAttribute("total", found.total());
    model.addAttribute("page", found.number());
    model.addAttribute("pages", found.count());
    model.addAttribute("previous", found.number() > 1
        ? link(chosenState, chosenYear, chosenSociety, chosenType, found.number() - 1) : null);
    model.addAttribute("next", found.number() < found.count()
        ? link(chosenState, chosenYear, chosenSociety, chosenType, found.number() + 1) : null);
    model.addAttribute("office", outcome.user().get().isOffice());
    return "mails/list";
  }

  @GetMapping("/office/mails/{id:\\d+}")
  String mail(@PathVariable long id, @RequestParam(required = false) String done, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toRead(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<OutboxMail> mail = outbox.find(id);
    if (mail.isEmpty()) {
      return notFound(response, model);
    }
    return render(request, model, outcome.user().get(), mail.get(),
        "resent".equals(done) ? "已重新发送：邮件已回到待发送，系统将在几秒内发出。" : null, null);
  }

  @PostMapping("/office/mails/{id:\\d+}/resend")
  String resend(@PathVariable long id, @RequestParam(name = FormTokens.FIELD, required = false) String token,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toChange(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    if (!formTokens.isValid(request, token)) {
      return MessagePage.show(response, model, HttpStatus.FORBIDDEN, "页面已过期",
          "页面已过期或请求来源无法确认（安全令牌缺失或无效），邮件未重新发送。请重新打开邮件页面后再试。", false,
          MessagePage.TASKLIST);
    }
    SignedInUser user = outcome.user().get();
    Resend result = outbox.resend(id, user.id(), clock.now());
    if (result == Resend.QUEUED) {
      return "redirect:/office/mails/" + id + "?done=resent";
    }
    if (result == Resend.NO_SUCH_MAIL) {
      return notFound(response, model);
    }
    OutboxMail mail = outbox.find(id).orElseThrow();
    response.setStatus(HttpStatus.CONFLICT.value());
    String refusal = result == Resend.ALREADY_RESENT
        ? "已重新发送过一次（" + clock.format(mail.resentAt()) + "，" + mail.resentBy()
            + "），同一封邮件只能重新发送一次。如仍未送达，请核对收件地址后与学会电话联系。"
        : "这封邮件" + State.of(mail.status()).label() + "，只有发送失败的邮件才能重新发送。";
    return render(request, model, user, mail, null, refusal);
  }

  private String render(HttpServletRequest request, Model model, SignedInUser user, OutboxMail mail, String notice,
      String refusal) {
    model.addAttribute("mail", view(mail, societyNames(), user.isOffice()));
    model.addAttribute("notice", notice);
    model.addAttribute("refusal", refusal);
    model.addAttribute("token", formTokens.tokenFor(request));
    model.addAttribute("tokenField", FormTokens.FIELD);
    return "mails/mail";
  }

  private static String notFound(HttpServletResponse response, Model model) {
    return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "没有这封邮件",
        "发件箱中没有这封邮件，请从“" + PAGE + "”列表中打开。", false, MessagePage.TASKLIST);
  }

  private MailView view(OutboxMail mail, Map<String, String> names, boolean office) {
    String society = mail.societyCode() == null ? "—" : names.getOrDefault(mail.societyCode(), mail.societyCode());
    String resent = mail.resentAt() == null ? null : clock.format(mail.resentAt()) + "，" + mail.resentBy();
    return new MailView(mail.id(), clock.format(mail.createdAt()), mail.type().label(), society, mail.recipient(),
        mail.subject(), State.of(mail.status()).label(), mail.status() == MailStatus.FAILED, mail.attempts(),
        mail.sentAt() == null ? "" : clock.format(mail.sentAt()), mail.lastError() == null ? "" : mail.lastError(),
        resent, mail.body(), office && mail.status() == MailStatus.FAILED && mail.resentAt() == null);
  }

  private Map<String, String> societyNames() {
    return societies.findAll().stream().collect(Collectors.toMap(Society::code, Society::name, (a, b) -> a,
        LinkedHashMap::new));
  }

  private static String link(State state, Integer year, String society, MailType type, int page) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/office/mails");
    if (state != null) {
      link.queryParam("state", state.name());
    }
    if (year != null) {
      link.queryParam("year", year);
    }
    if (society != null) {
      link.queryParam("society", society);
    }
    if (type != null) {
      link.queryParam("type", type.name());
    }
    return link.queryParam("page", page).encode().build().toUriString();
  }

  /** A filter's value, or null for "any"; a value the page does not offer is noted and ignored. */
  private static <T> T parse(String text, String field, Map<String, String> problems, String label,
      Function<String, T> reading) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return reading.apply(text.strip());
    } catch (RuntimeException unknown) {
      problems.put(field, "没有这个" + label + "，请从列表中选择；本次未按" + label + "筛选。");
      return null;
    }
  }
}
