package cn.wast.capacity.mail;

import cn.wast.capacity.rules.RuleClauses;
import java.util.HashMap;
import java.util.Map;

/** A realistic model for every mail type, as the process steps fill it in. */
public final class MailSamples {

  static final String SOCIETY = "武汉机械工程学会";
  static final String CODE = "CMES";
  static final String KEY = "2026-CMES";

  private MailSamples() {}

  public static Map<String, String> model(MailType type) {
    Map<String, String> all = new HashMap<>();
    all.put("societyName", SOCIETY);
    all.put("year", "2026");
    all.put("quota", "5");
    all.put("applicationDeadline", "2026年3月31日（当天24时截止）");
    all.put("formalReviewDeadline", "2026年4月30日（当天24时截止）");
    all.put("tasklistUrl", "http://localhost:8080/camunda/app/tasklist/");
    all.put("uploadUrl", "http://localhost:8080/documents");
    all.put("businessKey", KEY);
    all.put("submittedAt", "2026年3月2日 09:00");
    all.put("clauses", RuleClauses.basis(java.util.List.of("R-ELIG-1", "R-ELIG-2")));
    all.put("reasons", RuleClauses.reason("R-ELIG-1", "2025年度年检未通过") + "\n"
        + RuleClauses.reason("R-ELIG-2", "2025年度工作总结未按时提交"));
    all.put("reason", "申报材料中理事会决议与申报表所填会议日期不一致。");
    all.put("correctionRequest", "请补充上传理事会决议的盖章扫描件。");
    all.put("deadline", "2026年3月12日（当天24时截止）");
    all.put("expertName", "张建华");
    all.put("assignments", "- 武汉机械工程学会（申报编号 " + KEY + "）");
    all.put("ranking", "3");
    all.put("composite", "86.50");
    all.put("noticeStart", "2026年5月20日 10:00");
    all.put("noticeEnd", "2026年5月30日（当天24时截止）");
    all.put("publicUrl", "http://localhost:8080/public/");
    all.put("amount", "300,000.00 元");
    all.put("rankedCount", "12");
    all.put("objectorName", "王先生");
    all.put("receivedAt", "2026年5月22日 14:30");
    all.put("decision", "异议不成立");
    all.put("comments", "经费预算中第 3 行用途过于笼统，请写明具体活动。");
    all.put("paid", "120,000.00 元");
    all.put("tranche", "经费使用管理方案备案后");
    all.put("remaining", "80,000.00 元");
    all.put("outcome", "通过，需整改");
    all.put("corrections", "整改要求：补齐科普活动台账凭证，2026年12月31日前完成。");
    all.put("consequence", "根据动态管理规定，继续给予支持。");
    all.put("findings", "申报材料中的团体标准实际由其他单位主持制定。");
    all.put("decisionNumber", "武科协〔2026〕12号");
    all.put("decidingBody", "武汉市科学技术协会");
    all.put("banUntil", "2029年5月19日");
    all.put("recovery", "退回已拨付的专项经费120,000.00 元");
    all.put("banPeriod", "3年");
    all.put("amountDue", "300,000.00 元");
    all.put("repaid", "100,000.00 元");
    all.put("balance", "200,000.00 元");
    all.put("overpaid", "500.00 元");
    all.put("revokedYear", "2025");
    all.put("revokedKey", "APP-2025-WHJX");
    all.put("what", "经费使用管理方案");
    all.put("newDeadline", "新的截止时间：2026年3月20日（当天24时截止），请按时提交。");
    all.put("details", "整改要求：补齐科普活动台账凭证。");
    // ACCOUNT_ACTIVATION (issue 19)
    all.put("name", "张建华");
    all.put("userId", "zhangjh");
    all.put("kind", "评审专家");
    all.put("activationUrl", "http://localhost:8080/accounts/activate/3q2-7wEXAMPLEtokenXXXXXXXXXXXXXXXXXXXXXXXXXX");
    all.put("validUntil", "2026年3月9日 09:00");
    all.put("noticeTitle", "关于报送2026年度工作总结的通知");
    all.put("noticeText", "工作总结在2026年12月10日前报送。\n联系人：李老师");
    Map<String, String> model = new HashMap<>();
    for (String key : type.modelKeys()) {
      model.put(key, all.get(key));
    }
    return model;
  }
}
