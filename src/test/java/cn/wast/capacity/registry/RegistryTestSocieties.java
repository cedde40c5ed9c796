package cn.wast.capacity.registry;

import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Societies the registry tests make for themselves and remove afterwards (the demo registry stays as it is). */
public final class RegistryTestSocieties {

  private RegistryTestSocieties() {}

  public static Society society(String code, String name, int staff) {
    return new Society(code, name, code.toLowerCase() + "@societies.example.cn", true, true,
        LocalDate.of(2028, 12, 31), "张三", SecretaryGeneralTenure.FULL_TIME, staff, true, true, 2);
  }

  /** The society with every registry row and change record of it. */
  public static void remove(JdbcTemplate jdbc, String code) {
    for (String table : List.of("society_annual_inspection", "society_work_report", "society_violation",
        "society_commissioned_project", "society_fraud_ban", "society_version")) {
      jdbc.update("DELETE FROM " + table + " WHERE society_code = ?", code);
    }
    jdbc.update("DELETE FROM change_record WHERE subject_key = ?", code);
    jdbc.update("DELETE FROM society WHERE code = ?", code);
  }
}
