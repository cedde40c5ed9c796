package cn.wast.capacity.registryimport;

import cn.wast.capacity.society.FraudBan;
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
 * The credit list: every fraud ban with its decision's details (deciding body, decision number,
 * start, source) and whether the office lifted it. A lifted ban's row holds in the dated registry
 * until the lifting day ({@code valid_until}), so R-EXCL-4 refuses before that day and not from it.
 */
@Repository
public class FraudBanList {

  private static final String SELECT = "SELECT b.id, b.society_code, s.name, s.credit_code, b.deciding_body,"
      + " b.decision_number, b.grounds, b.starts_on, b.decided_on, b.last_day, b.source, b.valid_until"
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

  /** The ban of that row, if any. */
  public Optional<CreditBan> find(long id) {
    return jdbc.query(SELECT + " WHERE b.id = ?", FraudBanList::ban, id).stream().findFirst();
  }

  /** Records a ban decided elsewhere (source IMPORTED), every detail in one row. */
  public void recordImported(String societyCode, String decidingBody, String decisionNumber, String grounds,
      LocalDate startsOn, LocalDate lastDay) {
    registry.recordFraudBan(societyCode, new FraudBan(startsOn, lastDay, grounds, decidingBody, decisionNumber, true));
  }

  /** Corrects the decision's details of a ban not lifted; its dates stay. */
  void correct(long id, String decidingBody, String decisionNumber, String grounds) {
    if (jdbc.update("UPDATE society_fraud_ban SET deciding_body = ?, decision_number = ?, grounds = ?"
        + " WHERE id = ? AND valid_until IS NULL", decidingBody, decisionNumber, grounds, id) != 1) {
      throw new IllegalStateException("no ban " + id + " in force to correct");
    }
  }

  /** Ends an imported ban's row from {@code from}: the dated registry holds it only before that day. */
  void lift(long id, LocalDate from) {
    if (jdbc.update("UPDATE society_fraud_ban SET valid_until = ? WHERE id = ? AND valid_until IS NULL"
        + " AND source = ?", from, id, CreditBan.Source.IMPORTED.name()) != 1) {
      throw new IllegalStateException("no imported ban " + id + " in force to lift");
    }
  }

  private static CreditBan ban(ResultSet rs, int row) throws SQLException {
    LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
    return new CreditBan(rs.getString("society_code"), rs.getString("name"), rs.getString("credit_code"),
        rs.getString("deciding_body"), rs.getString("decision_number"), rs.getString("grounds"),
        startsOn != null ? startsOn : rs.getObject("decided_on", LocalDate.class),
        rs.getObject("last_day", LocalDate.class), CreditBan.Source.valueOf(rs.getString("source")), rs.getLong("id"),
        rs.getObject("valid_until", LocalDate.class));
  }
}
