package cn.wast.capacity.registryimport;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.registry.RegistryEdits;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The 学会 sheet: each row registers the society its code does not yet name, or changes a
 * registered society's attributes from the import day on, through the registry's own edits (the
 * same checks and change records as the office's forms). Runs inside the import's transaction.
 */
@Component
class SocietySheet {

  /** The registry form's field of each column. */
  private static final Map<String, String> FIELDS = fields();

  private final RegistryEdits edits;
  private final SocietyRegistry registry;
  private final ProgrammeClock clock;

  SocietySheet(RegistryEdits edits, SocietyRegistry registry, ProgrammeClock clock) {
    this.edits = edits;
    this.registry = registry;
    this.clock = clock;
  }

  /** Registers or changes every row (problems per row); the caller rolls back unless every row is fine. */
  List<CheckedRow> apply(List<SheetRow> rows, String reason, String userId) {
    Map<String, Integer> firstRowOfCode = new HashMap<>();
    Map<String, Integer> firstRowOfCreditCode = new HashMap<>();
    List<CheckedRow> checked = new ArrayList<>();
    for (SheetRow row : rows) {
      List<String> problems = new ArrayList<>();
      String code = row.cell("学会代码").toUpperCase(Locale.ROOT);
      String creditCode = row.cell("统一社会信用代码").toUpperCase(Locale.ROOT);
      Integer sameCode = code.isEmpty() ? null : firstRowOfCode.putIfAbsent(code, row.number());
      Integer sameCredit = creditCode.isEmpty() ? null : firstRowOfCreditCode.putIfAbsent(creditCode, row.number());
      if (sameCode != null) {
        problems.add("学会代码“" + code + "”与本表第" + sameCode + "行重复");
      }
      if (sameCredit != null) {
        problems.add("统一社会信用代码“" + creditCode + "”与本表第" + sameCredit + "行重复");
      }
      if (!problems.isEmpty()) {
        checked.add(new CheckedRow(row, problems, null, false));
        continue;
      }
      Map<String, String> typed = new LinkedHashMap<>();
      Map<String, String> ownProblems = new LinkedHashMap<>();
      FIELDS.forEach((header, field) -> typed.put(field, row.cell(header)));
      typed.put("code", code);
      typed.put("creditCode", creditCode);
      for (String header : List.of("是否市科协所属", "内部管理健全", "财务制度健全", "独立账户")) {
        typed.put(FIELDS.get(header), yesNo(row.cell(header), header, ownProblems));
      }
      typed.put("secretaryGeneralTenure", tenure(row.cell("秘书长任职"), ownProblems));
      typed.put("effectiveOn", clock.today().toString());
      typed.put("reason", reason);
      boolean registered = registry.findByCode(code).isPresent();
      if (!registered && creditCode.isEmpty()) {
        ownProblems.put("creditCode", "新登记的学会请填写“统一社会信用代码”");
      }
      Map<String, String> refused = registered ? edits.changeAttributes(code, typed, userId)
          : edits.register(typed, userId);
      boolean unchanged = RegistryEdits.nothingChanged(refused);
      if (!unchanged) {
        problems.addAll(ownProblems.values());
        refused.forEach((field, problem) -> {
          if (!ownProblems.containsKey(field)) {
            problems.add(problem);
          }
        });
      }
      checked.add(new CheckedRow(row, problems, null, unchanged,
          registered ? "变更登记信息（" + clock.today() + "起）" : "新登记"));
    }
    return checked;
  }

  private static String yesNo(String cell, String header, Map<String, String> problems) {
    return switch (cell) {
      case "是" -> "true";
      case "否" -> "false";
      default -> {
        problems.put(FIELDS.get(header), cell.isEmpty() ? "请填写“" + header + "”（是 或 否）"
            : header + "“" + cell + "”不是可接受的值（是、否）");
        yield cell;
      }
    };
  }

  private static String tenure(String cell, Map<String, String> problems) {
    return switch (cell) {
      case "专职" -> SecretaryGeneralTenure.FULL_TIME.name();
      case "兼职" -> SecretaryGeneralTenure.PART_TIME.name();
      case "无" -> SecretaryGeneralTenure.NONE.name();
      default -> {
        problems.put("secretaryGeneralTenure", cell.isEmpty() ? "请填写“秘书长任职”（专职、兼职 或 无）"
            : "秘书长任职“" + cell + "”不是可接受的值（专职、兼职、无）");
        yield cell;
      }
    };
  }

  /** The cells of a society's row as the export writes them. */
  static List<Object> cells(Society s, String creditCode) {
    List<Object> row = new ArrayList<>();
    row.add(s.code());
    row.add(creditCode);
    row.add(s.name());
    row.add(yesNo(s.affiliatedWithWast()));
    row.add(s.contactEmail());
    row.add(s.secretaryGeneralName());
    row.add(switch (s.secretaryGeneralTenure()) {
      case FULL_TIME -> "专职";
      case PART_TIME -> "兼职";
      case NONE -> "无";
    });
    row.add(s.staffCount());
    row.add(s.financialStaffCount());
    row.add(yesNo(s.internalManagementSound()));
    row.add(yesNo(s.financialRulesInPlace()));
    row.add(yesNo(s.independentBankAccount()));
    row.add(s.boardTermEndsOn());
    return row;
  }

  private static String yesNo(boolean value) {
    return value ? "是" : "否";
  }

  private static Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("学会代码", "code");
    fields.put("统一社会信用代码", "creditCode");
    fields.put("学会名称", "name");
    fields.put("是否市科协所属", "affiliated");
    fields.put("联系邮箱", "contactEmail");
    fields.put("秘书长", "secretaryGeneralName");
    fields.put("秘书长任职", "secretaryGeneralTenure");
    fields.put("工作人员数", "staffCount");
    fields.put("财务人员数", "financialStaffCount");
    fields.put("内部管理健全", "internalManagementSound");
    fields.put("财务制度健全", "financialRulesInPlace");
    fields.put("独立账户", "independentBankAccount");
    fields.put("理事会任期届满日", "boardTermEndsOn");
    return fields;
  }
}
