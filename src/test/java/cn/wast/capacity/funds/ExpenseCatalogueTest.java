package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.review.Capacity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-FUND-1, R-FUND-3: the catalogue in configuration is what the forms offer, and a wrong
 * catalogue or lexicon does not start.
 */
class ExpenseCatalogueTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} offers the catalogue's items and says what the funds never pay for")
  @ValueSource(strings = {"fund-plan", "mid-term-report", "final-report"})
  void theFormsOfferTheCatalogue(String formKey) throws IOException {
    JsonNode form = form(formKey);
    JsonNode category = find(form, "category");
    assertThat(category.path("label").asText()).isEqualTo("支出科目");
    List<String> offered = new ArrayList<>();
    category.path("values").forEach(v -> offered.add(v.path("value").asText() + " " + v.path("label").asText()));
    assertThat(offered)
        .as("when capacity.funds.catalogue changes, change the options of forms/%s.form with it", formKey)
        .isEqualTo(ExpenseRules.current().offered().stream().map(i -> i.code() + " " + i.name()).toList());
    assertThat(ExpenseRules.current().offered()).extracting(ExpenseItem::code)
        .doesNotContain("PERSONNEL", "DAILY_OFFICE", "LOAN_REPAYMENT");
    List<String> texts = new ArrayList<>();
    form.path("components").forEach(c -> texts.add(c.path("text").asText()));
    assertThat(texts).as("forms/%s.form shows the text of ExpenseRules.formText()", formKey)
        .contains(ExpenseRules.current().formText());
    JsonNode purpose = find(form, "purpose");
    assertThat(purpose.path("validate").has("minLength")).isFalse();
    assertThat(purpose.path("validate").path("maxLength").asInt()).isEqualTo(FundRules.MAX_PURPOSE);
  }

  @Test
  @DisplayName("The form's text lists every forbidden item with its clause, and the hints")
  void theFormTextNamesTheForbiddenItemsAndTheirClauses() {
    assertThat(ExpenseRules.current().formText())
        .contains("人员经费、日常办公经费（实施方案五（三）：“不得用于人员、日常办公经费支出”）")
        .contains("捐款、赞助、罚款、还贷、对外投资、基建（实施方案五（三）：“不得用于捐款、赞助、支付罚款、还贷、对外投资、基建等支出”）")
        .contains("劳务费（支付给学会以外人员）：只能支付给学会以外的人员（专家、学生、临时聘用人员）");
  }

  @Test
  @DisplayName("Normalisation: width, case, spaces and punctuation do not count")
  void purposesAreNormalised() {
    assertThat(PurposeText.normalise(" 购置　办公桌、椅（ＡＢ２０２６） ")).isEqualTo("购置办公桌椅ab2026");
  }

  @Test
  @DisplayName("A wrong catalogue or lexicon stops the start, naming the entry")
  void aWrongConfigurationIsRefused() {
    ExpenseItem meeting = item("MEETING", Treatment.ALLOWED, EnumSet.allOf(Capacity.class));
    ExpenseItem personnel = item("PERSONNEL", Treatment.FORBIDDEN, EnumSet.noneOf(Capacity.class));
    PurposeRule pay = new PurposeRule("PERSONNEL", List.of(List.of("工资")), null, null);
    assertThat(new ExpenseRules(List.of(meeting, personnel), List.of(pay), List.of()).offered()).containsExactly(meeting);
    assertThatThrownBy(() -> new ExpenseRules(List.of(meeting, meeting), List.of(), List.of()))
        .hasMessageContaining("MEETING is listed twice");
    assertThatThrownBy(() -> new ExpenseRules(List.of(meeting, personnel),
        List.of(new PurposeRule("MEETING", List.of(List.of("工资")), null, null)), List.of()))
        .hasMessageContaining("no FORBIDDEN item");
    assertThatThrownBy(() -> new ExpenseRules(List.of(item("TRAVEL", Treatment.ALLOWED, EnumSet.noneOf(Capacity.class))),
        List.of(), List.of()))
        .hasMessageContaining("an offered item serves capacities");
    assertThatThrownBy(() -> new ExpenseRules(List.of(meeting, personnel),
        List.of(new PurposeRule("PERSONNEL", List.of(List.of("（ ）")), null, null)), List.of()))
        .hasMessageContaining("empty group or word");
  }

  private static ExpenseItem item(String code, Treatment treatment, EnumSet<Capacity> capacities) {
    return new ExpenseItem(code, code, treatment, capacities, "五（三）", "……", "", "", List.of());
  }

  private static JsonNode form(String formKey) throws IOException {
    try (InputStream in = ExpenseCatalogueTest.class.getResourceAsStream("/forms/" + formKey + ".form")) {
      return JSON.readTree(in);
    }
  }

  private static JsonNode find(JsonNode node, String key) {
    if (key.equals(node.path("key").asText())) {
      return node;
    }
    for (JsonNode child : node.path("components")) {
      JsonNode found = find(child, key);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
