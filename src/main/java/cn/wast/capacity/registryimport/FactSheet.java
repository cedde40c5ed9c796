package cn.wast.capacity.registryimport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sheets of the registry's workbook, one per kind of fact, with their Chinese headers in
 * column order and what the 说明 sheet says of each column. The template, the export and the
 * reading of an upload all follow this one list.
 */
enum FactSheet {
  INSPECTION("年检结果", List.of(
      column("信用代码", "学会的统一社会信用代码（18位），必填"),
      column("学会名称", "与登记中该信用代码的学会名称一致，必填"),
      column("年度", "年检所属年度，四位数字，如 2025"),
      column("结果", "合格 或 不合格"))),
  WORK_REPORT("工作报告", List.of(
      column("信用代码", "学会的统一社会信用代码（18位），必填"),
      column("学会名称", "与登记中该信用代码的学会名称一致，必填"),
      column("年度", "年度工作总结所属年度，四位数字，如 2025"),
      column("年度总结报送日期", "年度工作总结报送市科协的日期；未报送留空"),
      column("工作计划报送日期", "下一年度工作计划报送市科协的日期；未报送留空"))),
  VIOLATION("违纪违法与通报批评", List.of(
      column("信用代码", "学会的统一社会信用代码（18位），必填"),
      column("学会名称", "与登记中该信用代码的学会名称一致，必填"),
      column("类别", "违纪违法、通报批评 或 处罚"),
      column("决定机关", "作出认定、通报或处罚的机关；不详可留空"),
      column("情况", "事实与处理情况，必填"),
      column("日期", "认定、通报或处罚的日期，必填"))),
  COMMISSIONED_PROJECT("委托项目", List.of(
      column("信用代码", "学会的统一社会信用代码（18位），必填"),
      column("学会名称", "与登记中该信用代码的学会名称一致，必填"),
      column("项目名称", "必填"),
      column("委托单位", "市科协或相关部门，必填"),
      column("应完成日期", "委托约定的完成日期，必填"),
      column("完成日期", "实际完成的日期；尚未完成留空"))),
  FRAUD_BAN("失信惩戒", List.of(
      column("信用代码", "学会的统一社会信用代码（18位），必填"),
      column("学会名称", "与登记中该信用代码的学会名称一致，必填"),
      column("决定机关", "作出失信惩戒决定的机关，必填"),
      column("决定文号", "决定书的文号，必填"),
      column("事由", "弄虚作假、虚报业绩等事由，必填"),
      column("起始日期", "惩戒开始之日，必填"),
      column("期限（年）", "惩戒年数（1至10的整数）；与截止日期二者至少填一项"),
      column("截止日期", "惩戒最后一日（含当日）；两项都填时须与期限一致")));

  /** The 说明 sheet's name. */
  static final String GUIDE = "说明";

  private final String title;
  private final List<Column> columns;

  FactSheet(String title, List<Column> columns) {
    this.title = title;
    this.columns = columns;
  }

  String title() {
    return title;
  }

  List<Column> columns() {
    return columns;
  }

  List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  static Optional<FactSheet> titled(String name) {
    return Arrays.stream(values()).filter(s -> s.title.equals(name == null ? null : name.strip())).findFirst();
  }

  private static Column column(String header, String meaning) {
    return new Column(header, meaning);
  }

  record Column(String header, String meaning) {}
}
