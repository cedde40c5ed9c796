package cn.wast.capacity.application;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.WithoutAuthorization;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.society.Society;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What the system already knows when a society opens its application, so that it is not typed
 * again: the year of the round whose window is open, and the contact person the society gave in
 * its last application (else the registry's address for the programme's letters). Also what
 * stops a submission before anything is typed: a closed window, a missing board resolution.
 * Only a starting point: the submission is checked as ever, and the society is taken from the
 * signed-in account, never from these values.
 */
@Component
public class ApplicationPrefill {

  /** The upload page; its link 返回申报表继续填写 opens the application form in Tasklist again. */
  static final String UPLOAD_AND_RETURN = "/documents";
  static final List<String> CONTACT_FIELDS = List.of("contactName", "contactPhone", "contactEmail");

  private final Rounds rounds;
  private final Applications applications;
  private final ApplicationDocuments documents;
  private final HistoryService historyService;
  private final ProgrammeClock clock;

  ApplicationPrefill(Rounds rounds, Applications applications, ApplicationDocuments documents,
      HistoryService historyService, ProgrammeClock clock) {
    this.rounds = rounds;
    this.applications = applications;
    this.documents = documents;
    this.historyService = historyService;
    this.clock = clock;
  }

  /** The round a society can apply in now: open, before the end of its deadline day. */
  public Optional<Round> openRound() {
    return rounds.findByStatus(RoundStatus.OPEN).stream()
        .filter(round -> clock.now().isBefore(clock.endOf(round.applicationDeadline())))
        .min(Comparator.comparing(Round::year));
  }

  /** The form's values the system knows: the round's year and the contact person. */
  public Map<String, Object> values(Society society) {
    Map<String, Object> values = new LinkedHashMap<>();
    openRound().ifPresent(round -> values.put(ApplicationVariables.ROUND_YEAR, round.year()));
    values.putAll(contacts(society));
    return values;
  }

  /** The contact person of the society's latest application; without one, the registry's address. */
  public Map<String, String> contacts(Society society) {
    Map<String, String> contacts = new LinkedHashMap<>();
    applications.findBySociety(society.code()).stream()
        .max(Comparator.comparing(Application::submittedAt))
        .ifPresent(last -> WithoutAuthorization.run(() -> historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(last.processInstanceId()).variableNameIn(CONTACT_FIELDS.toArray(String[]::new))
            .list().stream()
            .filter(variable -> variable.getValue() instanceof String text && !text.isBlank())
            .forEach(variable -> contacts.put(variable.getName(), (String) variable.getValue()))));
    if (!contacts.containsKey("contactEmail") && society.contactEmail() != null) {
      contacts.put("contactEmail", society.contactEmail());
    }
    return contacts;
  }

  /**
   * What the society must know before it types anything, as Markdown of literal text: who
   * applies, for which round and until when, and whether the board resolution is uploaded.
   */
  public String status(Society society) {
    StringBuilder text = new StringBuilder("**申报学会：" + Markdown.escape(society.name()) + "**（由登录账号确定）\n\n");
    Optional<Round> round = openRound();
    if (round.isEmpty()) {
      return text.append("**当前没有开放的申报：** 本表现在不能提交。请按市科协的申报通知，在申报期内申报。").toString();
    }
    int year = round.get().year();
    Optional<Application> existing = applications.find(year, society.code());
    if (existing.isPresent()) {
      return text.append("**本学会已提交 " + year + " 年度申报（编号 " + Markdown.escape(existing.get().businessKey())
          + "）**，同一年度只能申报一次。进展见“本学会的申报、草稿和邮件”页面。").toString();
    }
    text.append("申报年度：" + year + " 年度，申报截止：" + ChineseDates.date(round.get().applicationDeadline())
        + " 24:00。\n\n");
    List<DocumentInfo> pending = documents.listPending(society.code(), year);
    if (pending.stream().noneMatch(file -> file.kind() == DocumentKind.BOARD_RESOLUTION)) {
      return text.append("**尚未上传理事会（常务理事会）决议文件，现在提交会被退回（R-APP-2）。** 请先"
          + Markdown.link("上传决议文件", UPLOAD_AND_RETURN) + "，上传后页面上有返回本表的链接。").toString();
    }
    return text.append("已上传：" + pending.stream()
        .map(file -> Markdown.escape(file.kind().label() + "：" + file.fileName()))
        .reduce((a, b) -> a + "；" + b).orElse("") + "（" + Markdown.link("查看或更换", UPLOAD_AND_RETURN) + "）").toString();
  }
}
