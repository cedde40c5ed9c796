package cn.wast.capacity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.AnnualInspection;
import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.Dated;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import cn.wast.capacity.support.CapacityTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registry as it stood on a day: a dated change leaves the record of every earlier day as it was. */
@CapacityTest
class SocietyAsOfTest {

  static final String CODE = "ASOFTEST";
  static final LocalDate BEFORE = LocalDate.of(2026, 4, 30);
  static final LocalDate CHANGED = LocalDate.of(2026, 5, 1);

  @Autowired SocietyRegistry registry;
  @Autowired JdbcTemplate jdbc;

  static Society society(String code, String name, int staff) {
    return RegistryTestSocieties.society(code, name, staff);
  }

  static void remove(JdbcTemplate jdbc, String code) {
    RegistryTestSocieties.remove(jdbc, code);
  }

  @BeforeEach
  void registered() {
    remove(jdbc, CODE);
    registry.save(society(CODE, "武汉市测试学会", 5));
    registry.recordInspection(CODE, 2025, true);
    registry.recordWorkReport(CODE, 2025, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10));
  }

  @AfterEach
  void removed() {
    remove(jdbc, CODE);
    ClockUtil.reset();
  }

  @Test
  @DisplayName("the undated writes hold since ever: the record of any past day has them")
  void undatedWritesHoldSinceEver() {
    SocietyRecord longAgo = registry.loadRecord(CODE, LocalDate.of(2001, 1, 1)).orElseThrow();
    assertThat(longAgo.society().name()).isEqualTo("武汉市测试学会");
    assertThat(longAgo.inspectionOf(2025)).contains(new AnnualInspection(2025, true));
    assertThat(registry.versions(CODE)).singleElement()
        .satisfies(v -> assertThat(v.validFrom()).isEqualTo(SocietyRegistry.SINCE_EVER));
  }

  @Test
  @DisplayName("an attribute changed on 5 May: the day before reads the old, from that day the new; the past stays")
  void attributeChangeKeepsThePast() {
    registry.change(society(CODE, "武汉市测试科技学会", 1), null, CHANGED);

    assertThat(registry.loadRecord(CODE, BEFORE).orElseThrow().society())
        .extracting(Society::name, Society::staffCount).containsExactly("武汉市测试学会", 5);
    assertThat(registry.loadRecord(CODE, CHANGED).orElseThrow().society())
        .extracting(Society::name, Society::staffCount).containsExactly("武汉市测试科技学会", 1);
    assertThat(registry.findByCode(CODE).orElseThrow().name()).as("the table every other reader joins")
        .isEqualTo("武汉市测试科技学会");
    assertThat(registry.versions(CODE)).extracting(Dated::validFrom, Dated::validUntil).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CHANGED, null),
        org.assertj.core.groups.Tuple.tuple(SocietyRegistry.SINCE_EVER, CHANGED));

    // an undated write afterwards replaces the version in force only
    registry.save(society(CODE, "武汉市测试科技学会", 3));
    assertThat(registry.loadRecord(CODE, BEFORE).orElseThrow().society().staffCount()).isEqualTo(5);
    assertThat(registry.loadRecord(CODE, CHANGED).orElseThrow().society().staffCount()).isEqualTo(3);
  }

  @Test
  @DisplayName("facts changed on a day: inspection, work report, violation added and withdrawn, project corrected")
  void factsChangeOnTheirDay() {
    registry.changeInspection(CODE, 2025, false, CHANGED);
    registry.changeWorkReport(CODE, 2025, null, LocalDate.of(2026, 1, 10), CHANGED);
    long violation = registry.addViolation(CODE,
        new Violation(ViolationKind.PUBLIC_CRITICISM, "市民政局", "年检材料迟报", LocalDate.of(2026, 4, 20)), CHANGED);
    long project = registry.addCommissionedProject(CODE,
        new CommissionedProject("科普周", "市科协", LocalDate.of(2026, 3, 1), null), BEFORE);
    registry.correctCommissionedProject(CODE, project,
        Optional.of(new CommissionedProject("科普周", "市科协", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28))),
        CHANGED);

    SocietyRecord before = registry.loadRecord(CODE, BEFORE).orElseThrow();
    SocietyRecord after = registry.loadRecord(CODE, CHANGED).orElseThrow();
    assertThat(before.inspectionOf(2025).orElseThrow().passed()).isTrue();
    assertThat(after.inspectionOf(2025).orElseThrow().passed()).isFalse();
    assertThat(before.workReportOf(2025).orElseThrow().summarySubmittedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
    assertThat(after.workReportOf(2025).orElseThrow().summarySubmittedOn()).isNull();
    assertThat(before.violations()).isEmpty();
    assertThat(after.violations()).singleElement().extracting(Violation::description).isEqualTo("年检材料迟报");
    assertThat(before.commissionedProjects()).singleElement().extracting(CommissionedProject::completedOn).isNull();
    assertThat(after.commissionedProjects()).singleElement().extracting(CommissionedProject::completedOn)
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(registry.loadRecord(CODE, BEFORE.minusDays(1)).orElseThrow().commissionedProjects()).isEmpty();

    LocalDate later = CHANGED.plusDays(10);
    registry.correctViolation(CODE, violation, Optional.empty(), later);
    assertThat(registry.loadRecord(CODE, later.minusDays(1)).orElseThrow().violations()).hasSize(1);
    assertThat(registry.loadRecord(CODE, later).orElseThrow().violations()).isEmpty();
    assertThat(registry.violationHistory(CODE)).singleElement().extracting(Dated::validUntil).isEqualTo(later);
  }

  @Test
  @DisplayName("a society registered on a day is not in the registry the day before; loadRecord(code) reads today")
  void registeredOnADay() {
    String code = "ASOFNEW";
    remove(jdbc, code);
    try {
      registry.register(society(code, "武汉市新登记学会", 4), null, CHANGED);
      assertThat(registry.loadRecord(code, BEFORE)).isEmpty();
      assertThat(registry.loadRecord(code, CHANGED)).isPresent();
      ClockUtil.setCurrentTime(Date.from(BEFORE.atStartOfDay(ZoneId.of("Asia/Shanghai")).plusHours(10).toInstant()));
      assertThat(registry.loadRecord(code)).isEmpty();
      ClockUtil.setCurrentTime(Date.from(CHANGED.atStartOfDay(ZoneId.of("Asia/Shanghai")).plusHours(10).toInstant()));
      assertThat(registry.loadRecord(code)).isPresent();
    } finally {
      remove(jdbc, code);
    }
  }
}
