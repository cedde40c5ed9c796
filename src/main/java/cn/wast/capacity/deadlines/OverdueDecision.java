package cn.wast.capacity.deadlines;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.funds.ImplementationVariables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 18, finding 6: the office's decision when a deadline passed without the society acting:
 * 催办 (urge; the deadline stays, or a short new date), 延期 (a later date, with a reason the
 * society is told), 记录逾期 (on record, no new date); for corrections also 整改已完成.
 */
record OverdueDecision(Optional<String> choice, Optional<LocalDate> newDueDate, Optional<String> reason) {

  static final String URGE = "urge";
  static final String EXTEND = "extend";
  static final String RECORD = "record";
  static final String DONE = "done";

  static OverdueDecision read(FormValues values) {
    return new OverdueDecision(values.text(ImplementationVariables.OVERDUE_DECISION), values.date(ImplementationVariables.NEW_DUE_DATE), values.text(ImplementationVariables.OVERDUE_REASON));
  }

  LatenessDecision kind() {
    return switch (choice.orElseThrow()) {
      case URGE -> LatenessDecision.URGED;
      case EXTEND -> LatenessDecision.EXTENDED;
      case DONE -> LatenessDecision.CORRECTED;
      default -> LatenessDecision.RECORDED;
    };
  }

  /** Every problem, in Chinese; empty when the decision may be applied. {@code lastDay} is the passed deadline's. */
  List<String> problems(LocalDate today, LocalDate lastDay) {
    List<String> problems = new ArrayList<>();
    switch (choice.orElse("")) {
      case EXTEND -> {
        if (newDueDate.isEmpty() || !newDueDate.get().isAfter(today) || !newDueDate.get().isAfter(lastDay)) {
          problems.add("延期请填写“新的截止日期”，须晚于今天和原截止日期（" + ChineseDates.date(lastDay) + "）");
        }
        if (reason.map(String::strip).orElse("").isEmpty()) {
          problems.add("延期请填写“理由”，将写入给学会的通知");
        }
      }
      case URGE -> newDueDate.filter(date -> !date.isAfter(today))
          .ifPresent(date -> problems.add("催办给出的“新的截止日期”须晚于今天；不给新期限请留空"));
      case RECORD, DONE -> newDueDate.ifPresent(date -> problems.add("只有催办或延期才给出“新的截止日期”，请清空"));
      default -> problems.add("请选择“处理方式”");
    }
    return problems;
  }
}
