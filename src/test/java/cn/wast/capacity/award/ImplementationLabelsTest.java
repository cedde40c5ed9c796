package cn.wast.capacity.award;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.checks.CheckKind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every implementation status an award can be in reads in Chinese in the office's award list. */
class ImplementationLabelsTest {

  private static List<String> everyStatus() throws IllegalAccessException {
    List<String> statuses = new ArrayList<>();
    for (Field field : Award.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        statuses.add((String) field.get(null));
      }
    }
    for (CheckKind kind : CheckKind.values()) {
      statuses.add(kind.dueStatus());
      statuses.add(kind.submittedStatus());
    }
    return statuses;
  }

  @Test
  @DisplayName("No raw status code (MID_TERM_SUBMITTED, FINAL_SUBMITTED, …) reaches the award list: each has a Chinese label")
  void everyStatusHasAChineseLabel() throws IllegalAccessException {
    List<String> statuses = everyStatus();
    assertThat(statuses).contains("MID_TERM_SUBMITTED", "FINAL_SUBMITTED");
    for (String status : statuses) {
      String label = new Award("K", 2026, "WHYX", 1, BigDecimal.TEN, BigDecimal.TEN, Instant.EPOCH, status)
          .implementationLabel();
      assertThat(label).as(status).doesNotContainPattern("[A-Za-z_]").containsPattern("\\p{IsHan}");
    }
  }
}
