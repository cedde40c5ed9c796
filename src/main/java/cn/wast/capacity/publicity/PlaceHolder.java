package cn.wast.capacity.publicity;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Puts the society now standing for a quota place, and its notice period, into the place's variables. */
@Component
class PlaceHolder {

  private final PublicNotices notices;
  private final SocietyRegistry societies;
  private final ProgrammeClock clock;

  PlaceHolder(PublicNotices notices, SocietyRegistry societies, ProgrammeClock clock) {
    this.notices = notices;
    this.societies = societies;
    this.clock = clock;
  }

  NoticeEntry current(DelegateExecution place) {
    return notices.find(((Number) place.getVariable(NoticePlace.ENTRY_ID)).longValue()).orElseThrow();
  }

  void show(DelegateExecution place, NoticeEntry entry) {
    place.setVariableLocal(NoticePlace.ENTRY_ID, entry.id());
    place.setVariableLocal(NoticePlace.APPLICATION_KEY, entry.applicationKey());
    place.setVariableLocal(NoticePlace.SOCIETY_NAME, societies.findByCode(entry.societyCode()).orElseThrow().name());
    place.setVariableLocal(NoticePlace.ENDS_AT, Date.from(entry.endsAt()));
    place.setVariableLocal(NoticePlace.ENDS_TEXT, clock.deadline(entry.endsAt()));
    place.setVariableLocal(NoticePlace.OBJECTIONS_PENDING, 0);
    place.setVariableLocal(NoticePlace.OBJECTION_UPHELD, false);
    for (String field : NoticePlace.OFFICE_FIELDS) {
      place.setVariableLocal(field, null);
    }
  }
}
