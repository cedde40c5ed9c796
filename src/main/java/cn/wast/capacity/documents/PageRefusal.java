package cn.wast.capacity.documents;

import org.springframework.http.HttpStatus;

/** A request the documents pages refuse, with the Chinese page that says why. */
class PageRefusal extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final boolean loginLink;

  PageRefusal(HttpStatus status, String title, String message, boolean loginLink) {
    super(message);
    this.status = status;
    this.title = title;
    this.loginLink = loginLink;
  }

  static PageRefusal notSignedIn() {
    return new PageRefusal(HttpStatus.UNAUTHORIZED, "请先登录",
        "您尚未登录或登录已过期。请先在任务列表（Tasklist）登录，再回到本页面。", true);
  }

  static PageRefusal forbidden(String message) {
    return new PageRefusal(HttpStatus.FORBIDDEN, "无权访问", message, false);
  }

  static PageRefusal badToken() {
    return forbidden("页面已过期或请求来源无法确认（安全令牌缺失或无效），本次操作未执行。请刷新申报材料上传页面后重试。");
  }

  static PageRefusal notFound() {
    return new PageRefusal(HttpStatus.NOT_FOUND, "文件不存在", "找不到该文件，它可能已被删除。", false);
  }

  HttpStatus status() {
    return status;
  }

  String title() {
    return title;
  }

  boolean loginLink() {
    return loginLink;
  }
}
