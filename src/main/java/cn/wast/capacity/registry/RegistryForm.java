package cn.wast.capacity.registry;

import java.util.Arrays;
import java.util.Optional;

/** The office's forms on a society's registry record, by the path segment they open under. */
enum RegistryForm {
  ATTRIBUTES("attributes", "修改学会信息"),
  INSPECTION("inspection", "登记或更正年检结果"),
  WORK_REPORT("work-report", "登记或更正年度工作总结和工作计划的报送日期"),
  VIOLATION("violation", "违纪违法、通报批评或处罚记录"),
  PROJECT("project", "委托项目");

  private final String slug;
  private final String title;

  RegistryForm(String slug, String title) {
    this.slug = slug;
    this.title = title;
  }

  String slug() {
    return slug;
  }

  String title() {
    return title;
  }

  /** Whether a row of this form is addressed by its id (violations and projects). */
  boolean byId() {
    return this == VIOLATION || this == PROJECT;
  }

  static Optional<RegistryForm> bySlug(String slug) {
    return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
  }
}
