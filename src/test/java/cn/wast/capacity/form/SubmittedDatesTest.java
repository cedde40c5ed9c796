package cn.wast.capacity.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dates of a submission, in fields and in the cells of dynamic lists, written one way. */
class SubmittedDatesTest {

  private final FormDefinition fundPlan = FormDefinition.of("fund-plan");
  private final FormDefinition repayment = FormDefinition.of("record-repayment");

  @Test
  @DisplayName("Every date field of every form is a text field marked as a date, with an id the Tasklist script finds; no form-js date picker is left")
  void dateFieldsAreMarked() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(f -> f.toString().endsWith(".form")).toList();
    }
    int dates = 0;
    for (Path form : forms) {
      List<JsonNode> fields = new ArrayList<>();
      collect(new ObjectMapper().readTree(form.toFile()).path("components"), fields);
      for (JsonNode field : fields) {
        assertThat(field.path("type").asText()).as(form + " " + field.path("key")).isNotEqualTo("datetime");
        boolean date = "true".equals(field.path("properties").path("date").asText());
        assertThat(field.path("id").asText().startsWith(FormDefinition.DATE_ID_PREFIX))
            .as(form + " " + field.path("key") + ": a date's id, and only a date's, starts with Date_").isEqualTo(date);
        dates += date ? 1 : 0;
      }
    }
    assertThat(dates).as("date fields in forms/").isEqualTo(13);
    assertThat(repayment.field("repaidOn")).get().satisfies(f -> {
      assertThat(f.date()).isTrue();
      assertThat(f.type()).isEqualTo("textfield");
    });
    assertThat(fundPlan.list("milestones").orElseThrow().columns())
        .filteredOn(FormDefinition.Field::date).singleElement().extracting(FormDefinition.Field::key).isEqualTo("dueOn");
  }

  private static void collect(JsonNode components, List<JsonNode> fields) {
    for (JsonNode component : components) {
      fields.add(component);
      collect(component.path("components"), fields);
    }
  }

  @Test
  @DisplayName("A field typed 2026年12月10日 is stored 2026-12-10; an unclear date stays as typed, for the form's check to refuse")
  void fieldsAreNormalised() {
    Map<String, Object> submitted = new HashMap<>(Map.of("repaidOn", "2026年12月10日", "repaymentVoucher", "2026/12/10"));
    SubmittedDates.normalise(repayment, submitted);
    assertThat(submitted).containsEntry("repaidOn", "2026-12-10").containsEntry("repaymentVoucher", "2026/12/10");

    submitted.put("repaidOn", "10/12/2026");
    SubmittedDates.normalise(repayment, submitted);
    assertThat(submitted).containsEntry("repaidOn", "10/12/2026");
    assertThat(SubmittedFields.valueProblems(repayment, submitted)).singleElement().asString()
        .contains("“到账日期”：“10/12/2026”看不出年、月、日的次序");
  }

  @Test
  @DisplayName("Dates in a dynamic list are normalised in the carrier they came in: Tasklist's JSON value or a Java list")
  void rowsAreNormalised() {
    VariableMap fromTasklist = Variables.createVariables().putValueTyped("milestones",
        SpinValues.jsonValue("[{\"dueOn\":\"2026/3/5\",\"milestone\":\"举办学术年会\"}]").create());
    SubmittedDates.normalise(fundPlan, fromTasklist);
    assertThat((Object) fromTasklist.getValueTyped("milestones")).isInstanceOf(JsonValue.class);
    assertThat(((JsonValue) fromTasklist.getValueTyped("milestones")).getValueSerialized())
        .isEqualTo("[{\"dueOn\":\"2026-03-05\",\"milestone\":\"举办学术年会\"}]");

    Map<String, Object> fromJava = new HashMap<>(Map.of("milestones",
        List.of(Map.of("dueOn", "2026.12.10", "milestone", "举办学术年会"))));
    SubmittedDates.normalise(fundPlan, fromJava);
    assertThat((Object) fromJava.get("milestones")).isEqualTo(List.of(Map.of("dueOn", "2026-12-10", "milestone", "举办学术年会")));
  }
}
