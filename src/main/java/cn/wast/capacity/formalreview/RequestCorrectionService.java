package cn.wast.capacity.formalreview;

import static cn.wast.capacity.application.ApplicationVariables.APPLICATION_KEY;
import static cn.wast.capacity.application.ApplicationVariables.CORRECTION_COUNT;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-1: the office asked for corrections. The society gets the configured correction period
 * ({@code capacity.correction-period}), cut at the call's formal-review deadline
 * ({@link CorrectionDeadline}), and a reminder {@code capacity.correction-reminder-before}
 * before its end; both moments become the timers of the correction task.
 */
@Component("requestCorrectionService")
class RequestCorrectionService implements JavaDelegate {

  private final Applications applications;
  private final ApplicationLetters letters;
  private final ProgrammeClock clock;
  private final ProgrammeProperties properties;
  private final CorrectionDeadline correctionDeadline;

  RequestCorrectionService(Applications applications, ApplicationLetters letters, ProgrammeClock clock,
      ProgrammeProperties properties, CorrectionDeadline correctionDeadline) {
    this.applications = applications;
    this.letters = letters;
    this.clock = clock;
    this.properties = properties;
    this.correctionDeadline = correctionDeadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant deadline = correctionDeadline.of(execution);
    int round = ((Number) execution.getVariable(CORRECTION_COUNT)).intValue() + 1;
    String request = (String) execution.getVariable(ApplicationVariables.CORRECTION_REQUEST);
    String deadlineText = clock.deadline(deadline);

    execution.setVariable(CORRECTION_COUNT, round);
    execution.setVariable(ApplicationVariables.CORRECTION_DEADLINE, Date.from(deadline));
    execution.setVariable(ApplicationVariables.CORRECTION_REMINDER_AT, clock.reminderAt(deadline, properties.correctionReminderBefore()));
    execution.setVariable(ApplicationVariables.CORRECTION_DEADLINE_TEXT, deadlineText);
    execution.setVariable(ApplicationVariables.CORRECTION_REQUEST_MARKDOWN, Markdown.paragraphs(request));
    applications.moveTo((String) execution.getVariable(APPLICATION_KEY), ApplicationStatus.CORRECTION_REQUESTED);
    letters.send(execution, execution.getProcessInstanceId(), MailType.CORRECTION_REQUESTED,
        "correction-" + round,
        Map.of("correctionRequest", request, "deadline", deadlineText,
            "tasklistUrl", properties.tasklistUrl(), "uploadUrl", properties.uploadUrl()));
  }
}
