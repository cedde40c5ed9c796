package cn.wast.capacity.registryimport;

import java.time.LocalDate;

/**
 * A fraud ban as credit lists record it (R-EXCL-4, R-SUP-1): the society, who decided it under
 * which decision number, the grounds, the first and last day, and where the entry came from.
 */
public record CreditBan(
    String societyCode,
    String societyName,
    String creditCode,
    String decidingBody,
    String decisionNumber,
    String grounds,
    LocalDate startsOn,
    LocalDate lastDay,
    Source source) {

  /** Where a ban entry came from. */
  public enum Source {
    WAST("市科协撤销资格"),
    IMPORTED("外部名单导入");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
