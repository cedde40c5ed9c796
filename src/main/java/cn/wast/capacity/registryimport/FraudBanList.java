package cn.wast.capacity.registryimport;

import cn.wast.capacity.society.SocietyRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The credit list: every fraud ban with the details the registry's own methods do not carry
 * (deciding body, decision number, start, source). A ban is recorded through
 * {@link SocietyRegistry#recordFraudBan} and then given those details here, in one transaction.
 */
@Repository
public class FraudBanList {

  private static final String SELECT = "SELECT b.society_code, s.name, s.credit_code, b.deciding_body,"
      + " b.decision_number, b.grounds, b.starts_on, b.decided_on, b.last_day, b.source"
      + " FROM society_fraud_ban b JOIN society s ON s.code = b.society_code";

  private final JdbcTemplate jdbc;
  private final SocietyRegistry registry;

  public FraudBanList(JdbcTemplate jdbc, SocietyRegistry registry) {
    this.jdbc = jdbc;
    this.registry = registry;
  }

  /** Every ban, the latest start first. */
  public List<CreditBan> all() {
    return jdbc.query(SELECT + " ORDER BY b.starts_on DESC, b.id DESC", FraudBanList::ban);
  }

  /** The society's ban of that body and decision number (either may be null: not recorded), if any. */
  public Optional<CreditBan> find(String societyCode, String decidingBody, String decisionNumber) {
    return jdbc.query(SELECT + " WHERE b.society_code = ? ORDER BY b.id", FraudBanList::ban, societyCode).stream()
        .filter(b -> Objects.equals(b.decidingBody(), decidingBody) && Objects.equals(b.decisionNumber(), decisionNumber))
        .findFirst();
  }

  /** Records a ban decided elsewhere (source IMPORTED); the caller's transaction holds both writes. */
  public void recordImported(String societyCode, String decidingBody, String decisionNumber, String grounds,
      LocalDate startsOn, LocalDate lastDay) {
    registry.recordFraudBan(societyCode, startsOn, lastDay, grounds);
    jdbc.update("UPDATE society_fraud_ban SET deciding_body = ?, decision_number = ?, starts_on = ?, source = ?"
            + " WHERE id = (SELECT MAX(id) FROM society_fraud_ban WHERE society_code = ?)",
        decidingBody, decisionNumber, startsOn, CreditBan.Source.IMPORTED.name(), societyCode);
  }

  private static CreditBan ban(ResultSet rs, int row) throws SQLException {
    LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
    return new CreditBan(rs.getString("society_code"), rs.getString("name"), rs.getString("credit_code"),
        rs.getString("deciding_body"), rs.getString("decision_number"), rs.getString("grounds"),
        startsOn != null ? startsOn : rs.getObject("decided_on", LocalDate.class),
        rs.getObject("last_day", LocalDate.class), CreditBan.Source.valueOf(rs.getString("source")));
  }
}
