package cn.wast.capacity.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an uploaded file is for. */
public enum DocumentKind {
  /** R-APP-2: the resolution of the board or standing board approving the application; required. */
  BOARD_RESOLUTION("理事会（常务理事会）决议", true),
  /** R-APP-3: evidence for the results described in the application; optional. */
  SUPPORTING_MATERIAL("证明材料", false),
  /** R-CHK-1: the written report for the mid-term check; required for it. */
  MID_TERM_REPORT("中期检查书面报告", true),
  /** R-CHK-2: the written report for the final acceptance; required for it. */
  FINAL_REPORT("结项验收书面报告", true),
  /**
   * R-FUND-2: the scan of a voucher of the project's ledger, uploaded against its voucher number
   * while a check's report is due; every ledger line needs one.
   */
  VOUCHER_SCAN("凭证扫描件", true);

  /** What an application is made of; the reports belong to the implementation's checks. */
  public static final List<DocumentKind> APPLICATION_KINDS = List.of(BOARD_RESOLUTION, SUPPORTING_MATERIAL);

  private final String label;
  private final boolean required;

  DocumentKind(String label, boolean required) {
    this.label = label;
    this.required = required;
  }

  /** Whether it belongs to the application as the experts review it (the check's files do not). */
  public boolean isApplicationMaterial() {
    return APPLICATION_KINDS.contains(this);
  }

  public String label() {
    return label;
  }

  /** Whether the step it belongs to (an application, a check) cannot be submitted without it. */
  public boolean required() {
    return required;
  }

  public static Optional<DocumentKind> of(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
