package cn.wast.capacity.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a submission of a form may carry, judged against the project's real .form files. */
class SubmittedFieldsTest {

  private final FormDefinition score = FormDefinition.of("score-application");
  private final FormDefinition fundPlan = FormDefinition.of("fund-plan");

  @Test
  @DisplayName("The score form's own fields pass; a seat's identity or a total beside them is named and refused")
  void namesWhatIsNotOnTheForm() {
    Map<String, Object> fair = new HashMap<>(Map.of("scoreC1", 80, "scoreC2", 75.5, "scoreC3", 90L, "scoreC4", "60",
        "scoreComment", "材料翔实。", "conflictDeclared", false));
    assertThat(SubmittedFields.problems(score, fair)).isEmpty();

    fair.put("seatNumber", 2);
    fair.put("weightedTotal", 100);
    assertThat(SubmittedFields.problems(score, fair)).singleElement()
        .asString().contains("表单上没有的项", "“seatNumber”", "“weightedTotal”");
  }

  @Test
  @DisplayName("Values the form would not take are refused: text for a number, a box neither ticked nor not, an amount under the minimum, a choice not offered")
  void valuesFollowTheForm() {
    Map<String, Object> form = Map.of("scoreC2", "八十", "conflictDeclared", "yes");
    assertThat(SubmittedFields.problems(score, form)).hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("须填写数字"))
        .anySatisfy(p -> assertThat(p).contains("只能勾选或不勾选"));

    Map<String, Object> row = Map.of("capacity", "C9", "category", "MEETING", "purpose", "召开学术年会两次", "amount", -5);
    assertThat(SubmittedFields.problems(fundPlan, Map.of("budgetLines", List.of(row)))).hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("第 1 行", "请从列表中选择“服务的能力”"))
        .anySatisfy(p -> assertThat(p).contains("第 1 行", "不能小于 0.01"));
  }

  @Test
  @DisplayName("A dynamic list's rows carry only its columns, each checked like the form checks it")
  void rowsCarryOnlyTheirColumns() {
    Map<String, Object> row = new HashMap<>(Map.of("capacity", "C1", "category", "MEETING", "purpose", "召开学术年会两次", "amount", 50000));
    assertThat(SubmittedFields.problems(fundPlan, Map.of("budgetLines", List.of(row)))).isEmpty();

    row.put("approvedBy", "office1");
    assertThat(SubmittedFields.problems(fundPlan, Map.of("budgetLines", List.of(row)))).singleElement()
        .asString().contains("第 1 行含有表单上没有的项", "“approvedBy”");
    assertThat(SubmittedFields.problems(fundPlan, Map.of("budgetLines", "不是列表"))).singleElement()
        .asString().contains("格式不正确");
  }

  @Test
  @DisplayName("Blank values pass here: whether a field may be left blank is the process's own check")
  void blanksAreLeftToTheProcess() {
    Map<String, Object> form = new HashMap<>();
    form.put("scoreC1", null);
    form.put("scoreComment", "  ");
    assertThat(SubmittedFields.problems(score, form)).isEmpty();
  }

  @Test
  @DisplayName("A number is checked against the form's decimals, trailing zeros not counted: 73456.790 passes, 73456.791 is refused in words")
  void decimalsFollowTheForm() {
    FormDefinition report = FormDefinition.of("mid-term-report");
    Map<String, Object> row = new HashMap<>(Map.of("date", "2026-06-01", "capacity", "C1", "category", "MEETING",
        "purpose", "学术年会会场租赁", "amount", "73456.790", "voucher", "记-001"));
    assertThat(SubmittedFields.problems(report, Map.of("ledger", List.of(row)))).isEmpty();

    row.put("amount", "73456.791");
    assertThat(SubmittedFields.problems(report, Map.of("ledger", List.of(row))))
        .containsExactly("“项目经费支出台账”第 1 行：“金额（元）”最多 2 位小数");
    assertThat(SubmittedFields.problems(score, Map.of("scoreC1", 80.25))).singleElement().asString()
        .endsWith("最多 1 位小数");
  }

  @Test
  @DisplayName("Many strange names are counted, not all listed, and a long name is cut")
  void manyNamesAreSummed() {
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < 8; i++) {
      form.put("x".repeat(60) + i, 1);
    }
    assertThat(SubmittedFields.problems(score, form)).singleElement().asString()
        .contains("等 8 项", "…").doesNotContain("x".repeat(41));
  }
}
