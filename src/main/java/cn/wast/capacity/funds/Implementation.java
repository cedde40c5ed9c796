package cn.wast.capacity.funds;

/** The business key of an implementation (专项实施) (its variables: {@link ImplementationVariables}). */
public final class Implementation {

  private Implementation() {}

  /** {@code IMPL-2026-WHJX} for the award of application {@code APP-2026-WHJX}. */
  public static String businessKeyOf(String applicationKey) {
    return "IMPL-" + applicationKey.substring(applicationKey.indexOf('-') + 1);
  }
}
