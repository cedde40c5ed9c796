package cn.wast.capacity.registryimport;

import java.util.List;

/**
 * A row of the preview: the cells as typed, every problem in Chinese, and, when it has none, the
 * fact it records and whether the registry holds it already (then committing leaves it alone).
 */
record CheckedRow(SheetRow row, List<String> problems, ImportedFact fact, boolean alreadyRecorded, String action) {

  CheckedRow {
    problems = List.copyOf(problems);
  }

  CheckedRow(SheetRow row, List<String> problems, ImportedFact fact, boolean alreadyRecorded) {
    this(row, problems, fact, alreadyRecorded, "待导入");
  }

  boolean ok() {
    return problems.isEmpty();
  }

  boolean toWrite() {
    return ok() && !alreadyRecorded;
  }

  /** The status column of the preview. */
  public String status() {
    if (!ok()) {
      return "有问题";
    }
    if (alreadyRecorded) {
      return row.sheet() == FactSheet.EXPERT || row.sheet() == FactSheet.EXPERT_AFFILIATION
          ? "专家库中已有，不重复导入" : "登记中已有，不重复导入";
    }
    return action;
  }

  public int number() {
    return row.number();
  }

  public List<String> cells() {
    return row.cells();
  }
}
