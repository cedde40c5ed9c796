package cn.wast.capacity.accounts;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OfficePageAccess;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.society.Society;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 账号管理 ({@code /office/accounts}): every account the office gave, with its kind, society,
 * e-mail, state and last sign-in; forms to create one for a society's contact, an expert or a
 * member of the office, or one for every society without any; and per account 停用, 启用 and
 * 重置, each with its reason. The office changes, the auditors read.
 */
@Controller
class AccountsController {

  static final String PAGE = "/office/accounts";
  private static final String PAGE_NAME = "账号管理";

  /** What a form was sent with, and its problems by field, to show it again. */
  record FormState(Map<String, String> values, Map<String, String> problems) {
    static final FormState EMPTY = new FormState(Map.of(), Map.of());

    public String value(String field) {
      return values.getOrDefault(field, "");
    }

    public String problem(String field) {
      return problems.get(field);
    }
  }

  /** One line of the list. */
  record Row(Account account, String societyName, String lastSignIn, String activatedAt) {}

  private final OfficePageAccess access;
  private final FormTokens formTokens;
  private final Accounts accounts;
  private final ProgrammeClock clock;

  AccountsController(OfficePageAccess access, FormTokens formTokens, Accounts accounts, ProgrammeClock clock) {
    this.access = access;
    this.formTokens = formTokens;
    this.accounts = accounts;
    this.clock = clock;
  }

  @GetMapping(PAGE)
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toRead(request, response, model, PAGE_NAME);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    return render(request, model, outcome.user().get(), Map.of());
  }

  @PostMapping(PAGE + "/create")
  String create(@RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String societyCode,
      @RequestParam(required = false) String userId, @RequestParam(required = false) String name,
      @RequestParam(required = false) String email, HttpServletRequest request, HttpServletResponse response,
      Model model, RedirectAttributes redirect) {
    Changer changer = changer(request, response, model, token);
    if (changer.refusalView() != null) {
      return changer.refusalView();
    }
    SignedInUser user = changer.user();
    AccountKind accountKind = switch (kind == null ? "" : kind) {
      case "society" -> AccountKind.SOCIETY;
      case "expert" -> AccountKind.EXPERT;
      case "office" -> AccountKind.OFFICE;
      default -> null;
    };
    if (accountKind == null) {
      return MessagePage.show(response, model, HttpStatus.BAD_REQUEST, "无法创建", "请从账号管理页面选择要创建的账号类型。",
          false, MessagePage.TASKLIST);
    }
    Map<String, String> problems = accounts.create(
        new Accounts.NewAccount(accountKind, societyCode, userId, name, email), user.id());
    if (!problems.isEmpty()) {
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("societyCode", nz(societyCode));
      typed.put("userId", nz(userId));
      typed.put("name", nz(name));
      typed.put("email", nz(email));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return render(request, model, user, Map.of(kind, new FormState(typed, problems)));
    }
    redirect.addFlashAttribute("notice", "已创建账号“" + userId.strip() + "”，激活邮件已放入发送队列。");
    return "redirect:" + PAGE;
  }

  @PostMapping(PAGE + "/bulk")
  String bulk(@RequestParam(name = FormTokens.FIELD, required = false) String token, HttpServletRequest request,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    Changer changer = changer(request, response, model, token);
    if (changer.refusalView() != null) {
      return changer.refusalView();
    }
    SignedInUser user = changer.user();
    Accounts.BulkOutcome outcome = accounts.createForSocietiesWithoutAccount(user.id());
    StringBuilder notice = new StringBuilder("已为 " + outcome.created().size() + " 个学会创建账号并发送激活邮件。");
    outcome.skipped().forEach((code, why) -> notice.append(" 未创建 ").append(code).append("：").append(why).append("。"));
    redirect.addFlashAttribute("notice", notice.toString());
    return "redirect:" + PAGE;
  }

  @PostMapping(PAGE + "/{userId}/{action}")
  String change(@PathVariable String userId, @PathVariable String action,
      @RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
      Model model, RedirectAttributes redirect) {
    Changer changer = changer(request, response, model, token);
    if (changer.refusalView() != null) {
      return changer.refusalView();
    }
    SignedInUser user = changer.user();
    if (accounts.find(userId).isEmpty()) {
      return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "没有这个账号",
          "账号“" + userId + "”不在账号管理之列（演示账号和在管理端创建的用户不在此管理）。", false, MessagePage.TASKLIST);
    }
    Map<String, String> problems;
    String done;
    switch (action) {
      case "disable" -> {
        problems = accounts.disable(userId, reason, user.id());
        done = "账号“" + userId + "”已停用，不能再登录。";
      }
      case "enable" -> {
        problems = accounts.enable(userId, reason, user.id());
        done = "账号“" + userId + "”已启用。";
      }
      case "reset" -> {
        problems = accounts.reset(userId, reason, user.id());
        done = "账号“" + userId + "”已重置：原密码和原激活链接作废，新的激活邮件已放入发送队列。";
      }
      default -> {
        return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "没有这项操作", "账号可以停用、启用或重置。",
            false, MessagePage.TASKLIST);
      }
    }
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return render(request, model, user, Map.of("row:" + userId, new FormState(Map.of("reason", nz(reason)), problems)));
    }
    redirect.addFlashAttribute("notice", done);
    return "redirect:" + PAGE;
  }

  /** The office member who may change accounts with this post, or the refusal page's view. */
  private record Changer(SignedInUser user, String refusalView) {}

  /** Refuses whoever may not change accounts, and a post without the form's token. */
  private Changer changer(HttpServletRequest request, HttpServletResponse response, Model model, String token) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    OfficePageAccess.Outcome outcome = access.toChange(request, response, model, PAGE_NAME);
    if (outcome.refused()) {
      return new Changer(null, outcome.refusalView());
    }
    if (!formTokens.isValid(request, token)) {
      return new Changer(null, MessagePage.show(response, model, HttpStatus.FORBIDDEN, "页面已过期",
          "页面已过期或请求来源无法确认（安全令牌缺失或无效），本次操作未执行。请重新打开账号管理页面后再试。", false,
          MessagePage.TASKLIST));
    }
    return new Changer(outcome.user().get(), null);
  }

  private String render(HttpServletRequest request, Model model, SignedInUser user, Map<String, FormState> forms) {
    Map<String, String> societyNames = accounts.registeredSocieties().stream()
        .collect(Collectors.toMap(Society::code, Society::name, (a, b) -> a, LinkedHashMap::new));
    List<Row> rows = accounts.all().stream().map(a -> new Row(a,
        a.societyCode() == null ? "" : societyNames.getOrDefault(a.societyCode(), a.societyCode()),
        a.lastSignedInAt() == null ? "从未登录" : clock.format(a.lastSignedInAt()),
        a.activatedAt() == null ? "" : clock.format(a.activatedAt()))).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("societies", accounts.registeredSocieties());
    model.addAttribute("societiesWithout", accounts.societiesWithoutAccount());
    model.addAttribute("experts", accounts.expertsWithoutAccount());
    Function<String, FormState> form = key -> forms.getOrDefault(key, FormState.EMPTY);
    model.addAttribute("societyForm", form.apply("society"));
    model.addAttribute("expertForm", form.apply("expert"));
    model.addAttribute("officeForm", form.apply("office"));
    model.addAttribute("rowForms", forms);
    model.addAttribute("readOnly", !user.isOffice());
    model.addAttribute("token", user.isOffice() ? formTokens.tokenFor(request) : "");
    model.addAttribute("tokenField", FormTokens.FIELD);
    return "accounts/list";
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
