package cn.wast.capacity.access;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What every request that ends in an error answers, on every path (our pages, the public pages,
 * unknown paths): a Chinese page for a browser, Chinese JSON for an API caller, never Spring's
 * English page, an exception's message or a stack trace. It takes the place of Spring Boot's
 * own error controller. The texts are per status only: the container's and Spring's messages
 * are English and may name internals.
 */
@Controller
class ErrorPages implements ErrorController {

  /** The title and the explanation a user reads for a status. */
  record Explanation(String title, String message) {}

  static Explanation explain(int status) {
    return switch (status) {
      case 400 -> new Explanation("请求有误", "请求的内容不完整或格式不正确，系统未作处理。请返回上一页检查后重试。");
      case 401 -> new Explanation("需要登录", "请先登录后再打开此页面。");
      case 403 -> new Explanation("无权访问", "您的账号无权打开此页面或执行此操作。如确需访问，请联系专项办公室。");
      case 404 -> new Explanation("页面不存在", "您要打开的页面不存在或已被移除。请检查网址，或从任务列表、公示页面上的链接进入。");
      case 405 -> new Explanation("不支持此操作", "此网址不支持这种访问方式，系统未作处理。请使用页面上的按钮或链接。");
      case 406 -> new Explanation("无法提供此格式", "此网址的内容无法以所请求的格式提供。请使用页面上的按钮或链接。");
      case 413 -> new Explanation("内容过大", "提交的内容或文件超过了系统允许的大小，系统未作处理。");
      case 415 -> new Explanation("格式不受支持", "提交内容的格式不受支持，系统未作处理。请使用页面上的表单提交。");
      case 429 -> new Explanation("请求过于频繁", "请求过于频繁，请稍后再试。");
      default -> status >= 500
          ? new Explanation("系统暂时出错", "系统处理请求时出错，本次操作未能完成。请稍后重试；如仍然出错，请联系专项办公室，并告知出错的时间。")
          : new Explanation("请求未能完成", "请求未能完成（错误代码 " + status + "）。请返回上一页重试。");
    };
  }

  @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    int status = status(request);
    harden(response);
    response.setStatus(status);
    Explanation explanation = explain(status);
    String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    model.addAttribute("status", status);
    model.addAttribute("title", explanation.title());
    model.addAttribute("message", explanation.message());
    model.addAttribute("publicPage", path.startsWith("/public"));
    return "errors/page";
  }

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<Map<String, Object>> json(HttpServletRequest request, HttpServletResponse response) {
    int status = status(request);
    harden(response);
    Explanation explanation = explain(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", explanation.title());
    body.put("message", explanation.message());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : HttpStatus.INTERNAL_SERVER_ERROR.value();
    return status < 400 ? HttpStatus.INTERNAL_SERVER_ERROR.value() : status;
  }

  /** The error dispatch passes no filter of ours again, and a failed response may have lost its headers. */
  private static void harden(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(HardenedResponse.CONTENT_SECURITY_POLICY, OwnPageHeaders.PAGE_POLICY);
    response.setHeader("Cache-Control", "no-store");
  }
}
