package cn.wast.capacity.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-REV-2: on which days an affiliation bars an expert from scoring the society. */
class ExpertAffiliationTest {

  private static final Period LOOK_BACK = Period.ofYears(3);
  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

  private static ExpertAffiliation tie(AffiliationRole role, LocalDate endedOn) {
    return new ExpertAffiliation("e", "WHJX", role, LocalDate.of(2010, 1, 1), endedOn);
  }

  @Test
  @DisplayName("R-REV-2: a member is affiliated until the last day of membership, not after")
  void memberUntilMembershipEnds() {
    assertThat(tie(AffiliationRole.MEMBER, null).holdsOn(DAY, LOOK_BACK)).isTrue();
    assertThat(tie(AffiliationRole.MEMBER, DAY).holdsOn(DAY, LOOK_BACK)).isTrue();
    assertThat(tie(AffiliationRole.MEMBER, DAY.minusDays(1)).holdsOn(DAY, LOOK_BACK)).isFalse();
  }

  @Test
  @DisplayName("R-REV-2: an officer whose term ended counts as a former officer: affiliated through the look-back")
  void endedOfficerIsAFormerOfficer() {
    for (AffiliationRole role : new AffiliationRole[] {AffiliationRole.OFFICER, AffiliationRole.FORMER_OFFICER}) {
      assertThat(tie(role, null).holdsOn(DAY, LOOK_BACK)).as(role.name()).isTrue();
      assertThat(tie(role, DAY.minus(LOOK_BACK)).holdsOn(DAY, LOOK_BACK)).as(role.name()).isTrue();
      assertThat(tie(role, DAY.minus(LOOK_BACK).minusDays(1)).holdsOn(DAY, LOOK_BACK)).as(role.name()).isFalse();
    }
  }
}
