package cn.wast.capacity.login;

import cn.wast.capacity.ProgrammeClock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes, every night, the login attempts older than {@code capacity.logins.log-retention}, and none younger. */
@Component
class LoginLogPruning {

  private static final Logger LOG = LoggerFactory.getLogger(LoginLogPruning.class);

  private final LoginLog log;
  private final LoginProperties properties;
  private final ProgrammeClock clock;

  LoginLogPruning(LoginLog log, LoginProperties properties, ProgrammeClock clock) {
    this.log = log;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${capacity.logins.log-pruning-cron}", zone = "${capacity.zone}")
  void prune() {
    Instant cutoff = clock.now().atZone(clock.zone()).minus(properties.logRetention()).toInstant();
    int removed = log.removeBefore(cutoff);
    if (removed > 0) {
      LOG.info("Removed {} login attempts made before {}", removed, cutoff);
    }
  }
}
