package cn.wast.capacity.registryimport;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What an upload imports: the annual facts (every sheet) or only bans decided elsewhere. */
enum ImportKind {
  ANNUAL_FACTS("学会登记与年度情况导入", "/office/societies/import", EnumSet.range(FactSheet.SOCIETY, FactSheet.FRAUD_BAN)),
  CREDIT_BANS("失信惩戒名单导入", "/office/credit/import", EnumSet.of(FactSheet.FRAUD_BAN)),
  EXPERTS("专家库导入", "/office/experts/import", EnumSet.of(FactSheet.EXPERT, FactSheet.EXPERT_AFFILIATION));

  private final String title;
  private final String path;
  private final Set<FactSheet> sheets;

  ImportKind(String title, String path, Set<FactSheet> sheets) {
    this.title = title;
    this.path = path;
    this.sheets = sheets;
  }

  String title() {
    return title;
  }

  /** Where files of this kind are uploaded; previews are under it. */
  String path() {
    return path;
  }

  List<FactSheet> sheets() {
    return sheets.stream().sorted().toList();
  }

  Set<FactSheet> sheetSet() {
    return sheets;
  }
}
