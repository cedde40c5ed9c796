package cn.wast.capacity.society;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.eligibility.EligibilityCheck;
import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.SocietyRecordBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry keeps what the eligibility rules (R-APP-1, R-ELIG-1..5, R-EXCL-1..4) read, and
 * gives it back whole. Each test's writes are rolled back.
 */
@CapacityTest
@Transactional
@DisplayName("R-APP-1 R-ELIG-1..5 R-EXCL-1..4: the society registry")
class SocietyRegistryTest {

  @Autowired SocietyRegistry registry;
  @Autowired EligibilityCheck eligibility;

  private static Society society(String code, boolean affiliated) {
    return new Society(code, "武汉测试学会", code.toLowerCase() + "@societies.example.cn", affiliated, true,
        LocalDate.of(2027, 12, 31), "张伟", SecretaryGeneralTenure.PART_TIME, 3, true, false, 1);
  }

  @Test
  @DisplayName("a saved society is found by code, among all, and among the affiliated only if it is")
  void saveAndFind() {
    registry.save(society("ZZTEST1", true));
    registry.save(society("ZZTEST2", false));

    assertThat(registry.findByCode("ZZTEST1")).contains(society("ZZTEST1", true));
    assertThat(registry.findByCode("NOSUCH")).isEmpty();
    assertThat(registry.findAll()).extracting(Society::code).contains("ZZTEST1", "ZZTEST2");
    assertThat(registry.findAffiliated()).extracting(Society::code).contains("ZZTEST1").doesNotContain("ZZTEST2");
  }

  @Test
  @DisplayName("saving again replaces what the registry held")
  void saveReplaces() {
    registry.save(society("ZZTEST1", true));
    Society changed = new Society("ZZTEST1", "武汉测试学会", "zztest1@societies.example.cn", true, false, null,
        null, SecretaryGeneralTenure.NONE, 0, false, true, 0);
    registry.save(changed);

    assertThat(registry.findByCode("ZZTEST1")).contains(changed);
  }

  @Test
  @DisplayName("the record carries every fact, each kind in date order")
  void loadRecord() {
    registry.save(society("ZZTEST1", true));
    registry.recordInspection("ZZTEST1", 2025, true);
    registry.recordInspection("ZZTEST1", 2024, false);
    registry.recordInspection("ZZTEST1", 2024, true);
    registry.recordWorkReport("ZZTEST1", 2025, LocalDate.of(2025, 12, 20), null);
    registry.recordViolation("ZZTEST1",
        new Violation(ViolationKind.PENALTY, "武汉市市场监督管理局", "罚款", LocalDate.of(2025, 8, 3)));
    registry.recordViolation("ZZTEST1",
        new Violation(ViolationKind.DISCIPLINE_OR_LAW, null, "违纪", LocalDate.of(2024, 1, 2)));
    registry.recordCommissionedProject("ZZTEST1",
        new CommissionedProject("科普读本", "武汉市科协", LocalDate.of(2025, 11, 30), null));
    registry.recordFraudBan("ZZTEST1", LocalDate.of(2025, 7, 1), LocalDate.of(2028, 6, 30), "虚报业绩");

    SocietyRecord record = registry.loadRecord("ZZTEST1").orElseThrow();

    assertThat(record.society()).isEqualTo(society("ZZTEST1", true));
    assertThat(record.inspections())
        .containsExactly(new AnnualInspection(2024, true), new AnnualInspection(2025, true));
    assertThat(record.workReportOf(2025)).contains(new WorkReport(2025, LocalDate.of(2025, 12, 20), null));
    assertThat(record.violations()).extracting(Violation::description).containsExactly("违纪", "罚款");
    assertThat(record.commissionedProjects())
        .containsExactly(new CommissionedProject("科普读本", "武汉市科协", LocalDate.of(2025, 11, 30), null));
    assertThat(record.fraudBans())
        .containsExactly(new FraudBan(LocalDate.of(2025, 7, 1), LocalDate.of(2028, 6, 30), "虚报业绩"));
    assertThat(registry.loadRecord("NOSUCH")).isEmpty();
  }

  @Test
  @DisplayName("a record a test builds is registered whole, and the eligibility check reads it from the registry")
  void builtRecordRegistered() {
    SocietyRecord built = SocietyRecordBuilder.passingFor(2026).code("ZZREC1").name("武汉市记录测试学会")
        .violation(ViolationKind.PUBLIC_CRITICISM, "年检材料弄虚作假，予以通报批评", LocalDate.of(2025, 9, 1))
        .project("科普读本", LocalDate.of(2026, 11, 30), null)
        .registerIn(registry);

    SocietyRecord loaded = registry.loadRecord("ZZREC1").orElseThrow();
    assertThat(loaded.society()).isEqualTo(built.society());
    assertThat(loaded.society().name()).isEqualTo("武汉市记录测试学会");
    assertThat(loaded.inspections()).containsExactlyElementsOf(built.inspections());
    assertThat(loaded.workReports()).containsExactlyElementsOf(built.workReports());
    assertThat(loaded.violations()).containsExactlyElementsOf(built.violations());
    assertThat(loaded.commissionedProjects()).containsExactlyElementsOf(built.commissionedProjects());
    assertThat(eligibility.check("ZZREC1", LocalDate.of(2026, 3, 16)).failedRuleIds()).containsExactly("R-EXCL-2");
    assertThat(eligibility.check(SocietyRecordBuilder.passingFor(2026).code("ZZREC2").registerIn(registry).code(),
        LocalDate.of(2026, 3, 16)).eligible()).isTrue();
  }
}
