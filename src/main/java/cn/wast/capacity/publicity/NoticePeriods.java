package cn.wast.capacity.publicity;

import cn.wast.capacity.ProgrammeClock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * R-REV-3: a notice period starts when the society is published and ends at midnight at the end
 * of the day the configured period (P10D) leads to, so it always holds ten whole days.
 */
@Component
class NoticePeriods {

  private final PublicityProperties publicity;
  private final ProgrammeClock clock;

  NoticePeriods(PublicityProperties publicity, ProgrammeClock clock) {
    this.publicity = publicity;
    this.clock = clock;
  }

  Instant endOfOneStartingNow() {
    return clock.endOf(clock.today().plus(publicity.noticePeriod()));
  }
}
