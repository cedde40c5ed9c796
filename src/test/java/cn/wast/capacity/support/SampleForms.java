package cn.wast.capacity.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms as a careful user fills them in, for tests that drive the engine in this JVM and for
 * those that drive a cluster over REST alike.
 */
public final class SampleForms {

  /** A small but real PDF, as the upload page would store it. */
  public static final byte[] PDF = SampleFiles.PDF;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleForms() {}

  /** The office's 开启年度评选 form. */
  public static Map<String, Object> round(int year, LocalDate applicationDeadline, LocalDate formalReviewDeadline) {
    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year);
    form.put("quota", 5);
    form.put("applicationDeadline", applicationDeadline.toString());
    form.put("formalReviewDeadline", formalReviewDeadline.toString());
    form.put("awardAmount", 200000);
    return form;
  }

  /** Every field of the application form filled in correctly. */
  public static Map<String, Object> application(int year) {
    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year);
    form.put("achievementC1", "举办华中地区机械工程学术年会，参会代表八百余人，发布学科发展报告一部。");
    form.put("achievementC2", "承接市科技局委托开展科技评价十二项，主持制定团体标准三项。");
    form.put("achievementC3", "开展会员继续教育培训二十期，举荐青年科技人才十五名。");
    form.put("achievementC4", "完成理事会换届，健全会员管理制度，新增专职工作人员两名。");
    form.put("boardBody", "BOARD");
    form.put("boardMeetingDate", LocalDate.of(year, 2, 20).toString());
    form.put("boardResolutionNumber", "学会〔" + year + "〕3号");
    form.put("contactName", "张明");
    form.put("contactPhone", "027-85551234");
    form.put("contactEmail", "zhangming@example.cn");
    form.put("declaration", true);
    return form;
  }

  /** The office's 形式审查 asking for a correction. */
  public static Map<String, Object> correction(String request) {
    return Map.of("formalReviewDecision", "correction", "correctionRequest", request);
  }

  /**
   * An objection as the public notice page's form posts it: 赵先生 with phone and mail, against one
   * entry, on grounds the office can check. A mutable copy: a test changes or removes fields.
   */
  public static Map<String, String> objection(long noticeEntryId) {
    return objection(noticeEntryId, "赵先生", "zhao@example.cn",
        "该学会申报的继续教育培训期数与实际举办情况不符，请专项办公室核查。");
  }

  /** The same, by another objector on other grounds. */
  public static Map<String, String> objection(long noticeEntryId, String name, String email, String grounds) {
    Map<String, String> form = new HashMap<>();
    form.put("noticeEntryId", String.valueOf(noticeEntryId));
    form.put("objectorName", name);
    form.put("objectorPhone", "027-86661234");
    form.put("objectorEmail", email);
    form.put("grounds", grounds);
    return form;
  }

  /** The office's 核查异议 finding: upheld or dismissed, its reasons, and whether it found fraud. */
  public static Map<String, Object> objectionFinding(String decision, String reasons, boolean fraudFound) {
    Map<String, Object> form = new HashMap<>();
    form.put("objectionDecision", decision);
    form.put("objectionReasons", reasons);
    form.put("fraudFound", fraudFound);
    return form;
  }

  /**
   * The society's 经费使用管理方案 for an award made on {@code awardDay}: two milestones, one
   * indicator and the whole 200,000 in two lines, C1 meeting 120,000 and C2 popular science 80,000.
   * A mutable copy: a test replaces the lines or indicators it is about.
   */
  public static Map<String, Object> fundPlan(LocalDate awardDay) {
    Map<String, Object> form = new HashMap<>();
    form.put("workApproach", "围绕学科发展和会员服务，以品牌学术会议带动科普和人才培养，形成年度工作闭环。");
    form.put("priorities", "一是办好华中力学学术年会；二是开展力学科普进校园；三是完善会员服务和继续教育体系。");
    form.put("milestones", List.of(
        Map.of("dueOn", awardDay.plusMonths(3).toString(), "milestone", "举办华中力学学术年会"),
        Map.of("dueOn", awardDay.plusMonths(8).toString(), "milestone", "完成力学科普进校园十场")));
    form.put("indicators", List.of(Map.of("measure", "学术会议参会人数", "target", "不少于 500 人")));
    form.put("budgetLines", List.of(
        budgetLine("C1", "MEETING", "华中力学学术年会会场及专家差旅", 120000),
        budgetLine("C2", "POPULAR_SCIENCE", "力学科普进校园展具和讲解", 80000)));
    return form;
  }

  /** One budget line of the fund plan: capacity, item code, purpose, amount. */
  public static Map<String, Object> budgetLine(String capacity, String item, String purpose, Object amount) {
    return Map.of("capacity", capacity, "category", item, "purpose", purpose, "amount", amount);
  }

  /**
   * A form's values as the body Tasklist posts to the engine REST API's {@code submit-form}: each
   * value typed, a list as JSON (a Spin value, as Tasklist sends a multi-select).
   */
  public static String restVariables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Object> field : values.entrySet()) {
        Object value = field.getValue();
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("value", value instanceof List<?> ? JSON.writeValueAsString(value) : value);
        variable.put("type", value instanceof Integer ? "Integer" : value instanceof Double ? "Double"
            : value instanceof Boolean ? "Boolean" : value instanceof List<?> ? "Json" : "String");
        variables.put(field.getKey(), variable);
      }
      return JSON.writeValueAsString(Map.of("variables", variables));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
