package cn.wast.capacity.society;

import cn.wast.capacity.ProgrammeClock;
import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's society registry: twenty-three societies, loaded at start-up when the registry
 * is empty, before anything reads it (a {@code @PostConstruct}, so before the identity set-up
 * that makes one user and group per society on {@code ApplicationReadyEvent}).
 *
 * <p>Every date is relative to Y, the year of the engine clock when they are loaded; they are
 * built for applications made in year Y (any day of it). Each rule of R-APP-1, R-ELIG-1..5,
 * R-EXCL-1..4 rejects one society that fails that rule only, and one society fails several.
 * Contact mail: {@code <code in lower case>@societies.example.cn}.
 *
 * <table>
 *   <caption>The demo societies</caption>
 *   <tr><th>code</th><th>name</th><th>rule it fails</th><th>how</th></tr>
 *   <tr><td>WHJX</td><td>武汉机械工程学会</td><td>passes</td><td>a commissioned project completed on time</td></tr>
 *   <tr><td>WHJSJ</td><td>武汉市计算机学会</td><td>passes</td><td>a public criticism in Y-5, outside the look-back</td></tr>
 *   <tr><td>WHTJ</td><td>武汉土木建筑学会</td><td>passes</td><td>a fraud ban whose last day was Y-1-02-28</td></tr>
 *   <tr><td>WHDJ</td><td>武汉电机工程学会</td><td>passes</td><td>part-time secretary-general, exactly 2 staff; Y-2's plan sent on Y-1-01-08, in the grace period</td></tr>
 *   <tr><td>WHHX</td><td>武汉化学化工学会</td><td>passes</td><td>a commissioned project not due until Y+1</td></tr>
 *   <tr><td>WHLX</td><td>武汉力学学会</td><td>passes</td><td>a plain record</td></tr>
 *   <tr><td>WHSX</td><td>武汉数学学会</td><td>passes</td><td>a plain record</td></tr>
 *   <tr><td>WHYX</td><td>武汉药学会</td><td>passes</td><td>a plain record</td></tr>
 *   <tr><td>WHQX</td><td>武汉气象学会</td><td>passes</td><td>a plain record</td></tr>
 *   <tr><td>WHJS</td><td>武汉金属学会</td><td>passes</td><td>a plain record</td></tr>
 *   <tr><td>WHFZ</td><td>武汉纺织工程学会</td><td>passes</td><td>a plain record</td></tr>
 *   <tr><td>WHSW</td><td>武汉生物工程学会</td><td>passes</td><td>a plain record</td></tr>
 *   <tr><td>HBGX</td><td>湖北省光学工程学会</td><td>R-APP-1</td><td>a provincial society, not affiliated with WAST</td></tr>
 *   <tr><td>WHQC</td><td>武汉汽车工程学会</td><td>R-ELIG-1</td><td>annual inspection of Y-1 not passed</td></tr>
 *   <tr><td>WHYY</td><td>武汉市营养学会</td><td>R-ELIG-2</td><td>Y-2's summary sent on Y-1-02-20, after the grace period</td></tr>
 *   <tr><td>WHDZ</td><td>武汉电子学会</td><td>R-ELIG-3</td><td>board term ended Y-1-06-30, no re-election</td></tr>
 *   <tr><td>WHDL</td><td>武汉地理学会</td><td>R-ELIG-4</td><td>no secretary-general, 1 staff</td></tr>
 *   <tr><td>WHZW</td><td>武汉植物学会</td><td>R-ELIG-5</td><td>no bank account of its own, no financial staff</td></tr>
 *   <tr><td>WHSL</td><td>武汉水利学会</td><td>R-EXCL-1</td><td>a violation of financial discipline recorded in Y-1</td></tr>
 *   <tr><td>WHHJ</td><td>武汉环境科学学会</td><td>R-EXCL-2</td><td>publicly criticised by 武汉市民政局 in Y-1</td></tr>
 *   <tr><td>WHCH</td><td>武汉测绘学会</td><td>R-EXCL-3</td><td>a WAST project due Y-1-11-30 not completed</td></tr>
 *   <tr><td>WHNX</td><td>武汉农学会</td><td>R-EXCL-4</td><td>banned for fraud from Y-1-07-01 to Y+2-06-30</td></tr>
 *   <tr><td>WHWL</td><td>武汉物理学会</td><td>R-ELIG-1, R-ELIG-2, R-ELIG-4, R-EXCL-2</td><td>no inspection for Y-2, no reports for Y-1, 1 staff, fined in Y-1</td></tr>
 * </table>
 *
 * <p>The loader never touches a registry that already has societies: a demo database kept
 * under {@code ./data/} across a new year keeps the dates of the year it was loaded in.
 */
@Component
@Profile("demo")
public class DemoSocieties {

  /** Societies that pass every rule, for applications made in the year the registry was loaded. */
  public static final List<String> ELIGIBLE = List.of(
      "WHJX", "WHJSJ", "WHTJ", "WHDJ", "WHHX", "WHLX", "WHSX", "WHYX", "WHQX", "WHJS", "WHFZ", "WHSW");

  public static final String FAILS_R_APP_1 = "HBGX";
  public static final String FAILS_R_ELIG_1 = "WHQC";
  public static final String FAILS_R_ELIG_2 = "WHYY";
  public static final String FAILS_R_ELIG_3 = "WHDZ";
  public static final String FAILS_R_ELIG_4 = "WHDL";
  public static final String FAILS_R_ELIG_5 = "WHZW";
  public static final String FAILS_R_EXCL_1 = "WHSL";
  public static final String FAILS_R_EXCL_2 = "WHHJ";
  public static final String FAILS_R_EXCL_3 = "WHCH";
  public static final String FAILS_R_EXCL_4 = "WHNX";

  /** A society that fails several rules at once: {@link #FAILS_SEVERAL_RULES}. */
  public static final String FAILS_SEVERAL = "WHWL";

  public static final List<String> FAILS_SEVERAL_RULES = List.of("R-ELIG-1", "R-ELIG-2", "R-ELIG-4", "R-EXCL-2");

  /** Rule id to the society that fails that rule and no other, in rule order. */
  public static final Map<String, String> FAILS_ONLY = failsOnly();

  private static Map<String, String> failsOnly() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("R-APP-1", FAILS_R_APP_1);
    map.put("R-ELIG-1", FAILS_R_ELIG_1);
    map.put("R-ELIG-2", FAILS_R_ELIG_2);
    map.put("R-ELIG-3", FAILS_R_ELIG_3);
    map.put("R-ELIG-4", FAILS_R_ELIG_4);
    map.put("R-ELIG-5", FAILS_R_ELIG_5);
    map.put("R-EXCL-1", FAILS_R_EXCL_1);
    map.put("R-EXCL-2", FAILS_R_EXCL_2);
    map.put("R-EXCL-3", FAILS_R_EXCL_3);
    map.put("R-EXCL-4", FAILS_R_EXCL_4);
    return Collections.unmodifiableMap(map);
  }

  private static final String WAST = "武汉市科协";

  private final SocietyRegistry registry;
  private final ProgrammeClock clock;
  private final TransactionTemplate transaction;

  DemoSocieties(SocietyRegistry registry, ProgrammeClock clock, PlatformTransactionManager transactionManager) {
    this.registry = registry;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** Loads the demo societies for applications in this year, unless the registry has societies. */
  @PostConstruct
  public void loadIfEmpty() {
    if (registry.count() == 0) {
      transaction.executeWithoutResult(status -> load(clock.today().getYear()));
    }
  }

  private void load(int y) {
    // ---- pass every rule ----
    Draft whjx = new Draft(y, "WHJX", "武汉机械工程学会", "张建国");
    whjx.save();
    registry.recordCommissionedProject(whjx.code, new CommissionedProject(
        "武汉市装备制造业技术路线图研究", WAST, LocalDate.of(y - 1, 10, 31), LocalDate.of(y - 1, 10, 20)));

    Draft whjsj = new Draft(y, "WHJSJ", "武汉市计算机学会", "李文华");
    whjsj.staff = 6;
    whjsj.save();
    registry.recordViolation(whjsj.code, new Violation(ViolationKind.PUBLIC_CRITICISM, "武汉市民政局",
        "未按期报送年度财务审计报告", LocalDate.of(y - 5, 6, 12)));

    Draft whtj = new Draft(y, "WHTJ", "武汉土木建筑学会", "王志刚");
    whtj.save();
    registry.recordFraudBan(whtj.code, new FraudBan(LocalDate.of(y - 4, 3, 1), LocalDate.of(y - 1, 2, 28),
        "虚报学术会议参会人数", "武汉市科学技术协会", "武科协〔" + (y - 4) + "〕9号", false));

    Draft whdj = new Draft(y, "WHDJ", "武汉电机工程学会", "陈晓燕");
    whdj.tenure = SecretaryGeneralTenure.PART_TIME;
    whdj.staff = 2;
    whdj.planOfYearBeforeLast = LocalDate.of(y - 1, 1, 8);
    whdj.save();

    Draft whhx = new Draft(y, "WHHX", "武汉化学化工学会", "刘海涛");
    whhx.save();
    registry.recordCommissionedProject(whhx.code, new CommissionedProject(
        "武汉化工园区安全生产科普宣传", "武汉市应急管理局", LocalDate.of(y - 2, 12, 15), LocalDate.of(y - 2, 12, 10)));
    registry.recordCommissionedProject(whhx.code, new CommissionedProject(
        "长江新区绿色化工产业发展咨询报告", WAST, LocalDate.of(y + 1, 6, 30), null));

    // Enough eligible societies for a full round of expert review (twelve applications).
    new Draft(y, "WHLX", "武汉力学学会", "黄志远").save();
    new Draft(y, "WHSX", "武汉数学学会", "许文博").save();
    new Draft(y, "WHYX", "武汉药学会", "邓雪梅").save();
    new Draft(y, "WHQX", "武汉气象学会", "彭建华").save();
    new Draft(y, "WHJS", "武汉金属学会", "罗卫东").save();
    new Draft(y, "WHFZ", "武汉纺织工程学会", "曹丽娟").save();
    new Draft(y, "WHSW", "武汉生物工程学会", "袁志明").save();

    // ---- fail one rule each ----
    Draft hbgx = new Draft(y, FAILS_R_APP_1, "湖北省光学工程学会", "赵明");
    hbgx.affiliated = false;
    hbgx.save();

    Draft whqc = new Draft(y, FAILS_R_ELIG_1, "武汉汽车工程学会", "孙立平");
    whqc.lastInspectionPassed = false;
    whqc.save();

    Draft whyy = new Draft(y, FAILS_R_ELIG_2, "武汉市营养学会", "周丽");
    whyy.summaryOfYearBeforeLast = LocalDate.of(y - 1, 2, 20);
    whyy.save();

    Draft whdz = new Draft(y, FAILS_R_ELIG_3, "武汉电子学会", "吴强");
    whdz.boardTermEndsOn = LocalDate.of(y - 1, 6, 30);
    whdz.save();

    Draft whdl = new Draft(y, FAILS_R_ELIG_4, "武汉地理学会", null);
    whdl.tenure = SecretaryGeneralTenure.NONE;
    whdl.staff = 1;
    whdl.save();

    Draft whzw = new Draft(y, FAILS_R_ELIG_5, "武汉植物学会", "郑红");
    whzw.bankAccount = false;
    whzw.financialStaff = 0;
    whzw.save();

    Draft whsl = new Draft(y, FAILS_R_EXCL_1, "武汉水利学会", "冯国庆");
    whsl.save();
    registry.recordViolation(whsl.code, new Violation(ViolationKind.DISCIPLINE_OR_LAW, "武汉市纪委监委",
        "原秘书长违反财经纪律，违规发放津贴补贴", LocalDate.of(y - 1, 9, 15)));

    Draft whhj = new Draft(y, FAILS_R_EXCL_2, "武汉环境科学学会", "何静");
    whhj.save();
    registry.recordViolation(whhj.code, new Violation(ViolationKind.PUBLIC_CRITICISM, "武汉市民政局",
        "未按规定办理负责人变更登记", LocalDate.of(y - 1, 5, 10)));

    Draft whch = new Draft(y, FAILS_R_EXCL_3, "武汉测绘学会", "马骏");
    whch.save();
    registry.recordCommissionedProject(whch.code, new CommissionedProject(
        "武汉市地理信息科普读本编写", WAST, LocalDate.of(y - 1, 11, 30), null));

    Draft whnx = new Draft(y, FAILS_R_EXCL_4, "武汉农学会", "胡永明");
    whnx.save();
    registry.recordFraudBan(whnx.code, new FraudBan(LocalDate.of(y - 1, 7, 1), LocalDate.of(y + 2, 6, 30),
        "申报材料中虚报科普活动业绩", "武汉市科学技术协会", "武科协〔" + (y - 1) + "〕27号", false));

    // ---- fail several rules ----
    Draft whwl = new Draft(y, FAILS_SEVERAL, "武汉物理学会", "林少华");
    whwl.tenure = SecretaryGeneralTenure.PART_TIME;
    whwl.staff = 1;
    whwl.inspectionOfYearBeforeLast = false;
    whwl.reportOfLastYear = false;
    whwl.save();
    registry.recordViolation(whwl.code, new Violation(ViolationKind.PENALTY, "武汉市市场监督管理局",
        "举办培训班违规收费，被处以罚款", LocalDate.of(y - 1, 8, 3)));
  }

  /**
   * A demo society's 统一社会信用代码: a social organisation (51) registered in Wuhan (420100), its
   * organisation code made from the society's code, with the check character of GB 32100-2015.
   */
  static String demoCreditCode(String code) {
    String first17 = "51420100MJ" + String.format("%07d", Math.floorMod(code.hashCode(), 10_000_000));
    return first17 + CreditCode.checkCharacter(first17);
  }

  /**
   * A society that passes every rule for applications in year Y, until a field says otherwise,
   * with its inspections and work reports for Y-3..Y-1.
   */
  private final class Draft {

    private final int y;
    private final String code;
    private final String name;
    private final String secretaryGeneral;
    private boolean affiliated = true;
    private LocalDate boardTermEndsOn;
    private SecretaryGeneralTenure tenure = SecretaryGeneralTenure.FULL_TIME;
    private int staff = 4;
    private boolean bankAccount = true;
    private int financialStaff = 1;
    /** R-ELIG-1: the inspection of Y-1, and whether there is one for Y-2. */
    private boolean lastInspectionPassed = true;
    private boolean inspectionOfYearBeforeLast = true;
    /** R-ELIG-2: whether there are reports for Y-1, and when Y-2's summary and plan came in. */
    private boolean reportOfLastYear = true;
    private LocalDate summaryOfYearBeforeLast;
    private LocalDate planOfYearBeforeLast;

    private Draft(int y, String code, String name, String secretaryGeneral) {
      this.y = y;
      this.code = code;
      this.name = name;
      this.secretaryGeneral = secretaryGeneral;
      this.boardTermEndsOn = LocalDate.of(y + 2, 12, 31);
      this.summaryOfYearBeforeLast = LocalDate.of(y - 2, 12, 20);
      this.planOfYearBeforeLast = LocalDate.of(y - 2, 12, 28);
    }

    private void save() {
      registry.save(new Society(code, name, code.toLowerCase(Locale.ROOT) + "@societies.example.cn",
          affiliated, true, boardTermEndsOn, secretaryGeneral, tenure, staff, true, bankAccount, financialStaff));
      registry.assignCreditCode(code, demoCreditCode(code));
      registry.recordInspection(code, y - 3, true);
      if (inspectionOfYearBeforeLast) {
        registry.recordInspection(code, y - 2, true);
      }
      registry.recordInspection(code, y - 1, lastInspectionPassed);
      registry.recordWorkReport(code, y - 3, LocalDate.of(y - 3, 12, 18), LocalDate.of(y - 2, 1, 6));
      registry.recordWorkReport(code, y - 2, summaryOfYearBeforeLast, planOfYearBeforeLast);
      if (reportOfLastYear) {
        registry.recordWorkReport(code, y - 1, LocalDate.of(y - 1, 12, 22), LocalDate.of(y - 1, 12, 29));
      }
    }
  }
}
