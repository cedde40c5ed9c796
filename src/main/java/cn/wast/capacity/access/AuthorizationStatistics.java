package cn.wast.capacity.access;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, statistics on the permission bits that Camunda's authorization check tests in
 * every task query ({@code PERMS_ & 2}, READ on a task; {@code PERMS_ & 64}, READ_TASK on a process
 * definition). Without them the planner guesses that a user holds a few dozen grants and joins
 * tasks to grants by comparing every pair: an expert with 10,000 assigned tasks (one grant each)
 * waited 14 to 21 seconds for Tasklist's first page (docs/benchmarks.md). With them it looks the
 * grants up by the index on the resource. Made once, after the engine has created its tables;
 * PostgreSQL's autovacuum keeps them current; {@code database/PostgresSessionSettings} makes the planner use them.
 */
@Component
class AuthorizationStatistics {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationStatistics.class);

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;

  AuthorizationStatistics(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void create() {
    String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    if (!"postgres".equals(database)) {
      return;
    }
    try {
      jdbc.execute("CREATE STATISTICS IF NOT EXISTS act_ru_authorization_read ON (perms_ & 2) FROM act_ru_authorization");
      jdbc.execute("CREATE STATISTICS IF NOT EXISTS act_ru_authorization_read_task ON (perms_ & 64) FROM act_ru_authorization");
      jdbc.execute("ANALYZE act_ru_authorization");
    } catch (DataAccessException e) {
      // Another node of the cluster creating them at the same moment; theirs serve as well.
      log.warn("Statistics on authorizations not created: {}", e.getMessage());
    }
  }
}
