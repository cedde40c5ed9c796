package cn.wast.capacity.funds;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** R-IMP-1: the fund-management plans, each version as submitted ({@code fund_plan} and its lines). */
@Repository
public class FundPlans {

  /** A plan version's head: its status and the office's comments. */
  public record PlanVersion(long id, String applicationKey, int version, PlanStatus status, String officeComments) {}

  private final JdbcTemplate jdbc;

  FundPlans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a submitted version with all its lines; returns its id. */
  public long submit(String applicationKey, FundPlanForm plan, String submittedBy, Instant at) {
    Integer last = jdbc.queryForObject("SELECT MAX(version) FROM fund_plan WHERE application_key = ?",
        Integer.class, applicationKey);
    int version = last == null ? 1 : last + 1;
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var s = connection.prepareStatement("INSERT INTO fund_plan (application_key, version, status, work_approach,"
          + " priorities, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      s.setString(1, applicationKey);
      s.setInt(2, version);
      s.setString(3, PlanStatus.SUBMITTED.name());
      s.setString(4, plan.workApproach().orElseThrow());
      s.setString(5, plan.priorities().orElseThrow());
      s.setString(6, submittedBy);
      s.setTimestamp(7, Timestamp.from(at));
      return s;
    }, key);
    long id = key.getKey().longValue();
    for (int i = 0; i < plan.budgetLines().size(); i++) {
      BudgetLine line = plan.budgetLines().get(i);
      jdbc.update("INSERT INTO fund_plan_line (plan_id, line_no, capacity, category, purpose, amount)"
          + " VALUES (?, ?, ?, ?, ?, ?)", id, i + 1, line.capacity().name(), line.category(),
          line.purpose().strip(), line.amount());
    }
    for (int i = 0; i < plan.milestones().size(); i++) {
      FundPlanForm.Milestone m = plan.milestones().get(i);
      jdbc.update("INSERT INTO fund_plan_milestone (plan_id, line_no, due_on, milestone) VALUES (?, ?, ?, ?)",
          id, i + 1, Date.valueOf(m.dueOn()), m.milestone().strip());
    }
    for (int i = 0; i < plan.indicators().size(); i++) {
      FundPlanForm.Indicator indicator = plan.indicators().get(i);
      jdbc.update("INSERT INTO fund_plan_indicator (plan_id, line_no, measure, target) VALUES (?, ?, ?, ?)",
          id, i + 1, indicator.measure().strip(), indicator.target().strip());
    }
    return id;
  }

  public void decide(long id, PlanStatus status, String comments, String decidedBy, Instant at) {
    jdbc.update("UPDATE fund_plan SET status = ?, office_comments = ?, decided_by = ?, decided_at = ? WHERE id = ?",
        status.name(), comments, decidedBy, Timestamp.from(at), id);
  }

  public Optional<PlanVersion> find(long id) {
    return jdbc.query("SELECT * FROM fund_plan WHERE id = ?", (rs, n) -> new PlanVersion(rs.getLong("id"),
        rs.getString("application_key"), rs.getInt("version"), PlanStatus.valueOf(rs.getString("status")),
        rs.getString("office_comments")), id).stream().findFirst();
  }

  public List<PlanVersion> findByApplication(String applicationKey) {
    return jdbc.query("SELECT * FROM fund_plan WHERE application_key = ? ORDER BY version",
        (rs, n) -> new PlanVersion(rs.getLong("id"), rs.getString("application_key"), rs.getInt("version"),
            PlanStatus.valueOf(rs.getString("status")), rs.getString("office_comments")), applicationKey);
  }

  /** The version the office filed, if any. */
  public Optional<PlanVersion> filed(String applicationKey) {
    return findByApplication(applicationKey).stream().filter(v -> v.status() == PlanStatus.FILED).findFirst();
  }

  /** R-SUP-2: the development priorities of the filed plan, for the public page. */
  public Optional<String> filedPriorities(String applicationKey) {
    return jdbc.queryForList("SELECT priorities FROM fund_plan WHERE application_key = ? AND status = ?",
        String.class, applicationKey, PlanStatus.FILED.name()).stream().findFirst();
  }

  /** The annual assessment indicators of a version, in their order. */
  public List<FundPlanForm.Indicator> indicators(long planId) {
    return jdbc.query("SELECT * FROM fund_plan_indicator WHERE plan_id = ? ORDER BY line_no",
        (rs, n) -> new FundPlanForm.Indicator(rs.getString("measure"), rs.getString("target")), planId);
  }

  /** The budget lines of a version, in their order. */
  public List<BudgetLine> lines(long planId) {
    return jdbc.query("SELECT * FROM fund_plan_line WHERE plan_id = ? ORDER BY line_no",
        (rs, n) -> new BudgetLine(cn.wast.capacity.review.Capacity.valueOf(rs.getString("capacity")),
            rs.getString("category"), rs.getString("purpose"), rs.getBigDecimal("amount")),
        planId);
  }
}
