package cn.wast.capacity.checks;

import cn.wast.capacity.funds.BudgetLine;
import cn.wast.capacity.funds.ExpenseLine;
import cn.wast.capacity.funds.VoucherNumber;
import cn.wast.capacity.review.Capacity;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** R-CHK-1, R-CHK-2: the checks, the progress and the ledger reported at each ({@code implementation_check}). */
@Repository
public class ImplementationChecks {

  /** A check and its outcome (null until decided). */
  public record Check(long id, String applicationKey, CheckKind kind, CheckOutcome outcome, String corrections,
      LocalDate correctBy) {}

  private final JdbcTemplate jdbc;

  ImplementationChecks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores what the society submitted for a check; returns the check's id. */
  public long submit(String applicationKey, CheckKind kind, List<Progress> progress, List<ExpenseLine> ledger,
      Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var s = connection.prepareStatement("INSERT INTO implementation_check (application_key, check_kind, submitted_at)"
          + " VALUES (?, ?, ?)", new String[] {"id"});
      s.setString(1, applicationKey);
      s.setString(2, kind.name());
      s.setTimestamp(3, Timestamp.from(at));
      return s;
    }, key);
    long id = key.getKey().longValue();
    for (int i = 0; i < progress.size(); i++) {
      Progress p = progress.get(i);
      jdbc.update("INSERT INTO indicator_progress (check_id, line_no, measure, target, achieved) VALUES (?, ?, ?, ?, ?)",
          id, i + 1, p.measure(), p.target(), p.achieved());
    }
    for (int i = 0; i < ledger.size(); i++) {
      ExpenseLine line = ledger.get(i);
      jdbc.update("INSERT INTO expense (check_id, line_no, spent_on, capacity, category, purpose, amount, voucher_number,"
          + " budget_line_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, i + 1, Date.valueOf(line.date()),
          line.spending().capacity().name(), line.spending().category(), line.spending().purpose().strip(),
          line.spending().amount(), VoucherNumber.of(line.voucherNumber()), line.budgetLine());
    }
    return id;
  }

  public void decide(long id, CheckOutcome outcome, String corrections, LocalDate correctBy, String by, Instant at) {
    jdbc.update("UPDATE implementation_check SET outcome = ?, corrections = ?, correct_by = ?, decided_by = ?,"
        + " decided_at = ? WHERE id = ?", outcome.name(), corrections, correctBy == null ? null : Date.valueOf(correctBy),
        by, Timestamp.from(at), id);
  }

  public Optional<Check> find(String applicationKey, CheckKind kind) {
    return jdbc.query("SELECT * FROM implementation_check WHERE application_key = ? AND check_kind = ?",
        (rs, n) -> new Check(rs.getLong("id"), rs.getString("application_key"), CheckKind.valueOf(rs.getString("check_kind")),
            rs.getString("outcome") == null ? null : CheckOutcome.valueOf(rs.getString("outcome")),
            rs.getString("corrections"), rs.getObject("correct_by", LocalDate.class)),
        applicationKey, kind.name()).stream().findFirst();
  }

  /** The expense ledger a check's report carried, in its order. */
  public List<ExpenseLine> expenses(long checkId) {
    return jdbc.query("SELECT * FROM expense WHERE check_id = ? ORDER BY line_no", (rs, n) -> new ExpenseLine(
        rs.getObject("spent_on", LocalDate.class),
        new BudgetLine(Capacity.valueOf(rs.getString("capacity")), rs.getString("category"),
            rs.getString("purpose"), rs.getBigDecimal("amount")),
        rs.getString("voucher_number"), rs.getObject("budget_line_no", Integer.class)), checkId);
  }

  public int expenseCount(long checkId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM expense WHERE check_id = ?", Integer.class, checkId);
    return count == null ? 0 : count;
  }
}
