package cn.wast.capacity.publicity;

import cn.wast.capacity.PlainText;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * R-SUP-2: what someone typed on the public objection form, and the check of it: who they are
 * and how to reach them, which society on the notice, and grounds that say something. Problems
 * are keyed by the field they belong to, so the page shows each beside its field.
 */
public record ObjectionForm(
    String objectorName, String objectorPhone, String objectorEmail, String noticeEntryId, String grounds) {

  static final int MAX_NAME = 50;
  static final int MIN_GROUNDS = 20;
  static final int MAX_GROUNDS = 5000;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]{1,100}@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^[0-9+\\- ]{7,20}$");

  static final String HIDDEN_IN_NAME =
      "姓名或单位名称含有看不见的字符（如换行、零宽字符或文字方向控制符），请删除后重新填写";
  static final String HIDDEN_IN_GROUNDS =
      "异议的事实和理由含有看不见的字符（如零宽字符或文字方向控制符），请删除后重新填写；正常的换行可以保留";

  public ObjectionForm {
    objectorName = clean(objectorName);
    objectorPhone = clean(objectorPhone);
    objectorEmail = clean(objectorEmail);
    noticeEntryId = clean(noticeEntryId);
    grounds = PlainText.unifyLineBreaks(clean(grounds));
  }

  /** Field name to its problem, in Chinese, in the order of the form. */
  public Map<String, String> problems(List<NoticeEntry> open, Instant now) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (objectorName.isEmpty()) {
      problems.put("objectorName", "请填写姓名或单位名称");
    } else if (PlainText.hasHidden(objectorName)) {
      problems.put("objectorName", HIDDEN_IN_NAME);
    } else if (PlainText.length(objectorName) > MAX_NAME) {
      problems.put("objectorName", "姓名或单位名称不能超过 " + MAX_NAME + " 个字");
    }
    if (!objectorPhone.isEmpty() && !PHONE.matcher(objectorPhone).matches()) {
      problems.put("objectorPhone", "联系电话应为 7 至 20 位数字，可含 +、- 和空格");
    }
    if (!objectorEmail.isEmpty() && (objectorEmail.length() > 300 || !EMAIL.matcher(objectorEmail).matches()
        || PlainText.hasHidden(objectorEmail))) {
      problems.put("objectorEmail", "电子邮箱格式不正确");
    }
    if (objectorPhone.isEmpty() && objectorEmail.isEmpty()) {
      problems.put("objectorPhone", "请至少留下一种联系方式（电话或电子邮箱），以便核实情况");
    }
    Optional<NoticeEntry> entry = entry(open);
    if (noticeEntryId.isEmpty()) {
      problems.put("noticeEntryId", "请选择异议所针对的学会");
    } else if (entry.isEmpty()) {
      problems.put("noticeEntryId", "所选学会不在公示名单上");
    } else if (!entry.get().takesObjectionsAt(now)) {
      problems.put("noticeEntryId", "该学会的公示期已结束，不再受理异议");
    }
    if (PlainText.hasHiddenBesidesLineBreaks(grounds)) {
      problems.put("grounds", HIDDEN_IN_GROUNDS);
    } else if (PlainText.length(grounds) < MIN_GROUNDS) {
      problems.put("grounds", "请写明异议的事实和理由（至少 " + MIN_GROUNDS + " 个字）");
    } else if (grounds.length() > MAX_GROUNDS) {
      // UTF-16 units, as the column counts them on H2: at most MAX_GROUNDS characters, fewer with emoji.
      problems.put("grounds", "异议的事实和理由不能超过 " + MAX_GROUNDS + " 个字");
    }
    return problems;
  }

  /** The notice entry chosen, among those of the notice. */
  public Optional<NoticeEntry> entry(List<NoticeEntry> entries) {
    return entries.stream().filter(e -> String.valueOf(e.id()).equals(noticeEntryId)).findFirst();
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
