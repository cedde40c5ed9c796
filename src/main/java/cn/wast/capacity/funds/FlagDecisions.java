package cn.wast.capacity.funds;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.funds.FlaggedLines.FlaggedLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * R-FUND-1: the office's decisions on the flagged lines of a plan version or a check's ledger, as
 * its task submits them in the list {@value ImplementationVariables#FLAGGED_LINES}. Which lines they are comes from the record,
 * never from the submission: the list must carry exactly the recorded lines, unchanged, each with
 * 认可 or 不予认可, and a note for 不予认可.
 */
public final class FlagDecisions {

  static final String LABEL = "需专项办公室判断的支出";
  static final int MAX_NOTE = 500;

  private static final Map<String, String> SHOWN = Map.of(
      "line", "行号", "item", "支出科目", "purpose", "用途", "amount", "金额", "reason", "需判断的原因");

  /** A recorded line with what the office submitted for it. */
  public record Decided(FlaggedLine line, Optional<FlagDecision> decision, Optional<String> note) {}

  private final List<FlaggedLine> flagged;
  private final List<Map<String, String>> rows;

  private FlagDecisions(List<FlaggedLine> flagged, List<Map<String, String>> rows) {
    this.flagged = flagged;
    this.rows = rows;
  }

  public static FlagDecisions read(FormValues values, List<FlaggedLine> flagged) {
    return new FlagDecisions(flagged, values.rows(ImplementationVariables.FLAGGED_LINES));
  }

  /**
   * The list the office's form starts with, the recorded lines undecided (see {@link FormJson}).
   */
  public static TypedValue variable(List<FlaggedLine> flagged) {
    return FormJson.of(rows(flagged));
  }

  static List<Map<String, String>> rows(List<FlaggedLine> flagged) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (FlaggedLine line : flagged) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("line", line.line() == LedgerFlag.MISSING ? "缺失" : String.valueOf(line.line()));
      row.put("item", ExpenseRules.current().name(line.category()));
      row.put("purpose", line.purpose());
      row.put("amount", Numbers.yuan(line.amount()));
      row.put("reason", line.reason());
      rows.add(row);
    }
    return rows;
  }

  /** Every reason, in Chinese, why these decisions cannot stand; empty when every line is decided. */
  public List<String> problems() {
    if (flagged.isEmpty() && rows.isEmpty()) {
      return List.of();
    }
    if (flagged.isEmpty()) {
      return List.of("本次没有需专项办公室判断的支出，“" + LABEL + "”不能填写。请刷新页面后重新填写");
    }
    if (rows.size() != flagged.size()) {
      return List.of("“" + LABEL + "”只能逐行判断列出的 " + flagged.size() + " 行，不能增删。请刷新页面后重新填写");
    }
    List<Map<String, String>> expected = rows(flagged);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (Map.Entry<String, String> cell : expected.get(i).entrySet()) {
        if (!cell.getValue().strip().equals(rows.get(i).getOrDefault(cell.getKey(), ""))) {
          problems.add("“" + LABEL + "”第 " + (i + 1) + " 行的“" + SHOWN.get(cell.getKey())
              + "”不能修改。请刷新页面后重新填写");
        }
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    for (Decided decided : decided()) {
      String at = "“" + LABEL + "”" + decided.line().place() + "：";
      if (decided.decision().isEmpty()) {
        problems.add(at + "请选择认可或不予认可");
      } else if (decided.decision().get() == FlagDecision.NOT_ACCEPTED && decided.note().isEmpty()) {
        problems.add(at + "不予认可时，请写明不予认可的理由（将发给学会）");
      }
      if (decided.note().map(String::length).orElse(0) > MAX_NOTE) {
        problems.add(at + "说明不能超过 " + MAX_NOTE + " 个字");
      }
    }
    return problems;
  }

  /** The recorded lines with the submitted decisions, in order; call after {@link #problems()} is empty. */
  public List<Decided> decided() {
    List<Decided> decided = new ArrayList<>();
    for (int i = 0; i < flagged.size(); i++) {
      Map<String, String> row = i < rows.size() ? rows.get(i) : Map.of();
      decided.add(new Decided(flagged.get(i), Optional.ofNullable(row.get("decision")).flatMap(FlagDecision::ofFormValue),
          Optional.ofNullable(row.get("note")).map(String::strip).filter(n -> !n.isEmpty())));
    }
    return decided;
  }

  /**
   * {@link #problems()}, and once every line is decided, why a conclusion that lets a line not
   * accepted through cannot stand: “审核结论”：第 2 行支出不予认可，不能备案，请选择退回修改.
   *
   * @param letsThrough whether the submitted conclusion would let such a line through
   * @param conclusion the label of the conclusion's field
   * @param requirement what the conclusion must be instead
   */
  public List<String> problems(boolean letsThrough, String conclusion, String requirement) {
    List<String> problems = new ArrayList<>(problems());
    if (problems.isEmpty() && letsThrough) {
      notAccepted().ifPresent(lines -> problems.add("“" + conclusion + "”：" + lines + "支出不予认可，" + requirement));
    }
    return problems;
  }

  /**
   * The form's line numbers of the lines not accepted, as 第 2、3 行, and the mid-term lines missing
   * from the final ledger not accepted, as 结项台账中缺失的 1 笔; empty when every line is accepted.
   */
  Optional<String> notAccepted() {
    List<FlaggedLine> lines = decided().stream()
        .filter(d -> d.decision().filter(FlagDecision.NOT_ACCEPTED::equals).isPresent())
        .map(Decided::line).toList();
    List<String> numbers = lines.stream().filter(l -> l.line() != LedgerFlag.MISSING)
        .map(l -> String.valueOf(l.line())).toList();
    long missing = lines.size() - numbers.size();
    String text = (numbers.isEmpty() ? "" : "第 " + String.join("、", numbers) + " 行")
        + (missing == 0 ? "" : (numbers.isEmpty() ? "" : "和") + "结项台账中缺失的 " + missing + " 笔");
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** Writes each decision with who took it and when. */
  public void record(FlaggedLines lines, String decidedBy, Instant at) {
    for (Decided d : decided()) {
      lines.decide(d.line().id(), d.decision().orElseThrow(), d.note().orElse(null), decidedBy, at);
    }
  }

  /** A letter's text followed by the lines not accepted with the office's notes; the text alone when none. */
  public String followedByNotAccepted(String text) {
    String lines = letterText();
    return lines.isEmpty() ? text : text + "\n\n" + lines;
  }

  /** For the letter to the society: the lines not accepted with the office's notes; empty when none. */
  String letterText() {
    String lines = decided().stream()
        .filter(d -> d.decision().filter(FlagDecision.NOT_ACCEPTED::equals).isPresent())
        .map(d -> d.line().place() + "（" + ExpenseRules.current().name(d.line().category()) + "，" + d.line().purpose() + "，"
            + Numbers.yuan(d.line().amount()) + "）：" + d.note().orElse(""))
        .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? "" : "专项办公室不予认可的支出：\n" + lines;
  }
}
