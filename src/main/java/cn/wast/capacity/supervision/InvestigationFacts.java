package cn.wast.capacity.supervision;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1: what the investigation form shows, as it is now: the society, the application's
 * status, what was paid to this moment, and every ground the disqualification was started or
 * joined on. Worked out when it starts, when it is joined and whenever the task is created or
 * claimed, so the office never decides on the figures of the day it started.
 */
@Component
class InvestigationFacts {

  private final Applications applications;
  private final SocietyRegistry societies;
  private final Payments payments;
  private final DisqualificationGrounds grounds;
  private final ProgrammeClock clock;

  InvestigationFacts(Applications applications, SocietyRegistry societies, Payments payments,
      DisqualificationGrounds grounds, ProgrammeClock clock) {
    this.applications = applications;
    this.societies = societies;
    this.payments = payments;
    this.grounds = grounds;
    this.clock = clock;
  }

  Map<String, Object> of(String applicationKey) {
    Application application = applications.find(applicationKey).orElseThrow();
    String societyName = societies.findByCode(application.societyCode()).orElseThrow().name();
    Map<String, Object> facts = new HashMap<>();
    facts.put(DisqualificationVariables.SOCIETY_CODE, application.societyCode());
    facts.put(DisqualificationVariables.SOCIETY_NAME, societyName);
    facts.put(DisqualificationVariables.SOCIETY_NAME_MARKDOWN, Markdown.escape(societyName));
    facts.put(DisqualificationVariables.ROUND_YEAR, application.roundYear());
    facts.put(DisqualificationVariables.APPLICATION_STATUS_TEXT, application.status().label());
    facts.put(DisqualificationVariables.PAID_TEXT, Numbers.yuan(payments.paid(applicationKey)) + "（截至 "
        + clock.format(clock.now()) + "）");
    facts.put(DisqualificationVariables.GROUNDS_MARKDOWN, DisqualificationGrounds.markdown(
        grounds.of(Disqualification.businessKeyOf(applicationKey)), clock.zone()));
    return facts;
  }
}
