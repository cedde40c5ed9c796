package cn.wast.capacity.funds;

import cn.wast.capacity.review.Capacity;
import java.util.List;
import java.util.Set;

/**
 * R-FUND-1, R-FUND-3: one standard expense item (支出科目) of the catalogue in configuration
 * ({@code capacity.funds.catalogue}, {@code expense-rules.yml}).
 *
 * @param code what the forms submit and the tables store
 * @param name the item in Chinese
 * @param capacities the capacities a line of this item may serve (none for a forbidden item)
 * @param clause the section of the implementation plan the treatment rests on, e.g. 五（三）
 * @param quote that clause's words, or what the plan leaves open
 * @param note what the plan leaves open about this item, said in its flag; or empty
 * @param hint one line for the form, or empty
 * @param words how a purpose names this item, each normalised ({@link PurposeText})
 */
public record ExpenseItem(String code, String name, Treatment treatment, Set<Capacity> capacities, String clause,
    String quote, String note, String hint, List<String> words) {

  /** The clause in words: 实施方案五（三）：“不得用于人员、日常办公经费支出” */
  public String basis() {
    return "实施方案" + clause + "：“" + quote + "”";
  }

  /** The name without its explanation in brackets, as it reads inside a sentence: 劳务费. */
  public String shortName() {
    int bracket = name.indexOf('（');
    return bracket < 0 ? name : name.substring(0, bracket);
  }

  public boolean offered() {
    return treatment != Treatment.FORBIDDEN;
  }
}
