package cn.wast.capacity.supervision;

/** The business key of a disqualification (撤销资格), and the message it sends (its variables: {@link DisqualificationVariables}). */
public final class Disqualification {

  /** Sent to the society's implementation, which it ends (an interrupting event sub-process). */
  public static final String REVOKED_MESSAGE = "QualificationRevoked";

  private Disqualification() {}

  /** {@code DISQ-2026-WHJX} for application {@code APP-2026-WHJX}. */
  public static String businessKeyOf(String applicationKey) {
    return "DISQ-" + applicationKey.substring(applicationKey.indexOf('-') + 1);
  }
}
