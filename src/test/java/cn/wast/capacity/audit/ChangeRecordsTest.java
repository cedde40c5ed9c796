package cn.wast.capacity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.support.CapacityTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Every change the office makes is on record with who, before, after and why. Rolled back. */
@CapacityTest
@Transactional
class ChangeRecordsTest {

  @Autowired ChangeRecords records;
  @Autowired ChangeRecordPruning pruning;

  @org.junit.jupiter.api.AfterEach
  void resetClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  @Test
  void aChangeIsKeptAsLongAsTheHistoryAndNoLonger() {
    java.time.Instant made = java.time.Instant.parse("2026-03-02T02:00:00Z");
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(made));
    records.record(ChangeSubject.SOCIETY, "ZZKEEP", "武汉测试学会", List.of(new FieldChange("学会名称", "甲", "乙")),
        "更名", "office1");

    // CAPACITY_HISTORY_TTL is P3650D: the day before it runs out the change is still there
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(made.plus(java.time.Duration.ofDays(3649))));
    pruning.prune();
    assertThat(records.of(ChangeSubject.SOCIETY, "ZZKEEP")).hasSize(1);

    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(made.plus(java.time.Duration.ofDays(3651))));
    pruning.prune();
    assertThat(records.of(ChangeSubject.SOCIETY, "ZZKEEP")).isEmpty();
  }

  @Test
  void aChangeKeepsItsFieldsBeforeAfterAndReason() {
    List<FieldChange> changes = new java.util.ArrayList<>();
    FieldChange.of("专职工作人员数", 3, 5).ifPresent(changes::add);
    FieldChange.of("学会名称", "武汉测试学会", "武汉测试学会").ifPresent(changes::add);
    FieldChange.of("秘书长", null, "张伟").ifPresent(changes::add);

    records.record(ChangeSubject.SOCIETY, "ZZCHG", "武汉测试学会", changes, " 年检材料更新 ", "office1");

    assertThat(records.of(ChangeSubject.SOCIETY, "ZZCHG"))
        .extracting(ChangeRecord::field, ChangeRecord::before, ChangeRecord::after, ChangeRecord::reason,
            ChangeRecord::changedBy)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("专职工作人员数", "3", "5", "年检材料更新", "office1"),
            org.assertj.core.groups.Tuple.tuple("秘书长", null, "张伟", "年检材料更新", "office1"));
    assertThat(records.of(ChangeSubject.EXPERT, "ZZCHG")).isEmpty();
  }

  @Test
  void aChangeWithoutAReasonIsNotRecorded() {
    assertThatThrownBy(() -> records.record(ChangeSubject.SOCIETY, "ZZCHG", "武汉测试学会",
        List.of(new FieldChange("学会名称", "甲", "乙")), "  ", "office1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(records.of(ChangeSubject.SOCIETY, "ZZCHG")).isEmpty();
  }
}
