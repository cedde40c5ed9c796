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
  SOCIETY("学会", List.of(
      column("学会代码", "2至32位英文字母或数字；登记中没有的代码即新登记该学会，已有的则按本行修改其登记信息（自导入当日起生效）"),
      column("统一社会信用代码", "18位，按GB 32100-2015核对校验位；新登记必填，不能与其他学会重复"),
      column("学会名称", "必填"),
      column("是否市科协所属", "是 或 否"),
      column("联系邮箱", "专项的通知发往此邮箱，必填"),
      column("秘书长", "秘书长（或副秘书长）姓名；无人在岗留空"),
      column("秘书长任职", "专职、兼职 或 无"),
      column("工作人员数", "0或正整数"),
      column("财务人员数", "0或正整数"),
      column("内部管理健全", "是 或 否"),
      column("财务制度健全", "是否已建立财务和资产管理制度：是 或 否"),
      column("独立账户", "是否有独立银行账户：是 或 否"),
      column("理事会任期届满日", "不详则留空"))),
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
      column("截止日期", "惩戒最后一日（含当日）；两项都填时须与期限一致"))),
  EXPERT("专家", List.of(
      column("登录账号", "小写英文字母和数字，以字母开头，如 zhangjh；专家库中没有的账号即添加该专家，已有的则按本行修改"),
      column("姓名", "必填"),
      column("职称", "选填"),
      column("工作单位", "必填"),
      column("专业领域", "必填"),
      column("电子邮箱", "必填，评审任务和账号通知发到这个邮箱"),
      column("联系电话", "选填，7至20位数字，可含 +、- 和空格"),
      column("状态", "在用 或 已停用；留空为在用"))),
  EXPERT_AFFILIATION("专家关联", List.of(
      column("专家账号", "专家的登录账号：专家库中已有，或本文件“专家”表中的账号"),
      column("专家姓名", "与该账号的专家姓名一致"),
      column("学会代码", "学会登记中的学会代码（也可填统一社会信用代码）；学会须已在登记中，新学会请先在“学会登记与年度情况导入”中导入"),
      column("学会名称", "可留空；填写时须与登记一致"),
      column("关联类型", "会员、现任负责人或理事 或 曾任负责人或理事"),
      column("起始日期", "选填"),
      column("终止日期", "曾任负责人或理事必填（卸任日期）")));

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

  /** A sheet of a society's facts, checked by {@link RowChecks}; the others go through the registry's and the pool's own edits. */
  boolean isFact() {
    return this != SOCIETY && this != EXPERT && this != EXPERT_AFFILIATION;
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
