package cn.wast.capacity.publicity;

import cn.wast.capacity.FormOptions;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.round.RoundVariables;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-3: an upheld objection removes the society from the proposed list: the notice shows it
 * removed, the society is told the office's reasons, and the office is shown who could move up.
 * R-SUP-1: a revocation removes it the same way; the notice then says 因撤销资格取消, and the
 * society's letter is the withdrawal the revocation already sent.
 */
@Component("removeFromNoticeService")
class RemoveFromNoticeService implements JavaDelegate {

  private final PlaceHolder holder;
  private final PublicNotices notices;
  private final Objections objections;
  private final Applications applications;
  private final MoveUpCandidates candidates;
  private final NoticeLetters letters;
  private final ProgrammeClock clock;

  RemoveFromNoticeService(PlaceHolder holder, PublicNotices notices, Objections objections,
      Applications applications, MoveUpCandidates candidates, NoticeLetters letters,
      ProgrammeClock clock) {
    this.holder = holder;
    this.notices = notices;
    this.objections = objections;
    this.applications = applications;
    this.candidates = candidates;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution place) {
    NoticeEntry entry = holder.current(place);
    String societyName = Markdown.escape((String) place.getVariable(RoundVariables.PLACE_SOCIETY_NAME));
    if (applications.find(entry.applicationKey()).orElseThrow().status() == ApplicationStatus.WITHDRAWN_ON_REVOCATION) {
      notices.close(entry.id(), NoticeStatus.REVOKED, clock.now());
      place.setVariableLocal(RoundVariables.REMOVAL_TEXT, societyName + "（" + entry.applicationKey()
          + "）因在其他年度的专项中被撤销资格，申报已撤回，已移出拟表彰名单。");
    } else {
      String reasons = String.join("\n", objections.upheldReasons(entry.id()));
      notices.close(entry.id(), NoticeStatus.REMOVED, clock.now());
      applications.decide(entry.applicationKey(), ApplicationStatus.REMOVED, "公示异议成立：" + reasons, clock.now());
      Application application = applications.find(entry.applicationKey()).orElseThrow();
      letters.removed(application, reasons, place.getProcessInstanceId());
      place.setVariableLocal(RoundVariables.REMOVAL_TEXT, societyName + "（"
          + entry.applicationKey() + "）经核查异议成立，已移出拟表彰名单。核查结论：" + Markdown.escape(reasons));
    }

    List<ReviewResult> next = candidates.next(entry.roundYear());
    Map<String, String> names = applications.societyNamesByKey(entry.roundYear());
    place.setVariableLocal(RoundVariables.MOVE_UP_OPTIONS, FormOptions.of(next.stream()
        .map(r -> new FormOptions.Option(label(r, names.get(r.applicationKey())), r.applicationKey())).toList()));
    place.setVariableLocal(RoundVariables.MOVE_UP_TEXT, next.isEmpty()
        ? "没有可递补的学会：所有参评申报均已列入或移出公示名单。"
        : Markdown.fitting("", next.stream().map(r -> "- " + label(r, Markdown.escape(names.get(r.applicationKey())))).toList(),
            omitted -> "\n\n其余 " + omitted + " 家从略，可在上方选项中选择。"));
    for (String field : RoundVariables.MOVE_UP_FIELDS) {
      place.setVariableLocal(field, null);
    }
  }

  private static String label(ReviewResult result, String societyName) {
    return "第" + result.ranking() + "名 " + societyName + "（"
        + result.applicationKey() + "，综合得分 " + Numbers.score(result.composite()) + "）";
  }
}
