package cn.wast.capacity.form;

import cn.wast.capacity.InputRefusedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A refused submission answers with our Chinese reasons only: the engine REST API (and so
 * Tasklist, through the webapps' copy of it) puts its own English words and the definition's or
 * task's id before them ("Cannot instantiate process definition application:1:…: 提交未成功：…"),
 * and answers a refused {@code complete} or {@code start} with 500. Here such an answer becomes a
 * 400 whose message starts at our reasons; every other answer passes unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RefusalAnswers extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      if (answer.getStatus() >= 400 && isJson(answer.getContentType())) {
        rewriteRefusal(answer);
      }
    } finally {
      answer.copyBodyToResponse();
    }
  }

  private static void rewriteRefusal(ContentCachingResponseWrapper answer) throws IOException {
    JsonNode body;
    try {
      body = JSON.readTree(answer.getContentAsByteArray());
    } catch (IOException notJson) {
      return;
    }
    String message = body.path("message").asText("");
    int start = message.indexOf(InputRefusedException.PREFIX);
    if (!(body instanceof ObjectNode error) || start < 0) {
      return;
    }
    error.put("message", message.substring(start));
    answer.resetBuffer();
    answer.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    answer.getOutputStream().write(JSON.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isJson(String contentType) {
    return contentType != null && contentType.toLowerCase().contains("json");
  }
}
