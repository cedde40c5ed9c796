package cn.wast.capacity.reports;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.checks.CheckKind;
import cn.wast.capacity.checks.ImplementationChecks;
import cn.wast.capacity.checks.ImplementationChecks.Check;
import cn.wast.capacity.deadlines.Lateness;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.funds.ExpenseLine;
import cn.wast.capacity.funds.ExpenseRules;
import cn.wast.capacity.funds.FundPlans;
import cn.wast.capacity.funds.FundTracking;
import cn.wast.capacity.funds.HeldTranches;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Payments.Payment;
import cn.wast.capacity.publicity.Objection;
import cn.wast.capacity.publicity.ObjectionStatus;
import cn.wast.capacity.publicity.Objections;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.supervision.FundRecoveries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The office's spreadsheets of one round, with Chinese headers: the award list, fund tracking
 * (plan against spend by capacity and society, tranches paid, recoveries) and the round's
 * statistics (applications, refusals by rule, objections, check outcomes).
 */
@Service
public class OfficeReports {

  static final List<String> AWARD_HEADERS = List.of("名次", "学会代码", "学会名称", "申报编号", "综合得分",
      "奖励补助（元）", "表彰时间", "实施状态", "已拨付（元）", "暂缓拨付（元）", "逾期情况");
  static final List<String> TRACKING_HEADERS = List.of("学会", "申报编号", "服务的能力", "计划金额（元）",
      "已支出（元）", "执行率（%）", "台账来源");
  static final List<String> BUDGET_LINE_HEADERS = List.of("学会", "申报编号", "预算行", "服务的能力", "支出科目", "用途",
      "预算金额（元）", "已支出（元）", "执行率（%）", "超出预算（元）", "台账来源");
  static final List<String> EXPENSE_HEADERS = List.of("学会", "申报编号", "台账来源", "行号", "预算行", "支出日期",
      "服务的能力", "支出科目", "用途", "金额（元）", "凭证号", "凭证扫描件", "链接");
  static final List<String> PAYMENT_HEADERS = List.of("学会", "申报编号", "拨付批次", "金额（元）", "拨付时间");
  static final List<String> RECOVERY_HEADERS = List.of("学会", "申报编号", "事由", "应追回（元）", "已追回（元）",
      "尚欠（元）", "退款明细");
  static final List<String> HELD_HEADERS = List.of("学会", "申报编号", "拨付批次", "金额（元）", "原因", "暂缓时间",
      "现状");
  static final List<String> STATISTICS_HEADERS = List.of("类别", "项目", "数量");
  private static final Pattern RULE = Pattern.compile("R-[A-Z]+-\\d+");

  private final Applications applications;
  private final Awards awards;
  private final Payments payments;
  private final FundPlans plans;
  private final ImplementationChecks checks;
  private final FundRecoveries recoveries;
  private final Objections objections;
  private final SocietyRegistry societies;
  private final ApplicationDocuments documents;
  private final ProgrammeClock clock;
  private final HeldTranches held;
  private final Lateness lateness;

  OfficeReports(Applications applications, Awards awards, Payments payments, FundPlans plans,
      ImplementationChecks checks, FundRecoveries recoveries, Objections objections, SocietyRegistry societies,
      ApplicationDocuments documents, ProgrammeClock clock, HeldTranches held, Lateness lateness) {
    this.lateness = lateness;
    this.held = held;
    this.documents = documents;
    this.applications = applications;
    this.awards = awards;
    this.payments = payments;
    this.plans = plans;
    this.checks = checks;
    this.recoveries = recoveries;
    this.objections = objections;
    this.societies = societies;
    this.clock = clock;
  }

  /** R-REV-3: who was commended and awarded, in rank order, and where each implementation stands. */
  public byte[] awardList(int year) {
    List<List<Object>> rows = new ArrayList<>();
    for (Award award : awards.findByRound(year)) {
      rows.add(Arrays.asList(award.ranking(), award.societyCode(), name(award.societyCode()), award.applicationKey(),
          award.composite(), award.amount(), clock.format(award.commendedAt()), award.implementationLabel(),
          payments.paid(award.applicationKey()), held.stillHeld(award.applicationKey()),
          lateness.summary(award.applicationKey())));
    }
    try (Spreadsheet book = new Spreadsheet()) {
      return book.sheet("表彰名单", AWARD_HEADERS, rows).bytes();
    }
  }

  /**
   * R-FUND-4, R-FUND-2: the filed plan against the latest ledger by capacity and by budget line,
   * every line of that ledger with its budget line and its voucher's scans (names and paths on this system), the tranches paid, the
   * recoveries and the tranches held (R-CHK-1, R-DYN-1).
   */
  public byte[] fundTracking(int year) {
    List<List<Object>> tracking = new ArrayList<>();
    List<List<Object>> byLine = new ArrayList<>();
    List<List<Object>> expenses = new ArrayList<>();
    List<List<Object>> paid = new ArrayList<>();
    List<List<Object>> recovered = new ArrayList<>();
    List<List<Object>> withheld = new ArrayList<>();
    for (Award award : awards.findByRound(year)) {
      String society = name(award.societyCode());
      String key = award.applicationKey();
      Optional<Check> ledgerCheck = checks.find(key, CheckKind.FINAL).or(() -> checks.find(key, CheckKind.MID_TERM));
      List<ExpenseLine> ledger = ledgerCheck.map(c -> checks.expenses(c.id())).orElse(List.of());
      String source = ledgerCheck.map(c -> c.kind().label() + "台账").orElse("尚无台账");
      plans.filed(key).ifPresent(plan -> {
        FundTracking track = FundTracking.of(plans.lines(plan.id()), ledger);
        track.byCapacity().forEach((capacity, row) -> tracking.add(Arrays.asList(society, key,
            capacity.name() + " " + capacity.label(), row.planned(), row.spent(), row.percent(), source)));
        tracking.add(Arrays.asList(society, key, "合计", track.planned(), track.spent(), track.percent(), source));
        track.byLine().forEach(line -> byLine.add(Arrays.asList(society, key, line.number(),
            line.planned().capacity().name() + " " + line.planned().capacity().label(),
            ExpenseRules.current().name(line.planned().category()), line.planned().purpose(), line.planned().amount(),
            line.spent(), line.percent(), line.excess().signum() > 0 ? line.excess() : null, source)));
      });
      Map<String, List<DocumentInfo>> scans = documents.voucherScans(key).stream()
          .collect(Collectors.groupingBy(DocumentInfo::voucherNumber));
      for (int i = 0; i < ledger.size(); i++) {
        ExpenseLine line = ledger.get(i);
        List<DocumentInfo> proof = scans.getOrDefault(line.voucherNumber(), List.of());
        expenses.add(Arrays.asList(society, key, source, i + 1, line.budgetLine(), line.date().toString(),
            line.spending().capacity().name() + " " + line.spending().capacity().label(),
            ExpenseRules.current().name(line.spending().category()), line.spending().purpose(), line.spending().amount(),
            line.voucherNumber(), proof.stream().map(DocumentInfo::fileName).collect(Collectors.joining("\n")),
            proof.stream().map(d -> "/documents/" + d.id()).collect(Collectors.joining("\n"))));
      }
      for (Payment payment : payments.findByApplication(key)) {
        paid.add(Arrays.asList(society, key, payment.tranche().label(), payment.amount(), clock.format(payment.paidAt())));
      }
      for (HeldTranches.Held h : held.findByApplication(key)) {
        withheld.add(Arrays.asList(society, key, h.tranche().label(), h.amount(), h.reason(), clock.format(h.heldAt()),
            h.releasedAt() == null ? "暂缓" : "已于结项验收通过后拨付"));
      }
      for (FundRecoveries.Recovery r : recoveries.ofApplication(key)) {
        recovered.add(Arrays.asList(society, key, r.reason(), r.amountDue(), r.repaid(), r.balance(),
            recoveries.instalments(r.id()).stream().map(i -> i.paidOn() + " " + i.amount().toPlainString() + " 元 "
                + i.voucherNumber()).collect(Collectors.joining("\n"))));
      }
    }
    try (Spreadsheet book = new Spreadsheet()) {
      return book.sheet("经费使用对照", TRACKING_HEADERS, tracking).sheet("预算行执行", BUDGET_LINE_HEADERS, byLine)
          .sheet("支出明细", EXPENSE_HEADERS, expenses)
          .sheet("拨付记录", PAYMENT_HEADERS, paid)
          .sheet("经费追回", RECOVERY_HEADERS, recovered).sheet("暂缓拨付", HELD_HEADERS, withheld).bytes();
    }
  }

  /** The round in numbers: applications by stage, refusals by rule, objections, checks. */
  public byte[] statistics(int year) {
    List<List<Object>> rows = new ArrayList<>();
    List<Application> round = applications.findByRound(year);
    rows.add(Arrays.asList("申报", "申报总数", round.size()));
    Map<ApplicationStatus, Long> byStatus = applications.countByStatus(year);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      if (byStatus.getOrDefault(status, 0L) > 0) {
        rows.add(Arrays.asList("申报", status.label(), byStatus.get(status)));
      }
    }
    Map<String, Integer> refusals = new TreeMap<>();
    for (Application application : round) {
      if (application.status() == ApplicationStatus.NOT_ACCEPTED && application.statusReason() != null) {
        Matcher m = RULE.matcher(application.statusReason());
        java.util.Set<String> rules = new java.util.TreeSet<>();
        while (m.find()) {
          rules.add(m.group());
        }
        rules.forEach(rule -> refusals.merge(rule, 1, Integer::sum));
      }
    }
    refusals.forEach((rule, count) -> rows.add(Arrays.asList("不予受理（按规则）", rule, count)));
    List<Objection> raised = objections.findByRound(year);
    rows.add(Arrays.asList("公示异议", "异议总数", raised.size()));
    for (ObjectionStatus status : ObjectionStatus.values()) {
      long count = raised.stream().filter(o -> o.status() == status).count();
      if (count > 0) {
        rows.add(Arrays.asList("公示异议", status.label(), count));
      }
    }
    for (CheckKind kind : CheckKind.values()) {
      Map<String, Integer> outcomes = new TreeMap<>();
      for (Award award : awards.findByRound(year)) {
        checks.find(award.applicationKey(), kind).ifPresent(check -> outcomes.merge(
            check.outcome() == null ? "待评定" : check.outcome().label(), 1, Integer::sum));
      }
      outcomes.forEach((outcome, count) -> rows.add(Arrays.asList(kind.label(), outcome, count)));
    }
    try (Spreadsheet book = new Spreadsheet()) {
      return book.sheet("年度统计", STATISTICS_HEADERS, rows).bytes();
    }
  }

  private String name(String code) {
    return societies.findByCode(code).map(Society::name).orElse(code);
  }
}
