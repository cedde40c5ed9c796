package cn.wast.capacity.checks;

import cn.wast.capacity.application.SupportHistoryChanged;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** R-DYN-1: the society's support after each final acceptance, kept in the registry ({@code society_support}). */
@Repository
public class SocietySupport {

  /** A decision on support: continued, adjusted by an amount, or terminated. */
  public record Decision(String applicationKey, String societyCode, int roundYear, Support support,
      BigDecimal adjustment, String reasons) {}

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  SocietySupport(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public void record(Decision decision, Instant at) {
    jdbc.update("INSERT INTO society_support (application_key, society_code, round_year, support, adjustment, reasons,"
            + " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)", decision.applicationKey(), decision.societyCode(),
        decision.roundYear(), decision.support().name(), decision.adjustment(), decision.reasons(), Timestamp.from(at));
    events.publishEvent(new SupportHistoryChanged(decision.societyCode()));
  }

  public Optional<Decision> find(String applicationKey) {
    return jdbc.query("SELECT * FROM society_support WHERE application_key = ?", (rs, n) -> new Decision(
        rs.getString("application_key"), rs.getString("society_code"), rs.getInt("round_year"),
        Support.valueOf(rs.getString("support")), rs.getBigDecimal("adjustment"), rs.getString("reasons")),
        applicationKey).stream().findFirst();
  }
}
