package cn.wast.capacity.societypage;

import cn.wast.capacity.DateInput;
import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.form.FormChecks;
import cn.wast.capacity.form.FormDefinition;
import cn.wast.capacity.form.FormDefinition.Field;
import cn.wast.capacity.form.FormDefinition.Heading;
import cn.wast.capacity.form.FormDefinition.Option;
import cn.wast.capacity.form.FormDefinition.Part;
import cn.wast.capacity.form.FormDefinition.Rows;
import cn.wast.capacity.form.FormDefinition.Single;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.societypage.Drafts.Draft;
import cn.wast.capacity.societypage.SocietyDrafts.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The draft page of one long form ({@code /society/<code>/drafts/<year>/<form>}): the form's
 * fields as the society last saved them, "save draft" and "submit". Only users of that society
 * open it; the office and the experts never see a draft. Dynamic lists grow and shrink by
 * buttons that save the draft, so the page works without scripts.
 */
@Controller
class DraftPageController {

  /** One field on the page, with the parameter it posts, its value and its problem. */
  record FieldView(Field field, String name, String value, String problem, List<Option> processOptions) {

    public boolean checked() {
      return "true".equals(value);
    }

    /**
     * The choices of a select: the form's own, or those the open task gives ({@code valuesKey}),
     * with the saved value kept as a choice of its own when the task does not offer it (yet).
     */
    public List<Option> options() {
      if (!field.hasOptionsFromProcess()) {
        return field.options();
      }
      if (value.isBlank() || processOptions.stream().anyMatch(o -> o.value().equals(value))) {
        return processOptions;
      }
      List<Option> options = new ArrayList<>(processOptions);
      options.add(new Option(value, value));
      return options;
    }
  }

  /** One dynamic list on the page. */
  record ListView(String key, String label, List<Field> columns, List<List<FieldView>> rows) {}

  /** A part of the page in the form's order: a heading, a field or a list. */
  record PartView(String heading, FieldView field, ListView list) {}

  private final CurrentUser currentUser;
  private final SocietyRegistry societies;
  private final SocietyDrafts drafts;
  private final ApplicationDocuments documents;
  private final FormTokens formTokens;

  DraftPageController(CurrentUser currentUser, SocietyRegistry societies, SocietyDrafts drafts,
      ApplicationDocuments documents, FormTokens formTokens) {
    this.currentUser = currentUser;
    this.societies = societies;
    this.drafts = drafts;
    this.documents = documents;
    this.formTokens = formTokens;
  }

  @GetMapping("/society/{code}/drafts/{year}/{form}")
  String show(@PathVariable String code, @PathVariable int year, @PathVariable String form,
      @RequestParam(required = false) String done, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Optional<String> refusal = refusal(request, response, code, form, model);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    SignedInUser user = currentUser.of(request).orElseThrow();
    DraftKind kind = DraftKind.bySlug(form).orElseThrow();
    DraftWindow window = drafts.window(user, code, year, kind);
    DraftContent content = drafts.current(user, code, year, kind, window);
    String message = switch (done == null ? "" : done) {
      case "saved" -> "草稿已保存。下次登录后可继续填写；提交前，专项办公室和评审专家看不到草稿。";
      case "submitted" -> kind.title() + "已提交。系统已发邮件确认，进展可在“本学会的申报”页面查看。";
      default -> null;
    };
    return render(model, request, user, code, year, kind, window, content, message, List.of(), Map.of());
  }

  @PostMapping("/society/{code}/drafts/{year}/{form}")
  String post(@PathVariable String code, @PathVariable int year, @PathVariable String form,
      @RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(defaultValue = "save") String action, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Optional<String> refusal = refusal(request, response, code, form, model);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (!formTokens.isValid(request, token)) {
      return message(response, model, HttpStatus.FORBIDDEN, "页面已过期",
          "页面已过期或请求来源无法确认（安全令牌缺失或无效），本次操作未执行。请重新打开草稿页面后再试。", false);
    }
    SignedInUser user = currentUser.of(request).orElseThrow();
    DraftKind kind = DraftKind.bySlug(form).orElseThrow();
    DraftContent content = posted(drafts.form(kind), request.getParameterMap());
    String path = "/society/" + code + "/drafts/" + year + "/" + kind.slug();

    if (action.startsWith("add:") || action.startsWith("remove:")) {
      content = changedRows(drafts.form(kind), content, action);
    }
    Outcome outcome = action.equals("submit")
        ? drafts.submit(user, code, year, kind, content)
        : drafts.save(user, code, year, kind, content);
    if (!outcome.refused()) {
      if (action.startsWith("add:") || action.startsWith("remove:")) {
        return "redirect:" + path + "#list-" + action.split(":")[1];
      }
      return "redirect:" + path + "?done=" + (outcome.submitted() ? "submitted" : "saved");
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    DraftWindow window = drafts.window(user, code, year, kind);
    return render(model, request, user, code, year, kind, window, content, outcome.message(), outcome.problems(),
        outcome.fieldProblems());
  }

  private Optional<String> refusal(HttpServletRequest request, HttpServletResponse response, String code, String form,
      Model model) {
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty()) {
      return Optional.of(message(response, model, HttpStatus.UNAUTHORIZED, "请先登录",
          "请先登录任务列表，再打开草稿页面。", true));
    }
    if (!user.get().actsFor(code)) {
      return Optional.of(message(response, model, HttpStatus.FORBIDDEN, "无权访问",
          "草稿只对本学会的账号开放：专项办公室和评审专家在提交前看不到学会的草稿。", false));
    }
    if (DraftKind.bySlug(form).isEmpty()) {
      return Optional.of(message(response, model, HttpStatus.NOT_FOUND, "没有这种表格",
          "可以保存草稿的是：申报材料、经费使用管理方案、中期检查材料和结项验收材料。", false));
    }
    return Optional.empty();
  }

  private static String message(HttpServletResponse response, Model model, HttpStatus status, String title,
      String message, boolean loginLink) {
    return MessagePage.show(response, model, status, title, message, loginLink, MessagePage.TASKLIST);
  }

  private String render(Model model, HttpServletRequest request, SignedInUser user, String code, int year,
      DraftKind kind, DraftWindow window, DraftContent content, String message, List<String> problems,
      Map<String, String> fieldProblems) {
    Optional<Draft> saved = drafts.saved(code, year, kind);
    model.addAttribute("societyName", societies.findByCode(code).map(Society::name).orElse(code));
    model.addAttribute("year", year);
    model.addAttribute("kindTitle", kind.title());
    model.addAttribute("isApplication", kind.isApplication());
    model.addAttribute("window", window);
    model.addAttribute("savedAt", saved.map(d -> drafts.format(d.savedAt()) + "，" + d.savedBy()).orElse(null));
    model.addAttribute("submittedAt", saved.filter(d -> d.submittedAt() != null)
        .map(d -> drafts.format(d.submittedAt()) + "，" + d.submittedBy()).orElse(null));
    model.addAttribute("message", message);
    model.addAttribute("problems", problems);
    model.addAttribute("problemCount", fieldProblems.size());
    model.addAttribute("parts", parts(drafts.form(kind), kind, content, fieldProblems,
        drafts.processOptions(user, kind, window)));
    model.addAttribute("documents", documentsOf(kind, code, year));
    model.addAttribute("officeComments", drafts.officeComments(user, kind, window).orElse(null));
    model.addAttribute("budgetTotal", drafts.budgetTotal(user, kind, window, content).orElse(null));
    model.addAttribute("action", "/society/" + code + "/drafts/" + year + "/" + kind.slug());
    model.addAttribute("token", formTokens.tokenFor(request));
    model.addAttribute("tokenField", FormTokens.FIELD);
    return "society/draft";
  }

  /** The files waiting for the application, or, once it is submitted, those it was submitted with. */
  private List<DocumentInfo> documentsOf(DraftKind kind, String code, int year) {
    if (!kind.isApplication()) {
      return List.of();
    }
    List<DocumentInfo> submitted = documents.listForApplication(Application.businessKeyOf(year, code));
    return submitted.isEmpty() ? documents.listPending(code, year) : submitted;
  }

  private static List<PartView> parts(FormDefinition form, DraftKind kind, DraftContent content,
      Map<String, String> problems, Map<String, List<Option>> processOptions) {
    List<PartView> parts = new ArrayList<>();
    for (Part part : form.parts()) {
      if (part instanceof Heading heading) {
        parts.add(new PartView(heading.text(), null, null));
      } else if (part instanceof Single single) {
        Field field = single.field();
        if (!kind.fixes(field.key())) {
          parts.add(new PartView(null, new FieldView(field, "f." + field.key(), content.field(field.key()),
              problems.get(field.key()), optionsOf(field, processOptions)), null));
        }
      } else if (part instanceof Rows list) {
        parts.add(new PartView(null, null, listView(list, content, problems, processOptions)));
      }
    }
    return parts;
  }

  private static List<Option> optionsOf(Field field, Map<String, List<Option>> processOptions) {
    return field.hasOptionsFromProcess() ? processOptions.getOrDefault(field.valuesKey(), List.of()) : List.of();
  }

  private static ListView listView(Rows list, DraftContent content, Map<String, String> problems,
      Map<String, List<Option>> processOptions) {
    List<Map<String, String>> typed = content.rowsOf(list.key());
    if (typed.isEmpty()) {
      typed = List.of(Map.of());
    }
    List<List<FieldView>> rows = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      List<FieldView> cells = new ArrayList<>();
      for (Field column : list.columns()) {
        String place = FormChecks.cell(list.key(), i, column.key());
        cells.add(new FieldView(column, "l." + place, typed.get(i).getOrDefault(column.key(), ""),
            problems.get(place), optionsOf(column, processOptions)));
      }
      rows.add(cells);
    }
    return new ListView(list.key(), list.label(), list.columns(), rows);
  }

  /** The content as posted: {@code f.<key>} for a field, {@code l.<list>.<row>.<column>} for a cell. */
  static DraftContent posted(FormDefinition form, Map<String, String[]> parameters) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Field field : form.singleFields()) {
      String[] values = parameters.get("f." + field.key());
      fields.put(field.key(), asTyped(field, values == null || values.length == 0 ? "" : values[values.length - 1]));
    }
    Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    for (Rows list : form.lists()) {
      int count = rowCount(parameters, list.key());
      List<Map<String, String>> typed = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Field column : list.columns()) {
          String[] values = parameters.get("l." + FormChecks.cell(list.key(), i, column.key()));
          row.put(column.key(), asTyped(column, values == null || values.length == 0 ? "" : values[0]));
        }
        typed.add(row);
      }
      rows.put(list.key(), typed);
    }
    return new DraftContent(fields, rows);
  }

  /** What was typed, a date written the one way (2026-12-10) when it is one. */
  private static String asTyped(Field field, String typed) {
    return field.date() ? DateInput.normalised(typed) : typed;
  }

  private static int rowCount(Map<String, String[]> parameters, String listKey) {
    String[] values = parameters.get("l." + listKey + ".count");
    try {
      int count = values == null ? 0 : Integer.parseInt(values[0]);
      return Math.max(0, Math.min(count, SocietyDrafts.MAX_ROWS + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static DraftContent changedRows(FormDefinition form, DraftContent content, String action) {
    String[] parts = action.split(":");
    if (parts.length < 2 || form.lists().stream().noneMatch(list -> list.key().equals(parts[1]))) {
      return content;
    }
    if (parts[0].equals("add") && parts.length == 2) {
      return content.withRowAdded(parts[1]);
    }
    if (parts[0].equals("remove") && parts.length == 3) {
      try {
        return content.withRowRemoved(parts[1], Integer.parseInt(parts[2]));
      } catch (NumberFormatException e) {
        return content;
      }
    }
    return content;
  }
}
