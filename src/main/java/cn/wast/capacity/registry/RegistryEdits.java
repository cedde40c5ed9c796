package cn.wast.capacity.registry;

import cn.wast.capacity.EmailAddress;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.audit.FieldChange;
import cn.wast.capacity.registry.FormInput.Choice;
import cn.wast.capacity.society.AnnualInspection;
import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.CreditCode;
import cn.wast.capacity.society.Dated;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyAttributes;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import cn.wast.capacity.society.WorkReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's edits of the registry: each reads a form, refuses it field by field in Chinese, or
 * writes the change as of its effective day (生效日期) together with its change record, in one
 * transaction. The effective day is today or earlier, never before the day the row it replaces
 * took effect (the record as of any earlier day stays as it was), and never in the future (the
 * registry records what has happened).
 */
@Service
public class RegistryEdits {

  static final String EFFECTIVE = "effectiveOn";
  static final String REASON = "reason";
  /** The key of a problem with the form as a whole. */
  static final String FORM = "_form";
  private static final String NOTHING_CHANGED = "与现行记录相同，没有需要保存的修改";

  private final SocietyRegistry registry;
  private final ChangeRecords changeRecords;
  private final ProgrammeClock clock;

  RegistryEdits(SocietyRegistry registry, ChangeRecords changeRecords, ProgrammeClock clock) {
    this.registry = registry;
    this.changeRecords = changeRecords;
    this.clock = clock;
  }

  // ---- what the forms show ----

  /** The values a form opens with: the row in force (if any), the effective day today, no reason. */
  Map<String, String> initial(RegistryForm form, String code, Long id, Integer year) {
    Map<String, String> values = new LinkedHashMap<>();
    switch (form) {
      case ATTRIBUTES -> registry.attributesOn(code, clock.today()).ifPresent(a -> values.putAll(typed(a)));
      case INSPECTION -> {
        if (year != null) {
          values.put("year", year.toString());
          registry.inspectionInForce(code, year).ifPresent(d -> values.put("passed", String.valueOf(d.fact().passed())));
        }
      }
      case WORK_REPORT -> {
        if (year != null) {
          values.put("year", year.toString());
          registry.workReportInForce(code, year).ifPresent(d -> {
            values.put("summarySubmittedOn", RegistryTexts.date(d.fact().summarySubmittedOn()));
            values.put("planSubmittedOn", RegistryTexts.date(d.fact().planSubmittedOn()));
          });
        }
      }
      case VIOLATION -> {
        if (id != null) {
          registry.violationInForce(code, id).ifPresent(d -> {
            values.put("kind", d.fact().kind().name());
            values.put("authority", d.fact().authority() == null ? "" : d.fact().authority());
            values.put("description", d.fact().description());
            values.put("recordedOn", RegistryTexts.date(d.fact().recordedOn()));
          });
        }
        values.put("withdraw", "false");
      }
      case PROJECT -> {
        if (id != null) {
          registry.projectInForce(code, id).ifPresent(d -> {
            values.put("title", d.fact().title());
            values.put("commissionedBy", d.fact().commissionedBy());
            values.put("dueOn", RegistryTexts.date(d.fact().dueOn()));
            values.put("completedOn", RegistryTexts.date(d.fact().completedOn()));
          });
        }
        values.put("withdraw", "false");
      }
      default -> throw new IllegalStateException();
    }
    values.put(EFFECTIVE, clock.today().toString());
    return values;
  }

  /** The registration form's opening values. */
  Map<String, String> initialRegistration() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("affiliated", "true");
    values.put(EFFECTIVE, clock.today().toString());
    return values;
  }

  /** Whether the row a by-id form edits is one of the society's rows in force. */
  boolean rowInForce(RegistryForm form, String code, long id) {
    return form == RegistryForm.VIOLATION ? registry.violationInForce(code, id).isPresent()
        : registry.projectInForce(code, id).isPresent();
  }

  List<FormInput> inputs(RegistryForm form, boolean correction, Map<String, String> values,
      Map<String, String> problems) {
    Inputs in = new Inputs(values, problems);
    switch (form) {
      case ATTRIBUTES -> attributeInputs(in);
      case INSPECTION -> {
        in.add("year", "年度", "text", "年检所属年度，四位数字，例如 2025");
        in.select("passed", "年检结果", List.of(new Choice("true", "合格"), new Choice("false", "不合格")));
      }
      case WORK_REPORT -> {
        in.add("year", "年度", "text", "总结所属年度；计划为其下一年度的计划");
        in.add("summarySubmittedOn", "年度工作总结报送日期", "date", "未报送则留空");
        in.add("planSubmittedOn", "下一年度工作计划报送日期", "date", "未报送则留空");
      }
      case VIOLATION -> {
        if (correction) {
          in.select("withdraw", "处理方式", List.of(new Choice("false", "更正此记录"), new Choice("true", "撤销此记录（登记有误）")));
        }
        in.select("kind", "类别", Arrays.stream(ViolationKind.values())
            .map(k -> new Choice(k.name(), RegistryTexts.kind(k))).toList());
        in.add("authority", "作出部门", "text", "可留空");
        in.add("description", "情况说明", "textarea", null);
        in.add("recordedOn", "发生或通报日期", "date", null);
      }
      case PROJECT -> {
        if (correction) {
          in.select("withdraw", "处理方式", List.of(new Choice("false", "更正此记录"), new Choice("true", "撤销此记录（登记有误）")));
        }
        in.add("title", "项目名称", "text", null);
        in.add("commissionedBy", "委托单位", "text", null);
        in.add("dueOn", "应完成日期", "date", null);
        in.add("completedOn", "实际完成日期", "date", "未完成则留空");
      }
      default -> throw new IllegalStateException();
    }
    commonInputs(in);
    return in.list;
  }

  List<FormInput> registrationInputs(Map<String, String> values, Map<String, String> problems) {
    Inputs in = new Inputs(values, problems);
    in.add("code", "学会代码", "text", "2至32位英文字母或数字，登记后不能修改，也是学会账号和用户组的名称");
    attributeInputs(in);
    commonInputs(in);
    return in.list;
  }

  private static void attributeInputs(Inputs in) {
    in.add("creditCode", "统一社会信用代码", "text", "18位，按GB 32100-2015核对校验位；登记后不能删除");
    in.add("name", "学会名称", "text", null);
    in.add("contactEmail", "联系邮箱", "text", "专项的通知发往此邮箱");
    in.yesNo("affiliated", "市科协所属学会");
    in.yesNo("internalManagementSound", "内部管理规范");
    in.add("boardTermEndsOn", "理事会任期届满日", "date", "不详则留空");
    in.add("secretaryGeneralName", "秘书长（或副秘书长）姓名", "text", "无人在岗则留空");
    in.select("secretaryGeneralTenure", "秘书长任职方式", Arrays.stream(SecretaryGeneralTenure.values())
        .map(t -> new Choice(t.name(), RegistryTexts.tenure(t))).toList());
    in.add("staffCount", "工作人员人数", "text", null);
    in.yesNo("financialRulesInPlace", "已建立财务和资产管理制度");
    in.yesNo("independentBankAccount", "有独立银行账户");
    in.add("financialStaffCount", "财务人员人数", "text", null);
  }

  private static void commonInputs(Inputs in) {
    in.add(EFFECTIVE, "生效日期", "date", "自该日起按新记录评判；不能晚于今天，也不能早于现行记录的生效日期");
    in.add(REASON, "修改原因", "textarea", "必填，记入变更记录，专项办公室和审计人员可查阅");
  }

  // ---- the edits ----

  /** Registers a new society; the problems at their fields, or none when it is registered. */
  @Transactional
  public Map<String, String> register(Map<String, String> typed, String userId) {
    FormReading form = new FormReading(typed);
    String code = form.raw("code").toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9]{2,32}")) {
      form.refuse("code", code.isEmpty() ? "请填写学会代码" : "学会代码为2至32位英文字母或数字");
    } else if (registry.findByCode(code).isPresent()) {
      form.refuse("code", "学会代码“" + code + "”已被使用，请换一个");
    }
    String creditCode = creditCode(form, code, true);
    Society society = society(form, code.matches("[A-Z0-9]{2,32}") ? code : "X");
    LocalDate from = effective(form, null);
    String reason = form.text(REASON, "修改原因", ChangeRecords.REASON_LENGTH);
    if (form.refused()) {
      return form.problems();
    }
    registry.register(society, creditCode, from);
    SocietyAttributes registered = new SocietyAttributes(society, creditCode);
    changeRecords.record(ChangeSubject.SOCIETY, code, society.name(), changes(null, registered, from),
        "新登记：" + reason, userId);
    return Map.of();
  }

  /** One of the office's edits of a registered society; the problems, or none when it is saved. */
  @Transactional
  public Map<String, String> apply(RegistryForm kind, String code, Long id, Map<String, String> typed,
      String userId) {
    FormReading form = new FormReading(typed);
    return switch (kind) {
      case ATTRIBUTES -> changeAttributes(form, code, userId);
      case INSPECTION -> changeInspection(form, code, userId);
      case WORK_REPORT -> changeWorkReport(form, code, userId);
      case VIOLATION -> changeViolation(form, code, id, userId);
      case PROJECT -> changeProject(form, code, id, userId);
    };
  }

  /**
   * A change of a registered society's attributes typed elsewhere than the form (a row of an
   * imported sheet), with the form's field names; the problems, or none when it is saved.
   */
  @Transactional
  public Map<String, String> changeAttributes(String code, Map<String, String> typed, String userId) {
    return apply(RegistryForm.ATTRIBUTES, code, null, typed, userId);
  }

  /** The problems say only that the typed values are those in force: there was nothing to save. */
  public static boolean nothingChanged(Map<String, String> problems) {
    return problems.equals(Map.of(FORM, NOTHING_CHANGED));
  }

  private Map<String, String> changeAttributes(FormReading form, String code, String userId) {
    Optional<Dated<SocietyAttributes>> inForce = registry.versionInForce(code);
    SocietyAttributes before = inForce.map(Dated::fact)
        .orElseGet(() -> registry.attributesOn(code, clock.today()).orElseThrow());
    String creditCode = creditCode(form, code, before.creditCode() != null);
    Society society = society(form, code);
    LocalDate from = effective(form, inForce.map(Dated::validFrom).orElse(null));
    String reason = form.text(REASON, "修改原因", ChangeRecords.REASON_LENGTH);
    if (form.refused()) {
      return form.problems();
    }
    SocietyAttributes after = new SocietyAttributes(society, creditCode);
    List<FieldChange> changes = changes(before, after, from);
    if (changes.isEmpty()) {
      return Map.of(FORM, NOTHING_CHANGED);
    }
    registry.change(society, creditCode, from);
    changeRecords.record(ChangeSubject.SOCIETY, code, society.name(), changes, reason, userId);
    return Map.of();
  }

  private Map<String, String> changeInspection(FormReading form, String code, String userId) {
    int year = form.year("year");
    boolean passed = form.yes("passed", "年检结果");
    Optional<Dated<AnnualInspection>> inForce = form.refused() ? Optional.empty()
        : registry.inspectionInForce(code, year);
    LocalDate from = effective(form, inForce.map(Dated::validFrom).orElse(null));
    String reason = form.text(REASON, "修改原因", ChangeRecords.REASON_LENGTH);
    if (form.refused()) {
      return form.problems();
    }
    Optional<FieldChange> change = FieldChange.of(year + "年度年检结果" + since(from),
        inForce.map(d -> RegistryTexts.passed(d.fact().passed())).orElse(null), RegistryTexts.passed(passed));
    if (change.isEmpty()) {
      return Map.of(FORM, NOTHING_CHANGED);
    }
    registry.changeInspection(code, year, passed, from);
    record(code, List.of(change.get()), reason, userId);
    return Map.of();
  }

  private Map<String, String> changeWorkReport(FormReading form, String code, String userId) {
    int year = form.year("year");
    LocalDate summary = form.optionalDate("summarySubmittedOn");
    LocalDate plan = form.optionalDate("planSubmittedOn");
    Optional<Dated<WorkReport>> inForce = form.refused() ? Optional.empty() : registry.workReportInForce(code, year);
    LocalDate from = effective(form, inForce.map(Dated::validFrom).orElse(null));
    String reason = form.text(REASON, "修改原因", ChangeRecords.REASON_LENGTH);
    if (form.refused()) {
      return form.problems();
    }
    List<FieldChange> changes = new ArrayList<>();
    FieldChange.of(year + "年度工作总结报送日期" + since(from),
        inForce.map(d -> RegistryTexts.dateOrNone(d.fact().summarySubmittedOn(), "未报送")).orElse(null),
        RegistryTexts.dateOrNone(summary, "未报送")).ifPresent(changes::add);
    FieldChange.of((year + 1) + "年度工作计划报送日期" + since(from),
        inForce.map(d -> RegistryTexts.dateOrNone(d.fact().planSubmittedOn(), "未报送")).orElse(null),
        RegistryTexts.dateOrNone(plan, "未报送")).ifPresent(changes::add);
    if (changes.isEmpty()) {
      return Map.of(FORM, NOTHING_CHANGED);
    }
    registry.changeWorkReport(code, year, summary, plan, from);
    record(code, changes, reason, userId);
    return Map.of();
  }

  private Map<String, String> changeViolation(FormReading form, String code, Long id, String userId) {
    Optional<Dated<Violation>> inForce = id == null ? Optional.empty() : registry.violationInForce(code, id);
    boolean withdraw = id != null && form.yes("withdraw", "处理方式");
    Violation violation = null;
    if (!withdraw) {
      ViolationKind kind = form.choice("kind", "类别", ViolationKind.class);
      String authority = form.optionalText("authority", "作出部门", 200);
      String description = form.text("description", "情况说明", 2000);
      LocalDate recordedOn = form.date("recordedOn", "发生或通报日期");
      violation = form.refused() ? null : new Violation(kind, authority, description, recordedOn);
    }
    LocalDate from = effective(form, inForce.map(Dated::validFrom).orElse(null));
    String reason = form.text(REASON, "修改原因", ChangeRecords.REASON_LENGTH);
    if (form.refused()) {
      return form.problems();
    }
    String label = (id == null ? "违纪违法、通报批评或处罚记录" : "违纪违法、通报批评或处罚记录（第" + id + "号）") + since(from);
    Optional<FieldChange> change = FieldChange.of(label, inForce.map(d -> RegistryTexts.violation(d.fact())).orElse(null),
        violation == null ? null : RegistryTexts.violation(violation));
    if (change.isEmpty()) {
      return Map.of(FORM, NOTHING_CHANGED);
    }
    if (id == null) {
      registry.addViolation(code, violation, from);
    } else {
      registry.correctViolation(code, id, Optional.ofNullable(violation), from);
    }
    record(code, List.of(change.get()), reason, userId);
    return Map.of();
  }

  private Map<String, String> changeProject(FormReading form, String code, Long id, String userId) {
    Optional<Dated<CommissionedProject>> inForce = id == null ? Optional.empty() : registry.projectInForce(code, id);
    boolean withdraw = id != null && form.yes("withdraw", "处理方式");
    CommissionedProject project = null;
    if (!withdraw) {
      String title = form.text("title", "项目名称", 300);
      String commissionedBy = form.text("commissionedBy", "委托单位", 200);
      LocalDate dueOn = form.date("dueOn", "应完成日期");
      LocalDate completedOn = form.optionalDate("completedOn");
      project = form.refused() ? null : new CommissionedProject(title, commissionedBy, dueOn, completedOn);
    }
    LocalDate from = effective(form, inForce.map(Dated::validFrom).orElse(null));
    String reason = form.text(REASON, "修改原因", ChangeRecords.REASON_LENGTH);
    if (form.refused()) {
      return form.problems();
    }
    String label = (id == null ? "委托项目" : "委托项目（第" + id + "号）") + since(from);
    Optional<FieldChange> change = FieldChange.of(label, inForce.map(d -> RegistryTexts.project(d.fact())).orElse(null),
        project == null ? null : RegistryTexts.project(project));
    if (change.isEmpty()) {
      return Map.of(FORM, NOTHING_CHANGED);
    }
    if (id == null) {
      registry.addCommissionedProject(code, project, from);
    } else {
      registry.correctCommissionedProject(code, id, Optional.ofNullable(project), from);
    }
    record(code, List.of(change.get()), reason, userId);
    return Map.of();
  }

  private void record(String code, List<FieldChange> changes, String reason, String userId) {
    String name = registry.findByCode(code).map(Society::name).orElse(code);
    changeRecords.record(ChangeSubject.SOCIETY_FACT, code, name, changes, reason, userId);
  }

  // ---- reading the fields ----

  /**
   * The 统一社会信用代码 typed: required at registration and once the society has one; a society
   * registered without one (before the office took over) may keep it empty until it is known.
   */
  private String creditCode(FormReading form, String code, boolean required) {
    if (!required && form.raw("creditCode").isEmpty()) {
      return null;
    }
    CreditCode.Checked checked = CreditCode.check(form.raw("creditCode"));
    checked.problem().ifPresent(p -> form.refuse("creditCode", p));
    checked.code().flatMap(registry::findByCreditCode).filter(other -> !other.code().equals(code))
        .ifPresent(other -> form.refuse("creditCode",
            "该统一社会信用代码已登记为“" + other.name() + "”（" + other.code() + "），请核对"));
    return checked.code().orElse(null);
  }

  private static Society society(FormReading form, String code) {
    String name = form.text("name", "学会名称", 200);
    String email = form.text("contactEmail", "联系邮箱", 200);
    if (!email.isEmpty() && !EmailAddress.looksValid(email)) {
      form.refuse("contactEmail", "联系邮箱格式不正确，应形如 office@society.org.cn");
    }
    boolean affiliated = form.yes("affiliated", "是否市科协所属学会");
    boolean internal = form.yes("internalManagementSound", "内部管理是否规范");
    LocalDate boardTermEndsOn = form.optionalDate("boardTermEndsOn");
    String secretaryGeneral = form.optionalText("secretaryGeneralName", "秘书长姓名", 100);
    SecretaryGeneralTenure tenure = form.choice("secretaryGeneralTenure", "秘书长任职方式", SecretaryGeneralTenure.class);
    if (tenure != null && tenure != SecretaryGeneralTenure.NONE && secretaryGeneral == null) {
      form.refuse("secretaryGeneralName", "请填写秘书长姓名，或将任职方式选为“无”");
    }
    if (tenure == SecretaryGeneralTenure.NONE && secretaryGeneral != null) {
      form.refuse("secretaryGeneralTenure", "已填写秘书长姓名，请选择“专职”或“兼职”");
    }
    int staff = form.count("staffCount", "工作人员人数");
    boolean rules = form.yes("financialRulesInPlace", "是否已建立财务和资产管理制度");
    boolean account = form.yes("independentBankAccount", "是否有独立银行账户");
    int financialStaff = form.count("financialStaffCount", "财务人员人数");
    if (form.refused()) {
      return null;
    }
    return new Society(code, name, email, affiliated, internal, boardTermEndsOn, secretaryGeneral, tenure, staff,
        rules, account, financialStaff);
  }

  private LocalDate effective(FormReading form, LocalDate inForceSince) {
    LocalDate day = form.date(EFFECTIVE, "生效日期");
    LocalDate today = clock.today();
    if (day != null && day.isAfter(today)) {
      form.refuse(EFFECTIVE, "生效日期不能晚于今天（" + today + "）：名录只登记已经发生的情况");
    } else if (day != null && inForceSince != null && day.isBefore(inForceSince)) {
      form.refuse(EFFECTIVE, "生效日期不能早于现行记录的生效日期（" + inForceSince + "），该日以前的记录保持不变");
    }
    return day;
  }

  private static String since(LocalDate from) {
    return "（" + from + "起）";
  }

  /** The attributes' fields as the pages and the change record show them, in the forms' order. */
  static Map<String, String> described(SocietyAttributes a) {
    Society s = a.society();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("统一社会信用代码", a.creditCode() == null ? "未登记" : a.creditCode());
    fields.put("学会名称", s.name());
    fields.put("联系邮箱", s.contactEmail());
    fields.put("市科协所属学会", RegistryTexts.yesNo(s.affiliatedWithWast()));
    fields.put("内部管理规范", RegistryTexts.yesNo(s.internalManagementSound()));
    fields.put("理事会任期届满日", RegistryTexts.dateOrNone(s.boardTermEndsOn(), "不详"));
    fields.put("秘书长", s.secretaryGeneralName() == null ? "无" : s.secretaryGeneralName());
    fields.put("秘书长任职方式", RegistryTexts.tenure(s.secretaryGeneralTenure()));
    fields.put("工作人员人数", String.valueOf(s.staffCount()));
    fields.put("已建立财务和资产管理制度", RegistryTexts.yesNo(s.financialRulesInPlace()));
    fields.put("有独立银行账户", RegistryTexts.yesNo(s.independentBankAccount()));
    fields.put("财务人员人数", String.valueOf(s.financialStaffCount()));
    return fields;
  }

  private static List<FieldChange> changes(SocietyAttributes before, SocietyAttributes after, LocalDate from) {
    Map<String, String> was = before == null ? Map.of() : described(before);
    List<FieldChange> changes = new ArrayList<>();
    described(after).forEach((label, value) ->
        FieldChange.of(label + since(from), was.get(label), value).ifPresent(changes::add));
    return changes;
  }

  private static Map<String, String> typed(SocietyAttributes a) {
    Society s = a.society();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("creditCode", a.creditCode() == null ? "" : a.creditCode());
    values.put("name", s.name());
    values.put("contactEmail", s.contactEmail());
    values.put("affiliated", String.valueOf(s.affiliatedWithWast()));
    values.put("internalManagementSound", String.valueOf(s.internalManagementSound()));
    values.put("boardTermEndsOn", RegistryTexts.date(s.boardTermEndsOn()));
    values.put("secretaryGeneralName", s.secretaryGeneralName() == null ? "" : s.secretaryGeneralName());
    values.put("secretaryGeneralTenure", s.secretaryGeneralTenure().name());
    values.put("staffCount", String.valueOf(s.staffCount()));
    values.put("financialRulesInPlace", String.valueOf(s.financialRulesInPlace()));
    values.put("independentBankAccount", String.valueOf(s.independentBankAccount()));
    values.put("financialStaffCount", String.valueOf(s.financialStaffCount()));
    return values;
  }

  /** The inputs of a form, with their values and problems. */
  private static final class Inputs {
    private final Map<String, String> values;
    private final Map<String, String> problems;
    private final List<FormInput> list = new ArrayList<>();

    Inputs(Map<String, String> values, Map<String, String> problems) {
      this.values = values;
      this.problems = problems;
    }

    void add(String name, String label, String kind, String hint) {
      list.add(new FormInput(name, label, kind, values.getOrDefault(name, ""), problems.get(name), List.of(), hint));
    }

    void select(String name, String label, List<Choice> choices) {
      List<Choice> all = new ArrayList<>();
      all.add(new Choice("", "请选择"));
      all.addAll(choices);
      list.add(new FormInput(name, label, "select", values.getOrDefault(name, ""), problems.get(name), all, null));
    }

    void yesNo(String name, String label) {
      select(name, label, List.of(new Choice("true", "是"), new Choice("false", "否")));
    }
  }
}
