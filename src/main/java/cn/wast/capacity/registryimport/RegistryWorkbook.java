package cn.wast.capacity.registryimport;

import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The registry's workbook: the empty template with its 说明 sheet, the registry's facts in the
 * same sheets (an export reads back in as an import), and the credit list.
 */
@Component
class RegistryWorkbook {

  static final String CREDIT_SOURCE = "来源";

  private final SocietyRegistry registry;
  private final FraudBanList bans;

  RegistryWorkbook(SocietyRegistry registry, FraudBanList bans) {
    this.registry = registry;
    this.bans = bans;
  }

  byte[] template(ImportKind kind) {
    Map<FactSheet, List<List<Object>>> empty = new EnumMap<>(FactSheet.class);
    kind.sheets().forEach(sheet -> empty.put(sheet, List.of()));
    return workbook(empty);
  }

  /** Every society's facts, one sheet per kind. */
  byte[] export() {
    Map<FactSheet, List<List<Object>>> rows = new EnumMap<>(FactSheet.class);
    for (FactSheet sheet : ImportKind.ANNUAL_FACTS.sheets()) {
      rows.put(sheet, new ArrayList<>());
    }
    for (Society society : registry.findAll()) {
      SocietyRecord record = registry.loadRecord(society.code()).orElseThrow();
      String credit = registry.creditCodeOf(society.code()).orElse(null);
      String name = society.name();
      rows.get(FactSheet.SOCIETY).add(SocietySheet.cells(society, credit));
      record.inspections().forEach(i -> rows.get(FactSheet.INSPECTION).add(
          values(credit, name, i.year(), ImportedFact.Inspection.result(i.passed()))));
      record.workReports().forEach(w -> rows.get(FactSheet.WORK_REPORT).add(
          values(credit, name, w.year(), w.summarySubmittedOn(), w.planSubmittedOn())));
      record.violations().forEach(v -> rows.get(FactSheet.VIOLATION).add(
          values(credit, name, ImportedFact.ViolationFact.label(v.kind()), v.authority(), v.description(),
              v.recordedOn())));
      record.commissionedProjects().forEach(p -> rows.get(FactSheet.COMMISSIONED_PROJECT).add(
          values(credit, name, p.title(), p.commissionedBy(), p.dueOn(), p.completedOn())));
    }
    bans.all().forEach(b -> rows.get(FactSheet.FRAUD_BAN).add(banRow(b)));
    return workbook(rows);
  }

  /** The credit list: the 失信惩戒 sheet with where each entry came from. */
  byte[] creditList() {
    List<String> headers = new ArrayList<>(FactSheet.FRAUD_BAN.headers());
    headers.add(CREDIT_SOURCE);
    List<List<Object>> rows = bans.all().stream().map(b -> {
      List<Object> row = banRow(b);
      row.add(b.source().label());
      return row;
    }).toList();
    try (Spreadsheet book = new Spreadsheet()) {
      return book.sheet(FactSheet.FRAUD_BAN.title(), headers, rows).bytes();
    }
  }

  private static List<Object> banRow(CreditBan b) {
    return values(b.creditCode(), b.societyName(), b.decidingBody(), b.decisionNumber(), b.grounds(), b.startsOn(),
        null, b.lastDay());
  }

  private static List<Object> values(Object... values) {
    List<Object> row = new ArrayList<>(values.length);
    for (Object value : values) {
      row.add(value);
    }
    return row;
  }

  private static byte[] workbook(Map<FactSheet, List<List<Object>>> sheets) {
    try (Spreadsheet book = new Spreadsheet()) {
      List<List<Object>> guide = new ArrayList<>();
      for (FactSheet sheet : sheets.keySet()) {
        sheet.columns().forEach(c -> guide.add(List.of(sheet.title(), c.header(), c.meaning())));
      }
      guide.add(List.of("全部", "日期", "可写作 2026-03-01、2026/3/1、2026年3月1日，或 Excel 的日期单元格"));
      guide.add(List.of("全部", "导入", "上传后先预览，每行的问题都会列出；有任何问题时整份文件都不导入，修改后重新上传"));
      book.sheet(FactSheet.GUIDE, List.of("工作表", "列", "填写说明"), guide);
      sheets.forEach((sheet, rows) -> book.sheet(sheet.title(), sheet.headers(), rows));
      return book.bytes();
    }
  }
}
