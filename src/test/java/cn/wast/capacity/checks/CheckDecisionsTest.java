package cn.wast.capacity.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-CHK-1, R-CHK-2, R-DYN-1, R-SUP-1: the rules of the checks' conclusions, and which of them pay. */
class CheckDecisionsTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
  private static final BigDecimal AWARD = new BigDecimal("200000");
  private static final String GROUNDS = "台账中会场租赁发票的开票单位与会议通知所列会场不一致，疑似虚开。";

  private static MidTermDecision midTerm(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return MidTermDecision.read(FormValues.of(values));
  }

  private static FinalDecision finalDecision(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return FinalDecision.read(FormValues.of(values));
  }

  @Test
  @DisplayName("R-CHK-1: only a pass, with or without corrections, pays the mid-term tranche")
  void onlyAPassPays() {
    assertThat(midTerm("midTermDecision", "passed").pays()).isTrue();
    assertThat(midTerm("midTermDecision", "passedWithCorrections").pays()).isTrue();
    assertThat(midTerm("midTermDecision", "failed").pays()).isFalse();
    assertThat(midTerm("midTermDecision", "fraud").pays()).isFalse();
    assertThat(midTerm("midTermDecision", "fraud").outcome()).isEqualTo(CheckOutcome.FRAUD_REFERRED);
    assertThat(midTerm("midTermDecision", "failed").outcome()).isEqualTo(CheckOutcome.FAILED);
  }

  @Test
  @DisplayName("R-CHK-1: a conclusion must be chosen among the four")
  void conclusionRequired() {
    assertThat(midTerm().problems(TODAY)).containsExactly("请选择检查结论：通过、通过但需限期整改、未通过，或发现弄虚作假线索");
    assertThat(midTerm("midTermDecision", "rejected").problems(TODAY)).hasSize(1);
  }

  @Test
  @DisplayName("R-CHK-1: a fail needs its reasons (10 characters) and corrections with a later date")
  void failNeedsReasonsAndCorrections() {
    assertThat(midTerm("midTermDecision", "failed").problems(TODAY)).containsExactly(
        "请写明整改要求（至少 10 个字），将发给学会", "请填写整改完成日期，须晚于今天", "检查未通过时，请写明未通过的理由（至少 10 个字），将发给学会");
    assertThat(midTerm("midTermDecision", "failed", "midTermReasons", "科普进社区仅完成两场，进度严重滞后",
        "corrections", "补齐剩余科普进社区活动", "correctBy", "2027-09-01").problems(TODAY)).isEmpty();
  }

  @Test
  @DisplayName("R-SUP-1: a fraud conclusion needs its grounds (20 characters), and nothing else")
  void fraudNeedsGrounds() {
    assertThat(midTerm("midTermDecision", "fraud", "fraudGrounds", "发票可疑").problems(TODAY)).singleElement()
        .asString().contains("R-SUP-1", "请写明线索和依据（至少 20 个字）");
    assertThat(midTerm("midTermDecision", "fraud", "fraudGrounds", GROUNDS).problems(TODAY)).isEmpty();
    assertThat(midTerm("midTermDecision", "fraud", "fraudGrounds", GROUNDS).finding().fraudSuspected()).isTrue();
    assertThat(midTerm("midTermDecision", "passed", "fraudGrounds", GROUNDS).finding().fraudSuspected()).isFalse();
  }

  @Test
  @DisplayName("R-CHK-2 R-DYN-1: the final acceptance passes, fails with adjust or terminate, or finds fraud")
  void finalConclusions() {
    assertThat(finalDecision().problems(AWARD)).containsExactly("请选择验收结论：通过、不通过，或发现弄虚作假线索");
    assertThat(finalDecision("finalDecision", "passed").support()).contains(Support.CONTINUED);
    assertThat(finalDecision("finalDecision", "fraud", "fraudGrounds", GROUNDS).support()).isEmpty();
    assertThat(finalDecision("finalDecision", "fraud", "fraudGrounds", GROUNDS).outcome())
        .isEqualTo(CheckOutcome.FRAUD_REFERRED);
    assertThat(finalDecision("finalDecision", "fraud").problems(AWARD)).singleElement().asString()
        .contains("请写明线索和依据");
    assertThat(finalDecision("finalDecision", "failed", "dynamicAction", "adjust", "adjustmentAmount", "200000.01",
        "finalReasons", "考核指标均未达成，调减支持").problems(AWARD)).singleElement().asString()
        .contains("R-DYN-1", "不超过奖励补助 200,000.00 元");
    assertThat(finalDecision("finalDecision", "failed", "dynamicAction", "adjust", "adjustmentAmount", "200000.00",
        "finalReasons", "考核指标均未达成，调减支持").problems(AWARD)).isEmpty();
  }
}
