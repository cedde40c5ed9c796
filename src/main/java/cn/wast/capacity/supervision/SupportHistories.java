package cn.wast.capacity.supervision;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.PastSupport;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.checks.SocietySupport;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/** R-DYN-1: reads a society's {@link SupportHistory} before a round from the records. */
@Component
public class SupportHistories implements PastSupport {

  private final Awards awards;
  private final Payments payments;
  private final SocietySupport support;
  private final SocietyRegistry societies;
  private final RunningDisqualifications disqualifications;
  private final ProgrammeClock clock;

  SupportHistories(Awards awards, Payments payments, SocietySupport support, SocietyRegistry societies,
      RunningDisqualifications disqualifications, ProgrammeClock clock) {
    this.awards = awards;
    this.payments = payments;
    this.support = support;
    this.societies = societies;
    this.disqualifications = disqualifications;
    this.clock = clock;
  }

  /** The society's history from the rounds before {@code roundYear}. */
  @Override
  public SupportHistory before(String societyCode, int roundYear) {
    List<SupportHistory.Past> past = awards.findBySociety(societyCode).stream()
        .filter(a -> a.roundYear() < roundYear)
        .map(a -> new SupportHistory.Past(a, payments.paid(a.applicationKey()), support.find(a.applicationKey())))
        .toList();
    return new SupportHistory(past,
        societies.fraudBans(societyCode),
        disqualifications.runsFor(societyCode), clock.today());
  }

  /** The society's whole history, for its own page. */
  public SupportHistory of(String societyCode) {
    return before(societyCode, Integer.MAX_VALUE);
  }
}
