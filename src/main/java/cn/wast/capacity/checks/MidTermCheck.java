package cn.wast.capacity.checks;

import cn.wast.capacity.application.ApplicationDocuments;
import cn.wast.capacity.application.DocumentKind;
import cn.wast.capacity.funds.BudgetLine;
import cn.wast.capacity.funds.FundPlanForm;
import cn.wast.capacity.funds.FundPlans;
import cn.wast.capacity.funds.Implementation;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** R-CHK-1: what the mid-term check compares against: the filed plan, and the uploaded report. */
@Component
class MidTermCheck {

  private final FundPlans plans;
  private final ApplicationDocuments documents;

  MidTermCheck(FundPlans plans, ApplicationDocuments documents) {
    this.plans = plans;
    this.documents = documents;
  }

  String applicationKey(DelegateExecution execution) {
    return (String) execution.getVariable(Implementation.APPLICATION_KEY);
  }

  List<FundPlanForm.Indicator> indicators(String applicationKey) {
    return plans.indicators(plans.filed(applicationKey).orElseThrow().id());
  }

  List<BudgetLine> plannedLines(String applicationKey) {
    return plans.lines(plans.filed(applicationKey).orElseThrow().id());
  }

  /** The uploaded mid-term reports as Markdown links, for the office. */
  String reportLinks(String applicationKey) {
    List<String> links = documents.listForApplication(applicationKey).stream()
        .filter(d -> d.kind() == DocumentKind.MID_TERM_REPORT)
        .map(d -> "- [" + d.fileName().replaceAll("[\\[\\]()*_`<>{}]", "_") + "](/documents/" + d.id() + ")")
        .toList();
    return links.isEmpty() ? "" : String.join("\n", links);
  }
}
