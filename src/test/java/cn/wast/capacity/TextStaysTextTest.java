package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.documents.DocumentType;
import cn.wast.capacity.documents.NewDocument;
import cn.wast.capacity.support.FormText;
import cn.wast.capacity.support.MarkupPayloads;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A society's text shown on the office's and the experts' forms stays text: every free-text field
 * of the application form gets Markdown and HTML, and each form that shows it is filled in as
 * form-js fills it before rendering Markdown.
 */
class TextStaysTextTest extends ReviewTestBase {

  static final String ACHIEVEMENT = MarkupPayloads.PARAGRAPHS;
  static final String LINE = MarkupPayloads.LINE;
  /** Words of {@link #LINE} that no heading of ours contains. */
  static final String LINE_TEXT = "科协〔2026〕1号";
  /** The server checks only an email's shape and a phone's characters: what markup gets through. */
  static final Map<String, String> CONSTRAINED = Map.of(
      "contactEmail", "<b>科协</b>[点此](http://evil)@evil.example",
      "contactPhone", "+ 027-8555-1234");

  /** Markup from the payloads that would survive unescaped. */
  static final Pattern RAW_MARKUP = Pattern.compile(
      "(?<!\\\\)(\\[点此|!\\[x|<b>|<img|<http|http:|www\\.|&lt;|\\*\\*加粗|^> 引用|^1\\. 列表)", Pattern.MULTILINE);

  /** The fields shown as paragraphs of their own; the others are shown within a line. */
  static final Set<String> PARAGRAPHS =
      Set.of("achievementC1", "achievementC2", "achievementC3", "achievementC4", "correctionRequest",
          "workApproach", "priorities", "planComments");

  static final List<String> EXPERTS_SEE =
      List.of("achievementC1", "achievementC2", "achievementC3", "achievementC4", "boardResolutionNumber");

  @Test
  @DisplayName("An application's Markdown and HTML show as typed on 形式审查, after a correction, and on 专家评分; the office's request on 补正")
  void societysTextIsLiteralWhereverItIsShown() {
    String code = "WHJX";
    List<String> freeText = FormText.inputs("apply", Set.of("textfield", "textarea"));
    assertThat(freeText).hasSize(8);

    ProcessInstance round = openRound();
    uploadBoardResolution(code);
    Map<String, Object> typed = typed(freeText, "");
    ProcessInstance application = apply(code, typed);
    executeDueJobs();
    Task formalReview = singleTask(OFFICE, application.getId());
    assertLiteral("formal-review", variables(OFFICE, formalReview), typed, freeText);

    claimAndComplete(OFFICE, formalReview, SampleForms.correction(ACHIEVEMENT));
    String society = DemoUsers.userOf(code);
    Task correction = singleTask(society, application.getId());
    assertLiteral("correct-application", variables(society, correction), Map.of("correctionRequest", ACHIEVEMENT),
        List.of("correctionRequest"));
    assertThat(FormText.inputs("correct-application", Set.of("textfield", "textarea"))).isEqualTo(freeText);
    Map<String, Object> corrected = typed(freeText, "补正：");
    corrected.remove("roundYear"); // the correction form asks everything the application asked but the year
    claimAndComplete(society, correction, corrected);
    executeDueJobs();
    Task again = singleTask(OFFICE, application.getId());
    assertLiteral("formal-review", variables(OFFICE, again), corrected, freeText);

    claimAndComplete(OFFICE, again, Map.of("formalReviewDecision", "accepted"));
    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(9, 0));
    executeDueJobs();
    formCommittee(round, EXPERTS, 5);
    int seats = 0;
    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        assertLiteral("score-application", variables(expert, task), corrected, EXPERTS_SEE);
        seats++;
      }
    }
    assertThat(seats).isEqualTo(5);
  }

  @Test
  @DisplayName("A society's fund plan and mid-term report show as typed on 审核经费使用管理方案 and 中期检查审核; "
      + "the office's comments on 报送经费使用管理方案")
  void implementationTextIsLiteralWhereverItIsShown() {
    ProcessInstance implementation = awardedImplementation("WHYX");
    String society = DemoUsers.userOf("WHYX");
    LocalDate today = LocalDate.ofInstant(now(), ZONE);
    assertThat(FormText.inputs("fund-plan", Set.of("textfield", "textarea")))
        .containsExactly("workApproach", "priorities", "milestone", "measure", "target", "purpose");
    Map<String, Object> plan = new HashMap<>();
    plan.put("workApproach", ACHIEVEMENT);
    plan.put("priorities", ACHIEVEMENT);
    plan.put("milestones", List.of(Map.of("dueOn", today.plusMonths(3).toString(), "milestone", LINE)));
    plan.put("indicators", List.of(Map.of("measure", LINE, "target", LINE)));
    plan.put("budgetLines", List.of(
        Map.of("capacity", "C1", "category", "MEETING", "purpose", "学术年会会务" + LINE, "amount", 200000)));
    claimAndComplete(society, implementationTask(society, implementation), plan);
    Task filing = officeTask(implementation, "FileFundPlan");
    Map<String, Object> shownPlan = Map.of("workApproach", ACHIEVEMENT, "priorities", ACHIEVEMENT,
        "milestone", LINE, "measure", LINE, "purpose", "学术年会会务" + LINE);
    assertLiteral("file-fund-plan", variables(OFFICE, filing), shownPlan, List.copyOf(shownPlan.keySet()));

    claimAndComplete(OFFICE, filing, Map.of("fundPlanDecision", "returned", "fundPlanComments", ACHIEVEMENT));
    Task returned = implementationTask(society, implementation);
    assertLiteral("fund-plan", variables(society, returned), Map.of("planComments", ACHIEVEMENT), List.of("planComments"));
    claimAndComplete(society, returned, plan);
    claimAndComplete(OFFICE, officeTask(implementation, "FileFundPlan"), Map.of("fundPlanDecision", "filed"));

    setClock(today.plusMonths(6).plusDays(1), LocalTime.of(0, 1));
    executeDueJobs();
    documents.store(new NewDocument("WHYX", year(), applicationKey("WHYX"), DocumentKind.MID_TERM_REPORT,
        "中期检查书面报告.pdf", DocumentType.PDF, PDF, society, now()));
    documents.store(new NewDocument("WHYX", year(), applicationKey("WHYX"), DocumentKind.VOUCHER_SCAN,
        "凭证.pdf", DocumentType.PDF, PDF, society, now(), LINE));
    assertThat(FormText.inputs("mid-term-report", Set.of("textfield", "textarea")))
        .containsExactly("measure", "target", "achieved", "purpose", "voucher");
    Map<String, Object> report = new HashMap<>();
    report.put("progress", List.of(Map.of("measure", LINE, "target", LINE, "achieved", LINE)));
    report.put("ledger", List.of(Map.of("date", today.plusDays(10).toString(), "budgetLine", "1", "capacity", "C1",
        "category", "MEETING", "purpose", "学术年会会场租赁" + LINE, "amount", 90000, "voucher", LINE)));
    report.put("separateAccounts", true);
    claimAndComplete(society, implementationTask(society, implementation), report);
    assertLiteral("review-mid-term", variables(OFFICE, officeTask(implementation, "ReviewMidTerm")),
        Map.of("measure", LINE, "achieved", LINE, "voucher", LINE), List.of("measure", "achieved", "voucher"));
  }

  private Task implementationTask(String society, ProcessInstance implementation) {
    return as(society, () -> taskService.createTaskQuery().processInstanceId(implementation.getId()).singleResult());
  }

  private Map<String, Object> typed(List<String> freeText, String prefix) {
    Map<String, Object> form = new HashMap<>(applicationForm());
    for (String key : freeText) {
      String payload = CONSTRAINED.getOrDefault(key, key.startsWith("achievement") ? ACHIEVEMENT : LINE);
      form.put(key, CONSTRAINED.containsKey(key) ? payload : prefix + payload);
    }
    return form;
  }

  private Map<String, Object> variables(String user, Task task) {
    return as(user, () -> taskService.getVariables(task.getId()));
  }

  private static void assertLiteral(String formKey, Map<String, Object> variables, Map<String, Object> typed,
      List<String> shown) {
    String text = FormText.filled(formKey, variables);
    for (String key : shown) {
      String value = (String) typed.get(key);
      assertThat(text).as(formKey + " shows " + key)
          .contains(PARAGRAPHS.contains(key) ? Markdown.paragraphs(value) : Markdown.escape(value));
    }
    if (shown.stream().anyMatch(key -> typed.get(key).toString().contains("[点此]"))) {
      assertThat(text).as(formKey).contains("\\[点此\\]\\(http\\:\\/\\/evil\\)");
    }
    assertThat(text).as(formKey).doesNotContainPattern(RAW_MARKUP);
    assertThat(text.lines().filter(line -> line.startsWith("#")).toList()).as(formKey + " headings")
        .noneMatch(line -> line.contains("专项办公室初审意见"))
        .allMatch(line -> FormText.headings(formKey).contains(line) || !line.contains(LINE_TEXT));
  }
}
