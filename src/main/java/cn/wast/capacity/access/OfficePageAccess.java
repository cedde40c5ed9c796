package cn.wast.capacity.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Who may open the office's own pages under {@code /office/}: the office reads and changes, the
 * auditors read, everyone else is refused (401 without login, 403 otherwise) with a Chinese page.
 */
@Component
public class OfficePageAccess {

  private final CurrentUser currentUser;
  private final FormTokens formTokens;

  public OfficePageAccess(CurrentUser currentUser, FormTokens formTokens) {
    this.currentUser = currentUser;
    this.formTokens = formTokens;
  }

  /** The signed-in office member or auditor; otherwise the refusal is already rendered. */
  public Outcome toRead(HttpServletRequest request, HttpServletResponse response, Model model, String page) {
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty()) {
      return refused(response, model, HttpStatus.UNAUTHORIZED, "请先登录", "请先登录任务列表，再打开" + page + "。", true);
    }
    if (!user.get().readsProgrammeRecords()) {
      return refused(response, model, HttpStatus.FORBIDDEN, "无权访问", page + "只对专项办公室和审计人员开放。", false);
    }
    return new Outcome(user, null);
  }

  /** The signed-in office member; auditors and everyone else are refused. */
  public Outcome toChange(HttpServletRequest request, HttpServletResponse response, Model model, String page) {
    Outcome read = toRead(request, response, model, page);
    if (read.user().isPresent() && !read.user().get().isOffice()) {
      return refused(response, model, HttpStatus.FORBIDDEN, "无权操作", page + "的修改只能由专项办公室进行，审计人员只能查阅。", false);
    }
    return read;
  }

  /**
   * A change posted from one of our forms: the office member, and the form's token ({@link
   * FormTokens}) valid for the session; otherwise the refusal (a stale or forged form: 403
   * 页面已过期, nothing done).
   */
  public Outcome toSubmit(HttpServletRequest request, HttpServletResponse response, Model model, String page,
      String token) {
    Outcome change = toChange(request, response, model, page);
    if (change.refused() || formTokens.isValid(request, token)) {
      return change;
    }
    return refused(response, model, HttpStatus.FORBIDDEN, "页面已过期",
        "页面已过期或请求来源无法确认（安全令牌缺失或无效），本次操作未执行。请重新打开“" + page + "”页面后再试。", false);
  }

  private static Outcome refused(HttpServletResponse response, Model model, HttpStatus status, String title,
      String message, boolean loginLink) {
    return new Outcome(Optional.empty(), MessagePage.show(response, model, status, title, message, loginLink,
        MessagePage.TASKLIST));
  }

  /** The user allowed in, or the view of the refusal page to return instead. */
  public record Outcome(Optional<SignedInUser> user, String refusalView) {
    public boolean refused() {
      return user.isEmpty();
    }
  }
}
