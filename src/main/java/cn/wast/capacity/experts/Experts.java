package cn.wast.capacity.experts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The expert pool and the experts' affiliations ({@code expert}, {@code expert_affiliation}). */
@Repository
public class Experts {

  private final JdbcTemplate jdbc;

  Experts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM expert", Long.class);
    return count == null ? 0 : count;
  }

  public List<Expert> findAll() {
    return jdbc.query("SELECT * FROM expert ORDER BY user_id", Experts::expert);
  }

  public Optional<Expert> find(String userId) {
    return jdbc.query("SELECT * FROM expert WHERE user_id = ?", Experts::expert, userId).stream().findFirst();
  }

  public void insert(Expert expert) {
    jdbc.update("INSERT INTO expert (user_id, name, title, organisation, fields, email, phone, active)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        expert.userId(), expert.name(), expert.title(), expert.organisation(), expert.fields(), expert.email(),
        expert.phone(), expert.active());
  }

  /** Writes the expert's details and whether they are active; the user id stays. */
  public void update(Expert expert) {
    jdbc.update("UPDATE expert SET name = ?, title = ?, organisation = ?, fields = ?, email = ?, phone = ?, active = ?"
            + " WHERE user_id = ?",
        expert.name(), expert.title(), expert.organisation(), expert.fields(), expert.email(), expert.phone(),
        expert.active(), expert.userId());
  }

  public void affiliate(ExpertAffiliation affiliation) {
    jdbc.update("INSERT INTO expert_affiliation (expert_id, society_code, role, started_on, ended_on)"
            + " VALUES (?, ?, ?, ?, ?)",
        affiliation.expertId(), affiliation.societyCode(), affiliation.role().name(), date(affiliation.startedOn()),
        date(affiliation.endedOn()));
  }

  /** Sets the last day of one affiliation. */
  public void endAffiliation(ExpertAffiliation affiliation, LocalDate lastDay) {
    jdbc.update("UPDATE expert_affiliation SET ended_on = ? WHERE expert_id = ? AND society_code = ? AND role = ?",
        date(lastDay), affiliation.expertId(), affiliation.societyCode(), affiliation.role().name());
  }

  public List<ExpertAffiliation> affiliationsOf(String expertId) {
    return jdbc.query("SELECT * FROM expert_affiliation WHERE expert_id = ? ORDER BY society_code, role",
        Experts::affiliation, expertId);
  }

  public List<ExpertAffiliation> allAffiliations() {
    return jdbc.query("SELECT * FROM expert_affiliation ORDER BY expert_id, society_code, role", Experts::affiliation);
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static Expert expert(ResultSet rs, int row) throws SQLException {
    return new Expert(rs.getString("user_id"), rs.getString("name"), rs.getString("title"),
        rs.getString("organisation"), rs.getString("fields"), rs.getString("email"), rs.getString("phone"),
        rs.getBoolean("active"));
  }

  private static ExpertAffiliation affiliation(ResultSet rs, int row) throws SQLException {
    return new ExpertAffiliation(rs.getString("expert_id"), rs.getString("society_code"),
        AffiliationRole.valueOf(rs.getString("role")), rs.getObject("started_on", LocalDate.class),
        rs.getObject("ended_on", LocalDate.class));
  }
}
