package cn.wast.capacity.support;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.checks.SocietySupport;
import cn.wast.capacity.checks.Support;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Tranche;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.Rounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.ApplicationContext;

/**
 * R-DYN-1: an earlier round's outcome as the records hold it after its final acceptances — the
 * round, each society's commended application, its award, the first tranche paid and the
 * support decided — so that a test can start where the society applies again.
 */
public final class EarlierSupport {

  public static final BigDecimal AWARD = new BigDecimal("200000");

  private final ApplicationContext context;
  private final int year;
  private final Instant decidedAt;

  private EarlierSupport(ApplicationContext context, int year) {
    this.context = context;
    this.year = year;
    this.decidedAt = LocalDate.of(year, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
    context.getBean(Rounds.class).insert(new Round(year, 2, LocalDate.of(year, 3, 31), LocalDate.of(year, 4, 30),
        RoundStatus.COMPLETED, "earlier-round-" + year, "office1", decidedAt, AWARD, null));
  }

  /** The round of {@code year}, completed. */
  public static EarlierSupport round(ApplicationContext context, int year) {
    return new EarlierSupport(context, year);
  }

  /** The society was commended at {@code rank}, paid the first tranche, and its support decided so. */
  public EarlierSupport awarded(String code, int rank, Support decided, BigDecimal adjustment, String reasons) {
    inImplementation(code, rank, switch (decided) {
      case CONTINUED -> Award.COMPLETED;
      case ADJUSTED -> Award.ADJUSTED;
      case TERMINATED -> Award.TERMINATED;
    });
    context.getBean(SocietySupport.class).record(new SocietySupport.Decision(
        Application.businessKeyOf(year, code), code, year, decided, adjustment, reasons), decidedAt);
    return this;
  }

  /** The society was commended at {@code rank} and paid the first tranche; its implementation is at {@code status}. */
  public EarlierSupport inImplementation(String code, int rank, String status) {
    String key = Application.businessKeyOf(year, code);
    context.getBean(Applications.class).insert(new Application(key, year, code, "earlier-" + code,
        DemoUsers.userOf(code), decidedAt, ApplicationStatus.COMMENDED, null, decidedAt));
    context.getBean(Awards.class).insert(new Award(key, year, code, rank, new BigDecimal("88.00"), AWARD, decidedAt,
        status));
    context.getBean(Payments.class).pay(key, AWARD, Tranche.PLAN_FILED, decidedAt);
    return this;
  }
}
