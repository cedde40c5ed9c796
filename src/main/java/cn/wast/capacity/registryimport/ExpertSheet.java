package cn.wast.capacity.registryimport;

import cn.wast.capacity.DateInput;
import cn.wast.capacity.experts.AffiliationEntry;
import cn.wast.capacity.experts.AffiliationRole;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.ExpertAffiliation;
import cn.wast.capacity.experts.ExpertDetails;
import cn.wast.capacity.experts.ExpertPool;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.society.CreditCode;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The 专家 and 专家关联 sheets: each expert row adds the expert its account does not yet name or
 * edits a known one (details, then 在用/已停用), each affiliation row ties an expert to a
 * registered society, all through {@link ExpertPool} (its checks and change records). Runs inside
 * the import's transaction; the caller rolls back unless every row is fine.
 */
@Component
class ExpertSheet {

  private static final String ACTIVE = "在用";
  private static final String INACTIVE = "已停用";

  private final ExpertPool pool;
  private final Experts experts;
  private final SocietyRegistry registry;

  ExpertSheet(ExpertPool pool, Experts experts, SocietyRegistry registry) {
    this.pool = pool;
    this.experts = experts;
    this.registry = registry;
  }

  List<CheckedRow> apply(List<SheetRow> rows, String reason, String by) {
    List<CheckedRow> checked = new ArrayList<>();
    Map<String, Integer> firstRowOf = new HashMap<>();
    for (SheetRow row : rows) {
      if (row.sheet() == FactSheet.EXPERT) {
        checked.add(expert(row, firstRowOf, reason, by));
      }
    }
    for (SheetRow row : rows) {
      if (row.sheet() == FactSheet.EXPERT_AFFILIATION) {
        checked.add(affiliation(row, firstRowOf, reason, by));
      }
    }
    return checked;
  }

  private CheckedRow expert(SheetRow row, Map<String, Integer> firstRowOf, String reason, String by) {
    List<String> problems = new ArrayList<>();
    String userId = row.cell("登录账号").toLowerCase(Locale.ROOT);
    ExpertDetails details = new ExpertDetails(row.cell("姓名"), row.cell("职称"), row.cell("工作单位"),
        row.cell("专业领域"), row.cell("电子邮箱"), row.cell("联系电话"));
    String status = row.cell("状态");
    if (!status.isEmpty() && !status.equals(ACTIVE) && !status.equals(INACTIVE)) {
      problems.add("状态“" + status + "”不是可接受的值（在用、已停用）");
    }
    if (userId.isEmpty()) {
      problems.add("请填写“登录账号”");
    } else {
      Integer first = firstRowOf.putIfAbsent("专家|" + userId, row.number());
      if (first != null) {
        problems.add("登录账号“" + userId + "”与本表第" + first + "行重复");
      }
    }
    if (!problems.isEmpty()) {
      problems.addAll(details.problems().values());
      return new CheckedRow(row, problems, null, false);
    }
    boolean active = !status.equals(INACTIVE);
    Optional<Expert> known = experts.find(userId);
    boolean changed = false;
    if (known.isEmpty()) {
      ExpertPool.Outcome added = pool.add(userId, details, reason, by);
      problems.addAll(added.problems().values());
      changed = true;
    } else if (!ExpertDetails.of(known.get()).equals(details)) {
      problems.addAll(pool.edit(known.get(), details, reason, by).problems().values());
      changed = true;
    }
    if (problems.isEmpty()) {
      Expert now = experts.find(userId).orElseThrow();
      if (now.active() != active) {
        problems.addAll(pool.setActive(now, active, reason, by).problems().values());
        changed = true;
      }
    }
    return new CheckedRow(row, problems, null, !changed, known.isEmpty() ? "新增专家" : "修改专家信息");
  }

  private CheckedRow affiliation(SheetRow row, Map<String, Integer> firstRowOf, String reason, String by) {
    List<String> problems = new ArrayList<>();
    String userId = row.cell("专家账号").toLowerCase(Locale.ROOT);
    Optional<Expert> expert = userId.isEmpty() ? Optional.empty() : experts.find(userId);
    if (userId.isEmpty()) {
      problems.add("请填写“专家账号”");
    } else if (expert.isEmpty()) {
      problems.add("专家库中没有账号“" + userId + "”，本文件“专家”表中也没有（或该行有问题）");
    } else if (!row.cell("专家姓名").isEmpty() && !row.cell("专家姓名").equals(expert.get().name())) {
      problems.add("专家姓名“" + row.cell("专家姓名") + "”与账号对应的专家“" + expert.get().name() + "”不符");
    }
    Optional<Society> society = society(row, problems);
    String roleText = row.cell("关联类型");
    Optional<AffiliationRole> role = Arrays.stream(AffiliationRole.values())
        .filter(r -> r.label().equals(roleText)).findFirst();
    if (role.isEmpty()) {
      problems.add(roleText.isEmpty() ? "请填写“关联类型”（会员、现任负责人或理事、曾任负责人或理事）"
          : "关联类型“" + roleText + "”不是可接受的值（会员、现任负责人或理事、曾任负责人或理事）");
    }
    AffiliationEntry entry = new AffiliationEntry(society.map(Society::code).orElse(""),
        role.map(Enum::name).orElse(""), row.cell("起始日期"), row.cell("终止日期"));
    entry.problems().forEach((field, problem) -> {
      if (!field.equals("societyCode") && !field.equals("role")) {
        problems.add(problem);
      }
    });
    if (!problems.isEmpty()) {
      return new CheckedRow(row, problems, null, false);
    }
    Integer first = firstRowOf.putIfAbsent("关联|" + userId + "|" + society.get().code() + "|" + role.get(),
        row.number());
    if (first != null) {
      return new CheckedRow(row, List.of("与本表第" + first + "行重复（同一专家与同一学会的同一关联类型）"), null, false);
    }
    LocalDate start = DateInput.parse(entry.startedOn()).orElse(null);
    LocalDate end = DateInput.parse(entry.endedOn()).orElse(null);
    Optional<ExpertAffiliation> existing = experts.affiliationsOf(userId).stream()
        .filter(a -> a.societyCode().equals(society.get().code()) && a.role() == role.get()).findFirst();
    if (existing.isEmpty()) {
      problems.addAll(pool.affiliate(expert.get(), entry, reason, by).problems().values());
      return new CheckedRow(row, problems, null, false, "新增关联");
    }
    ExpertAffiliation on = existing.get();
    if (Objects.equals(on.startedOn(), start) && Objects.equals(on.endedOn(), end)) {
      return new CheckedRow(row, problems, null, true);
    }
    if (Objects.equals(on.startedOn(), start) && on.endedOn() == null && end != null) {
      problems.addAll(pool.endAffiliation(expert.get(), on, entry.endedOn(), reason, by).problems().values());
      return new CheckedRow(row, problems, null, false, "终止关联（" + end + "）");
    }
    problems.add("与已有关联冲突：专家库中该关联起始日期" + day(on.startedOn()) + "、终止日期" + day(on.endedOn())
        + "；本行：起始日期" + day(start) + "、终止日期" + day(end) + "（已有关联只能补填终止日期，其他修改请在专家页面进行）");
    return new CheckedRow(row, problems, null, false);
  }

  /** The society named by its code, or by its 统一社会信用代码 typed in the code's column. */
  private Optional<Society> society(SheetRow row, List<String> problems) {
    String typed = row.cell("学会代码").toUpperCase(Locale.ROOT);
    if (typed.isEmpty()) {
      problems.add("请填写“学会代码”");
      return Optional.empty();
    }
    Optional<Society> society = registry.findByCode(typed);
    if (society.isEmpty() && typed.length() == 18 && CreditCode.check(typed).problem().isEmpty()) {
      society = registry.findByCreditCode(typed);
    }
    if (society.isEmpty()) {
      problems.add("学会登记中没有代码（或统一社会信用代码）为“" + typed + "”的学会；新学会请先导入学会登记");
      return society;
    }
    String name = row.cell("学会名称");
    if (!name.isEmpty() && !name.equals(society.get().name())) {
      problems.add("学会名称“" + name + "”与代码对应的学会“" + society.get().name() + "”不符");
    }
    return society;
  }

  private static String day(LocalDate date) {
    return date == null ? "未填" : date.toString();
  }
}
