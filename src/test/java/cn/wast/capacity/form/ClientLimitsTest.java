package cn.wast.capacity.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.review.Capacity;
import cn.wast.capacity.review.CommitteeForm;
import cn.wast.capacity.review.ReviewProperties;
import cn.wast.capacity.review.ScoreSheet;
import cn.wast.capacity.round.AwardBands;
import cn.wast.capacity.round.RoundForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The limits form-js checks while the user types (validate.min/max, decimalDigits) are the
 * server's: every number field of forms/*.form has the range and the decimals of the rule that
 * checks it on submit, read from the rule's own class (and the scale from application.yml), so a
 * score of 120 is refused beside the field before submit and a changed rule fails here.
 */
class ClientLimitsTest {

  /** What form-js should check of one number field. {@code null}: no bound on that side. */
  record Limits(BigDecimal min, BigDecimal max, int decimals) {
    static Limits of(Number min, Number max, int decimals) {
      return new Limits(min == null ? null : new BigDecimal(min.toString()),
          max == null ? null : new BigDecimal(max.toString()), decimals);
    }
  }

  /** Money is in yuan with fen: two decimals, more than zero (R-FUND-1, R-SUP-1, R-CHK-2). */
  private static final Limits MONEY = Limits.of(new BigDecimal("0.01"), null, 2);
  /** Years whose range the server takes from the form itself (SubmittedFields) and then narrows by the round. */
  private static final Limits YEAR = Limits.of(2000, 2100, 0);

  private static Map<String, Limits> serverRules() throws IOException {
    Map<String, Limits> rules = new LinkedHashMap<>();
    ReviewProperties review = defaultReviewSettings();
    for (Capacity capacity : Capacity.values()) {
      ReviewProperties.CapacityScale scale = review.capacities().get(capacity);
      rules.put("score-application/" + ScoreSheet.field(capacity),
          Limits.of(scale.min(), scale.max(), ScoreSheet.MAX_DECIMALS));
    }
    rules.put("open-round/quota", Limits.of(1, RoundForm.MAX_QUOTA, 0));
    rules.put("open-round/awardAmount", Limits.of(new BigDecimal("0.01"), AwardBands.MAX_AMOUNT, 2));
    rules.put("open-round/roundYear", YEAR);
    rules.put("apply/roundYear", YEAR);
    rules.put("start-disqualification/roundYear", YEAR);
    rules.put("form-committee/expertsPerApplication", Limits.of(1, CommitteeForm.MAX_PER_APPLICATION, 0));
    rules.put("fund-plan/budgetLines.amount", MONEY);
    rules.put("mid-term-report/ledger.amount", MONEY);
    rules.put("final-report/ledger.amount", MONEY);
    rules.put("record-repayment/repaidAmount", MONEY);
    rules.put("review-final/adjustmentAmount", MONEY);
    return rules;
  }

  @Test
  @DisplayName("Every number field's client-side range and decimals are the server rule's")
  void numberFieldsCheckWhatTheServerChecks() throws IOException {
    Map<String, Limits> rules = serverRules();
    Map<String, Limits> forms = numberFieldsOfAllForms();
    assertThat(forms.keySet()).as("number fields of forms/*.form, each with its server rule here")
        .containsExactlyInAnyOrderElementsOf(rules.keySet());
    List<String> disagreements = new ArrayList<>();
    rules.forEach((field, rule) -> {
      Limits form = forms.get(field);
      if (!same(form.min(), rule.min()) || !same(form.max(), rule.max()) || form.decimals() != rule.decimals()) {
        disagreements.add(field + ": form " + form + ", server " + rule);
      }
    });
    assertThat(disagreements).isEmpty();
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static Map<String, Limits> numberFieldsOfAllForms() throws IOException {
    Map<String, Limits> fields = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        String form = file.getFileName().toString().replace(".form", "");
        collect(form, "", new ObjectMapper().readTree(file.toFile()).path("components"), fields);
      }
    }
    return fields;
  }

  private static void collect(String form, String list, JsonNode components, Map<String, Limits> fields) {
    for (JsonNode c : components) {
      if ("number".equals(c.path("type").asText())) {
        JsonNode v = c.path("validate");
        fields.put(form + "/" + list + c.path("key").asText(), new Limits(
            v.hasNonNull("min") ? v.get("min").decimalValue() : null,
            v.hasNonNull("max") ? v.get("max").decimalValue() : null,
            c.path("decimalDigits").asInt(-1)));
      }
      String inner = "dynamiclist".equals(c.path("type").asText()) ? list + c.path("path").asText() + "." : list;
      collect(form, inner, c.path("components"), fields);
    }
  }

  /** capacity.review as application.yml sets it, bound as the application binds it. */
  private static ReviewProperties defaultReviewSettings() throws IOException {
    var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
    Binder binder = new Binder(ConfigurationPropertySources.from(sources), null,
        ApplicationConversionService.getSharedInstance());
    return binder.bind("capacity.review", ReviewProperties.class).get();
  }
}
