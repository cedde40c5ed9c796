package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-SUP-1: the office's finding: fraud or false reporting confirmed or not, the facts, and (when
 * confirmed) the revocation decision's number (决定文号), which the credit list records.
 */
public record FraudFinding(Optional<String> decision, Optional<String> findings, Optional<String> decisionNumber) {

  public static final String CONFIRMED = "confirmed";
  public static final String NOT_CONFIRMED = "notConfirmed";
  static final int MIN_FINDINGS = 10;
  static final int MAX_DECISION_NUMBER = 100;

  public static FraudFinding read(FormValues values) {
    return new FraudFinding(values.text(DisqualificationVariables.FRAUD_DECISION), values.text(DisqualificationVariables.FINDINGS),
        values.text(DisqualificationVariables.DECISION_NUMBER).map(String::strip).filter(n -> !n.isEmpty()));
  }

  public boolean confirmed() {
    return decision.filter(CONFIRMED::equals).isPresent();
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (decision.filter(d -> d.equals(CONFIRMED) || d.equals(NOT_CONFIRMED)).isEmpty()) {
      problems.add("请选择核查结论：认定弄虚作假或不予认定");
    }
    if (findings.map(String::length).orElse(0) < MIN_FINDINGS) {
      problems.add("请写明核查认定的事实（至少 " + MIN_FINDINGS + " 个字），认定的将写入撤销资格决定");
    }
    if (confirmed() && decisionNumber.isEmpty()) {
      problems.add("请填写“决定文号”（如 武科协〔2026〕12号），认定弄虚作假的将写入撤销资格决定和失信惩戒名单");
    }
    if (confirmed() && decisionNumber.map(String::length).orElse(0) > MAX_DECISION_NUMBER) {
      problems.add("“决定文号”不能超过 " + MAX_DECISION_NUMBER + " 个字");
    }
    return problems;
  }
}
