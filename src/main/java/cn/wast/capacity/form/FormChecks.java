package cn.wast.capacity.form;

import cn.wast.capacity.DateInput;
import cn.wast.capacity.PlainText;
import cn.wast.capacity.EmailAddress;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.form.FormDefinition.Field;
import cn.wast.capacity.form.FormDefinition.Rows;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The constraints a Camunda Form declares (required, length, pattern, e-mail, number range,
 * date, choice), checked on the server for the draft page, with a Chinese message for the place
 * each was typed: a single field by its key, a cell of a dynamic list by
 * {@code list.row.column}. The programme's own rules run afterwards, in the engine, on submit.
 */
public final class FormChecks {


  private FormChecks() {}

  public static String cell(String listKey, int row, String columnKey) {
    return listKey + "." + row + "." + columnKey;
  }

  public static Optional<String> check(Field field, String typed) {
    String value = typed == null ? "" : typed.strip();
    if (field.isCheckbox()) {
      return field.required() && !"true".equals(value)
          ? Optional.of("请勾选此项确认后再提交") : Optional.empty();
    }
    if (value.isEmpty()) {
      if (!field.required()) {
        return Optional.empty();
      }
      return Optional.of(field.isChoice() ? "请选择“" + field.label() + "”" : "请填写“" + field.label() + "”");
    }
    int length = PlainText.length(value);
    if (field.minLength() != null && length < field.minLength()) {
      return Optional.of("“" + field.label() + "”至少 " + field.minLength() + " 个字，现为 " + length + " 个字");
    }
    if (field.maxLength() != null && PlainText.formLength(value) > field.maxLength()) {
      return Optional.of("“" + field.label() + "”不能超过 " + field.maxLength() + " 个字，现为 "
          + PlainText.formLength(value) + " 个字" + PlainText.formLengthNote(value));
    }
    if (field.pattern() != null && !matches(field.pattern(), value)) {
      return Optional.of("“" + field.label() + "”格式不正确");
    }
    if (field.email() && !EmailAddress.looksValid(value)) {
      return Optional.of("请填写有效的邮箱地址，例如 name@example.cn");
    }
    if (field.date()) {
      return DateInput.problem(value).map(problem -> "“" + field.label() + "”：" + problem);
    }
    return switch (field.type()) {
      case "number" -> number(field, value);
      case "select", "radio" -> field.hasOptionsFromProcess() || field.optionLabel(value).isPresent()
          ? Optional.empty() : Optional.of("请从列表中选择“" + field.label() + "”");
      default -> Optional.empty();
    };
  }

  private static Optional<String> number(Field field, String value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      return Optional.of("“" + field.label() + "”须填写数字");
    }
    if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
      return Optional.of("“" + field.label() + "”不能小于 " + plain(field.min()));
    }
    if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
      return Optional.of("“" + field.label() + "”不能大于 " + plain(field.max()));
    }
    if (field.decimalDigits() != null && Numbers.decimals(number) > field.decimalDigits()) {
      return Optional.of("“" + field.label() + "”最多 " + field.decimalDigits() + " 位小数");
    }
    return Optional.empty();
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).matches();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private static String plain(double number) {
    return Numbers.plain(BigDecimal.valueOf(number));
  }
}
