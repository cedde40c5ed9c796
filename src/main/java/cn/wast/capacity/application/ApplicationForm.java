package cn.wast.capacity.application;

import cn.wast.capacity.PlainText;
import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.EmailAddress;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.rules.RuleClauses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The application's materials as the society typed them (R-APP-2, R-APP-3), with the server-side
 * check of every rule the form checks and of those a form cannot (a meeting date in the future).
 * The start form and the correction form share it.
 */
public record ApplicationForm(
    Optional<String> achievementC1,
    Optional<String> achievementC2,
    Optional<String> achievementC3,
    Optional<String> achievementC4,
    Optional<String> boardBody,
    Optional<LocalDate> boardMeetingDate,
    Optional<String> boardResolutionNumber,
    Optional<String> contactName,
    Optional<String> contactPhone,
    Optional<String> contactEmail,
    boolean declaration) {

  static final int ACHIEVEMENT_MIN = 20;
  static final int ACHIEVEMENT_MAX = 4000;
  /** No society's board met before this to approve an application of this programme. */
  static final LocalDate EARLIEST_MEETING = LocalDate.of(2000, 1, 1);
  private static final Pattern PHONE = Pattern.compile("^[0-9+\\- ]{7,20}$");

  public static ApplicationForm read(FormValues values) {
    return new ApplicationForm(
        values.text("achievementC1"),
        values.text("achievementC2"),
        values.text("achievementC3"),
        values.text("achievementC4"),
        values.text(ApplicationVariables.BOARD_BODY),
        values.date("boardMeetingDate"),
        values.text("boardResolutionNumber"),
        values.text("contactName"),
        values.text("contactPhone"),
        values.text("contactEmail"),
        values.isTrue("declaration"));
  }

  /** Every problem, in Chinese, in the order of the form; empty when the form is complete. */
  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    achievement(problems, achievementC1, "服务创新能力（C1）");
    achievement(problems, achievementC2, "服务社会和政府能力（C2）");
    achievement(problems, achievementC3, "服务科技工作者能力（C3）");
    achievement(problems, achievementC4, "自我发展能力（C4）");
    if (boardBody.isEmpty()) {
      problems.add("请选择研究同意的机构（理事会或常务理事会）");
    } else if (BoardBody.of(boardBody.get()).isEmpty()) {
      problems.add(RuleClauses.reason("R-APP-2", "申报须经理事会或常务理事会研究同意，其他机构的同意无效"));
    }
    if (boardMeetingDate.isEmpty()) {
      problems.add("请填写理事会（常务理事会）会议日期");
    } else if (boardMeetingDate.get().isAfter(today)) {
      problems.add(RuleClauses.reason("R-APP-2", "会议日期不能晚于今天：申报须在理事会（常务理事会）研究同意之后提交"));
    } else if (boardMeetingDate.get().isBefore(EARLIEST_MEETING)) {
      problems.add("会议日期不能早于 " + ChineseDates.date(EARLIEST_MEETING) + "：请核对理事会（常务理事会）会议日期");
    }
    required(problems, boardResolutionNumber, "请填写决议文号", 100, "决议文号");
    required(problems, contactName, "请填写联系人姓名", 50, "联系人姓名");
    if (contactPhone.isEmpty()) {
      problems.add("请填写联系电话");
    } else if (!PHONE.matcher(contactPhone.get()).matches()) {
      problems.add("联系电话格式不正确：应为 7 至 20 位数字，可含 +、- 和空格");
    }
    if (contactEmail.isEmpty()) {
      problems.add("请填写联系邮箱");
    } else if (contactEmail.get().length() > 200 || !EmailAddress.looksValid(contactEmail.get())) {
      problems.add("联系邮箱格式不正确");
    }
    if (!declaration) {
      problems.add("请勾选真实性承诺");
    }
    return problems;
  }

  /**
   * Writes the checked values back over what was typed, so that what is kept and shown later
   * (Tasklist's select, the review forms) is what was checked: "BOARD " is kept as "BOARD". A
   * value already as checked is left alone: writing it again would only add a second row to
   * history.
   */
  public void writeTo(VariableScope scope) {
    Map<String, Optional<String>> texts = Map.of("achievementC1", achievementC1, "achievementC2", achievementC2,
        "achievementC3", achievementC3, "achievementC4", achievementC4, ApplicationVariables.BOARD_BODY, boardBody,
        "boardResolutionNumber", boardResolutionNumber, "contactName", contactName, "contactPhone", contactPhone,
        "contactEmail", contactEmail);
    texts.forEach((name, value) -> value.filter(text -> !text.equals(scope.getVariable(name)))
        .ifPresent(text -> scope.setVariable(name, text)));
  }

  private static void achievement(List<String> problems, Optional<String> text, String capacity) {
    if (text.isEmpty()) {
      problems.add(RuleClauses.reason("R-APP-3", "请填写" + capacity + "方面的成绩"));
    } else if (PlainText.length(text.get()) < ACHIEVEMENT_MIN) {
      problems.add(capacity + "方面的成绩过于简略，至少 " + ACHIEVEMENT_MIN + " 字");
    } else if (PlainText.formLength(text.get()) > ACHIEVEMENT_MAX) {
      problems.add(capacity + "方面的成绩超过 " + ACHIEVEMENT_MAX + " 字" + PlainText.formLengthNote(text.get()));
    }
  }

  private static void required(
      List<String> problems, Optional<String> value, String missing, int max, String name) {
    if (value.isEmpty()) {
      problems.add(missing);
    } else if (value.get().length() > max) {
      problems.add(name + "不能超过 " + max + " 字");
    }
  }
}
