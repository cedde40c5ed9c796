package cn.wast.capacity.review;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The experts and their affiliations ({@code expert}, {@code expert_affiliation}). */
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
    return jdbc.query("SELECT * FROM expert ORDER BY user_id", (rs, row) -> new Expert(
        rs.getString("user_id"), rs.getString("name"), rs.getString("organisation"),
        rs.getString("fields"), rs.getString("email")));
  }

  public Optional<Expert> find(String userId) {
    return findAll().stream().filter(e -> e.userId().equals(userId)).findFirst();
  }

  public void insert(Expert expert) {
    jdbc.update("INSERT INTO expert (user_id, name, organisation, fields, email) VALUES (?, ?, ?, ?, ?)",
        expert.userId(), expert.name(), expert.organisation(), expert.fields(), expert.email());
  }

  public void affiliate(ExpertAffiliation affiliation) {
    jdbc.update("INSERT INTO expert_affiliation (expert_id, society_code, role, ended_on) VALUES (?, ?, ?, ?)",
        affiliation.expertId(), affiliation.societyCode(), affiliation.role().name(),
        affiliation.endedOn() == null ? null : Date.valueOf(affiliation.endedOn()));
  }

  public List<ExpertAffiliation> affiliationsOf(String expertId) {
    return jdbc.query("SELECT * FROM expert_affiliation WHERE expert_id = ? ORDER BY society_code",
        (rs, row) -> new ExpertAffiliation(rs.getString("expert_id"), rs.getString("society_code"),
            AffiliationRole.valueOf(rs.getString("role")), rs.getObject("ended_on", LocalDate.class)),
        expertId);
  }

  /**
   * R-REV-2: the experts as assignment sees them, each with the societies they may not score on
   * the day given.
   */
  public List<ExpertAssignment.Expert> forAssignment(Collection<String> expertIds, LocalDate day,
      Period formerOfficerLookBack) {
    List<ExpertAffiliation> all = jdbc.query("SELECT * FROM expert_affiliation",
        (rs, row) -> new ExpertAffiliation(rs.getString("expert_id"), rs.getString("society_code"),
            AffiliationRole.valueOf(rs.getString("role")), rs.getObject("ended_on", LocalDate.class)));
    Map<String, Set<String>> barred = all.stream()
        .filter(a -> a.holdsOn(day, formerOfficerLookBack))
        .collect(Collectors.groupingBy(ExpertAffiliation::expertId,
            Collectors.mapping(ExpertAffiliation::societyCode, Collectors.toCollection(HashSet::new))));
    return expertIds.stream().sorted()
        .map(id -> new ExpertAssignment.Expert(id, Set.copyOf(barred.getOrDefault(id, Set.of()))))
        .toList();
  }
}
