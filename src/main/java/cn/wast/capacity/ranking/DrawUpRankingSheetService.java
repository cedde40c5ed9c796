package cn.wast.capacity.ranking;

import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-EVAL-1: puts the ranking sheet on the office's confirmation form, with the spreadsheet's link. */
@Component("drawUpRankingSheetService")
class DrawUpRankingSheetService implements JavaDelegate {

  private final RankingSheets sheets;

  DrawUpRankingSheetService(RankingSheets sheets) {
    this.sheets = sheets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    execution.setVariable(RoundVariables.RANKING_SHEET, sheets.of(year).map(RankingSheet::markdown).orElse("（本年度没有可排名的申报）"));
    execution.setVariable(RoundVariables.RANKING_SHEET_LINK, RankingSheetController.path(year));
  }
}
