package cn.wast.capacity.login;

/** The way in through which a password was tried. */
public enum LoginChannel {
  WEBAPP("网页登录（任务列表、Cockpit、管理）"),
  REST("流程引擎接口（HTTP Basic）"),
  METRICS("运行指标（HTTP Basic）"),
  OTHER("其他");

  private final String label;

  LoginChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static LoginChannel ofPath(String path) {
    if (path.startsWith("/camunda/")) {
      return WEBAPP;
    }
    if (path.startsWith("/engine-rest/")) {
      return REST;
    }
    if (path.startsWith("/actuator/")) {
      return METRICS;
    }
    return OTHER;
  }
}
