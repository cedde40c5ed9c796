package cn.wast.capacity.funds;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * R-FUND-3: what the funds may never pay for, and the words that give it away in a line's
 * purpose, whatever category the line was filed under (a salary filed as a meeting is still a
 * salary).
 */
public enum ForbiddenUse {
  PERSONNEL("人员经费", List.of("工资", "薪酬", "薪金", "奖金", "绩效工资", "社保", "社会保险", "公积金", "职工福利", "员工福利", "人员经费", "年终奖")),
  DAILY_OFFICE("日常办公经费", List.of("日常办公", "办公经费", "房租", "水电", "物业费", "办公用品", "通讯费", "车辆购置", "车辆运行", "油费", "公车")),
  DONATION("捐赠", List.of("捐赠", "捐款", "赠送", "礼品", "礼金", "慰问金")),
  SPONSORSHIP("赞助", List.of("赞助")),
  FINE("罚款", List.of("罚款", "罚金", "滞纳金")),
  LOAN_REPAYMENT("偿还贷款", List.of("还款", "还贷", "偿还贷款", "偿还借款", "归还借款", "利息")),
  EXTERNAL_INVESTMENT("对外投资", List.of("对外投资", "股权投资", "入股", "理财")),
  CAPITAL_CONSTRUCTION("基本建设", List.of("基建", "基本建设", "装修", "修缮", "购房", "建房", "土建"));

  private final String label;
  private final List<String> words;

  ForbiddenUse(String label, List<String> words) {
    this.label = label;
    this.words = words;
  }

  public String label() {
    return label;
  }

  /** The first forbidden use the text names, with the word that names it. */
  public static Optional<Match> in(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Stream.of(values())
        .flatMap(use -> use.words.stream().filter(text::contains).map(word -> new Match(use, word)))
        .findFirst();
  }

  /** A forbidden use found in a text, and the word that gave it away. */
  public record Match(ForbiddenUse use, String word) {}
}
