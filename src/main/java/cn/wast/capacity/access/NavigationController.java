package cn.wast.capacity.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The system's own pages the signed-in user may open, for the webapps' menu bar (Tasklist's
 * script {@code scripts/own-pages.js} shows them): a society's page for society accounts, the
 * overview, the reports and the login log for the office and the auditors. Nothing for anyone else.
 */
@RestController
class NavigationController {

  private final CurrentUser currentUser;

  NavigationController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping(value = "/navigation", produces = "application/json")
  List<Map<String, String>> links(HttpServletRequest request) {
    List<Map<String, String>> links = new ArrayList<>();
    currentUser.of(request).ifPresent(user -> {
      if (user.isSociety()) {
        links.add(Map.of("id", "society-page-link", "label", "本学会的申报、草稿和邮件", "href", "/society"));
      }
      if (user.readsProgrammeRecords()) {
        links.add(Map.of("id", "office-overview-link", "label", "工作概览", "href", "/office/"));
        links.add(Map.of("id", "reports-link", "label", "专项报表", "href", "/reports"));
        links.add(Map.of("id", "login-log-link", "label", "登录日志", "href", "/audit/logins"));
      }
    });
    return links;
  }
}
