package cn.wast.capacity.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the system's own pages know of a signed-in user: roles and society by Camunda group. */
class SignedInUserTest {

  @Test
  @DisplayName("A society user acts for the society of its society-<CODE> group only")
  void societyUser() {
    SignedInUser whjx = new SignedInUser("whjx", List.of(Groups.SOCIETIES, "society-WHJX"));
    assertThat(whjx.societyCode()).contains("WHJX");
    assertThat(whjx.societyCodes()).containsExactly("WHJX");
    assertThat(whjx.isSociety()).isTrue();
    assertThat(whjx.actsFor("WHJX")).isTrue();
    assertThat(whjx.actsFor("WHDZ")).isFalse();
    assertThat(whjx.actsFor(null)).isFalse();
    assertThat(whjx.isOffice() || whjx.isAuditor() || whjx.isAdmin() || whjx.isExpert()).isFalse();
  }

  @Test
  @DisplayName("Being in the societies group alone acts for no society")
  void societiesGroupAlone() {
    SignedInUser user = new SignedInUser("x", List.of(Groups.SOCIETIES));
    assertThat(user.societyCode()).isEmpty();
    assertThat(user.isSociety()).isFalse();
  }

  @Test
  @DisplayName("Office, experts, auditors and admins by their groups; no society")
  void roles() {
    assertThat(new SignedInUser("office1", List.of(Groups.OFFICE)).isOffice()).isTrue();
    assertThat(new SignedInUser("expert1", List.of(Groups.EXPERTS)).isExpert()).isTrue();
    assertThat(new SignedInUser("auditor1", List.of(Groups.AUDITORS)).isAuditor()).isTrue();
    SignedInUser admin = new SignedInUser("admin", null);
    assertThat(admin.groupIds()).isEmpty();
    assertThat(new SignedInUser("admin", List.of(Groups.ADMIN)).isAdmin()).isTrue();
    assertThat(new SignedInUser("office1", List.of(Groups.OFFICE)).societyCode()).isEmpty();
  }

  @Test
  @DisplayName("Several society groups: every code, the first in order as the society")
  void severalSocieties() {
    SignedInUser user = new SignedInUser("x", List.of("society-WHZZ", "society-WHAA"));
    assertThat(user.societyCodes()).containsExactly("WHAA", "WHZZ");
    assertThat(user.societyCode()).contains("WHAA");
  }

  @Test
  @DisplayName("Groups: society-<CODE> and back")
  void groups() {
    assertThat(Groups.ofSociety("WHJX")).isEqualTo("society-WHJX");
    assertThat(Groups.societyOf("society-WHJX")).contains("WHJX");
    assertThat(Groups.societyOf(Groups.SOCIETIES)).isEmpty();
    assertThat(Groups.societyOf(null)).isEmpty();
  }
}
