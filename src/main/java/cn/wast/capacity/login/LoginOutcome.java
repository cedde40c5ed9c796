package cn.wast.capacity.login;

/** What became of a login attempt, as the login log records it. */
public enum LoginOutcome {
  SUCCEEDED("登录成功"),
  FAILED("密码错误或用户不存在"),
  /** A failure that started a temporary lock, of the user or of the client address. */
  LOCKED("密码错误，已临时锁定"),
  /** Refused while a delay or lock ran, without checking the password. */
  THROTTLED("尝试过多，已拒绝（未校验密码）");

  private final String label;

  LoginOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean isFailure() {
    return this == FAILED || this == LOCKED;
  }
}
