package cn.wast.capacity.experts;

import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.access.Downloads;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OfficePageAccess;
import cn.wast.capacity.access.OwnPageHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The expert pool's list ({@code /office/experts}, 专家库): search by name, organisation or field,
 * filter by active or not, add an expert (with a reason), and the pool as .xlsx. The office reads
 * and changes, the auditors read.
 */
@Controller
class ExpertPoolController {

  static final String PAGE = "专家库";
  static final String PATH = "/office/experts";

  /** One expert's line in the list, with their ties as text. */
  record Line(Expert expert, String ties) {}

  private final OfficePageAccess access;
  private final Experts experts;
  private final ExpertPool pool;
  private final ExpertPoolWorkbook workbook;
  private final FormTokens formTokens;

  ExpertPoolController(OfficePageAccess access, Experts experts, ExpertPool pool, ExpertPoolWorkbook workbook,
      FormTokens formTokens) {
    this.access = access;
    this.experts = experts;
    this.pool = pool;
    this.workbook = workbook;
    this.formTokens = formTokens;
  }

  @GetMapping({PATH, PATH + "/"})
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toRead(request, response, model, PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    model.addAttribute("readOnly", !outcome.user().get().isOffice());
    return render(model, request, q, status, Map.of(), Map.of(), "");
  }

  @PostMapping({PATH, PATH + "/"})
  String add(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toSubmit(request, response, model, PAGE, form.get(FormTokens.FIELD));
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    ExpertDetails details = new ExpertDetails(form.get("name"), form.get("title"), form.get("organisation"),
        form.get("fields"), form.get("email"), form.get("phone"));
    ExpertPool.Outcome added = pool.add(form.get("userId"), details, form.get("reason"), outcome.user().get().id());
    if (!added.refused()) {
      return "redirect:" + PATH + "/" + added.userId() + "?done=added";
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("readOnly", false);
    Map<String, String> typed = new java.util.LinkedHashMap<>(details.values());
    typed.put("userId", ExpertDetails.clean(form.get("userId")));
    return render(model, request, null, null, typed, added.problems(), ExpertDetails.clean(form.get("reason")));
  }

  @GetMapping(PATH + "/export")
  String export(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    OfficePageAccess.Outcome outcome = access.toRead(request, response, model, PAGE);
    if (outcome.refused()) {
      response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
      return outcome.refusalView();
    }
    byte[] bytes = workbook.bytes();
    response.setContentType(Spreadsheet.MEDIA_TYPE.toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("专家库.xlsx"));
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    return null;
  }

  private String render(Model model, HttpServletRequest request, String q, String status,
      Map<String, String> typed, Map<String, String> problems, String reason) {
    String query = q == null ? "" : q.strip();
    String shown = status == null ? "" : status.strip();
    Map<String, List<ExpertAffiliation>> ties = experts.allAffiliations().stream()
        .collect(Collectors.groupingBy(ExpertAffiliation::expertId));
    List<Line> lines = experts.findAll().stream()
        .filter(e -> matches(e, query))
        .filter(e -> shown.equals("active") ? e.active() : !shown.equals("inactive") || !e.active())
        .map(e -> new Line(e, ties.getOrDefault(e.userId(), List.of()).stream()
            .map(ExpertPoolController::tie).collect(Collectors.joining("；"))))
        .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("total", experts.count());
    model.addAttribute("q", query);
    model.addAttribute("status", shown);
    model.addAttribute("typed", typed);
    model.addAttribute("problems", problems);
    model.addAttribute("reason", reason);
    model.addAttribute("token", formTokens.tokenFor(request));
    model.addAttribute("tokenField", FormTokens.FIELD);
    return "experts/list";
  }

  /** Whether the search matches the expert's name, organisation, fields or user id. */
  private static boolean matches(Expert expert, String query) {
    if (query.isEmpty()) {
      return true;
    }
    String wanted = query.toLowerCase(Locale.ROOT);
    return java.util.stream.Stream.of(expert.name(), expert.organisation(), expert.fields(), expert.userId())
        .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(wanted));
  }

  private static String tie(ExpertAffiliation a) {
    String dates = a.endedOn() != null ? "（至 " + a.endedOn() + "）" : "";
    return a.societyCode() + " " + a.role().label() + dates;
  }
}
