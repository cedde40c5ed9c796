package cn.wast.capacity.office;

import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.Rounds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office overview ({@code /office/}, 工作概览 in Tasklist's menu): one round at a time, the
 * newest by default, with its applications by stage as a table and a chart, the deadlines coming
 * up, open objections, checks due and failed mails, each leading to its task or page. For the
 * office and the auditors only; an auditor reads the same, with links to the audit trail instead
 * of tasks.
 */
@Controller
class OfficeOverviewController {

  /**
   * Our page policy with the chart's scripts, served by the system itself: like the webapps', only
   * scripts that carry the page's nonce run ('self' only for browsers without 'strict-dynamic').
   */
  static final String POLICY = "default-src 'none'; script-src 'nonce-%s' 'strict-dynamic' 'self';"
      + " style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";
  private static final SecureRandom RANDOM = new SecureRandom();
  static final String CHART_SCRIPT = "/webjars/chart.js/4.4.1/dist/chart.umd.js";

  private final CurrentUser currentUser;
  private final Rounds rounds;
  private final OfficeOverview overview;

  OfficeOverviewController(CurrentUser currentUser, Rounds rounds, OfficeOverview overview) {
    this.currentUser = currentUser;
    this.rounds = rounds;
    this.overview = overview;
  }

  @GetMapping({"/office", "/office/"})
  String page(HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) String year,
      Model model) {
    byte[] nonce = new byte[18];
    RANDOM.nextBytes(nonce);
    String scriptNonce = Base64.getEncoder().encodeToString(nonce);
    response.setHeader("Content-Security-Policy", String.format(POLICY, scriptNonce));
    model.addAttribute("scriptNonce", scriptNonce);
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty() || !user.get().readsProgrammeRecords()) {
      return MessagePage.show(response, model, user.isEmpty() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
          user.isEmpty() ? "请先登录" : "无权访问", user.isEmpty() ? "请先登录任务列表，再打开工作概览。"
              : "工作概览只对专项办公室和审计人员开放。", user.isEmpty(), MessagePage.TASKLIST);
    }
    List<Round> all = rounds.findAll();
    Optional<Round> shown = year == null || year.isBlank() ? all.stream().findFirst()
        : all.stream().filter(r -> String.valueOf(r.year()).equals(year.strip())).findFirst();
    if (shown.isEmpty() && year != null && !year.isBlank()) {
      return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "没有该年度",
          "没有该年度的评选，请从工作概览的年度列表中选择。", false, MessagePage.TASKLIST);
    }
    model.addAttribute("years", all.stream().map(Round::year).toList());
    model.addAttribute("round", shown.map(r -> overview.of(user.get(), r)).orElse(null));
    model.addAttribute("readOnly", !user.get().isOffice());
    model.addAttribute("chartScript", CHART_SCRIPT);
    return "office/index";
  }
}
