package cn.wast.capacity.experts;

import cn.wast.capacity.EmailAddress;
import cn.wast.capacity.PlainText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An expert's details as the office typed them on the pool's pages, each stripped; the problems
 * are in Chinese, by field. The user id is checked where it is chosen ({@link ExpertPool}).
 */
public record ExpertDetails(String name, String title, String organisation, String fields, String email, String phone) {

  private static final Pattern PHONE = Pattern.compile("^[0-9+\\- ]{7,20}$");

  public ExpertDetails {
    name = clean(name);
    title = clean(title);
    organisation = clean(organisation);
    fields = clean(fields);
    email = clean(email);
    phone = clean(phone);
  }

  public static ExpertDetails of(Expert expert) {
    return new ExpertDetails(expert.name(), expert.title(), expert.organisation(), expert.fields(), expert.email(),
        expert.phone());
  }

  /** The typed values by field name, as the form shows them again. */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("title", title);
    values.put("organisation", organisation);
    values.put("fields", fields);
    values.put("email", email);
    values.put("phone", phone);
    return values;
  }

  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    text(problems, "name", name, "姓名", 100, true);
    text(problems, "title", title, "职称", 100, false);
    text(problems, "organisation", organisation, "工作单位", 200, true);
    text(problems, "fields", fields, "专业领域", 500, true);
    if (email.isEmpty()) {
      problems.put("email", "请填写电子邮箱（评审任务和账号通知发到这个邮箱）");
    } else if (email.length() > 300 || !EmailAddress.looksValid(email)) {
      problems.put("email", "电子邮箱格式不正确，例如 zhangsan@example.cn");
    }
    if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
      problems.put("phone", "联系电话应为 7 至 20 位数字，可含 +、- 和空格");
    }
    return problems;
  }

  public Expert toExpert(String userId, boolean active) {
    return new Expert(userId, name, orNull(title), organisation, fields, email, orNull(phone), active);
  }

  private static void text(Map<String, String> problems, String key, String value, String label, int max,
      boolean required) {
    if (value.isEmpty()) {
      if (required) {
        problems.put(key, "请填写" + label);
      }
    } else if (PlainText.hasHidden(value)) {
      problems.put(key, label + "含有不可见的控制字符，请删除后重新输入");
    } else if (PlainText.length(value) > max) {
      problems.put(key, label + "不能超过 " + max + " 个字（现有 " + PlainText.length(value) + " 个）");
    }
  }

  static String clean(String typed) {
    return typed == null ? "" : typed.strip();
  }

  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
