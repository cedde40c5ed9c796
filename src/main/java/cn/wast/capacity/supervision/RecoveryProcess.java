package cn.wast.capacity.supervision;

/** The business key of a recovery (追回经费) (its variables: {@link RecoveryVariables}). */
final class RecoveryProcess {

  private RecoveryProcess() {}

  /** {@code RECOV-2026-WHJX-3} for recovery 3 of application {@code APP-2026-WHJX}. */
  static String businessKeyOf(String applicationKey, long recoveryId) {
    return "RECOV-" + applicationKey.substring(applicationKey.indexOf('-') + 1) + "-" + recoveryId;
  }
}
