package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.review.Capacity;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-FUND-1: V13 turns the nine stored activity types into the items they were spent as, in plan
 * lines and ledger lines; a code the catalogue does not know is shown as it is, never a failure.
 */
class StandardExpenseItemsMigrationTest {

  private static final Map<String, String> OLD_TO_NEW = new LinkedHashMap<>();

  static {
    OLD_TO_NEW.put("ACADEMIC_EXCHANGE", "MEETING");
    OLD_TO_NEW.put("POPULAR_SCIENCE", "POPULAR_SCIENCE");
    OLD_TO_NEW.put("TRAINING", "TRAINING");
    OLD_TO_NEW.put("CONSULTING", "EXPERT_CONSULTING");
    OLD_TO_NEW.put("STANDARDS", "COMMISSIONED_SERVICES");
    OLD_TO_NEW.put("PUBLICATION", "PRINTING_PUBLISHING");
    OLD_TO_NEW.put("RESEARCH", "COMMISSIONED_SERVICES");
    OLD_TO_NEW.put("MEMBER_SERVICES", "OTHER");
    OLD_TO_NEW.put("GOVERNANCE", "OTHER");
    OLD_TO_NEW.put("MEETING", "MEETING");
  }

  @Test
  @DisplayName("V13 maps every old category to its item in fund_plan_line and expense, and leaves the new codes alone")
  void oldCategoriesBecomeItems() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:v13;DB_CLOSE_DELAY=-1", "sa", "");
        Statement sql = db.createStatement()) {
      sql.execute("CREATE TABLE fund_plan_line (line_no INTEGER, category VARCHAR(32))");
      sql.execute("CREATE TABLE expense (line_no INTEGER, category VARCHAR(32))");
      int line = 0;
      for (String old : OLD_TO_NEW.keySet()) {
        line++;
        sql.execute("INSERT INTO fund_plan_line VALUES (" + line + ", '" + old + "')");
        sql.execute("INSERT INTO expense VALUES (" + line + ", '" + old + "')");
      }
      for (String statement : migration().replaceAll("(?m)^--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          sql.execute(statement);
        }
      }
      assertThat(categories(sql, "fund_plan_line")).containsExactlyElementsOf(OLD_TO_NEW.values());
      assertThat(categories(sql, "expense")).containsExactlyElementsOf(OLD_TO_NEW.values());
      assertThat(OLD_TO_NEW.values()).allSatisfy(code -> assertThat(ExpenseRules.current().item(code)).isPresent());
    }
  }

  @Test
  @DisplayName("A code the catalogue does not know reads back as its code, in the office's view of a plan too")
  void anUnknownCodeShowsItself() {
    assertThat(ExpenseRules.current().name("MEETING")).isEqualTo("会议费");
    assertThat(ExpenseRules.current().name("RETIRED_ITEM")).isEqualTo("RETIRED_ITEM");
    FundPlanForm plan = new FundPlanForm(Optional.of("工作思路"), Optional.of("发展重点"), List.of(), List.of(),
        List.of(new BudgetLine(Capacity.C1, "RETIRED_ITEM", "学术年会", new BigDecimal("1000")),
            new BudgetLine(Capacity.C2, "EXPERT_CONSULTING", "专家咨询费", new BigDecimal("1000"))));
    assertThat(FundPlanMarkdown.of(plan, new BigDecimal("2000")))
        .contains("1. C1 RETIRED\\_ITEM：学术年会，1,000.00 元", "2. C2 专家咨询费：专家咨询费，1,000.00 元");
  }

  private static List<String> categories(Statement sql, String table) throws SQLException {
    List<String> codes = new java.util.ArrayList<>();
    try (ResultSet rows = sql.executeQuery("SELECT category FROM " + table + " ORDER BY line_no")) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    return codes;
  }

  private static String migration() throws IOException {
    try (InputStream in = StandardExpenseItemsMigrationTest.class
        .getResourceAsStream("/db/migration/V13__standard_expense_items.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
