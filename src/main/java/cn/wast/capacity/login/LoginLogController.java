package cn.wast.capacity.login;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 登录日志: the login log for the office and the auditors, newest first, by user, a page at a time. */
@Controller
class LoginLogController {

  static final int PAGE_SIZE = 50;

  private final CurrentUser currentUser;
  private final LoginLog log;
  private final ProgrammeClock clock;

  LoginLogController(CurrentUser currentUser, LoginLog log, ProgrammeClock clock) {
    this.currentUser = currentUser;
    this.log = log;
    this.clock = clock;
  }

  @GetMapping("/audit/logins")
  String logins(HttpServletRequest request, HttpServletResponse response, Model model,
      @RequestParam(required = false) String user, @RequestParam(defaultValue = "0") String page) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Optional<SignedInUser> signedIn = currentUser.of(request);
    if (signedIn.isEmpty()) {
      return MessagePage.show(response, model, HttpStatus.UNAUTHORIZED, "请先登录",
          "请先登录 Cockpit 或任务列表，再查看登录日志。", true, MessagePage.COCKPIT);
    }
    if (!signedIn.get().readsProgrammeRecords()) {
      return MessagePage.show(response, model, HttpStatus.FORBIDDEN, "无法查看",
          "登录日志只对审计人员和专项办公室开放。", false, MessagePage.TASKLIST);
    }
    String userId = user == null || user.isBlank() ? null : user.strip();
    int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    LoginLog.Page entries = log.page(userId, number, PAGE_SIZE);
    model.addAttribute("user", userId);
    model.addAttribute("entries", entries.entries());
    model.addAttribute("total", entries.total());
    model.addAttribute("page", number);
    model.addAttribute("pages", Math.max(1, (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute("clock", clock);
    return "audit/logins";
  }
}
