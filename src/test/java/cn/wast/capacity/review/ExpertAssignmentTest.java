package cn.wast.capacity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.review.ExpertAssignment.Application;
import cn.wast.capacity.review.ExpertAssignment.Expert;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-REV-2: balanced assignment of the expert committee, never to an affiliated society. */
@DisplayName("R-REV-2: expert assignment")
class ExpertAssignmentTest {

  private static final List<Expert> SIX = List.of(
      new Expert("expert1", Set.of("WHJX")),
      new Expert("expert2", Set.of()),
      new Expert("expert3", Set.of("WHTJ", "WHDJ")),
      new Expert("expert4", Set.of()),
      new Expert("expert5", Set.of("WHHX")),
      new Expert("expert6", Set.of()));

  private static List<Application> twelve() {
    List<String> codes = List.of("WHJX", "WHJSJ", "WHTJ", "WHDJ", "WHHX", "WHQC", "WHYY", "WHDZ", "WHDL",
        "WHZW", "WHSL", "WHHJ");
    return codes.stream().map(c -> new Application("APP-2026-" + c, c)).toList();
  }

  @Test
  @DisplayName("five different experts per application, none affiliated with its society")
  void fiveDifferentUnaffiliatedExperts() {
    Map<String, List<String>> assignment = ExpertAssignment.assign(SIX, twelve(), 5);

    assertThat(assignment).hasSize(12);
    for (Application application : twelve()) {
      List<String> experts = assignment.get(application.key());
      assertThat(experts).hasSize(5).doesNotHaveDuplicates();
      SIX.stream().filter(e -> e.affiliatedSocieties().contains(application.societyCode()))
          .forEach(e -> assertThat(experts).doesNotContain(e.id()));
    }
  }

  @Test
  @DisplayName("the work is spread evenly: loads differ by at most one")
  void balanced() {
    List<Expert> free = IntStream.rangeClosed(1, 7).mapToObj(i -> new Expert("e" + i, Set.of())).toList();
    Map<String, Integer> loads = loads(ExpertAssignment.assign(free, twelve(), 3).values());

    assertThat(loads.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(36);
    assertThat(loads.values().stream().mapToInt(Integer::intValue).max().getAsInt()
        - loads.values().stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
  }

  @Test
  @DisplayName("too few unaffiliated experts is said plainly, in Chinese")
  void tooFewExperts() {
    assertThatThrownBy(() -> ExpertAssignment.assign(SIX, twelve(), 6))
        .isInstanceOf(ExpertAssignment.NotEnoughExpertsException.class)
        .hasMessageContaining("申报 APP-2026-WHJX 只能找到 5 位无利益关联的专家，需要 6 位");
  }

  @Test
  @DisplayName("a recusal is replaced by the least-loaded expert not yet on the application")
  void replacementAfterRecusal() {
    Application whtj = new Application("APP-2026-WHTJ", "WHTJ");
    Map<String, List<String>> current = Map.of(
        "APP-2026-WHTJ", List.of("expert1", "expert2"),
        "APP-2026-WHHX", List.of("expert4", "expert5"));

    assertThat(ExpertAssignment.replacement(SIX, current, whtj, "expert2")).contains("expert6");
    assertThat(ExpertAssignment.replacement(List.of(SIX.get(0), SIX.get(1), SIX.get(2)), current, whtj, "expert2"))
        .isEmpty();
  }

  private static Map<String, Integer> loads(Collection<List<String>> assignments) {
    Map<String, Integer> loads = new HashMap<>();
    assignments.forEach(ids -> ids.forEach(id -> loads.merge(id, 1, Integer::sum)));
    return loads;
  }
}
