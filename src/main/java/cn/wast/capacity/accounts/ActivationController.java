package cn.wast.capacity.accounts;

import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OwnPageHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 设置密码 ({@code /accounts/activate/<token>}), open without login: the link from the activation
 * mail. The token in the path is the only credential, so the form needs no other; the page is
 * never cached, framed or named in a Referer.
 */
@Controller
class ActivationController {

  static final String PATH = "/accounts/activate/";

  private final Accounts accounts;

  ActivationController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping(PATH + "{token}")
  String show(@PathVariable String token, HttpServletResponse response, Model model) {
    headers(response);
    Optional<LinkProblem> problem = accounts.linkProblem(token);
    if (problem.isPresent()) {
      return refused(response, model, problem.get());
    }
    return form(model, accounts.accountOf(token).orElseThrow(), token, List.of());
  }

  @PostMapping(PATH + "{token}")
  String activate(@PathVariable String token, @RequestParam(required = false) String password,
      @RequestParam(required = false) String repeated, HttpServletResponse response, Model model) {
    headers(response);
    Optional<Account> account = accounts.accountOf(token);
    Activation outcome = accounts.activate(token, password, repeated);
    if (outcome.linkProblem().isPresent()) {
      return refused(response, model, outcome.linkProblem().get());
    }
    if (!outcome.done()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(model, account.orElseThrow(), token, outcome.passwordProblems());
    }
    model.addAttribute("done", true);
    model.addAttribute("account", outcome.account().get());
    model.addAttribute("tasklist", MessagePage.TASKLIST);
    return "accounts/activate";
  }

  private static String form(Model model, Account account, String token, List<String> problems) {
    model.addAttribute("done", false);
    model.addAttribute("account", account);
    model.addAttribute("action", PATH + token);
    model.addAttribute("problems", problems);
    return "accounts/activate";
  }

  private static String refused(HttpServletResponse response, Model model, LinkProblem problem) {
    response.setStatus(problem.status().value());
    model.addAttribute("done", false);
    model.addAttribute("problem", problem);
    model.addAttribute("tasklist", MessagePage.TASKLIST);
    return "accounts/activate";
  }

  private static void headers(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
  }
}
