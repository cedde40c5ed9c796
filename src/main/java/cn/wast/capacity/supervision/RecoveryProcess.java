package cn.wast.capacity.supervision;

/** The names the recovery process (追回经费) is known by. */
final class RecoveryProcess {

  static final String PROCESS = "recovery";
  static final String APPLICATION_KEY = "applicationKey";
  static final String RECOVERY_ID = "recoveryId";
  /** {@code open}, {@code settled} or {@code overpaid}, after each instalment. */
  static final String STANDING = "recoveryStanding";

  private RecoveryProcess() {}

  /** {@code RECOV-2026-WHJX-3} for recovery 3 of application {@code APP-2026-WHJX}. */
  static String businessKeyOf(String applicationKey, long recoveryId) {
    return "RECOV-" + applicationKey.substring(applicationKey.indexOf('-') + 1) + "-" + recoveryId;
  }
}
