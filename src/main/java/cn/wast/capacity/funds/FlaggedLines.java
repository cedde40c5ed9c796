package cn.wast.capacity.funds;

import cn.wast.capacity.review.Capacity;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * R-FUND-1: the lines put before the office ({@code flagged_line}), as flagged when a plan
 * version or a check's ledger was recorded, and the office's decision on each with who and when.
 */
@Repository
public class FlaggedLines {

  /** A flagged line: where it stands on the society's form, what it is, why, and the decision. */
  public record FlaggedLine(long id, int line, Capacity capacity, String category, String purpose,
      BigDecimal amount, String reason, FlagDecision decision, String note, String decidedBy, Instant decidedAt) {

    /**
     * Where the society finds it, as the office's list and the letters name it: 第 2 行, or for a
     * mid-term line missing from the final ledger 结项台账中缺失.
     */
    public String place() {
      return line == LedgerFlag.MISSING ? "结项台账中缺失" : "第 " + line + " 行";
    }
  }

  private final JdbcTemplate jdbc;

  FlaggedLines(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the flags of a plan version's budget lines; returns them. */
  public List<FlaggedLine> recordPlan(String applicationKey, long planId, int version, List<BudgetLine> lines,
      Instant at) {
    for (LineFlag flag : FundRules.flags(lines)) {
      insert(applicationKey, planId, version, null, null, flag, lines.get(flag.line() - 1), at);
    }
    return ofPlan(planId);
  }

  /** Records the flags of a check's ledger ({@link LedgerFlags}); returns them. */
  public List<FlaggedLine> recordCheck(String applicationKey, long checkId, String checkKind, List<LedgerFlag> flags,
      Instant at) {
    for (LedgerFlag flag : flags) {
      insert(applicationKey, null, null, checkId, checkKind, new LineFlag(flag.line(), flag.reason()), flag.spending(), at);
    }
    return ofCheck(checkId);
  }

  private void insert(String applicationKey, Long planId, Integer version, Long checkId, String checkKind,
      LineFlag flag, BudgetLine line, Instant at) {
    jdbc.update("INSERT INTO flagged_line (application_key, plan_id, plan_version, check_id, check_kind, line_no,"
        + " capacity, category, purpose, amount, reason, flagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        applicationKey, planId, version, checkId, checkKind, flag.line(), line.capacity().name(),
        line.category(), line.purpose().strip(), line.amount(), flag.reason(), Timestamp.from(at));
  }

  public List<FlaggedLine> ofPlan(long planId) {
    return jdbc.query("SELECT * FROM flagged_line WHERE plan_id = ? ORDER BY line_no", FlaggedLines::line, planId);
  }

  public List<FlaggedLine> ofCheck(long checkId) {
    return jdbc.query("SELECT * FROM flagged_line WHERE check_id = ?"
        + " ORDER BY CASE WHEN line_no = 0 THEN 1 ELSE 0 END, line_no, id", FlaggedLines::line, checkId);
  }

  public void decide(long id, FlagDecision decision, String note, String decidedBy, Instant at) {
    jdbc.update("UPDATE flagged_line SET decision = ?, note = ?, decided_by = ?, decided_at = ? WHERE id = ?",
        decision.name(), note, decidedBy, Timestamp.from(at), id);
  }

  private static FlaggedLine line(ResultSet rs, int n) throws SQLException {
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    String decision = rs.getString("decision");
    return new FlaggedLine(rs.getLong("id"), rs.getInt("line_no"), Capacity.valueOf(rs.getString("capacity")),
        rs.getString("category"), rs.getString("purpose"), rs.getBigDecimal("amount"),
        rs.getString("reason"), decision == null ? null : FlagDecision.valueOf(decision), rs.getString("note"),
        rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant());
  }
}
