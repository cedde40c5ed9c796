package cn.wast.capacity.checks;

import cn.wast.capacity.application.ApplicationDocuments;
import cn.wast.capacity.funds.BudgetLine;
import cn.wast.capacity.funds.FundPlanForm;
import cn.wast.capacity.funds.FundPlans;
import cn.wast.capacity.funds.Implementation;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** R-CHK-1, R-CHK-2: what a check compares against: the filed plan, and the uploaded report. */
@Component
class CheckMaterials {

  static final String CURRENT = "currentCheck";

  private final FundPlans plans;
  private final ApplicationDocuments documents;

  CheckMaterials(FundPlans plans, ApplicationDocuments documents) {
    this.plans = plans;
    this.documents = documents;
  }

  String applicationKey(DelegateExecution execution) {
    return (String) execution.getVariable(Implementation.APPLICATION_KEY);
  }

  /** The check under way in the instance (set when it opens). */
  CheckKind current(DelegateExecution execution) {
    return CheckKind.valueOf((String) execution.getVariable(CURRENT));
  }

  List<FundPlanForm.Indicator> indicators(String applicationKey) {
    return plans.indicators(plans.filed(applicationKey).orElseThrow().id());
  }

  List<BudgetLine> plannedLines(String applicationKey) {
    return plans.lines(plans.filed(applicationKey).orElseThrow().id());
  }

  /** The uploaded reports of the check as Markdown links, for the office. */
  String reportLinks(String applicationKey, CheckKind kind) {
    List<String> links = documents.listForApplication(applicationKey).stream()
        .filter(d -> d.kind() == kind.report())
        .map(d -> "- [" + d.fileName().replaceAll("[\\[\\]()*_`<>{}]", "_") + "](/documents/" + d.id() + ")")
        .toList();
    return links.isEmpty() ? "" : String.join("\n", links);
  }
}
