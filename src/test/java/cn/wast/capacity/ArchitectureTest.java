package cn.wast.capacity;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package layering. A round's stages come one after another, and a stage knows only the
 * stages before it: an application does not know it will be ranked, a ranking does not know
 * the award. The ground floor (the society registry, the outbox, form checks) serves every stage
 * and knows none.
 */
@DisplayName("Packages: stages depend downward only")
class ArchitectureTest {

  /**
   * The stages of a round, in the order a round goes through them. The implementation (专项实施)
   * is one stage of three concerns: the fund plan and money, the checks, and their deadlines.
   */
  static final List<List<String>> STAGES = List.of(
      List.of("round"), List.of("application"), List.of("eligibility"), List.of("formalreview"),
      List.of("review"), List.of("ranking"), List.of("publicity"), List.of("award"),
      List.of("funds", "checks", "deadlines"), List.of("supervision"));

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.wast.capacity");
  }

  static String pkg(String name) {
    return "cn.wast.capacity." + name + "..";
  }

  static String[] packages(List<String> names) {
    return names.stream().map(ArchitectureTest::pkg).toArray(String[]::new);
  }

  /** One rule per stage: none of its classes uses a class of a later stage. */
  static ArchRule stagesDependDownwardOnly() {
    List<ArchRule> rules = new ArrayList<>();
    for (int i = 0; i < STAGES.size() - 1; i++) {
      List<String> later = STAGES.subList(i + 1, STAGES.size()).stream().flatMap(List::stream).toList();
      rules.add(noClasses().that().resideInAnyPackage(packages(STAGES.get(i)))
          .should().dependOnClassesThat().resideInAnyPackage(packages(later))
          .because(STAGES.get(i) + " comes before " + later));
    }
    return CompositeArchRule.of(rules);
  }

  @Test
  @DisplayName("a stage uses no class of a later stage")
  void stagesUseOnlyEarlierStages() {
    stagesDependDownwardOnly().check(classes);
  }

  /**
   * The ground floor every stage stands on: the root package, the registry, the outbox, form
   * checks, rules in words, database settings, login. None of its classes uses a stage.
   */
  static final List<String> GROUND_FLOOR = List.of("society", "mail", "form", "rules", "database", "login");

  static List<String> allStages() {
    return STAGES.stream().flatMap(List::stream).toList();
  }

  static ArchRule groundFloorUsesNoStage() {
    List<String> ground = new ArrayList<>(List.of(packages(GROUND_FLOOR)));
    ground.add("cn.wast.capacity");
    return noClasses().that().resideInAnyPackage(ground.toArray(String[]::new))
        .should().dependOnClassesThat().resideInAnyPackage(packages(allStages()))
        .because("every stage reads the registry, sends mail and checks forms; none of them may know a stage");
  }

  /** Access grants rights per process, so it reads each stage's process key, and nothing else of a stage. */
  static ArchRule accessReadsOnlyProcessKeys() {
    return noClasses().that().resideInAPackage(pkg("access"))
        .should().dependOnClassesThat(resideInAnyPackage(packages(allStages()))
            .and(not(simpleNameEndingWith("Variables"))))
        .because("access knows which processes there are (their *Variables), not what a stage does");
  }

  @Test
  @DisplayName("the ground floor (registry, outbox, forms, rules) uses no stage")
  void groundFloorKnowsNoStage() {
    groundFloorUsesNoStage().check(classes);
  }

  @Test
  @DisplayName("access reads only the stages' process keys")
  void accessKnowsOnlyProcessKeys() {
    accessReadsOnlyProcessKeys().check(classes);
  }

  @Test
  @DisplayName("the rules fail on a class that reaches up (test code that does)")
  void rulesFailOnAnUpwardDependency() {
    JavaClasses upward = new ClassFileImporter()
        .withImportOption(location -> !location.contains("/test-classes/")
            || location.contains("/ReadsAnAward.class") || location.contains("/ReadsARound.class"))
        .importPackages("cn.wast.capacity");
    assertThatThrownBy(() -> stagesDependDownwardOnly().check(upward))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadsAnAward").hasMessageContaining("cn.wast.capacity.award.Award");
    assertThatThrownBy(() -> groundFloorUsesNoStage().check(upward))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadsARound").hasMessageContaining("cn.wast.capacity.round.Round");
  }
}
