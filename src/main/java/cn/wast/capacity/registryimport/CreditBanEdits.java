package cn.wast.capacity.registryimport;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.DateInput;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.audit.FieldChange;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office corrects a ban's decision details or lifts a ban decided elsewhere, each on record
 * (subject FRAUD_BAN, keyed by the society's code) in the same transaction. WAST's own bans end
 * only when their period ends: they may be corrected (decision number, grounds), never lifted here.
 */
@Service
public class CreditBanEdits {

  static final int MAX_BODY = 200;
  static final int MAX_NUMBER = 100;
  static final int MAX_GROUNDS = 4000;

  private final FraudBanList bans;
  private final ChangeRecords changeRecords;

  CreditBanEdits(FraudBanList bans, ChangeRecords changeRecords) {
    this.bans = bans;
    this.changeRecords = changeRecords;
  }

  /** What the office typed to correct a ban; the deciding body is read only for imported bans. */
  public record Correction(String decidingBody, String decisionNumber, String grounds, String reason) {}

  /** What the office typed to lift a ban. */
  public record Lifting(String liftedOn, String reason) {}

  /** Corrects the ban; the problems by field (nothing written when any), or none. */
  @Transactional
  public Map<String, String> correct(CreditBan ban, Correction typed, String userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (ban.lifted()) {
      problems.put("ban", "该惩戒已于" + ChineseDates.date(ban.liftedOn()) + "解除，不能再更正");
    }
    boolean imported = ban.source() == CreditBan.Source.IMPORTED;
    String body = imported ? clean(typed.decidingBody()) : ban.decidingBody();
    if (imported) {
      required(problems, "decidingBody", body, "决定机关", MAX_BODY);
    }
    String number = clean(typed.decisionNumber());
    required(problems, "decisionNumber", number, "决定文号", MAX_NUMBER);
    String grounds = clean(typed.grounds());
    required(problems, "grounds", grounds, "事由", MAX_GROUNDS);
    reason(problems, typed.reason());
    List<FieldChange> changes = Stream.of(FieldChange.of("决定机关", ban.decidingBody(), body),
            FieldChange.of("决定文号", ban.decisionNumber(), number), FieldChange.of("事由", ban.grounds(), grounds))
        .flatMap(Optional::stream).toList();
    if (problems.isEmpty() && changes.isEmpty()) {
      problems.put("ban", "没有需要更正的内容：决定机关、决定文号和事由均与登记一致");
    }
    if (problems.isEmpty()) {
      bans.correct(ban.id(), body, number, grounds);
      changeRecords.record(ChangeSubject.FRAUD_BAN, ban.societyCode(), ban.societyName(), changes,
          "更正：" + typed.reason().strip(), userId);
    }
    return problems;
  }

  /** Lifts an imported ban from the day typed; the problems by field (nothing written when any), or none. */
  @Transactional
  public Map<String, String> lift(CreditBan ban, Lifting typed, String userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (ban.source() == CreditBan.Source.WAST) {
      problems.put("ban", "市科协撤销资格时作出的失信惩戒不能在此解除，只能更正决定文号和事由；惩戒期满自动结束");
    } else if (ban.lifted()) {
      problems.put("ban", "该惩戒已于" + ChineseDates.date(ban.liftedOn()) + "解除");
    }
    Optional<LocalDate> day = DateInput.parse(typed.liftedOn());
    if (clean(typed.liftedOn()) == null) {
      problems.put("liftedOn", "请填写解除生效日期（" + DateInput.HOW_TO_WRITE + "）");
    } else if (day.isEmpty()) {
      problems.put("liftedOn", DateInput.problem(typed.liftedOn()).orElse(DateInput.HOW_TO_WRITE));
    } else if (day.get().isBefore(ban.startsOn())) {
      problems.put("liftedOn", "解除生效日期不能早于惩戒起始日期" + ChineseDates.date(ban.startsOn()));
    } else if (day.get().isAfter(ban.lastDay())) {
      problems.put("liftedOn", "该惩戒已于" + ChineseDates.date(ban.lastDay()) + "期满，期满后无需解除");
    }
    reason(problems, typed.reason());
    if (problems.isEmpty()) {
      bans.lift(ban.id(), day.get());
      changeRecords.record(ChangeSubject.FRAUD_BAN, ban.societyCode(), ban.societyName(),
          List.of(new FieldChange("解除（" + ban.decidingBody() + " " + ban.decisionNumber() + "）", null,
              "自" + ChineseDates.date(day.get()) + "起解除")),
          "解除：" + typed.reason().strip(), userId);
    }
    return problems;
  }

  private static void required(Map<String, String> problems, String field, String value, String label, int max) {
    if (value == null) {
      problems.put(field, "请填写“" + label + "”");
    } else if (value.length() > max) {
      problems.put(field, "“" + label + "”不能超过 " + max + " 个字");
    }
  }

  private static void reason(Map<String, String> problems, String reason) {
    if (clean(reason) == null) {
      problems.put("reason", "请写明原因（例如依据的文件或来函），将记入变更记录");
    } else if (reason.strip().length() > ChangeRecords.REASON_LENGTH - 10) {
      problems.put("reason", "原因不能超过 " + (ChangeRecords.REASON_LENGTH - 10) + " 个字");
    }
  }

  private static String clean(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }
}
