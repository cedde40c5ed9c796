package cn.wast.capacity.audit;

import cn.wast.capacity.audit.AuditTrail.Activity;
import cn.wast.capacity.audit.AuditTrail.Decision;
import cn.wast.capacity.audit.AuditTrail.Instance;
import cn.wast.capacity.audit.AuditTrail.Mail;
import cn.wast.capacity.audit.AuditTrail.Operation;
import cn.wast.capacity.audit.AuditTrail.VariableChange;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An audit trail as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese): one
 * line per fact, the first column saying which part of the trail it belongs to.
 */
final class AuditCsv {

  static final List<String> HEADER = List.of("部分", "时间", "名称", "内容", "办理人或收件人", "补充");

  private AuditCsv() {}

  static byte[] write(AuditTrail trail) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, HEADER);
    Instance i = trail.instance();
    line(csv, List.of("流程实例", i.startedAt(), i.processName(), i.businessKey() + "（" + i.state() + "，" + i.outcome() + "）",
        orEmpty(i.startedBy()), ended(i.endedAt())));
    for (Activity a : trail.activities()) {
      line(csv, List.of("活动", a.startedAt(), a.name(), a.type() + "，" + ended(a.endedAt()), a.completedBy(), a.id()));
    }
    for (Operation o : trail.operations()) {
      String change = o.property().isEmpty() ? o.entity()
          : o.entity() + "，" + o.property() + "：" + shown(o.from()) + " → " + shown(o.to());
      line(csv, List.of("用户操作", o.at(), o.operation(), change, orEmpty(o.user()), ""));
    }
    for (VariableChange v : trail.variables()) {
      line(csv, List.of("变量", v.at(), v.label(), v.value(), "", "第 " + v.revision() + " 版（" + v.name() + "）"));
    }
    for (Decision d : trail.decisions()) {
      line(csv, List.of("决定与理由", "", d.what(), d.value(), "", ""));
    }
    for (Mail m : trail.mails()) {
      line(csv, List.of("邮件", m.createdAt(), m.subject(), m.body(), m.recipient(), m.delivery()));
    }
    for (Instance r : trail.related()) {
      line(csv, List.of("相关流程", r.startedAt(), r.processName(), r.businessKey() + "（" + r.state() + "，" + r.outcome() + "）",
          "", r.id()));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String ended(String endedAt) {
    return endedAt == null || endedAt.isEmpty() ? "尚未结束" : "结束：" + endedAt;
  }

  private static String shown(String value) {
    return value == null || value.isEmpty() ? "（空）" : value;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        csv.append(',');
      }
      csv.append(quoted(cells.get(c)));
    }
    csv.append("\r\n");
  }

  /** Quoted, doubled quotes inside, and a leading formula character neutralised for spreadsheets. */
  static String quoted(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
