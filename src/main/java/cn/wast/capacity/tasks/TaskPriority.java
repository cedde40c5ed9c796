package cn.wast.capacity.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * A task's priority follows its deadline: the earlier the due date, the higher the priority, so
 * that every list sorted by priority is sorted by deadline; a task without a deadline has the
 * lowest. Tasklist shows the due date, not this number.
 */
final class TaskPriority {

  static final int WITHOUT_DEADLINE = 0;

  /** A day far enough ahead that every deadline of the programme falls before it. */
  private static final LocalDate HORIZON = LocalDate.of(2200, 1, 1);

  private TaskPriority() {}

  static int of(Date due, ZoneId zone) {
    if (due == null) {
      return WITHOUT_DEADLINE;
    }
    LocalDate day = LocalDate.ofInstant(due.toInstant(), zone);
    return (int) Math.max(1, HORIZON.toEpochDay() - day.toEpochDay());
  }
}
