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
