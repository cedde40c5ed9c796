package cn.wast.capacity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.IntakeTestBase;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.documents.DocumentType;
import cn.wast.capacity.documents.NewDocument;
import cn.wast.capacity.support.FormText;
import cn.wast.capacity.support.FullLength;
import cn.wast.capacity.support.SampleFiles;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every bad application is refused at submission with a Chinese message and leaves nothing
 * behind: no process instance (running or in history), no application row, no mail, and the
 * uploaded resolution still waiting, unattached, for the corrected submission.
 */
class ApplicationBadInputTest extends IntakeTestBase {

  private final String society = DemoSocieties.ELIGIBLE.get(0);

  @BeforeEach
  void roundIsOpenAndResolutionUploaded() {
    openRound();
    uploadBoardResolution(society);
    jdbc.update("DELETE FROM mail_outbox"); // the call for applications is not under test here
  }

  @Test
  @DisplayName("R-APP-3: missing achievements and contact fields are each named")
  void missingFieldsAreNamed() {
    Map<String, Object> form = applicationForm();
    form.remove("achievementC2");
    form.put("achievementC4", "   ");
    form.remove("contactName");
    form.put("declaration", false);

    assertRefused(form, "请填写服务社会和政府能力（C2）方面的成绩（R-APP-3）",
        "请填写自我发展能力（C4）方面的成绩（R-APP-3）", "请填写联系人姓名", "请勾选真实性承诺");
  }

  @Test
  @DisplayName("R-APP-2: a board meeting dated after today is refused")
  void meetingInTheFutureIsRefused() {
    Map<String, Object> form = applicationForm();
    form.put("boardMeetingDate", LocalDate.of(year(), 3, 3).toString());

    assertRefused(form, "会议日期不能晚于今天");
  }

  @Test
  @DisplayName("R-APP-2: a board meeting in year 0001 or before 2000 is refused, naming the meeting date")
  void implausibleMeetingDateIsRefused() {
    Map<String, Object> form = applicationForm();
    form.put("boardMeetingDate", "0001-01-01");
    assertRefused(form, "会议日期不能早于 2000年1月1日：请核对理事会（常务理事会）会议日期");
    form.put("boardMeetingDate", "1999-12-31");
    assertRefused(form, "会议日期不能早于 2000年1月1日");
  }

  @Test
  @DisplayName("R-APP-2: a chosen body typed with spaces is kept as the choice itself, and shown by its name")
  void boardBodyIsKeptAsChecked() {
    Map<String, Object> form = applicationForm();
    form.put("boardBody", " BOARD ");
    form.put("boardMeetingDate", "2000-01-01");
    String id = apply(society, form).getId();
    assertThat(runtimeService.getVariable(id, "boardBody")).isEqualTo("BOARD");
    SpinJsonNode shown = (SpinJsonNode) runtimeService.getVariable(id, ApplicationVariables.SHOWN_MATERIALS);
    assertThat(shown.prop("boardBody").stringValue()).isEqualTo("理事会");
  }

  @Test
  @DisplayName("R-APP-3: achievements at the full 4,000 characters the form lets through, with English punctuation and emoji, are received whole and reach 形式审查")
  void achievementsAtTheLimitAreReceivedWhole() {
    String achievement = FullLength.of("第1.5项成果(2024-2025): 覆盖100%会员, 见附件[1]! 🎉 ", ApplicationForm.ACHIEVEMENT_MAX);
    assertThat(achievement.length()).isEqualTo(ApplicationForm.ACHIEVEMENT_MAX);
    Map<String, Object> form = applicationForm();
    for (String capacity : List.of("achievementC1", "achievementC2", "achievementC3", "achievementC4")) {
      form.put(capacity, achievement);
    }

    String id = apply(society, form).getId();
    executeDueJobs();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).activityIdIn("FormalReview").count())
        .isOne();
    assertThat(runtimeService.getVariable(id, "achievementC4")).isEqualTo(achievement);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-APP-2 R-REV-1: an application with forty supporting files under long names is received, and 形式审查 lists every file")
  void manyFilesAreReceivedAndListed() {
    String longName = "证明材料".repeat(22); // with ".pdf", near the 100 characters a file name may have
    for (int i = 1; i <= 40; i++) {
      documents.store(new NewDocument(society, year(), null, DocumentKind.SUPPORTING_MATERIAL, longName + i + ".pdf",
          DocumentType.PDF, SampleFiles.pdfTitled("材料" + i), DemoUsers.userOf(society), now()));
    }

    String id = apply(society).getId();
    executeDueJobs();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).activityIdIn("FormalReview").count())
        .isOne();
    String shown = FormText.filled("formal-review", as(OFFICE, () -> taskService.getVariables(singleTask(OFFICE, id).getId())));
    assertThat(shown).contains(longName + "1.pdf", longName + "40.pdf", "理事会决议.pdf");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-APP-3: an achievement longer than the form lets through, counted as the form counts (an emoji is two), is refused naming the capacity")
  void achievementLongerThanTheFormAllowsIsRefused() {
    Map<String, Object> form = applicationForm();
    form.put("achievementC2", "🎉".repeat(2001));

    assertRefused(form, "服务社会和政府能力（C2）方面的成绩超过 4000 字（表情符号等个别字符按 2 个字计）");
  }

  @Test
  @DisplayName("R-APP-2: approval by a body other than the board or standing board is refused")
  void nonBoardBodyIsRefused() {
    Map<String, Object> form = applicationForm();
    form.put("boardBody", "SECRETARIAT");

    assertRefused(form, "申报须经理事会或常务理事会研究同意，其他机构的同意无效（R-APP-2）");
  }

  @Test
  @DisplayName("R-APP-2: an application without the uploaded board resolution is refused")
  void missingResolutionIsRefused() {
    jdbc.update("DELETE FROM application_document");

    assertRefused(applicationForm(), "尚未上传理事会（常务理事会）决议文件");
  }

  @Test
  @DisplayName("Malformed phone and email are refused")
  void malformedContactIsRefused() {
    Map<String, Object> form = applicationForm();
    form.put("contactPhone", "call me");
    form.put("contactEmail", "zhangming.example.cn");

    assertRefused(form, "联系电话格式不正确", "联系邮箱格式不正确");
  }

  @Test
  @DisplayName("A second application by the same society in the same round is refused")
  void secondApplicationIsRefused() {
    apply(society);
    long instances = instancesOf("application");
    long mails = rows("mail_outbox");
    uploadBoardResolution(society);

    assertThatThrownBy(() -> apply(society))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("同一年度只能申报一次");
    assertThat(instancesOf("application")).isEqualTo(instances);
    assertThat(rows("application")).isEqualTo(1);
    assertThat(rows("mail_outbox")).isEqualTo(mails);
  }

  @Test
  @DisplayName("Submissions of one society at the same moment, over REST as Tasklist sends them, make one application; every other is a 400 with the same Chinese refusal as a second submission, naming only that")
  void simultaneousSubmissionsMakeOneApplication() throws Exception {
    int submissions = 6;
    String body = SampleForms.restVariables(applicationForm());
    WebappSession secretary = WebappSession.anonymous(port).withBasicAuth(DemoUsers.userOf(society), "demo");
    ExecutorService secretaries = Executors.newFixedThreadPool(submissions);
    List<Response> answers = new ArrayList<>();
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> pending = new ArrayList<>();
      for (int i = 0; i < submissions; i++) {
        pending.add(secretaries.submit(() -> {
          go.await();
          return secretary.sendJson("POST", "/engine-rest/process-definition/key/application/submit-form", body);
        }));
      }
      go.countDown();
      for (Future<Response> answer : pending) {
        answers.add(answer.get(120, TimeUnit.SECONDS));
      }
    } finally {
      secretaries.shutdownNow();
    }

    assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() != 200).hasSize(submissions - 1)
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(400))
        .allSatisfy(a -> assertThat(a.text()).contains("同一年度只能申报一次")
            .doesNotContain("决议", "SQL", "APPLICATION(", "Unique index"));
    assertThat(rows("application")).isEqualTo(1);
    assertThat(instancesOf("application")).isEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-CALL-1: an application after the round's deadline is refused")
  void applicationAfterDeadlineIsRefused() {
    setClock(applicationDeadline().plusDays(1), LocalTime.of(0, 0, 1));

    assertRefused(applicationForm(), "年度申报已截止（截止时间：" + year() + "年3月31日（当天24时截止））");
  }

  @Test
  @DisplayName("R-CALL-1: an application for a year with no round is refused")
  void applicationForAnotherYearIsRefused() {
    Map<String, Object> form = applicationForm();
    form.put("roundYear", year() + 1);

    assertRefused(form, (year() + 1) + " 年度的评选尚未开启");
  }

  @Test
  @DisplayName("A user cannot apply for a society that is not theirs")
  void applyingForAnotherSocietyIsRefused() {
    String other = DemoSocieties.ELIGIBLE.get(1);
    Map<String, Object> form = applicationForm();
    form.put("societyCode", other);

    // The society comes from the signed-in account: naming one is not a field of the form.
    assertRefused(form, "表单上没有的项：“societyCode”");
  }

  @Test
  @DisplayName("R-APP-1: a programme-office user cannot submit an application")
  void officeCannotApply() {
    long before = instancesOf("application");
    assertThatThrownBy(() -> startForm(OFFICE, "application", applicationForm()))
        .isInstanceOf(AuthorizationException.class);
    assertThat(instancesOf("application")).isEqualTo(before);
    assertThat(rows("application")).isZero();
  }

  private void assertRefused(Map<String, Object> form, String... messages) {
    assertThatThrownBy(() -> apply(society, form))
        .isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).problems())
            .allSatisfy(p -> assertThat(p).isNotBlank()))
        .satisfies(e -> {
          for (String message : messages) {
            assertThat(e.getMessage()).contains(message);
          }
        });
    assertThat(instancesOf("application")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("application").count()).isZero();
    assertThat(rows("application")).isZero();
    assertThat(rows("mail_outbox")).isZero();
    assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM application_document WHERE application_key IS NOT NULL", Long.class)).isZero();
    assertThat(deliveredMail()).isEmpty();
  }
}
