package cn.wast.capacity.publicity;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.round.RoundVariables;
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
    return notices.find(RoundVariables.placeEntryId(place)).orElseThrow();
  }

  void show(DelegateExecution place, NoticeEntry entry) {
    place.setVariableLocal(RoundVariables.PLACE_ENTRY_ID, entry.id());
    place.setVariableLocal(RoundVariables.PLACE_APPLICATION_KEY, entry.applicationKey());
    place.setVariableLocal(RoundVariables.PLACE_SOCIETY_NAME, societies.findByCode(entry.societyCode()).orElseThrow().name());
    place.setVariableLocal(RoundVariables.PLACE_ENDS_AT, Date.from(entry.endsAt()));
    place.setVariableLocal(RoundVariables.PLACE_ENDS_TEXT, clock.deadline(entry.endsAt()));
    place.setVariableLocal(RoundVariables.OBJECTIONS_PENDING, 0);
    place.setVariableLocal(RoundVariables.OBJECTION_UPHELD, false);
    for (String field : RoundVariables.MOVE_UP_FIELDS) {
      place.setVariableLocal(field, null);
    }
  }
}
