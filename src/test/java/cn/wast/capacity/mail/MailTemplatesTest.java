package cn.wast.capacity.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.rules.RuleClauses;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mail is written in Chinese from its template (no Spring context needed). */
class MailTemplatesTest {

  private static final MailTemplates TEMPLATES = new MailTemplates();

  /** The words each mail must carry in its subject, and in its body. */
  private static final Map<MailType, List<String>> SUBJECT_WORDS = new EnumMap<>(Map.of(
      MailType.ROUND_CALL, List.of("2026年度", "学会能力提升专项", "申报", "通知"),
      MailType.APPLICATION_RECEIVED, List.of("申报回执", MailSamples.SOCIETY, "2026年度"),
      MailType.APPLICATION_NOT_ACCEPTED, List.of("不予受理", MailSamples.SOCIETY),
      MailType.APPLICATION_ACCEPTED, List.of("受理通知", "通过形式审查", MailSamples.SOCIETY),
      MailType.APPLICATION_REJECTED, List.of("形式审查", "未通过", MailSamples.SOCIETY),
      MailType.CORRECTION_REQUESTED, List.of("补正通知", "2026年3月12日（当天24时截止）"),
      MailType.CORRECTION_REMINDER, List.of("补正提醒", "2026年3月12日（当天24时截止）"),
      MailType.APPLICATION_WITHDRAWN, List.of("撤回", MailSamples.SOCIETY)));

  /** To whom a mail speaks: the society, the expert or the objector, by name. */
  private static String salutation(MailType type) {
    return switch (type) {
      case EXPERT_ASSIGNED, SCORING_REMINDER -> "张建华专家";
      case OBJECTION_RECEIVED, OBJECTION_DECIDED -> "王先生";
      case ACCOUNT_ACTIVATION -> "张建华";
      default -> MailSamples.SOCIETY;
    };
  }

  private static final Map<MailType, List<String>> BODY_WORDS = new EnumMap<>(Map.of(
      MailType.ROUND_CALL, List.of("以奖代补", "学会5个", "申报截止时间：2026年3月31日（当天24时截止）", "形式审查截止时间：2026年4月30日（当天24时截止）",
          "连续两年社团年检合格", "理事会（常务理事会）", "http://localhost:8080/documents",
          "http://localhost:8080/camunda/app/tasklist/", "并自决定之日起3年内取消其申报资格"),
      MailType.APPLICATION_RECEIVED, List.of("已收到", "2026年3月2日 09:00", "申报编号为2026-CMES"),
      MailType.APPLICATION_NOT_ACCEPTED, List.of("不予受理", "2026-CMES",
          RuleClauses.reason("R-ELIG-1", "2025年度年检未通过") + "\n" + RuleClauses.of("R-ELIG-2").tag()),
      MailType.APPLICATION_ACCEPTED, List.of("予以受理", "专家评审", "2026-CMES"),
      MailType.APPLICATION_REJECTED, List.of("未予通过", "理事会决议与申报表所填会议日期不一致", "2026-CMES"),
      MailType.CORRECTION_REQUESTED, List.of("需补正", "盖章扫描件", "截止时间：2026年3月12日（当天24时截止）",
          "视为撤回", "http://localhost:8080/documents", "http://localhost:8080/camunda/app/tasklist/"),
      MailType.CORRECTION_REMINDER, List.of("尚未收到", "盖章扫描件", "2026年3月12日（当天24时截止）",
          "http://localhost:8080/camunda/app/tasklist/"),
      MailType.APPLICATION_WITHDRAWN, List.of("视为撤回", "2026年3月12日（当天24时截止）", "2026-CMES")));

  static {
    SUBJECT_WORDS.put(MailType.EXPERT_ASSIGNED, List.of("评审任务通知", "2026年度"));
    SUBJECT_WORDS.put(MailType.SCORING_REMINDER, List.of("评审提醒", MailSamples.KEY, "2026年3月12日（当天24时截止）"));
    SUBJECT_WORDS.put(MailType.PROPOSED_FOR_AWARD, List.of("拟表彰公示通知", MailSamples.SOCIETY));
    SUBJECT_WORDS.put(MailType.REMOVED_FROM_NOTICE, List.of("移出拟表彰名单", MailSamples.SOCIETY));
    SUBJECT_WORDS.put(MailType.AWARD_GRANTED, List.of("表彰奖励通知", MailSamples.SOCIETY));
    SUBJECT_WORDS.put(MailType.NOT_SELECTED, List.of("评审结果通知", MailSamples.SOCIETY));
    BODY_WORDS.put(MailType.EXPERT_ASSIGNED, List.of("武汉机械工程学会（申报编号", "2026年3月12日（当天24时截止）", "申请回避",
        "http://localhost:8080/camunda/app/tasklist/"));
    BODY_WORDS.put(MailType.SCORING_REMINDER, List.of("尚未完成", MailSamples.SOCIETY, "2026年3月12日（当天24时截止）"));
    BODY_WORDS.put(MailType.PROPOSED_FOR_AWARD, List.of("排名第3名", "2026年5月20日 10:00 至 2026年5月30日（当天24时截止）",
        "http://localhost:8080/public/", "异议"));
    BODY_WORDS.put(MailType.REMOVED_FROM_NOTICE, List.of("异议成立", "移出拟表彰名单", "核查结论"));
    BODY_WORDS.put(MailType.AWARD_GRANTED, List.of("综合得分86.50", "排名第3名", "300,000.00 元", "经费使用管理方案"));
    SUBJECT_WORDS.put(MailType.OBJECTION_RECEIVED, List.of("异议受理回执", MailSamples.SOCIETY, MailSamples.KEY));
    SUBJECT_WORDS.put(MailType.OBJECTION_DECIDED, List.of("异议核查结果", MailSamples.SOCIETY, MailSamples.KEY));
    BODY_WORDS.put(MailType.OBJECTION_RECEIVED, List.of("2026年5月22日 14:30", "异议编号为" + MailSamples.KEY,
        "http://localhost:8080/public/"));
    BODY_WORDS.put(MailType.OBJECTION_DECIDED, List.of("核查结论：异议不成立", "核查完毕"));
    SUBJECT_WORDS.put(MailType.OFFICE_NOTICE, List.of("专项办公室通知", "关于报送2026年度工作总结的通知"));
    BODY_WORDS.put(MailType.OFFICE_NOTICE, List.of("工作总结在2026年12月10日前报送。\n联系人：李老师", "发给多家学会的同一通知"));
    SUBJECT_WORDS.put(MailType.FUND_PLAN_REQUESTED, List.of("经费方案报送通知", MailSamples.SOCIETY));
    SUBJECT_WORDS.put(MailType.FUND_PLAN_REMINDER, List.of("经费方案报送提醒", MailSamples.KEY, "2026年3月12日（当天24时截止）"));
    SUBJECT_WORDS.put(MailType.FUND_PLAN_RETURNED, List.of("退回修改", MailSamples.SOCIETY));
    SUBJECT_WORDS.put(MailType.FUND_PLAN_FILED, List.of("备案及拨款", MailSamples.SOCIETY));
    BODY_WORDS.put(MailType.FUND_PLAN_REQUESTED, List.of("300,000.00 元", "截止时间：2026年3月12日（当天24时截止）", "年度考核指标",
        "不得用于人员经费", "单独核算"));
    BODY_WORDS.put(MailType.FUND_PLAN_REMINDER, List.of("尚未报送", "2026年3月12日（当天24时截止）"));
    BODY_WORDS.put(MailType.FUND_PLAN_RETURNED, List.of("第 3 行用途过于笼统", "截止时间：2026年3月12日（当天24时截止）", "原填写内容已保留"));
    BODY_WORDS.put(MailType.FUND_PLAN_FILED, List.of("已由专项办公室备案", "经费使用管理方案备案后拨付奖励补助经费120,000.00 元",
        "其余80,000.00 元"));
    SUBJECT_WORDS.put(MailType.QUALIFICATION_REVOKED, List.of("撤销资格决定", MailSamples.SOCIETY));
    SUBJECT_WORDS.put(MailType.RECOVERY_REMINDER, List.of("退回经费提醒", MailSamples.KEY, "尚有200,000.00 元未退回"));
    SUBJECT_WORDS.put(MailType.RECOVERY_OVERPAID, List.of("多缴经费退还通知", MailSamples.KEY, "500.00 元"));
    BODY_WORDS.put(MailType.RECOVERY_OVERPAID, List.of("应退回专项经费300,000.00 元", "共收到退款100,000.00 元",
        "多缴的500.00 元将退还贵会"));
    SUBJECT_WORDS.put(MailType.APPLICATION_WITHDRAWN_ON_REVOCATION, List.of("撤回申报通知", MailSamples.SOCIETY, "因撤销资格撤回"));
    BODY_WORDS.put(MailType.APPLICATION_WITHDRAWN_ON_REVOCATION, List.of("2025年度学会能力提升专项（编号：APP-2025-WHJX）",
        "自决定之日起3年内取消贵会的申报资格，至2029年5月19日止", "同时撤回"));
    SUBJECT_WORDS.put(MailType.IMPLEMENTATION_ENDED_ON_REVOCATION, List.of("终止实施通知", MailSamples.SOCIETY, "因撤销资格终止实施"));
    BODY_WORDS.put(MailType.IMPLEMENTATION_ENDED_ON_REVOCATION, List.of("2025年度学会能力提升专项（编号：APP-2025-WHJX）",
        "至2029年5月19日止", "同时终止实施", "不再拨付后续经费", "退回已拨付的专项经费120,000.00 元"));
    BODY_WORDS.put(MailType.QUALIFICATION_REVOKED, List.of("团体标准实际由其他单位主持制定",
        "武汉市科学技术协会决定（武科协〔2026〕12号）", "退回已拨付的专项经费120,000.00 元",
        "自本决定之日起3年内取消贵会的申报资格，至2029年5月19日止", "项目实施即行终止",
        "根据《学会能力提升专项实施方案》（武科协〔2012〕105号）五（二）"));
    BODY_WORDS.put(MailType.RECOVERY_REMINDER, List.of("应退回专项经费300,000.00 元", "已收到退款100,000.00 元",
        "尚有200,000.00 元未退回"));
    SUBJECT_WORDS.put(MailType.MID_TERM_REQUESTED, List.of("中期检查通知", MailSamples.SOCIETY));
    SUBJECT_WORDS.put(MailType.MID_TERM_REMINDER, List.of("中期检查提醒", MailSamples.KEY, "2026年3月12日（当天24时截止）"));
    SUBJECT_WORDS.put(MailType.MID_TERM_DECIDED, List.of("中期检查结果通知", MailSamples.SOCIETY));
    BODY_WORDS.put(MailType.MID_TERM_REQUESTED, List.of("截止时间：2026年3月12日（当天24时截止）", "http://localhost:8080/documents",
        "支出台账", "追踪问效"));
    BODY_WORDS.put(MailType.MID_TERM_REMINDER, List.of("尚未提交", "2026年3月12日（当天24时截止）"));
    BODY_WORDS.put(MailType.MID_TERM_DECIDED, List.of("中期检查结论：通过，需整改", "补齐科普活动台账凭证", "120,000.00 元"));
    SUBJECT_WORDS.put(MailType.FINAL_REQUESTED, List.of("结项验收通知", MailSamples.SOCIETY));
    SUBJECT_WORDS.put(MailType.FINAL_REMINDER, List.of("结项验收提醒", MailSamples.KEY, "2026年3月12日（当天24时截止）"));
    SUBJECT_WORDS.put(MailType.FINAL_DECIDED, List.of("结项验收结果通知", MailSamples.SOCIETY));
    BODY_WORDS.put(MailType.FINAL_REQUESTED, List.of("实施期已满", "截止时间：2026年3月12日（当天24时截止）", "http://localhost:8080/documents",
        "动态管理"));
    BODY_WORDS.put(MailType.FINAL_REMINDER, List.of("尚未提交", "2026年3月12日（当天24时截止）"));
    BODY_WORDS.put(MailType.FINAL_DECIDED, List.of("结项验收结论：通过，需整改", "继续给予支持"));
    SUBJECT_WORDS.put(MailType.DEADLINE_URGED, List.of("逾期催办通知", MailSamples.KEY, "经费使用管理方案"));
    BODY_WORDS.put(MailType.DEADLINE_URGED, List.of("截止时间为2026年3月12日（当天24时截止），已过期限", "新的截止时间：2026年3月20日", "记入贵会的专项档案"));
    SUBJECT_WORDS.put(MailType.DEADLINE_EXTENDED, List.of("延期通知", MailSamples.KEY, "2026年3月12日（当天24时截止）"));
    BODY_WORDS.put(MailType.DEADLINE_EXTENDED, List.of("截止时间延至2026年3月12日（当天24时截止）", "延期理由："));
    SUBJECT_WORDS.put(MailType.DEADLINE_REMINDER, List.of("期限提醒", MailSamples.KEY, "2026年3月12日（当天24时截止）"));
    BODY_WORDS.put(MailType.DEADLINE_REMINDER, List.of("截止时间为2026年3月12日（当天24时截止）", "整改要求：补齐科普活动台账凭证"));
    SUBJECT_WORDS.put(MailType.ACCOUNT_ACTIVATION, List.of("账号激活通知"));
    BODY_WORDS.put(MailType.ACCOUNT_ACTIVATION, List.of("评审专家账号", "用户名为：zhangjh", "2026年3月9日 09:00 前",
        "http://localhost:8080/accounts/activate/", "只能使用一次", "不会通过邮件发送密码"));
    BODY_WORDS.put(MailType.NOT_SELECTED, List.of("共有12家", "名额5个", "综合得分86.50", "排名第3名", "去掉一个最高分"));
  }

  @ParameterizedTest
  @EnumSource(MailType.class)
  void everyTypeIsAChineseLetterWithItsValues(MailType type) {
    RenderedMail mail = TEMPLATES.render(type, MailSamples.model(type));

    assertThat(mail.subject()).doesNotContain("{{", "}}", "\n").isNotBlank();
    assertThat(mail.subject()).contains(SUBJECT_WORDS.get(type));
    assertThat(mail.body()).doesNotContain("{{", "}}", "主题：");
    assertThat(mail.body()).startsWith(salutation(type) + "：\n");
    assertThat(mail.body()).contains(BODY_WORDS.get(type));
    assertThat(mail.body()).contains("武汉市科协学会能力提升专项办公室", "自动发送");
    // the call goes to every society, an account mail to a person, a notice to many: none is about one application
    if (type != MailType.ROUND_CALL && type != MailType.ACCOUNT_ACTIVATION && type != MailType.OFFICE_NOTICE) {
      assertThat(mail.body()).contains(MailSamples.KEY);
    }
  }

  @ParameterizedTest
  @EnumSource(MailType.class)
  @DisplayName("A deadline in a letter reads one way, 2026年3月12日（当天24时截止）, never wrapped in 请于…前 or …截止 again")
  void deadlinesReadOneWay(MailType type) {
    RenderedMail mail = TEMPLATES.render(type, MailSamples.model(type));
    for (String text : List.of(mail.subject(), mail.body())) {
      assertThat(text).doesNotContain("截止）前", "截止）截止", "截止）24时", "请于2026", "将于2026");
    }
  }

  @ParameterizedTest
  @EnumSource(MailType.class)
  void aMissingValueFailsLoudly(MailType type) {
    for (String key : type.modelKeys()) {
      Map<String, String> model = new HashMap<>(MailSamples.model(type));
      model.remove(key);
      assertThatThrownBy(() -> TEMPLATES.render(type, model))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(key);
    }
  }

  @Test
  void extraKeysAreIgnoredAndValuesAreNotReadAsPlaceholders() {
    Map<String, String> model = new HashMap<>(MailSamples.model(MailType.APPLICATION_REJECTED));
    model.put("unused", "不会出现");
    model.put("reason", "原因中含有 {{societyName}} 与 $1 \\ 字样");
    RenderedMail mail = TEMPLATES.render(MailType.APPLICATION_REJECTED, model);
    assertThat(mail.body()).contains("原因中含有 {{societyName}} 与 $1 \\ 字样").doesNotContain("不会出现");
  }

  @Test
  void aValueInTheSubjectStaysOnOneLine() {
    Map<String, String> model = new HashMap<>(MailSamples.model(MailType.APPLICATION_RECEIVED));
    model.put("societyName", "武汉\r\n某学会");
    assertThat(TEMPLATES.render(MailType.APPLICATION_RECEIVED, model).subject()).doesNotContain("\n", "\r")
        .contains("武汉 某学会");
  }

  @Test
  void everyTemplateFileIsNamedAfterItsType() {
    assertThat(MailType.ROUND_CALL.templatePath()).isEqualTo("mail/round-call.txt");
    for (MailType type : MailType.values()) {
      assertThat(type.fileName()).isEqualTo(type.name().toLowerCase().replace('_', '-') + ".txt");
    }
  }
}
