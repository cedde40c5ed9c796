package cn.wast.capacity.funds;

import cn.wast.capacity.review.Capacity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/**
 * R-FUND-1, R-FUND-3: the expense items and the lexicon as configured ({@code capacity.funds.catalogue},
 * {@code capacity.funds.lexicon}, in {@code expense-rules.yml}); a wrong entry stops the start.
 */
@ConfigurationProperties("capacity.funds")
public record ExpenseRulesProperties(List<Item> catalogue, Lexicon lexicon) {

  static final String FILE = "expense-rules.yml";

  /** An item as configured; see {@link ExpenseItem}. */
  public record Item(String code, String name, Treatment treatment, List<Capacity> capacities, String clause,
      String quote, String note, String hint, List<String> words) {}

  /** The lexicon: uses that refuse a line, and uses that put it before the office. */
  public record Lexicon(List<PurposeRule> forbidden, List<PurposeRule> doubtful) {}

  public ExpenseRulesProperties {
    if (catalogue == null || lexicon == null) {
      throw new IllegalArgumentException("capacity.funds.catalogue and capacity.funds.lexicon must be configured"
          + " (" + FILE + ")");
    }
    catalogue = List.copyOf(catalogue);
    rules(catalogue, lexicon);
  }

  public ExpenseRules rules() {
    return rules(catalogue, lexicon);
  }

  private static ExpenseRules rules(List<Item> catalogue, Lexicon lexicon) {
    return new ExpenseRules(
        catalogue.stream().map(i -> new ExpenseItem(i.code(), i.name(), i.treatment(),
            i.capacities() == null || i.capacities().isEmpty() ? EnumSet.noneOf(Capacity.class) : EnumSet.copyOf(i.capacities()),
            i.clause(), i.quote(), i.note() == null ? "" : i.note(), i.hint() == null ? "" : i.hint(),
            i.words() == null ? List.of() : i.words().stream().map(PurposeText::normalise).toList())).toList(),
        lexicon.forbidden() == null ? List.of() : lexicon.forbidden(),
        lexicon.doubtful() == null ? List.of() : lexicon.doubtful());
  }

  /** The configuration file alone, bound as the application binds it (for code running outside it). */
  static ExpenseRulesProperties fromFile() {
    try {
      MutablePropertySources sources = new MutablePropertySources();
      new YamlPropertySourceLoader().load(FILE, new ClassPathResource(FILE)).forEach(sources::addLast);
      return new Binder(ConfigurationPropertySources.from(sources))
          .bind("capacity.funds", ExpenseRulesProperties.class)
          .orElseThrow(() -> new IllegalStateException("no capacity.funds in " + FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
