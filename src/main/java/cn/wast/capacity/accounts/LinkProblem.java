package cn.wast.capacity.accounts;

import org.springframework.http.HttpStatus;

/** Why an activation link sets no password, as its page says it. */
public enum LinkProblem {
  UNKNOWN(HttpStatus.NOT_FOUND, "链接无效",
      "该激活链接不存在。请核对邮件中的链接是否完整，或联系专项办公室重新发送。"),
  USED(HttpStatus.GONE, "链接已使用",
      "该激活链接已经使用过，不能再次使用。如已设置密码，请直接登录任务列表；如忘记密码，请联系专项办公室重置账号。"),
  REVOKED(HttpStatus.GONE, "链接已失效",
      "该激活链接已失效：账号已被重置，专项办公室已发送新的激活邮件。请使用最新的激活邮件，或联系专项办公室。"),
  EXPIRED(HttpStatus.GONE, "链接已过期", "链接已过期，请联系专项办公室重新发送。"),
  DISABLED(HttpStatus.FORBIDDEN, "账号已停用", "该账号已停用，不能激活。如有疑问，请联系专项办公室。");

  private final HttpStatus status;
  private final String title;
  private final String message;

  LinkProblem(HttpStatus status, String title, String message) {
    this.status = status;
    this.title = title;
    this.message = message;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String message() {
    return message;
  }
}
