package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.checks.CheckKind;
import cn.wast.capacity.checks.CheckReport;
import cn.wast.capacity.checks.Progress;
import cn.wast.capacity.review.Capacity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-FUND-1, R-FUND-3: real-world wordings of budget and ledger lines, each with the item the
 * society chose, read the way a finance officer reads them: allowed, refused under its rule with
 * the clause of 五（三） in words, or flagged for the office. Each runs as the only line of a plan
 * (FundPlanForm.problems, FundRules.flags) and as the only line of a mid-term ledger
 * (CheckReport.problems, LedgerRules.flags). Issue 17's table comes first.
 */
class ExpenseLinesTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);
  private static final BigDecimal AMOUNT = new BigDecimal("20000");

  /** The one place a line is made: the item's code, the capacity, the purpose. */
  private static BudgetLine line(String item, String capacity, String purpose) {
    return new BudgetLine(Capacity.valueOf(capacity), item, purpose, AMOUNT);
  }

  @ParameterizedTest(name = "{0} {1} “{2}” → {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # issue 17: what the system said, and what it should have said
      EXPERT_CONSULTING     | C2 | 专家咨询费 | ALLOWED
      EQUIPMENT_PURCHASE    | C4 | 购置办公桌椅 | R-FUND-3
      EQUIPMENT_PURCHASE    | C4 | 购置办公家具 | R-FUND-3
      EQUIPMENT_PURCHASE    | C4 | 购买办公电脑和打印机 | R-FUND-3
      OTHER                 | C4 | 偿还银行贷款 | R-FUND-3
      OTHER                 | C4 | 归还银行贷款本金 | R-FUND-3
      OTHER                 | C4 | 学会工作人员绩效 | R-FUND-3
      OUTSIDE_LABOUR        | C4 | 秘书处专职人员补贴 | R-FUND-3
      OUTSIDE_LABOUR        | C4 | 支付秘书处员工劳务费 | R-FUND-3
      OTHER                 | C2 | 向灾区捐款 | R-FUND-3
      OTHER                 | C4 | 偿还银行贷款利息 | R-FUND-3
      MEETING               | C1 | 工作人员绩效奖金 | R-FUND-3
      # legitimate purposes with a word that used to refuse them (水电, 修缮, 利息, 租金 …)
      MEETING               | C1 | 水电行业学术年会 | ALLOWED
      TRAINING              | C3 | 古建筑修缮技术培训班 | ALLOWED
      MEETING               | C1 | 金融学会利率与利息政策研讨会 | ALLOWED
      MEETING               | C1 | 水电站大坝安全技术论坛 | ALLOWED
      MEETING               | C1 | 国际水电大会分会场组织 | ALLOWED
      VENUE_RENTAL          | C1 | 学术年会会场租金 | ALLOWED
      MEETING               | C1 | 科技工作者日座谈会场地租金 | ALLOWED
      EQUIPMENT_RENTAL      | C2 | 科普展览租用投影设备 | ALLOWED
      COMMISSIONED_SERVICES | C2 | 城市既有建筑节能改造技术标准编制 | ALLOWED
      OUTSIDE_LABOUR        | C1 | 年会会务工作人员（学生志愿者）劳务费 | ALLOWED
      MEETING               | C1 | 计算机学会人工智能学术研讨会 | ALLOWED
      TRAINING              | C4 | 秘书处专职人员业务能力培训 | ALLOWED
      # ordinary business work
      MEETING               | C1 | 举办华中地区机械工程学术年会的会场租金和专家差旅 | ALLOWED
      MEETING               | C1 | 学术年会会间茶歇和参会专家用餐 | ALLOWED
      MEETING               | C1 | '  学术 年会　会务 ' | ALLOWED
      POPULAR_SCIENCE       | C2 | 全国科普日进社区活动的展板和讲解 | ALLOWED
      POPULAR_SCIENCE       | C2 | 防汛抗旱水利科普进校园 | ALLOWED
      PRINTING_PUBLISHING   | C1 | 《湖北力学》学术期刊印刷出版 | ALLOWED
      TRAVEL                | C1 | 参加全国学术会议的城市间交通费 | ALLOWED
      EXPERT_CONSULTING     | C2 | 政府委托政策咨询项目专家咨询费 | ALLOWED
      EXPERT_CONSULTING     | C2 | 新能源车辆技术咨询专家评审费 | ALLOWED
      MATERIALS             | C1 | 学科发展研究购买图书资料 | ALLOWED
      PUBLICITY             | C3 | 优秀科技工作者事迹宣传片制作 | ALLOWED
      INTERNATIONAL_EXCHANGE | C1 | 邀请境外专家来汉学术交流 | ALLOWED
      COMMISSIONED_SERVICES | C2 | 委托第三方开展科技成果评价 | ALLOWED
      TRAINING              | C3 | 会员继续教育培训二十期 | ALLOWED
      # forbidden, however worded: staff pay, overtime, rent, debts, sponsorship, investment, building …
      MEETING               | C1 | 学术年会期间秘书处人员加班费 | R-FUND-3
      OTHER                 | C4 | 学会工作人员周末加班补贴 | R-FUND-3
      OTHER                 | C4 | 秘书长岗位津贴 | R-FUND-3
      OTHER                 | C4 | 秘书处员工社保及公积金 | R-FUND-3
      OTHER                 | C4 | 学会 工作 人员 年终奖 | R-FUND-3
      OTHER                 | C4 | 秘书处２０２６年度绩效 | R-FUND-3
      MEETING               | C1 | 年会经费中列支员工奖金 | R-FUND-3
      OUTSIDE_LABOUR        | C4 | 支付给本会人员王某 | R-FUND-3
      OTHER                 | C4 | 员工福利：春节购物卡 | R-FUND-3
      OTHER                 | C4 | 学会办公室年度房租 | R-FUND-3
      VENUE_RENTAL          | C4 | 学会办公用房租赁 | R-FUND-3
      VENUE_RENTAL          | C4 | 秘书处办公场地 | R-FUND-3
      OTHER                 | C4 | 办公室水电费 | R-FUND-3
      MEETING               | C4 | 采购 打印机、复印机各一台 | R-FUND-3
      OTHER                 | C4 | 清偿学会历年欠款 | R-FUND-3
      OTHER                 | C4 | 银行贷款本月分期还款 | R-FUND-3
      MEETING               | C1 | 支付借款利息 | R-FUND-3
      OTHER                 | C4 | 偿还ＸＸ银行 贷款 | R-FUND-3
      PUBLICITY             | C2 | 企业产品发布会冠名 | R-FUND-3
      PUBLICITY             | C2 | 赞助市业余足球联赛 | R-FUND-3
      OTHER                 | C4 | 购买银行理财产品 | R-FUND-3
      OTHER                 | C4 | 学会会议室装修改造 | R-FUND-3
      OTHER                 | C4 | 缴纳税务滞纳金 | R-FUND-3
      OTHER                 | C2 | 向市中心医院捐赠医疗设备 | R-FUND-3
      # a forbidden item sent as it is (the forms never offer it)
      PERSONNEL             | C4 | 秘书处日常工作 | R-FUND-3
      DAILY_OFFICE          | C4 | 办公用纸 | R-FUND-3
      # an item that cannot serve the capacity chosen
      POPULAR_SCIENCE       | C1 | 院士专家科普报告会 | R-FUND-1
      TRAINING              | C1 | 青年学者学术写作培训 | R-FUND-1
      INTERNATIONAL_EXCHANGE | C4 | 赴港澳学会管理经验交流 | R-FUND-1
      # doubtful: before the office, with the reason
      OTHER                 | C4 | 会员发展与管理系统建设 | FLAGGED
      EQUIPMENT_PURCHASE    | C2 | 购置科普展品和互动展具 | FLAGGED
      MEETING               | C1 | 学会活动室水电 | FLAGGED
      MATERIALS             | C1 | 资料费及利息支出 | FLAGGED
      MATERIALS             | C1 | 学科史研究购买笔记本电脑 | FLAGGED
      MEETING               | C3 | 优秀会员表彰大会奖金 | FLAGGED
      MEETING               | C1 | 学术年会向参会代表赠送纪念品 | FLAGGED
      MEETING               | C3 | 会员联谊聚餐 | FLAGGED
      PUBLICITY             | C2 | 科普展厅装修 | FLAGGED
      MEETING               | C1 | 学术年会专家差旅费 | FLAGGED
      PRINTING_PUBLISHING   | C1 | 专家咨询费 | FLAGGED
      OTHER                 | C4 | 专家咨询费 | FLAGGED
      """)
  void aLineIsReadAsAFinanceOfficerReadsIt(String item, String capacity, String purpose, String expected) {
    BudgetLine line = line(item, capacity, purpose);
    assertOutcome(planProblems(line), FundRules.flags(List.of(line)), expected);
    assertOutcome(ledgerProblems(line), LedgerRules.flags(List.of(new ExpenseLine(START.plusDays(30), line, "记-001", 1))),
        expected);
  }

  private static void assertOutcome(List<String> problems, List<LineFlag> flags, String expected) {
    switch (expected) {
      case "ALLOWED" -> {
        assertThat(problems).isEmpty();
        assertThat(flags).isEmpty();
      }
      case "FLAGGED" -> {
        assertThat(problems).isEmpty();
        assertThat(flags).isNotEmpty().allSatisfy(f -> {
          assertThat(f.line()).isEqualTo(1);
          assertThat(f.text()).startsWith("第 1 行：").contains("专项办公室判断").doesNotContain("R-FUND");
        });
      }
      default -> {
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).contains("第 1 行").contains("（" + expected + "）"));
        if (expected.equals("R-FUND-3")) {
          assertThat(problems).allSatisfy(p -> assertThat(p).contains("依据实施方案五（三）").contains("实施方案五（三）：“不得用于"));
        }
        assertThat(flags).isEmpty();
      }
    }
  }

  private static List<String> planProblems(BudgetLine line) {
    FundPlanForm plan = new FundPlanForm(
        Optional.of("围绕学科发展和会员服务开展品牌学术活动与科普工作，提升学会四项能力"),
        Optional.of("品牌学术年会、科普进社区、会员继续教育和秘书处能力建设四项重点工作"),
        List.of(new FundPlanForm.Milestone(START.plusMonths(3), "召开学术年会")),
        List.of(new FundPlanForm.Indicator("学术活动", "4 场")),
        List.of(line));
    return plan.problems(AMOUNT, START, END);
  }

  private static List<String> ledgerProblems(BudgetLine line) {
    CheckReport report = new CheckReport(List.of(new Progress("学术活动", "4 场", "已举办 2 场")),
        List.of(new ExpenseLine(START.plusDays(30), line, "记-001", 1)), true);
    return report.problems(CheckKind.MID_TERM, List.of("学术活动"), true, Set.of("记-001"), List.of(line), START, END, END);
  }
}
