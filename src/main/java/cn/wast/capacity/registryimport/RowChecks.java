package cn.wast.capacity.registryimport;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.DateInput;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.CreditCode;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks every row of an upload against the registry as it stands: the society by its credit code
 * and name, required cells, values, dates in range, rows repeated in the file, and facts that
 * differ from what is already recorded. Every problem is said in Chinese.
 */
@Component
class RowChecks {

  /** No fact of the programme's registry predates the People's Republic. */
  static final int EARLIEST_YEAR = 1949;
  /** How far ahead a commissioned project's due date or a ban's last day may lie. */
  private static final int YEARS_AHEAD = 20;

  private final SocietyRegistry registry;
  private final FraudBanList bans;
  private final ProgrammeClock clock;

  RowChecks(SocietyRegistry registry, FraudBanList bans, ProgrammeClock clock) {
    this.registry = registry;
    this.bans = bans;
    this.clock = clock;
  }

  /** The facts sheets' rows (the 学会 sheet is {@link SocietySheet}'s), against the registry as the transaction sees it. */
  ImportPreview check(PendingImport pending) {
    LocalDate today = clock.today();
    Map<String, Optional<Society>> byCreditCode = new HashMap<>();
    Map<String, SocietyRecord> records = new HashMap<>();
    Map<String, Integer> firstRowOfKey = new HashMap<>();
    List<CheckedRow> checked = new ArrayList<>();
    for (SheetRow row : pending.rows()) {
      if (!row.sheet().isFact()) {
        continue;
      }
      Row r = new Row(row, today);
      Society society = r.society(byCreditCode);
      ImportedFact fact = switch (row.sheet()) {
        case SOCIETY, EXPERT, EXPERT_AFFILIATION -> throw new IllegalStateException(row.sheet() + " is no fact sheet");
        case INSPECTION -> r.inspection(society);
        case WORK_REPORT -> r.workReport(society);
        case VIOLATION -> r.violation(society);
        case COMMISSIONED_PROJECT -> r.project(society);
        case FRAUD_BAN -> r.ban(society);
      };
      boolean alreadyRecorded = false;
      if (r.problems.isEmpty() && fact != null) {
        Integer first = firstRowOfKey.putIfAbsent(row.sheet() + "|" + fact.key(), row.number());
        if (first != null) {
          r.problems.add("与本表第" + first + "行重复（同一学会的同一" + duplicateOf(row.sheet()) + "）");
        } else {
          SocietyRecord record = records.computeIfAbsent(society.code(), code -> registry.loadRecord(code).orElseThrow());
          Optional<ImportedFact.Standing> standing = fact.standing(record, bans);
          standing.flatMap(ImportedFact.Standing::conflict).ifPresent(c -> r.problems.add("与已有记录冲突：" + c));
          alreadyRecorded = standing.isPresent();
          if (!alreadyRecorded && fact instanceof ImportedFact.Ban ban) {
            if (ban.decidingBody() == null) {
              r.problems.add("请填写“决定机关”");
            }
            if (ban.decisionNumber() == null) {
              r.problems.add("请填写“决定文号”");
            }
          }
        }
      }
      checked.add(new CheckedRow(row, r.problems, r.problems.isEmpty() ? fact : null, alreadyRecorded));
    }
    return new ImportPreview(pending, pending.fileProblems(), checked);
  }

  private static String duplicateOf(FactSheet sheet) {
    return switch (sheet) {
      case SOCIETY, EXPERT, EXPERT_AFFILIATION -> sheet.title();
      case INSPECTION -> "年度年检结果";
      case WORK_REPORT -> "年度工作报告";
      case VIOLATION -> "类别、日期和情况";
      case COMMISSIONED_PROJECT -> "委托单位的同名项目";
      case FRAUD_BAN -> "决定机关和决定文号";
    };
  }

  /** One row's cells read with its problems collected. */
  private final class Row {
    private final SheetRow row;
    private final LocalDate today;
    private final List<String> problems = new ArrayList<>();

    Row(SheetRow row, LocalDate today) {
      this.row = row;
      this.today = today;
    }

    Society society(Map<String, Optional<Society>> byCreditCode) {
      CreditCode.Checked code = CreditCode.check(row.cell("信用代码"));
      String name = row.cell("学会名称");
      if (code.problem().isPresent()) {
        problems.add(code.problem().get());
        if (name.isEmpty()) {
          problems.add("请填写“学会名称”");
        }
        return null;
      }
      Optional<Society> society = byCreditCode.computeIfAbsent(code.code().get(), registry::findByCreditCode);
      if (society.isEmpty()) {
        problems.add("未知学会：信用代码 " + code.code().get() + " 不在学会登记中");
        return null;
      }
      if (name.isEmpty()) {
        problems.add("请填写“学会名称”");
      } else if (!name.equals(society.get().name())) {
        problems.add("学会名称“" + name + "”与信用代码对应的学会“" + society.get().name() + "”不符");
      }
      return society.get();
    }

    ImportedFact.Inspection inspection(Society society) {
      Integer year = year("年度");
      String result = required("结果");
      Boolean passed = null;
      if (result != null) {
        passed = switch (result) {
          case "合格" -> true;
          case "不合格" -> false;
          default -> {
            problems.add("结果“" + result + "”不是可接受的值（合格、不合格）");
            yield null;
          }
        };
      }
      return problems.isEmpty() ? new ImportedFact.Inspection(society, year, passed) : null;
    }

    ImportedFact.WorkReport workReport(Society society) {
      Integer year = year("年度");
      LocalDate summary = date("年度总结报送日期", false, false);
      LocalDate plan = date("工作计划报送日期", false, false);
      return problems.isEmpty() ? new ImportedFact.WorkReport(society, year, summary, plan) : null;
    }

    ImportedFact.ViolationFact violation(Society society) {
      String category = required("类别");
      ViolationKind kind = null;
      if (category != null) {
        kind = Arrays.stream(ViolationKind.values())
            .filter(k -> ImportedFact.ViolationFact.label(k).equals(category)).findFirst().orElse(null);
        if (kind == null) {
          problems.add("类别“" + category + "”不是可接受的值（违纪违法、通报批评、处罚）");
        }
      }
      String authority = row.cell("决定机关");
      String description = required("情况");
      LocalDate on = date("日期", true, false);
      return problems.isEmpty()
          ? new ImportedFact.ViolationFact(society, new Violation(kind, authority.isEmpty() ? null : authority,
              description, on))
          : null;
    }

    ImportedFact.Project project(Society society) {
      String title = required("项目名称");
      String by = required("委托单位");
      LocalDate due = date("应完成日期", true, true);
      LocalDate completed = date("完成日期", false, false);
      return problems.isEmpty()
          ? new ImportedFact.Project(society, new CommissionedProject(title, by, due, completed))
          : null;
    }

    ImportedFact.Ban ban(Society society) {
      // an entry already on the credit list may lack them (WAST's own bans before they were kept)
      String body = optional("决定机关");
      String number = optional("决定文号");
      String grounds = required("事由");
      LocalDate start = date("起始日期", true, false);
      LocalDate lastDay = date("截止日期", false, true);
      String yearsText = row.cell("期限（年）");
      Integer years = null;
      if (!yearsText.isEmpty()) {
        years = yearsText.matches("\\d{1,2}") ? Integer.valueOf(yearsText) : null;
        if (years == null || years < 1 || years > 10) {
          problems.add("期限（年）“" + yearsText + "”应为1至10的整数");
          years = null;
        }
      } else if (row.cell("截止日期").isEmpty()) {
        problems.add("请填写“期限（年）”或“截止日期”");
      }
      if (start != null && years != null) {
        LocalDate byYears = start.plusYears(years).minusDays(1);
        if (lastDay == null) {
          lastDay = byYears;
        } else if (!lastDay.equals(byYears)) {
          problems.add("截止日期" + ChineseDates.date(lastDay) + "与期限" + years + "年不一致（自起始日期起" + years
              + "年应截止于" + ChineseDates.date(byYears) + "）");
        }
      }
      if (start != null && lastDay != null && lastDay.isBefore(start)) {
        problems.add("截止日期早于起始日期");
      }
      return problems.isEmpty() ? new ImportedFact.Ban(society, body, number, grounds, start, lastDay) : null;
    }

    private String optional(String header) {
      String value = row.cell(header);
      return value.isEmpty() ? null : value;
    }

    private String required(String header) {
      String value = row.cell(header);
      if (value.isEmpty()) {
        problems.add("请填写“" + header + "”");
        return null;
      }
      return value;
    }

    private Integer year(String header) {
      String value = required(header);
      if (value == null) {
        return null;
      }
      if (!value.matches("\\d{4}")) {
        problems.add(header + "“" + value + "”应为四位数字的年份，如 " + (today.getYear() - 1));
        return null;
      }
      int year = Integer.parseInt(value);
      if (year < EARLIEST_YEAR || year > today.getYear()) {
        problems.add(header + " " + year + " 超出合理范围（" + EARLIEST_YEAR + "年至" + today.getYear() + "年）");
        return null;
      }
      return year;
    }

    /** A date cell; {@code ahead}: it may lie in the future (a due date, a ban's last day). */
    private LocalDate date(String header, boolean needed, boolean ahead) {
      String value = needed ? required(header) : row.cell(header);
      if (value == null || value.isEmpty()) {
        return null;
      }
      Optional<String> problem = DateInput.problem(value);
      if (problem.isPresent()) {
        problems.add(header + "：" + problem.get());
        return null;
      }
      LocalDate day = DateInput.parse(value).orElseThrow();
      if (day.getYear() < EARLIEST_YEAR) {
        problems.add(header + ChineseDates.date(day) + "早于" + EARLIEST_YEAR + "年，超出合理范围");
        return null;
      }
      if (!ahead && day.isAfter(today)) {
        problems.add(header + ChineseDates.date(day) + "晚于今天（" + ChineseDates.date(today) + "），不能是将来的日期");
        return null;
      }
      if (ahead && day.isAfter(today.plusYears(YEARS_AHEAD))) {
        problems.add(header + ChineseDates.date(day) + "超出合理范围（最晚" + ChineseDates.date(today.plusYears(YEARS_AHEAD)) + "）");
        return null;
      }
      return day;
    }
  }
}
