package cn.wast.capacity.experts;

import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The expert pool as a workbook (.xlsx): sheet 专家, one expert a row, and sheet 专家关联, one
 * affiliation a row; dates as 2026-12-10. The headers are the import's too.
 */
@Component
class ExpertPoolWorkbook {

  static final List<String> EXPERT_HEADERS =
      List.of("登录账号", "姓名", "职称", "工作单位", "专业领域", "电子邮箱", "联系电话", "状态");
  static final List<String> AFFILIATION_HEADERS =
      List.of("专家账号", "专家姓名", "学会代码", "学会名称", "关联类型", "起始日期", "终止日期");

  private final Experts experts;
  private final SocietyRegistry societies;

  ExpertPoolWorkbook(Experts experts, SocietyRegistry societies) {
    this.experts = experts;
    this.societies = societies;
  }

  byte[] bytes() {
    List<Expert> pool = experts.findAll();
    Map<String, String> names = pool.stream().collect(Collectors.toMap(Expert::userId, Expert::name));
    Map<String, String> societyNames = societies.findAll().stream()
        .collect(Collectors.toMap(Society::code, Society::name, (a, b) -> a));
    List<List<Object>> expertRows = pool.stream().map(e -> row(e.userId(), e.name(), e.title(), e.organisation(),
        e.fields(), e.email(), e.phone(), e.active() ? ExpertPool.ACTIVE : ExpertPool.INACTIVE)).toList();
    Function<ExpertAffiliation, List<Object>> affiliationRow = a -> row(a.expertId(), names.get(a.expertId()),
        a.societyCode(), societyNames.get(a.societyCode()), a.role().label(), a.startedOn(), a.endedOn());
    List<List<Object>> affiliationRows = experts.allAffiliations().stream().map(affiliationRow).toList();
    try (Spreadsheet workbook = new Spreadsheet()) {
      return workbook.sheet("专家", EXPERT_HEADERS, expertRows)
          .sheet("专家关联", AFFILIATION_HEADERS, affiliationRows)
          .bytes();
    }
  }

  private static List<Object> row(Object... values) {
    List<Object> row = new ArrayList<>();
    for (Object value : values) {
      row.add(value == null ? null : value.toString());
    }
    return row;
  }
}
