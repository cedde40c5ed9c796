package cn.wast.capacity.registryimport;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OfficePageAccess;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One ban of the credit list ({@code /office/credit/bans/{id}}): its details and changes for the
 * office and auditors; the office corrects it or lifts one decided elsewhere.
 */
@Controller
class CreditBanController {

  private static final String PAGE = "失信惩戒记录";

  private final OfficePageAccess access;
  private final FormTokens formTokens;
  private final FraudBanList bans;
  private final CreditBanEdits edits;
  private final ChangeRecords changeRecords;
  private final ProgrammeClock clock;

  CreditBanController(OfficePageAccess access, FormTokens formTokens, FraudBanList bans, CreditBanEdits edits,
      ChangeRecords changeRecords, ProgrammeClock clock) {
    this.access = access;
    this.formTokens = formTokens;
    this.bans = bans;
    this.edits = edits;
    this.changeRecords = changeRecords;
    this.clock = clock;
  }

  @GetMapping("/office/credit/bans/{id}")
  String show(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
    OfficePageAccess.Outcome outcome = access.toRead(request, response, page(response, model), PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<CreditBan> ban = ban(id);
    if (ban.isEmpty()) {
      return missing(response, model);
    }
    CreditBan b = ban.get();
    return page(request, model, outcome.user().get(), b,
        new CreditBanEdits.Correction(b.decidingBody(), b.decisionNumber(), b.grounds(), ""),
        new CreditBanEdits.Lifting("", ""), Map.of(), null);
  }

  @PostMapping("/office/credit/bans/{id}/correct")
  String correct(@PathVariable String id, @RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) String decidingBody, @RequestParam(required = false) String decisionNumber,
      @RequestParam(required = false) String grounds, @RequestParam(required = false) String reason,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    OfficePageAccess.Outcome outcome = access.toSubmit(request, response, page(response, model), PAGE, token);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<CreditBan> ban = ban(id);
    if (ban.isEmpty()) {
      return missing(response, model);
    }
    SignedInUser user = outcome.user().get();
    var typed = new CreditBanEdits.Correction(decidingBody, decisionNumber, grounds, reason);
    Map<String, String> problems = edits.correct(ban.get(), typed, user.id());
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(request, model, user, ban.get(), typed, new CreditBanEdits.Lifting("", ""), problems, "correct");
    }
    return "redirect:/office/credit/bans/" + ban.get().id() + "?done=corrected";
  }

  @PostMapping("/office/credit/bans/{id}/lift")
  String lift(@PathVariable String id, @RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) String liftedOn, @RequestParam(required = false) String reason,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    OfficePageAccess.Outcome outcome = access.toSubmit(request, response, page(response, model), PAGE, token);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<CreditBan> ban = ban(id);
    if (ban.isEmpty()) {
      return missing(response, model);
    }
    SignedInUser user = outcome.user().get();
    CreditBan b = ban.get();
    var typed = new CreditBanEdits.Lifting(liftedOn, reason);
    Map<String, String> problems = edits.lift(b, typed, user.id());
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(request, model, user, b,
          new CreditBanEdits.Correction(b.decidingBody(), b.decisionNumber(), b.grounds(), ""), typed, problems, "lift");
    }
    return "redirect:/office/credit/bans/" + b.id() + "?done=lifted";
  }

  private String page(HttpServletRequest request, Model model, SignedInUser user, CreditBan ban,
      CreditBanEdits.Correction correction, CreditBanEdits.Lifting lifting, Map<String, String> problems,
      String failedForm) {
    String done = request.getParameter("done");
    model.addAttribute("ban", ban);
    model.addAttribute("today", clock.today());
    model.addAttribute("readOnly", !user.isOffice());
    model.addAttribute("correction", correction);
    model.addAttribute("lifting", lifting);
    model.addAttribute("problems", problems);
    model.addAttribute("failedForm", failedForm);
    model.addAttribute("done", "corrected".equals(done) ? "已更正，变更已记录。" : "lifted".equals(done) ? "已解除，变更已记录。" : null);
    model.addAttribute("changes", changeRecords.of(ChangeSubject.FRAUD_BAN, ban.societyCode()).stream()
        .sorted(Comparator.comparing(ChangeRecord::changedAt).thenComparing(ChangeRecord::id).reversed()).toList());
    model.addAttribute("token", user.isOffice() ? formTokens.tokenFor(request) : "");
    model.addAttribute("clock", clock);
    return "registryimport/ban";
  }

  private Optional<CreditBan> ban(String id) {
    try {
      return bans.find(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Model page(HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    return model;
  }

  private static String missing(HttpServletResponse response, Model model) {
    return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "找不到该记录",
        "找不到这条失信惩戒记录，请从失信惩戒名单重新打开。", false, MessagePage.TASKLIST);
  }
}
