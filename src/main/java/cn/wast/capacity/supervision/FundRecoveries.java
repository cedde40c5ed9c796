package cn.wast.capacity.supervision;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * R-SUP-1, R-DYN-1: funds to recover ({@code fund_recovery}), several per application, each
 * repaid in instalments ({@code fund_recovery_instalment}) until its balance is zero.
 */
@Repository
public class FundRecoveries {

  /** A recovery: what is due and why, what came in so far, and when it was settled (null while open). */
  public record Recovery(long id, String applicationKey, BigDecimal amountDue, String reason, BigDecimal repaid,
      Instant openedAt, Instant settledAt) {

    /** What is still to come in; negative when more came in than was due (to be refunded). */
    public BigDecimal balance() {
      return amountDue.subtract(repaid);
    }

    public boolean overpaid() {
      return balance().signum() < 0;
    }
  }

  /** One repayment as it came in. */
  public record Instalment(LocalDate paidOn, BigDecimal amount, String voucherNumber, String recordedBy) {}

  static final String DEFAULT_REASON = "撤销资格，收回已拨付的专项经费";

  private final JdbcTemplate jdbc;

  FundRecoveries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A recovery without a process of its own; {@link RecoveryStarter#start} opens one with its process. */
  public long open(String applicationKey, BigDecimal amountDue, Instant at) {
    return open(applicationKey, amountDue, DEFAULT_REASON, at);
  }

  long open(String applicationKey, BigDecimal amountDue, String reason, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO fund_recovery"
          + " (application_key, amount_due, reason, opened_at) VALUES (?, ?, ?, ?)", new String[] {"id"});
      insert.setString(1, applicationKey);
      insert.setBigDecimal(2, amountDue);
      insert.setString(3, reason);
      insert.setTimestamp(4, Timestamp.from(at));
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  void recordInstalment(long recoveryId, BigDecimal amount, LocalDate on, String voucher, String by, Instant at) {
    jdbc.update("INSERT INTO fund_recovery_instalment (recovery_id, paid_on, amount, voucher_number, recorded_by,"
        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)", recoveryId, Date.valueOf(on), amount, voucher, by, Timestamp.from(at));
  }

  void settle(long recoveryId, Instant at) {
    jdbc.update("UPDATE fund_recovery SET settled_at = ? WHERE id = ?", Timestamp.from(at), recoveryId);
  }

  public Recovery get(long recoveryId) {
    return jdbc.queryForObject(SELECT + " WHERE r.id = ?" + GROUP, (rs, n) -> recovery(rs), recoveryId);
  }

  /** Every recovery of the application, oldest first. */
  public List<Recovery> ofApplication(String applicationKey) {
    return jdbc.query(SELECT + " WHERE r.application_key = ?" + GROUP + " ORDER BY r.id", (rs, n) -> recovery(rs),
        applicationKey);
  }

  /** The application's latest recovery, if any. */
  public Optional<Recovery> find(String applicationKey) {
    List<Recovery> all = ofApplication(applicationKey);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public List<Instalment> instalments(long recoveryId) {
    return jdbc.query("SELECT * FROM fund_recovery_instalment WHERE recovery_id = ? ORDER BY paid_on, id",
        (rs, n) -> new Instalment(rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("amount"),
            rs.getString("voucher_number"), rs.getString("recorded_by")), recoveryId);
  }

  private static final String SELECT = "SELECT r.id, r.application_key, r.amount_due, r.reason, r.opened_at,"
      + " r.settled_at, COALESCE(SUM(i.amount), 0) AS repaid FROM fund_recovery r"
      + " LEFT JOIN fund_recovery_instalment i ON i.recovery_id = r.id";
  private static final String GROUP =
      " GROUP BY r.id, r.application_key, r.amount_due, r.reason, r.opened_at, r.settled_at";

  private static Recovery recovery(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp settled = rs.getTimestamp("settled_at");
    return new Recovery(rs.getLong("id"), rs.getString("application_key"), rs.getBigDecimal("amount_due"),
        rs.getString("reason"), rs.getBigDecimal("repaid"), rs.getTimestamp("opened_at").toInstant(),
        settled == null ? null : settled.toInstant());
  }
}
