package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** R-DYN-1: the award's tranches, as configured: a share is kept back until the final acceptance. */
class TranchesConfigurationTest {

  private static FundsProperties with(Map<Tranche, BigDecimal> tranches) {
    return new FundsProperties(Period.ofDays(30), Duration.ofDays(5), Period.ofYears(1), Period.ofMonths(6),
        Period.ofDays(30), Duration.ofDays(5), tranches);
  }

  @Test
  @DisplayName("R-DYN-1: application.yml pays 0.5 on filing, 0.3 on a passed mid-term and keeps 0.2 for the final acceptance")
  void configuredSplit() throws Exception {
    var environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
        .forEach(environment.getPropertySources()::addLast);
    FundsProperties funds = Binder.get(environment).bind("capacity.funds", FundsProperties.class).get();
    assertThat(funds.tranches()).containsExactly(
        Map.entry(Tranche.PLAN_FILED, new BigDecimal("0.5")),
        Map.entry(Tranche.MID_TERM_PASSED, new BigDecimal("0.3")),
        Map.entry(Tranche.FINAL_ACCEPTED, new BigDecimal("0.2")));
    assertThat(Tranche.FINAL_ACCEPTED.label()).isEqualTo("结项验收通过后");
  }

  @Test
  @DisplayName("R-DYN-1: shares that do not sum to 1, or no share kept for the final acceptance, stop the start with a clear message")
  void refusesSplitsWithoutAHoldback() {
    assertThatThrownBy(() -> with(Map.of(Tranche.PLAN_FILED, new BigDecimal("0.5"),
        Tranche.MID_TERM_PASSED, new BigDecimal("0.3"), Tranche.FINAL_ACCEPTED, new BigDecimal("0.1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> with(Map.of(Tranche.PLAN_FILED, new BigDecimal("0.6"),
        Tranche.MID_TERM_PASSED, new BigDecimal("0.4"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FINAL_ACCEPTED")
        .hasMessageContaining("greater than 0");
    assertThatThrownBy(() -> with(Map.of(Tranche.PLAN_FILED, new BigDecimal("0.6"),
        Tranche.MID_TERM_PASSED, new BigDecimal("0.4"), Tranche.FINAL_ACCEPTED, BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FINAL_ACCEPTED");
    assertThat(with(Map.of(Tranche.PLAN_FILED, new BigDecimal("0.7"), Tranche.FINAL_ACCEPTED, new BigDecimal("0.3")))
        .tranches()).hasSize(2);
  }
}
