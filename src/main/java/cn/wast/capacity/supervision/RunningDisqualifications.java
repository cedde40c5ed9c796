package cn.wast.capacity.supervision;

import cn.wast.capacity.access.WithoutAuthorization;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-SUP-1: the one disqualification running for each society ({@code running_disqualification}).
 * The row is written in the transaction that starts the instance and deleted in the one that ends
 * it. Its primary key decides between two starts at the same moment: the second waits for the
 * first to commit, fails on the key, and joins the first.
 */
@Repository
class RunningDisqualifications {

  /** The running disqualification a start joined. */
  record Running(String societyCode, String businessKey, String processInstanceId) {}

  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;
  private final TransactionTemplate savepoint;

  RunningDisqualifications(JdbcTemplate jdbc, RuntimeService runtimeService, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    // Within the engine's transaction: a failed insert rolls back to the savepoint only, on
    // PostgreSQL too, where an error would otherwise spoil the whole transaction.
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Makes the instance the society's running disqualification, or names the one already running,
   * which the caller then joins.
   */
  Optional<Running> claim(String societyCode, String businessKey, String processInstanceId, Instant at) {
    while (true) {
      try {
        savepoint.executeWithoutResult(status -> jdbc.update("INSERT INTO running_disqualification"
            + " (society_code, business_key, process_instance_id, started_at) VALUES (?, ?, ?, ?)",
            societyCode, businessKey, processInstanceId, Timestamp.from(at)));
        return Optional.empty();
      } catch (DuplicateKeyException runningAlready) {
        Optional<Running> running = find(societyCode);
        if (running.isPresent() && isAlive(running.get())) {
          return running;
        }
        // An instance deleted without its listeners left its row behind: it runs no more.
        running.ifPresent(stale -> release(stale.processInstanceId()));
      }
    }
  }

  Optional<Running> find(String societyCode) {
    return jdbc.query("SELECT * FROM running_disqualification WHERE society_code = ?", (rs, n) -> new Running(
        rs.getString("society_code"), rs.getString("business_key"), rs.getString("process_instance_id")),
        societyCode).stream().findFirst();
  }

  /**
   * Whether a disqualification of the society runs now. Read on behalf of the programme: whoever's
   * step this is need not see the disqualification. A lookup by key, where a query of the
   * instances by their society variable read every application's variable (a fifth of each
   * application's intake, and more as the season fills).
   */
  boolean runsFor(String societyCode) {
    return find(societyCode).filter(running -> WithoutAuthorization.call(() -> isAlive(running))).isPresent();
  }

  /** The instance ended: its society may be the subject of a new disqualification. */
  void release(String processInstanceId) {
    jdbc.update("DELETE FROM running_disqualification WHERE process_instance_id = ?", processInstanceId);
  }

  private boolean isAlive(Running running) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(running.processInstanceId()).count() > 0;
  }
}
