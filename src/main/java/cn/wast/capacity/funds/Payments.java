package cn.wast.capacity.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The award paid in tranches ({@code payment}). A tranche is paid once; the last tranche pays
 * what is left, so that rounding never leaves a cent behind.
 */
@Repository
public class Payments {

  /** A recorded payment. */
  public record Payment(String applicationKey, Tranche tranche, BigDecimal amount, Instant paidAt) {}

  private final JdbcTemplate jdbc;
  private final FundsProperties funds;

  Payments(JdbcTemplate jdbc, FundsProperties funds) {
    this.jdbc = jdbc;
    this.funds = funds;
  }

  /** Records the tranche's payment of the award and returns it. */
  public Payment pay(String applicationKey, BigDecimal award, Tranche tranche, Instant at) {
    List<Tranche> order = List.copyOf(funds.tranches().keySet());
    boolean last = order.indexOf(tranche) == order.size() - 1;
    BigDecimal amount = last
        ? award.subtract(paid(applicationKey))
        : award.multiply(funds.tranches().get(tranche)).setScale(2, RoundingMode.HALF_UP);
    jdbc.update("INSERT INTO payment (application_key, tranche, amount, paid_at) VALUES (?, ?, ?, ?)",
        applicationKey, tranche.name(), amount, Timestamp.from(at));
    return new Payment(applicationKey, tranche, amount, at);
  }

  public BigDecimal paid(String applicationKey) {
    BigDecimal paid = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM payment WHERE application_key = ?",
        BigDecimal.class, applicationKey);
    return paid == null ? BigDecimal.ZERO : paid;
  }

  public List<Payment> findByApplication(String applicationKey) {
    return jdbc.query("SELECT * FROM payment WHERE application_key = ? ORDER BY paid_at, id",
        (rs, n) -> new Payment(rs.getString("application_key"), Tranche.valueOf(rs.getString("tranche")),
            rs.getBigDecimal("amount"), rs.getTimestamp("paid_at").toInstant()), applicationKey);
  }
}
