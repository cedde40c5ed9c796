package cn.wast.capacity.experts;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OfficePageAccess;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * One expert's record in the pool ({@code /office/experts/<user id>}): the details, the
 * affiliations with their dates and the change record; for the office, editing, deactivating or
 * reactivating, adding and ending an affiliation, each with a reason. A refused change shows its
 * problems at the fields with the typed values kept; nothing is stored.
 */
@Controller
class ExpertRecordController {

  /** One affiliation on the page. */
  record AffiliationLine(ExpertAffiliation affiliation, String societyName, String endPath) {}

  /** One change on the page. */
  record ChangeLine(ChangeRecord record, String at) {}

  /** What a refused form gets back: which form, its typed values and the problems by field. */
  record Refused(String form, Map<String, String> typed, Map<String, String> problems, String reason) {}

  private static final String BASE = ExpertPoolController.PATH + "/";

  private final OfficePageAccess access;
  private final Experts experts;
  private final ExpertPool pool;
  private final SocietyRegistry societies;
  private final ChangeRecords changeRecords;
  private final FormTokens formTokens;
  private final ProgrammeClock clock;

  ExpertRecordController(OfficePageAccess access, Experts experts, ExpertPool pool, SocietyRegistry societies,
      ChangeRecords changeRecords, FormTokens formTokens, ProgrammeClock clock) {
    this.access = access;
    this.experts = experts;
    this.pool = pool;
    this.societies = societies;
    this.changeRecords = changeRecords;
    this.formTokens = formTokens;
    this.clock = clock;
  }

  @GetMapping(BASE + "{userId}")
  String show(@PathVariable String userId, @RequestParam(required = false) String done, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toRead(request, response, model, ExpertPoolController.PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<Expert> expert = experts.find(userId);
    if (expert.isEmpty()) {
      return notFound(response, model, userId);
    }
    model.addAttribute("done", done(done));
    return render(model, request, outcome.user().get(), expert.get(), null);
  }

  @PostMapping(BASE + "{userId}")
  String edit(@PathVariable String userId, @RequestParam Map<String, String> form, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    return change(userId, form, request, response, model, "edit", (user, expert) -> {
      ExpertDetails details = new ExpertDetails(form.get("name"), form.get("title"), form.get("organisation"),
          form.get("fields"), form.get("email"), form.get("phone"));
      return new Attempt(pool.edit(expert, details, form.get("reason"), user.id()), details.values(), "saved");
    });
  }

  @PostMapping(BASE + "{userId}/active")
  String active(@PathVariable String userId, @RequestParam Map<String, String> form, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    return change(userId, form, request, response, model, "active", (user, expert) -> {
      boolean active = "true".equals(form.get("active"));
      return new Attempt(pool.setActive(expert, active, form.get("reason"), user.id()), Map.of(),
          active ? "reactivated" : "deactivated");
    });
  }

  @PostMapping(BASE + "{userId}/affiliations")
  String affiliate(@PathVariable String userId, @RequestParam Map<String, String> form, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    return change(userId, form, request, response, model, "affiliation", (user, expert) -> {
      AffiliationEntry entry = new AffiliationEntry(form.get("societyCode"), form.get("role"), form.get("startedOn"),
          form.get("endedOn"));
      return new Attempt(pool.affiliate(expert, entry, form.get("reason"), user.id()), entry.values(), "affiliated");
    });
  }

  @PostMapping(BASE + "{userId}/affiliations/{societyCode}/{role}/end")
  String end(@PathVariable String userId, @PathVariable String societyCode, @PathVariable String role,
      @RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<AffiliationRole> known = java.util.Arrays.stream(AffiliationRole.values())
        .filter(r -> r.name().equals(role)).findFirst();
    return change(userId, form, request, response, model, "end:" + societyCode + "/" + role, (user, expert) -> {
      Optional<ExpertAffiliation> affiliation = known.flatMap(r -> pool.existing(userId, societyCode, r));
      if (affiliation.isEmpty()) {
        return null;
      }
      return new Attempt(pool.endAffiliation(expert, affiliation.get(), form.get("endedOn"), form.get("reason"),
          user.id()), Map.of("endedOn", ExpertDetails.clean(form.get("endedOn"))), "ended");
    });
  }

  /** A change tried: its outcome, the typed values to show again, and the word for success. */
  private record Attempt(ExpertPool.Outcome outcome, Map<String, String> typed, String done) {}

  private interface Change {
    /** The attempt; null when what it is about does not exist. */
    Attempt attempt(SignedInUser user, Expert expert);
  }

  private String change(String userId, Map<String, String> form, HttpServletRequest request,
      HttpServletResponse response, Model model, String formName, Change change) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toSubmit(request, response, model, ExpertPoolController.PAGE, form.get(FormTokens.FIELD));
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<Expert> expert = experts.find(userId);
    if (expert.isEmpty()) {
      return notFound(response, model, userId);
    }
    Attempt attempt = change.attempt(outcome.user().get(), expert.get());
    if (attempt == null) {
      return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "没有该关联",
          "该专家没有这项关联，可能已被修改。请重新打开专家页面。", false, MessagePage.TASKLIST);
    }
    if (!attempt.outcome().refused()) {
      return "redirect:" + BASE + userId + "?done=" + attempt.done();
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return render(model, request, outcome.user().get(), expert.get(),
        new Refused(formName, attempt.typed(), attempt.outcome().problems(), ExpertDetails.clean(form.get("reason"))));
  }

  private String render(Model model, HttpServletRequest request, SignedInUser user, Expert expert, Refused refused) {
    Map<String, String> societyNames = new java.util.HashMap<>();
    List<Society> all = societies.findAll();
    all.forEach(s -> societyNames.put(s.code(), s.name()));
    List<AffiliationLine> affiliations = experts.affiliationsOf(expert.userId()).stream()
        .map(a -> new AffiliationLine(a, societyNames.getOrDefault(a.societyCode(), a.societyCode()),
            BASE + expert.userId() + "/affiliations/" + a.societyCode() + "/" + a.role().name() + "/end"))
        .toList();
    List<ChangeRecord> records = new ArrayList<>(changeRecords.of(ChangeSubject.EXPERT, expert.userId()));
    records.addAll(changeRecords.of(ChangeSubject.EXPERT_AFFILIATION, expert.userId()));
    records.sort(Comparator.comparing(ChangeRecord::changedAt).thenComparing(ChangeRecord::id).reversed());
    model.addAttribute("expert", expert);
    model.addAttribute("readOnly", !user.isOffice());
    model.addAttribute("affiliations", affiliations);
    model.addAttribute("changes", records.stream().map(r -> new ChangeLine(r, clock.format(r.changedAt()))).toList());
    model.addAttribute("societies", all);
    model.addAttribute("roles", List.of(AffiliationRole.values()));
    model.addAttribute("base", BASE + expert.userId());
    Refused shown = refused == null ? new Refused("", Map.of(), Map.of(), "") : refused;
    model.addAttribute("refused", shown);
    model.addAttribute("edit", shown.form().equals("edit") ? shown.typed() : ExpertDetails.of(expert).values());
    model.addAttribute("token", formTokens.tokenFor(request));
    model.addAttribute("tokenField", FormTokens.FIELD);
    return "experts/record";
  }

  private static String notFound(HttpServletResponse response, Model model, String userId) {
    return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "没有该专家",
        "专家库中没有账号为“" + userId + "”的专家。请从专家库列表中选择。", false, MessagePage.TASKLIST);
  }

  private static String done(String done) {
    return switch (done == null ? "" : done) {
      case "added" -> "专家已加入专家库，修改已记入修改记录。登录账号请在账号管理页面开通。";
      case "saved" -> "修改已保存，并记入修改记录。";
      case "deactivated" -> "专家已停用：不再出现在组建评审委员会的可选名单中；已在评审委员会中的，继续完成本轮评审。";
      case "reactivated" -> "专家已恢复在用，组建评审委员会时可以选择。";
      case "affiliated" -> "关联已添加，并记入修改记录。";
      case "ended" -> "关联已终止，并记入修改记录。";
      default -> null;
    };
  }
}
