package cn.wast.capacity.registry;

import cn.wast.capacity.DateInput;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OfficePageAccess;
import cn.wast.capacity.access.OfficePageAccess.Outcome;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.society.Dated;
import cn.wast.capacity.society.SocietyAttributes;
import cn.wast.capacity.society.SocietyRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The society registry's pages ({@code /office/societies}, 学会名录): the list with search, each
 * society's record as it stood on any day with every fact's days and its change record, and the
 * office's forms (registration, attributes, inspections, work reports, violations, projects).
 * The office reads and changes; the auditors read.
 */
@Controller
class SocietyRegistryController {

  private static final String PAGE = "学会名录";
  private static final String BASE = "/office/societies";

  /** One row of a fact's history: what it said, the days it held, whether it held on the day shown. */
  public record FactRow(String what, String from, String until, boolean holds, String editHref) {}

  /** A kind of fact with its rows, and the office's link to add one. */
  public record FactSection(String id, String title, List<FactRow> rows, String addHref, String addLabel) {}

  private final OfficePageAccess access;
  private final SocietyRegistry registry;
  private final RegistryEdits edits;
  private final ChangeRecords changeRecords;
  private final FormTokens formTokens;
  private final ProgrammeClock clock;

  SocietyRegistryController(OfficePageAccess access, SocietyRegistry registry, RegistryEdits edits,
      ChangeRecords changeRecords, FormTokens formTokens, ProgrammeClock clock) {
    this.access = access;
    this.registry = registry;
    this.edits = edits;
    this.changeRecords = changeRecords;
    this.formTokens = formTokens;
    this.clock = clock;
  }

  @GetMapping({BASE, BASE + "/"})
  String list(@RequestParam(required = false) String q, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Outcome outcome = access.toRead(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("societies", registry.search(q));
    model.addAttribute("office", outcome.user().get().isOffice());
    return "registry/list";
  }

  @GetMapping(BASE + "/{code}")
  String society(@PathVariable String code, @RequestParam(required = false) String asOf, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Outcome outcome = access.toRead(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    if (registry.findByCode(code).isEmpty()) {
      return notFound(response, model);
    }
    LocalDate day = clock.today();
    if (asOf != null && !asOf.isBlank()) {
      Optional<String> problem = DateInput.problem(asOf);
      if (problem.isPresent()) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("asOfProblem", problem.get());
      } else {
        day = DateInput.parse(asOf).orElseThrow();
      }
    }
    boolean office = outcome.user().get().isOffice();
    String edit = BASE + "/" + code + "/edit/";
    Optional<SocietyAttributes> onDay = registry.attributesOn(code, day);
    model.addAttribute("code", code);
    model.addAttribute("current", registry.findByCode(code).orElseThrow());
    model.addAttribute("asOf", asOf == null || asOf.isBlank() ? day.toString() : asOf);
    model.addAttribute("day", day.toString());
    model.addAttribute("attributes", onDay.map(RegistryEdits::described).orElse(null));
    model.addAttribute("office", office);
    model.addAttribute("editBase", edit);
    model.addAttribute("done", request.getParameter("done") != null);
    model.addAttribute("versions", rows(registry.versions(code), day,
        a -> String.join("；", RegistryEdits.described(a).entrySet().stream()
            .map(e -> e.getKey() + "：" + e.getValue()).toList()), d -> null));
    model.addAttribute("facts", List.of(
        new FactSection("inspections", "年检结果", rows(registry.inspectionHistory(code), day,
            i -> i.year() + "年度：" + RegistryTexts.passed(i.passed()),
            d -> office && d.stillHolds() ? edit + "inspection?year=" + d.fact().year() : null),
            office ? edit + "inspection" : null, "登记年检结果"),
        new FactSection("workReports", "年度工作总结和工作计划的报送", rows(registry.workReportHistory(code), day,
            r -> r.year() + "年度：" + RegistryTexts.workReport(r),
            d -> office && d.stillHolds() ? edit + "work-report?year=" + d.fact().year() : null),
            office ? edit + "work-report" : null, "登记报送日期"),
        new FactSection("violations", "违纪违法、通报批评或处罚", rows(registry.violationHistory(code), day,
            RegistryTexts::violation, d -> office && d.stillHolds() ? edit + "violation/" + d.id() : null),
            office ? edit + "violation" : null, "新增记录"),
        new FactSection("projects", "委托项目", rows(registry.projectHistory(code), day, RegistryTexts::project,
            d -> office && d.stillHolds() ? edit + "project/" + d.id() : null),
            office ? edit + "project" : null, "新增委托项目"),
        new FactSection("fraudBans", "因弄虚作假取消申报资格", rows(registry.fraudBanHistory(code), day,
            RegistryTexts::fraudBan, d -> office && d.stillHolds() ? "/office/credit/bans/" + d.id() : null), null, null)));
    model.addAttribute("changes", Stream.concat(changeRecords.of(ChangeSubject.SOCIETY, code).stream(),
            changeRecords.of(ChangeSubject.SOCIETY_FACT, code).stream())
        .sorted(Comparator.comparing(ChangeRecord::changedAt).thenComparing(ChangeRecord::id).reversed())
        .toList());
    model.addAttribute("clock", clock);
    return "registry/society";
  }

  @GetMapping(BASE + "/new")
  String registration(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Outcome outcome = access.toChange(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    return form(model, request, "登记新学会", BASE + "/new", BASE,
        edits.registrationInputs(edits.initialRegistration(), Map.of()), null);
  }

  @PostMapping(BASE + "/new")
  String register(@RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam Map<String, String> typed, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Outcome outcome = access.toSubmit(request, response, model, PAGE, token);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Map<String, String> problems = edits.register(typed, outcome.user().get().id());
    if (problems.isEmpty()) {
      return "redirect:" + BASE + "/" + typed.get("code").strip().toUpperCase(java.util.Locale.ROOT) + "?done";
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return form(model, request, "登记新学会", BASE + "/new", BASE, edits.registrationInputs(typed, problems),
        problems.get(RegistryEdits.FORM));
  }

  @GetMapping({BASE + "/{code}/edit/{form}", BASE + "/{code}/edit/{form}/{id}"})
  String edit(@PathVariable String code, @PathVariable String form, @PathVariable(required = false) Long id,
      @RequestParam(required = false) Integer year, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Outcome outcome = access.toChange(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<RegistryForm> kind = resolve(code, form, id);
    if (kind.isEmpty()) {
      return notFound(response, model);
    }
    return form(model, request, code, kind.get(), id,
        edits.inputs(kind.get(), id != null, edits.initial(kind.get(), code, id, year), Map.of()), null);
  }

  @PostMapping({BASE + "/{code}/edit/{form}", BASE + "/{code}/edit/{form}/{id}"})
  String save(@PathVariable String code, @PathVariable String form, @PathVariable(required = false) Long id,
      @RequestParam(name = FormTokens.FIELD, required = false) String token, @RequestParam Map<String, String> typed,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Outcome outcome = access.toChange(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<RegistryForm> kind = resolve(code, form, id);
    if (kind.isEmpty()) {
      return notFound(response, model);
    }
    if (!formTokens.isValid(request, token)) {
      return expired(response, model);
    }
    Map<String, String> problems = edits.apply(kind.get(), code, id, typed, outcome.user().get().id());
    if (problems.isEmpty()) {
      return "redirect:" + BASE + "/" + code + "?done";
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return form(model, request, code, kind.get(), id, edits.inputs(kind.get(), id != null, typed, problems),
        problems.get(RegistryEdits.FORM));
  }

  /** The form of a registered society; a by-id form only for a row of that society still in force. */
  private Optional<RegistryForm> resolve(String code, String slug, Long id) {
    if (registry.findByCode(code).isEmpty()) {
      return Optional.empty();
    }
    return RegistryForm.bySlug(slug)
        .filter(f -> f.byId() ? id == null || edits.rowInForce(f, code, id) : id == null);
  }

  private String form(Model model, HttpServletRequest request, String code, RegistryForm kind, Long id,
      List<FormInput> inputs, String formProblem) {
    String name = registry.findByCode(code).orElseThrow().name();
    String title = name + " · " + (kind.byId() ? (id == null ? "新增" : "更正或撤销") : "") + kind.title();
    String action = BASE + "/" + code + "/edit/" + kind.slug() + (id == null ? "" : "/" + id);
    return form(model, request, title, action, BASE + "/" + code, inputs, formProblem);
  }

  private String form(Model model, HttpServletRequest request, String title, String action, String back,
      List<FormInput> inputs, String formProblem) {
    model.addAttribute("title", title);
    model.addAttribute("action", action);
    model.addAttribute("back", back);
    model.addAttribute("inputs", inputs);
    model.addAttribute("formProblem", formProblem);
    model.addAttribute("problemCount", inputs.stream().filter(i -> i.problem() != null).count());
    model.addAttribute("token", formTokens.tokenFor(request));
    model.addAttribute("tokenField", FormTokens.FIELD);
    return "registry/form";
  }

  private static <T> List<FactRow> rows(List<Dated<T>> facts, LocalDate day, Function<T, String> what,
      Function<Dated<T>, String> editHref) {
    return facts.stream().map(d -> new FactRow(what.apply(d.fact()),
        d.validFrom().equals(SocietyRegistry.SINCE_EVER) ? "（初始登记）" : d.validFrom().toString(),
        RegistryTexts.until(d.validUntil()), d.holdsOn(day), editHref.apply(d))).toList();
  }

  private static String notFound(HttpServletResponse response, Model model) {
    return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "没有该记录",
        "学会名录中没有该学会或该记录（或该记录已被更正、撤销），请从学会名录重新打开。", false, MessagePage.TASKLIST);
  }

  private static String expired(HttpServletResponse response, Model model) {
    return MessagePage.show(response, model, HttpStatus.FORBIDDEN, "页面已过期",
        "页面已过期或请求来源无法确认（安全令牌缺失或无效），本次修改未保存。请重新打开学会名录后再试。", false,
        MessagePage.TASKLIST);
  }
}
