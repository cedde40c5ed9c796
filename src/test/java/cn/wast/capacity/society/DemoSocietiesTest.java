package cn.wast.capacity.society;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.eligibility.EligibilityCheck;
import cn.wast.capacity.eligibility.EligibilityVerdict;
import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.support.CapacityTest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo registry does what DemoSocieties' table (and the README) says, for an application on
 * any day of the year it was loaded in: the ELIGIBLE societies pass R-APP-1, R-ELIG-1..5 and
 * R-EXCL-1..4; each rule rejects its own society and that society fails no other rule; one
 * society fails several rules at once.
 */
@CapacityTest
@DisplayName("R-APP-1 R-ELIG-1..5 R-EXCL-1..4: the demo societies")
class DemoSocietiesTest {

  @Autowired SocietyRegistry registry;
  @Autowired EligibilityCheck eligibilityCheck;
  @Autowired ProgrammeClock clock;

  private int year;

  @BeforeEach
  void thisYear() {
    ClockUtil.reset();
    year = clock.today().getYear();
  }

  /** Application days spread over the year: after the reports' grace, the intake, mid-year, year end. */
  static Stream<String> applicationDays() {
    return Stream.of("01-16", "03-02", "06-30", "12-31");
  }

  private LocalDate day(String monthDay) {
    return LocalDate.parse(year + "-" + monthDay);
  }

  @Test
  @DisplayName("at least 12 societies, codes of ASCII letters and digits, one not affiliated with WAST")
  void registry() {
    List<Society> all = registry.findAll();

    assertThat(all).hasSizeGreaterThanOrEqualTo(12);
    assertThat(all).allSatisfy(s -> {
      assertThat(s.code()).matches("[A-Z0-9]+");
      assertThat(s.contactEmail()).isEqualTo(s.code().toLowerCase() + "@societies.example.cn");
      assertThat(s.name()).endsWith("学会");
    });
    assertThat(all).extracting(Society::code).isSorted();
    assertThat(all).filteredOn(s -> !s.affiliatedWithWast()).extracting(Society::code)
        .containsExactly(DemoSocieties.FAILS_R_APP_1);
    assertThat(registry.findAffiliated()).hasSize(all.size() - 1);
  }

  @Test
  @DisplayName("every demo society is in the documented constants, and every constant is registered")
  void constantsCoverTheRegistry() {
    Set<String> documented = new HashSet<>(DemoSocieties.ELIGIBLE);
    documented.addAll(DemoSocieties.FAILS_ONLY.values());
    documented.add(DemoSocieties.FAILS_SEVERAL);

    assertThat(registry.findAll()).extracting(Society::code).containsExactlyInAnyOrderElementsOf(documented);
    assertThat(DemoSocieties.ELIGIBLE).hasSizeGreaterThanOrEqualTo(4);
    assertThat(DemoSocieties.FAILS_ONLY.keySet()).containsExactlyElementsOf(eligibilityCheck.ruleIds());
  }

  @ParameterizedTest(name = "applied on {0}")
  @MethodSource("applicationDays")
  @DisplayName("the ELIGIBLE societies pass every rule")
  void eligiblePass(String monthDay) {
    for (String code : DemoSocieties.ELIGIBLE) {
      assertThat(eligibilityCheck.check(code, day(monthDay)).reasonLines()).as(code).isEmpty();
    }
  }

  @ParameterizedTest(name = "applied on {0}")
  @MethodSource("applicationDays")
  @DisplayName("each rule rejects its own society, and that society fails no other rule")
  void eachRuleRejectsItsSociety(String monthDay) {
    DemoSocieties.FAILS_ONLY.forEach((ruleId, code) -> {
      EligibilityVerdict verdict = eligibilityCheck.check(code, day(monthDay));
      assertThat(verdict.failedRuleIds()).as(code + " " + verdict.reasonLines()).containsExactly(ruleId);
    });
  }

  @ParameterizedTest(name = "applied on {0}")
  @MethodSource("applicationDays")
  @DisplayName("one society fails several rules, all of them reported")
  void severalRules(String monthDay) {
    EligibilityVerdict verdict = eligibilityCheck.check(DemoSocieties.FAILS_SEVERAL, day(monthDay));

    assertThat(verdict.failedRuleIds()).as(verdict.reasonLines().toString())
        .containsExactlyElementsOf(DemoSocieties.FAILS_SEVERAL_RULES);
  }

  @Test
  @DisplayName("every rule rejects at least one demo society, with a Chinese reason naming the rule")
  void everyRuleRejectsSomeone() {
    Set<String> rejecting = new HashSet<>();
    for (Society society : registry.findAll()) {
      EligibilityVerdict verdict = eligibilityCheck.check(society.code(), day("03-02"));
      rejecting.addAll(verdict.failedRuleIds());
      assertThat(verdict.reasonLines()).allSatisfy(line -> assertThat(line).matches("【依据实施方案.+】.*\\p{IsHan}.*（R-[A-Z]+-\\d）"));
    }
    assertThat(rejecting).containsExactlyInAnyOrderElementsOf(eligibilityCheck.ruleIds());
  }

  @Test
  @DisplayName("the reasons a society reads are specific: the year, the day, the project")
  void reasonsAreSpecific() {
    LocalDate applied = day("03-02");
    assertThat(eligibilityCheck.check(DemoSocieties.FAILS_R_ELIG_1, applied).reasonLines())
        .containsExactly(RuleClauses.reason("R-ELIG-1", (year - 1) + "年度社团年检不合格"));
    assertThat(eligibilityCheck.check(DemoSocieties.FAILS_R_EXCL_4, applied).reasonLines().get(0))
        .contains((year + 2) + "年6月30日");
    assertThat(eligibilityCheck.check(DemoSocieties.FAILS_R_EXCL_3, applied).reasonLines().get(0))
        .contains("武汉市地理信息科普读本编写");
  }
}
