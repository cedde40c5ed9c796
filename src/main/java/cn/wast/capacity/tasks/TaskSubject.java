package cn.wast.capacity.tasks;

import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.review.ReviewVariables;
import cn.wast.capacity.round.RoundVariables;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a task is about, for its name in the task list: the society whose application, seat,
 * notice place or implementation it concerns, or else the year's round ("2026年度").
 */
final class TaskSubject {

  /** The society's name as each process keeps it: a review seat, a notice place, the instance. */
  private static final List<String> SOCIETY_NAMES = List.of(
      ReviewVariables.SEAT_SOCIETY_NAME, RoundVariables.PLACE_SOCIETY_NAME, ApplicationVariables.SOCIETY_NAME);

  static final String SEPARATOR = " · ";

  private TaskSubject() {}

  static Optional<String> of(VariableScope task) {
    for (String variable : SOCIETY_NAMES) {
      if (task.getVariable(variable) instanceof String name && !name.isBlank()) {
        return Optional.of(name);
      }
    }
    Object year = task.getVariable(RoundVariables.ROUND_YEAR);
    return year == null ? Optional.empty() : Optional.of(year + "年度");
  }

  /** The element's own name (what Cockpit shows on the diagram) followed by its subject. */
  static String name(String elementName, Optional<String> subject) {
    return subject.map(s -> elementName + SEPARATOR + s).orElse(elementName);
  }
}
