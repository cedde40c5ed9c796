package cn.wast.capacity.supervision;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** R-SUP-1: the funds to recover after a revocation, and their repayment ({@code fund_recovery}). */
@Repository
public class FundRecoveries {

  /** A recovery: what is due, and what was repaid when (null until recorded). */
  public record Recovery(String applicationKey, BigDecimal amountDue, BigDecimal repaidAmount, LocalDate repaidOn,
      String voucherNumber) {}

  private final JdbcTemplate jdbc;

  FundRecoveries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void open(String applicationKey, BigDecimal amountDue, Instant at) {
    jdbc.update("INSERT INTO fund_recovery (application_key, amount_due, decided_at) VALUES (?, ?, ?)",
        applicationKey, amountDue, Timestamp.from(at));
  }

  public void repaid(String applicationKey, BigDecimal amount, LocalDate on, String voucher, String by, Instant at) {
    jdbc.update("UPDATE fund_recovery SET repaid_amount = ?, repaid_on = ?, voucher_number = ?, recorded_by = ?,"
        + " recorded_at = ? WHERE application_key = ?", amount, Date.valueOf(on), voucher, by, Timestamp.from(at),
        applicationKey);
  }

  public Optional<Recovery> find(String applicationKey) {
    return jdbc.query("SELECT * FROM fund_recovery WHERE application_key = ?", (rs, n) -> new Recovery(
        rs.getString("application_key"), rs.getBigDecimal("amount_due"), rs.getBigDecimal("repaid_amount"),
        rs.getObject("repaid_on", LocalDate.class), rs.getString("voucher_number")), applicationKey)
        .stream().findFirst();
  }
}
