package cn.wast.capacity.tasks;

import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.ProgrammeClock;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of Tasklist's generic actions the signed-in user's role never needs, for the script
 * {@code scripts/task-list-view.js}, which hides them: creating a task, adding groups and setting
 * follow-up dates are the office's own bookkeeping; starting a process is for the office, and
 * for a society only while it can apply (a round open and not yet applied to). An expert's or a
 * society's task is theirs by the process: they neither hand it on nor give it back. Nobody edits a
 * due date in Tasklist: it is the programme's deadline, kept by the process's timers, and an
 * edited one would tell a wrong date.
 */
@RestController
class TasklistViewController {

  static final String CREATE_TASK = "create-task";
  static final String START_PROCESS = "start-process";
  static final String GROUPS = "groups";
  static final String FOLLOW_UP = "follow-up";
  static final String DUE_DATE_EDIT = "due-date-edit";
  static final String ASSIGNEE_EDIT = "assignee-edit";

  private final CurrentUser currentUser;
  private final Rounds rounds;
  private final Applications applications;
  private final ProgrammeClock clock;

  TasklistViewController(CurrentUser currentUser, Rounds rounds, Applications applications, ProgrammeClock clock) {
    this.currentUser = currentUser;
    this.rounds = rounds;
    this.applications = applications;
    this.clock = clock;
  }

  @GetMapping(value = "/tasklist-view", produces = "application/json")
  Map<String, Object> view(HttpServletRequest request) {
    return currentUser.of(request)
        .<Map<String, Object>>map(user -> Map.of("signedIn", true, "hide", hiddenFor(user)))
        .orElse(Map.of("signedIn", false, "hide", List.of()));
  }

  List<String> hiddenFor(SignedInUser user) {
    List<String> hidden = new ArrayList<>(List.of(DUE_DATE_EDIT));
    if (user.isOffice() || user.isAdmin()) {
      return hidden;
    }
    hidden.addAll(List.of(CREATE_TASK, GROUPS, FOLLOW_UP, ASSIGNEE_EDIT));
    if (!(user.isSociety() && canApply(user))) {
      hidden.add(START_PROCESS);
    }
    return hidden;
  }

  private boolean canApply(SignedInUser user) {
    LocalDate today = clock.today();
    for (Round round : rounds.findByStatus(RoundStatus.OPEN)) {
      if (!today.isAfter(round.applicationDeadline())
          && user.societyCodes().stream().anyMatch(code -> applications.find(round.year(), code).isEmpty())) {
        return true;
      }
    }
    return false;
  }
}
