package cn.wast.capacity.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one catalogue of the rules in words: every rule of docs/RULES.md and every rule id the code,
 * the processes, the forms and the templates name has its clause; letters and forms quote the
 * clause in words and name no id on its own.
 */
class RuleClausesTest {

  private static final Pattern RULE_ID = Pattern.compile("R-[A-Z]+-\\d+");

  @Test
  @DisplayName("The catalogue holds exactly the rules of docs/RULES.md, each with a clause of the plan and a title")
  void everyRuleOfTheProgramme() throws IOException {
    Set<String> numbered = Files.readAllLines(Path.of("docs", "RULES.md")).stream()
        .map(line -> Pattern.compile("^(?:- )?(R-[A-Z]+-\\d+) ").matcher(line)).filter(Matcher::find)
        .map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(numbered).hasSizeGreaterThan(20);
    assertThat(RuleClauses.all()).extracting(Clause::ruleId).containsExactlyInAnyOrderElementsOf(numbered);
    assertThat(RuleClauses.all()).allSatisfy(c -> {
      assertThat(c.section()).matches("[一二三四五]（[一二三四]）(第\\d项)?");
      assertThat(c.title()).containsPattern("\\p{IsHan}{4,}");
    });
  }

  @Test
  @DisplayName("Every rule id named in the code, the processes, the forms and the templates has its clause")
  void everyRuleIdUsedHasAClause() throws IOException {
    Set<String> used = new TreeSet<>();
    for (String root : new String[] {"src/main/java", "src/main/resources", "processes", "forms"}) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(Files::isRegularFile)
            .filter(f -> f.toString().matches(".*\\.(java|bpmn|form|txt|html|js|yml)$")).toList()) {
          Matcher id = RULE_ID.matcher(Files.readString(file));
          while (id.find()) {
            used.add(id.group());
          }
        }
      }
    }
    assertThat(used).contains("R-ELIG-1", "R-FUND-3", "R-EXCL-4");
    assertThat(used).allSatisfy(id -> assertThat(RuleClauses.find(id)).as(id).isPresent());
  }

  @Test
  @DisplayName("A reason as the society reads it: the clause in words first, the id in small print after")
  void reasonInWords() {
    assertThat(RuleClauses.reason("R-ELIG-1", "2025年度社团年检不合格"))
        .isEqualTo("【依据实施方案三（一）第1项 · 申报前连续两年社团年检合格】2025年度社团年检不合格（R-ELIG-1）");
    assertThat(RuleClauses.of("R-FUND-3").cited()).isEqualTo("依据实施方案五（三）");
  }

  @Test
  @DisplayName("Form headings and texts and the mail templates quote clauses in words: no bare rule id")
  void formsAndTemplatesNameNoBareId() throws IOException {
    for (String root : new String[] {"forms", "src/main/resources/mail"}) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern(RULE_ID);
        }
      }
    }
    assertThat(Files.readString(Path.of("forms", "score-application.form"))).contains("## 专家评分 · 依据实施方案二（二）");
  }
}
