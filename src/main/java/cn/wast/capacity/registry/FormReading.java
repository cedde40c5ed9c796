package cn.wast.capacity.registry;

import cn.wast.capacity.DateInput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the office typed into a registry form, read field by field; each problem in Chinese at its field. */
final class FormReading {

  private final Map<String, String> typed;
  private final Map<String, String> problems = new LinkedHashMap<>();

  FormReading(Map<String, String> typed) {
    this.typed = typed;
  }

  String raw(String name) {
    String value = typed.get(name);
    return value == null ? "" : value.strip();
  }

  Map<String, String> problems() {
    return problems;
  }

  boolean refused() {
    return !problems.isEmpty();
  }

  void refuse(String name, String problem) {
    problems.putIfAbsent(name, problem);
  }

  String text(String name, String label, int longest) {
    String value = raw(name);
    if (value.isEmpty()) {
      refuse(name, "请填写" + label);
    } else if (value.length() > longest) {
      refuse(name, label + "最多" + longest + "个字，现为" + value.length() + "个字");
    }
    return value;
  }

  /** Null when nothing is typed. */
  String optionalText(String name, String label, int longest) {
    String value = raw(name);
    if (value.length() > longest) {
      refuse(name, label + "最多" + longest + "个字，现为" + value.length() + "个字");
    }
    return value.isEmpty() ? null : value;
  }

  LocalDate date(String name, String label) {
    if (raw(name).isEmpty()) {
      refuse(name, "请填写" + label);
      return null;
    }
    return optionalDate(name);
  }

  LocalDate optionalDate(String name) {
    Optional<String> problem = DateInput.problem(raw(name));
    problem.ifPresent(p -> refuse(name, p));
    return DateInput.parse(raw(name)).orElse(null);
  }

  int count(String name, String label) {
    String value = raw(name);
    if (!value.matches("\\d{1,6}")) {
      refuse(name, value.isEmpty() ? "请填写" + label : label + "应为0或正整数");
      return 0;
    }
    return Integer.parseInt(value);
  }

  int year(String name) {
    String value = raw(name);
    if (!value.matches("\\d{4}")) {
      refuse(name, value.isEmpty() ? "请填写年度" : "年度应为四位数字，例如 2025");
      return 0;
    }
    return Integer.parseInt(value);
  }

  boolean yes(String name, String label) {
    String value = raw(name);
    if (!value.equals("true") && !value.equals("false")) {
      refuse(name, "请选择" + label);
    }
    return value.equals("true");
  }

  <E extends Enum<E>> E choice(String name, String label, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(raw(name))) {
        return constant;
      }
    }
    refuse(name, "请选择" + label);
    return null;
  }
}
