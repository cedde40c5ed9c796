package cn.wast.capacity.funds;

import static cn.wast.capacity.Markdown.escape;

import cn.wast.capacity.review.Capacity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R-FUND-1, R-FUND-3: the standard expense items and the lexicon of uses, and how a line is read
 * by them: its item decides first (a forbidden item is refused, a line serving a capacity its item
 * does not is refused, a flagged item goes before the office), then its purpose, read together
 * with the item's name (a forbidden use is refused; a doubtful word, or a purpose naming another
 * item, goes before the office). Built from configuration ({@link ExpenseRulesProperties}); the
 * rules in use are {@link #current()}.
 */
public final class ExpenseRules {

  /** A refusal of a line: the rule it breaks and the reason, in Chinese, with the clause in words. */
  public record Refusal(String ruleId, String reason) {}

  private static volatile ExpenseRules current;

  private final Map<String, ExpenseItem> items = new LinkedHashMap<>();
  private final List<PurposeRule> forbidden;
  private final List<PurposeRule> doubtful;

  /** Checks that every entry makes sense together; a wrong one is named in the exception. */
  public ExpenseRules(List<ExpenseItem> catalogue, List<PurposeRule> forbidden, List<PurposeRule> doubtful) {
    for (ExpenseItem item : catalogue) {
      require(item.code() != null && item.code().matches("[A-Z][A-Z_]{0,31}"),
          "an item's code is upper case, at most 32 characters (the tables' column): " + item.code());
      require(items.putIfAbsent(item.code(), item) == null, "item " + item.code() + " is listed twice");
      require(notBlank(item.name()) && item.treatment() != null && notBlank(item.clause()) && notBlank(item.quote()),
          "item " + item.code() + " needs a name, a treatment, a clause and its quote");
      require(item.offered() != item.capacities().isEmpty(),
          "item " + item.code() + ": an offered item serves capacities, a forbidden one none");
    }
    require(catalogue.stream().anyMatch(ExpenseItem::offered), "the catalogue offers no item");
    for (PurposeRule rule : forbidden) {
      require(item(rule.item()).filter(i -> i.treatment() == Treatment.FORBIDDEN).isPresent(),
          "a forbidden use points to " + rule.item() + ", which is no FORBIDDEN item");
    }
    for (PurposeRule rule : doubtful) {
      require(items.containsKey(rule.item()), "a doubtful use points to " + rule.item() + ", which is no item");
    }
    for (PurposeRule rule : concat(forbidden, doubtful)) {
      require(!rule.allOf().isEmpty() && rule.allOf().stream()
          .allMatch(group -> !group.isEmpty() && group.stream().allMatch(w -> !PurposeText.normalise(w).isEmpty())),
          "a use of " + rule.item() + " has an empty group or word");
    }
    this.forbidden = List.copyOf(forbidden);
    this.doubtful = List.copyOf(doubtful);
  }

  /** The rules in use: those of the running application, else those of {@code expense-rules.yml}. */
  public static ExpenseRules current() {
    ExpenseRules rules = current;
    if (rules == null) {
      rules = ExpenseRulesProperties.fromFile().rules();
      current = rules;
    }
    return rules;
  }

  /** Puts these rules in use (the application does, from its configuration, at startup). */
  public static void use(ExpenseRules rules) {
    current = rules;
  }

  public Optional<ExpenseItem> item(String code) {
    return Optional.ofNullable(code == null ? null : items.get(code));
  }

  /** An item's name; a code not in the catalogue (say, from an older catalogue) shows as it is. */
  public String name(String code) {
    return code == null ? "" : item(code).map(ExpenseItem::name).orElse(code);
  }

  /** The items the forms offer, in their order. */
  public List<ExpenseItem> offered() {
    return items.values().stream().filter(ExpenseItem::offered).toList();
  }

  public List<ExpenseItem> forbiddenItems() {
    return items.values().stream().filter(i -> !i.offered()).toList();
  }

  /** Why a line of this item, capacity and purpose is refused; empty when it is not. */
  public List<Refusal> refusals(ExpenseItem item, Capacity capacity, String purpose) {
    if (!item.offered()) {
      return List.of(new Refusal("R-FUND-3", "支出科目“" + item.name() + "”：专项经费不得用于" + item.name()
          + "（" + item.basis() + "）"));
    }
    List<Refusal> refusals = new ArrayList<>();
    if (capacity != null && !item.capacities().contains(capacity)) {
      refusals.add(new Refusal("R-FUND-1", "支出科目“" + item.name() + "”只能用于 "
          + item.capacities().stream().sorted().map(c -> c.name() + " " + c.label()).collect(Collectors.joining("、"))
          + "，不能列入 " + capacity.name() + " " + capacity.label()));
    }
    List<String> texts = List.of(PurposeText.normalise(purpose), PurposeText.normalise(item.shortName()));
    forbidden.stream().flatMap(rule -> rule.match(texts).map(words -> new Found(rule, words)).stream()).findFirst()
        .ifPresent(found -> {
          ExpenseItem use = items.get(found.rule().item());
          refusals.add(new Refusal("R-FUND-3", where(found.words(), purpose, item) + "属于" + use.name()
              + "，专项经费不得用于" + use.name() + "（" + use.basis() + "）"));
        });
    return refusals;
  }

  /** Why the office should look at a line that is not refused; empty when nothing is doubtful. */
  public List<String> doubts(ExpenseItem item, String purpose) {
    Set<String> doubts = new LinkedHashSet<>();
    if (item.treatment() == Treatment.FLAGGED) {
      doubts.add("选择“" + item.name() + "”科目的支出须由专项办公室判断是否属于项目业务"
          + (notBlank(item.note()) ? "：" + item.note() : ""));
    }
    List<String> texts = List.of(PurposeText.normalise(purpose));
    for (PurposeRule rule : doubtful) {
      rule.match(texts).ifPresent(words -> doubts.add(rule.reason() == null
          ? "用途中的“" + String.join("”“", words) + "”可能属于" + items.get(rule.item()).name()
              + "，也可能是业务内容，请专项办公室判断"
          : rule.reason().replace("{words}", String.join("”“", words))));
    }
    if (item.words().stream().noneMatch(texts.get(0)::contains)) {
      offered().stream().filter(other -> !other.code().equals(item.code()))
          .flatMap(other -> other.words().stream().filter(texts.get(0)::contains).limit(1)
              .map(word -> "用途与所选科目不符：用途中的“" + word + "”属于“" + other.name() + "”，所选科目是“" + item.name() + "”，请专项办公室判断"))
          .findFirst().ifPresent(doubts::add);
    }
    return List.copyOf(doubts);
  }

  /**
   * For the forms (Markdown, the catalogue's texts escaped): what the funds never pay for, with the
   * clauses, and the hints of the items that have one.
   */
  public String formText() {
    Map<String, List<ExpenseItem>> byBasis = forbiddenItems().stream()
        .collect(Collectors.groupingBy(ExpenseItem::basis, LinkedHashMap::new, Collectors.toList()));
    StringBuilder text = new StringBuilder("**专项经费不得用于：**");
    byBasis.forEach((basis, uses) -> text.append("\n- ")
        .append(uses.stream().map(i -> escape(i.name())).collect(Collectors.joining("、")))
        .append("（").append(escape(basis)).append("）"));
    List<ExpenseItem> hinted = offered().stream().filter(i -> notBlank(i.hint())).toList();
    if (!hinted.isEmpty()) {
      text.append("\n\n**支出科目说明：**");
      hinted.forEach(i -> text.append("\n- ").append(escape(i.name())).append("：").append(escape(i.hint())));
    }
    return text.toString();
  }

  private static String where(List<String> words, String purpose, ExpenseItem item) {
    String normalised = PurposeText.normalise(purpose);
    List<String> inPurpose = words.stream().filter(w -> normalised.contains(PurposeText.normalise(w))).toList();
    String fromPurpose = inPurpose.isEmpty() ? "" : "用途中的“" + String.join("”“", inPurpose) + "”";
    if (inPurpose.size() == words.size()) {
      return fromPurpose;
    }
    return "支出科目“" + item.shortName() + "”" + (fromPurpose.isEmpty() ? "" : "和" + fromPurpose);
  }

  private record Found(PurposeRule rule, List<String> words) {}

  private static List<PurposeRule> concat(List<PurposeRule> a, List<PurposeRule> b) {
    List<PurposeRule> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("capacity.funds: " + message);
    }
  }
}
