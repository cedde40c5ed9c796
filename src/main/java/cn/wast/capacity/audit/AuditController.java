package cn.wast.capacity.audit;

import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.Downloads;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.audit.AuditTrails.Search;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The auditors' API behind the Cockpit plugin 审计追溯 ({@code /audit/instances}, JSON), and the
 * audit trail of one instance as CSV and as a printable page. For auditors and the office only;
 * what each may read beyond that is the engine's authorizations' say.
 */
@Controller
class AuditController {

  private final CurrentUser currentUser;
  private final AuditTrails trails;

  AuditController(CurrentUser currentUser, AuditTrails trails) {
    this.currentUser = currentUser;
    this.trails = trails;
  }

  @GetMapping(value = "/audit/instances", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<?> search(HttpServletRequest request, @RequestParam(required = false) String process,
      @RequestParam(required = false) String year, @RequestParam(required = false) String society,
      @RequestParam(required = false) String outcome, @RequestParam(required = false) String state) {
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty() || !user.get().readsProgrammeRecords()) {
      return refusal(user.isEmpty());
    }
    Integer round = null;
    if (year != null && !year.isBlank()) {
      if (!year.strip().matches("\\d{4}")) {
        return ResponseEntity.badRequest().body(Map.of("message", "年度须为四位数字，例如 2026"));
      }
      round = Integer.valueOf(year.strip());
    }
    return ResponseEntity.ok(trails.search(user.get(), new Search(process, round, society, outcome, state)));
  }

  @GetMapping(value = "/audit/instances/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<?> trail(HttpServletRequest request, @PathVariable String id) {
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty() || !user.get().readsProgrammeRecords()) {
      return refusal(user.isEmpty());
    }
    return trails.trail(user.get(), id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "找不到该流程实例")));
  }

  @GetMapping("/audit/instances/{id}/trail.csv")
  ResponseEntity<byte[]> csv(HttpServletRequest request, @PathVariable String id) {
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty()) {
      return Downloads.refusal(HttpStatus.UNAUTHORIZED, "请先登录 Cockpit，再下载审计记录。");
    }
    if (!user.get().readsProgrammeRecords()) {
      return Downloads.refusal(HttpStatus.FORBIDDEN, "审计记录只对审计人员和专项办公室开放。");
    }
    return trails.trail(user.get(), id)
        .map(trail -> ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("审计记录-" + fileName(trail) + ".csv"))
            .body(AuditCsv.write(trail)))
        .orElseGet(() -> Downloads.refusal(HttpStatus.NOT_FOUND, "找不到该流程实例。"));
  }

  @GetMapping("/audit/instances/{id}/print")
  String print(HttpServletRequest request, HttpServletResponse response, @PathVariable String id, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Optional<SignedInUser> user = currentUser.of(request);
    Optional<AuditTrail> trail = user.filter(SignedInUser::readsProgrammeRecords).flatMap(u -> trails.trail(u, id));
    if (trail.isEmpty()) {
      HttpStatus status = user.isEmpty() ? HttpStatus.UNAUTHORIZED
          : !user.get().readsProgrammeRecords() ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
      return MessagePage.show(response, model, status, status == HttpStatus.NOT_FOUND ? "找不到该流程实例" : "无法查看",
          status == HttpStatus.UNAUTHORIZED ? "请先登录 Cockpit，再查看审计记录。"
              : status == HttpStatus.FORBIDDEN ? "审计记录只对审计人员和专项办公室开放。" : "该流程实例不存在，或不属于本专项。",
          status == HttpStatus.UNAUTHORIZED, MessagePage.COCKPIT);
    }
    model.addAttribute("trail", trail.get());
    model.addAttribute("printedBy", user.get().id());
    return "audit/print";
  }

  private static String fileName(AuditTrail trail) {
    String key = trail.instance().businessKey();
    return key == null ? trail.instance().id() : key;
  }

  private static ResponseEntity<?> refusal(boolean notSignedIn) {
    return ResponseEntity.status(notSignedIn ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN)
        .body(Map.of("message", notSignedIn ? "请先登录 Cockpit" : "审计功能只对审计人员和专项办公室开放"));
  }

}
