package cn.wast.capacity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Variables and their values as the audit trail's print page and CSV show them. */
class VariableLabelsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("A variable is named by its form's label, or by the catalogue, and its shown copy after it")
  void names() {
    assertThat(VariableLabels.label("correctionRequest")).contains("需补正的内容");
    assertThat(VariableLabels.label("budgetLines")).contains("经费预算");
    assertThat(VariableLabels.label("eligibilityReasons")).contains("资格审核不通过的理由");
    assertThat(VariableLabels.label("correctionRequestMarkdown")).contains("需补正的内容（表单显示）");
    assertThat(VariableLabels.label("somethingNobodyWrites")).isEmpty();
  }

  @Test
  @DisplayName("Values: a choice by its label, yes and no, a date and time in Asia/Shanghai, a date the Chinese way, nothing for no value")
  void values() {
    assertThat(VariableLabels.value("boardBody", "BOARD", SHANGHAI)).isEqualTo("理事会");
    assertThat(VariableLabels.value("formalReviewDecision", "correction", SHANGHAI)).isEqualTo("需补正");
    assertThat(VariableLabels.value("eligible", true, SHANGHAI)).isEqualTo("是");
    assertThat(VariableLabels.value("correctionDeadline", Date.from(Instant.parse("2026-12-10T06:05:00Z")), SHANGHAI))
        .isEqualTo("2026年12月10日 14:05");
    assertThat(VariableLabels.value("boardMeetingDate", "2026-02-20", SHANGHAI)).isEqualTo("2026年2月20日");
    assertThat(VariableLabels.value("missingScoreText", null, SHANGHAI)).isEmpty();
    assertThat(VariableLabels.value("currentCheck", "MID_TERM", SHANGHAI)).isEqualTo("中期检查");
    assertThat(VariableLabels.value("applicationsByStatus", "{ACCEPTED=2, NOT_ACCEPTED=1}", SHANGHAI))
        .isEqualTo("{已受理=2, 不予受理=1}");
  }

  @Test
  @DisplayName("A dynamic list reads one numbered line per row, each column by its label and its choice by name")
  void dynamicList() {
    String lines = "[{\"capacity\":\"C1\",\"category\":\"MEETING\",\"purpose\":\"举办学术年会\",\"amount\":150000}]";
    assertThat(VariableLabels.value("budgetLines", lines, SHANGHAI))
        .isEqualTo("1. 服务的能力：C1 服务创新能力；支出科目：会议费；用途：举办学术年会；金额（元）：150000");
    assertThat(VariableLabels.value("budgetLines", List.of(Map.of("capacity", "C2")), SHANGHAI))
        .isEqualTo("1. 服务的能力：C2 服务社会和政府能力");
  }
}
