package cn.wast.capacity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.IntakeTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-ELIG-1 read as of the submission day: the office records on 5 March that last year's
 * inspection of two societies failed. The application submitted on 4 March, though checked
 * after the change, is judged by the registry of 4 March; the one submitted on 5 March by the new.
 */
class EligibilityByDayTest extends IntakeTestBase {

  private final String early = DemoSocieties.ELIGIBLE.get(0);
  private final String late = DemoSocieties.ELIGIBLE.get(1);

  @Autowired SocietyRegistry registry;
  @Autowired Applications applications;

  @AfterEach
  void registryAsItWas() {
    for (String code : List.of(early, late)) {
      jdbc.update("DELETE FROM society_annual_inspection WHERE society_code = ? AND valid_from > ?", code,
          SocietyRegistry.SINCE_EVER);
      jdbc.update("UPDATE society_annual_inspection SET valid_until = NULL WHERE society_code = ?", code);
    }
  }

  @Test
  @DisplayName("R-ELIG-1: a fact changed between two submissions judges the earlier by the old, the later by the new")
  void eachApplicationIsJudgedByItsSubmissionDay() {
    openRound();
    uploadBoardResolution(early);
    uploadBoardResolution(late);
    setClock(LocalDate.of(year(), 3, 4), LocalTime.of(10, 0));
    ProcessInstance earlyApplication = apply(early);

    LocalDate changedOn = LocalDate.of(year(), 3, 5);
    setClock(changedOn, LocalTime.of(9, 0));
    for (String code : List.of(early, late)) {
      registry.changeInspection(code, year() - 1, false, changedOn);
    }
    ProcessInstance lateApplication = apply(late);
    executeDueJobs();

    assertThat(applications.find(year(), early).orElseThrow().status())
        .as("submitted on 4 March, checked after the change").isEqualTo(ApplicationStatus.IN_FORMAL_REVIEW);
    assertThat(applications.find(year(), late).orElseThrow().status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
    assertThat((String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(lateApplication.getId()).variableName("failedRules").singleResult().getValue())
        .isEqualTo("R-ELIG-1");
    assertThat(earlyApplication.getId()).isNotEqualTo(lateApplication.getId());
  }
}
