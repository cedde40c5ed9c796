package cn.wast.capacity.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-FUND-3: one entry of the lexicon ({@code capacity.funds.lexicon}): groups of synonyms that
 * must all occur, in any order, unless a word shows the line is the business itself.
 *
 * @param item the code of the expense item the use belongs to, or may belong to
 * @param allOf the groups, each a list of synonyms as configured
 * @param unless words that undo the match
 * @param reason a doubtful entry's flag, {@code {words}} standing for the words found; or null
 */
public record PurposeRule(String item, List<List<String>> allOf, List<String> unless, String reason) {

  public PurposeRule {
    allOf = allOf == null ? List.of() : allOf.stream().map(List::copyOf).toList();
    unless = unless == null ? List.of() : List.copyOf(unless);
  }

  /**
   * The word found for each group (as configured), or empty when a group has none or a word of
   * {@code unless} occurs; {@code texts} are normalised ({@link PurposeText}).
   */
  public Optional<List<String>> match(List<String> texts) {
    if (unless.stream().map(PurposeText::normalise).anyMatch(word -> occurs(word, texts))) {
      return Optional.empty();
    }
    List<String> found = new ArrayList<>();
    for (List<String> group : allOf) {
      Optional<String> word = group.stream().filter(w -> occurs(PurposeText.normalise(w), texts)).findFirst();
      if (word.isEmpty()) {
        return Optional.empty();
      }
      found.add(word.get());
    }
    return Optional.of(found);
  }

  private static boolean occurs(String word, List<String> texts) {
    return !word.isEmpty() && texts.stream().anyMatch(text -> text.contains(word));
  }
}
