package cn.wast.capacity.publicity;

import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-REV-3: opens one quota place of the notice (one instance of 名额公示) with the society published for it. */
@Component("openNoticePlace")
class OpenNoticePlace implements ExecutionListener {

  private final PublicNotices notices;
  private final PlaceHolder holder;

  OpenNoticePlace(PublicNotices notices, PlaceHolder holder) {
    this.notices = notices;
    this.holder = holder;
  }

  @Override
  public void notify(DelegateExecution place) {
    int year = RoundVariables.roundYear(place);
    int number = RoundVariables.noticePlace(place);
    NoticeEntry entry = notices.findByRound(year).stream()
        .filter(e -> e.place() == number && e.status() == NoticeStatus.IN_NOTICE)
        .findFirst().orElseThrow();
    holder.show(place, entry);
  }
}
