package cn.wast.capacity.supervision;

/** The names the disqualification process (撤销资格) is known by, and the message it sends. */
public final class Disqualification {

  public static final String PROCESS = "disqualification";
  /** Sent to the society's implementation, which it ends (an interrupting event sub-process). */
  public static final String REVOKED_MESSAGE = "QualificationRevoked";
  static final String APPLICATION_KEY = "applicationKey";
  static final String GROUNDS = "grounds";
  static final String SOURCE = "source";
  /** Whether this start joined the society's running disqualification instead of running itself. */
  static final String JOINED = "joinedRunning";

  private Disqualification() {}

  /** {@code DISQ-2026-WHJX} for application {@code APP-2026-WHJX}. */
  public static String businessKeyOf(String applicationKey) {
    return "DISQ-" + applicationKey.substring(applicationKey.indexOf('-') + 1);
  }
}
