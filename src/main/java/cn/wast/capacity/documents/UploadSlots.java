package cn.wast.capacity.documents;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.round.RoundStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a society may upload or delete files now (R-APP-2, R-APP-3, R-REV-1): for a round that
 * is OPEN and whose application deadline (the end of that day in {@code capacity.zone}, on the
 * engine clock) has not passed, as long as the society has not submitted its application; and
 * for each of its applications the office sent back for correction.
 */
@Component
class UploadSlots {

  private final JdbcTemplate jdbc;
  private final ProgrammeClock clock;

  UploadSlots(JdbcTemplate jdbc, ProgrammeClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Every open slot of the society: rounds not yet applied for, then applications in correction. */
  List<UploadSlot> openFor(String societyCode) {
    List<UploadSlot> slots = new ArrayList<>(jdbc.query(
        "SELECT s.code, s.name, r.round_year, r.application_deadline FROM award_round r"
            + " JOIN society s ON s.code = ?"
            + " WHERE r.status = ? AND NOT EXISTS (SELECT 1 FROM application a"
            + "   WHERE a.round_year = r.round_year AND a.society_code = s.code)"
            + " ORDER BY r.round_year",
        (rs, row) -> new UploadSlot(rs.getString("code"), rs.getString("name"), rs.getInt("round_year"), null,
            rs.getObject("application_deadline", LocalDate.class), null),
        societyCode, RoundStatus.OPEN.name()));
    slots.removeIf(slot -> !beforeDeadline(slot.applicationDeadline()));
    slots.addAll(jdbc.query(
        "SELECT s.code, s.name, a.round_year, a.business_key FROM application a"
            + " JOIN society s ON s.code = a.society_code"
            + " WHERE a.society_code = ? AND a.status = ? ORDER BY a.round_year",
        (rs, row) -> new UploadSlot(rs.getString("code"), rs.getString("name"), rs.getInt("round_year"),
            rs.getString("business_key"), null, null),
        societyCode, ApplicationStatus.CORRECTION_REQUESTED.name()));
    slots.addAll(reports("a.society_code = ?", societyCode));
    return slots;
  }

  /** The society's not-yet-submitted application for the round, if files may go there now. */
  Optional<UploadSlot> pending(String societyCode, int roundYear) {
    return openFor(societyCode).stream()
        .filter(s -> !s.isCorrection() && s.roundYear() == roundYear)
        .findFirst();
  }

  /** The application, if it is in correction (whichever society it belongs to). */
  Optional<UploadSlot> correction(String applicationKey) {
    return jdbc.query(
        "SELECT s.code, s.name, a.round_year, a.business_key FROM application a"
            + " JOIN society s ON s.code = a.society_code WHERE a.business_key = ? AND a.status = ?",
        (rs, row) -> new UploadSlot(rs.getString("code"), rs.getString("name"), rs.getInt("round_year"),
            rs.getString("business_key"), null, null),
        applicationKey, ApplicationStatus.CORRECTION_REQUESTED.name()).stream().findFirst();
  }

  /** The awarded application, if a check's report is due for it now (whichever society it belongs to). */
  Optional<UploadSlot> report(String applicationKey) {
    return reports("a.application_key = ?", applicationKey).stream().findFirst();
  }

  /** R-CHK-1, R-CHK-2: the awards whose mid-term or final report is due. */
  private List<UploadSlot> reports(String condition, String value) {
    return jdbc.query(
        "SELECT s.code, s.name, a.round_year, a.application_key, a.implementation_status FROM award a"
            + " JOIN society s ON s.code = a.society_code"
            + " WHERE " + condition + " AND a.implementation_status IN (?, ?) ORDER BY a.round_year",
        (rs, row) -> new UploadSlot(rs.getString("code"), rs.getString("name"), rs.getInt("round_year"),
            rs.getString("application_key"), null,
            Award.FINAL_DUE.equals(rs.getString("implementation_status"))
                ? DocumentKind.FINAL_REPORT : DocumentKind.MID_TERM_REPORT),
        value, Award.MID_TERM_DUE, Award.FINAL_DUE);
  }

  /** The slot a stored file sits in, if that slot is open now. */
  Optional<UploadSlot> holding(DocumentInfo document) {
    if (document.isPending()) {
      return pending(document.societyCode(), document.roundYear());
    }
    return correction(document.applicationKey()).or(() -> report(document.applicationKey()))
        .filter(s -> s.societyCode().equals(document.societyCode()) && s.holds(document));
  }

  /** Why the society cannot upload for the round now, in Chinese. */
  String whyClosed(String societyCode, int roundYear) {
    List<String> submitted = jdbc.queryForList(
        "SELECT business_key FROM application WHERE society_code = ? AND round_year = ?",
        String.class, societyCode, roundYear);
    if (!submitted.isEmpty()) {
      return "本学会已提交 " + roundYear + " 年度申报（编号 " + submitted.get(0) + "），已上传的材料随申报一并提交；"
          + "如专项办公室要求补正，请在补正期间上传补充材料";
    }
    List<LocalDate> deadline = jdbc.queryForList(
        "SELECT application_deadline FROM award_round WHERE round_year = ?", LocalDate.class, roundYear);
    if (deadline.isEmpty()) {
      return roundYear + " 年度的评选尚未开启，暂不能上传申报材料";
    }
    return roundYear + " 年度申报已截止（截止时间：" + ChineseDates.deadline(deadline.get(0)) + "），不能再上传申报材料";
  }

  /** Why files of the application cannot be changed now, in Chinese. */
  String whyClosed(String applicationKey) {
    return "申报 " + applicationKey + " 当前不在补正阶段，不能上传或删除材料";
  }

  private boolean beforeDeadline(LocalDate deadline) {
    return clock.now().isBefore(clock.endOf(deadline));
  }
}
