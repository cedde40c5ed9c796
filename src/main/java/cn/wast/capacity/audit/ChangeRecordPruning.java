package cn.wast.capacity.audit;

import cn.wast.capacity.ProgrammeClock;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes, every night, the change records older than the engine's history time to live (the
 * same {@code CAPACITY_HISTORY_TTL}, ten years by default), so both are kept equally long.
 */
@Component
class ChangeRecordPruning {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeRecordPruning.class);

  private final ChangeRecords records;
  private final ProgrammeClock clock;
  private final Period retention;

  ChangeRecordPruning(ChangeRecords records, ProgrammeClock clock,
      @Value("${camunda.bpm.generic-properties.properties.historyTimeToLive}") String retention) {
    this.records = records;
    this.clock = clock;
    this.retention = Period.parse(retention);
  }

  @Scheduled(cron = "${capacity.logins.log-pruning-cron}", zone = "${capacity.zone}")
  void prune() {
    var cutoff = clock.now().atZone(clock.zone()).minus(retention).toInstant();
    int removed = records.removeBefore(cutoff);
    if (removed > 0) {
      LOG.info("Removed {} change records made before {}", removed, cutoff);
    }
  }
}
