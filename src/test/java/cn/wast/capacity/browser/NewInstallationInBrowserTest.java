package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.registry.RegistryTestSocieties;
import cn.wast.capacity.society.CreditCode;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.IntakeTestBase;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19 end to end in a real browser: the office of a fresh installation uploads its societies
 * (with their inspections and work reports) and its experts from workbooks, previews and commits
 * them with a reason, creates the new society's account on 账号管理; the society opens the mailed
 * link, sets its password, signs in to Tasklist and applies, and eligibility accepts it on the
 * imported facts. The society and expert are fresh (ZXNEW1, zxnewexp1) and removed afterwards.
 * Screenshots: target/screenshots/new-installation-*.png.
 */
@Tag("browser")
class NewInstallationInBrowserTest extends IntakeTestBase {

  private static final String SOCIETY = "ZXNEW1";
  private static final String NAME = "武汉市新装示范学会";
  private static final String EMAIL = "zxnew1@societies.example.cn";
  private static final String EXPERT = "zxnewexp1";
  private static final String USER = "zxnew1";
  private static final String PASSWORD = "Wuhan-2026-Xinzhuang!";
  private static final Pattern LINK = Pattern.compile("http://[^\\s]+(/accounts/activate/[A-Za-z0-9_-]{43})");
  private static final String FIRST17 = "51420100MJ8883001";

  @Autowired SocietyRegistry registry;

  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeEach
  void freshCodes() {
    removeWhatTheTestMade();
    chromium = new HeadlessChromium("new-installation");
    browser = chromium.browser();
  }

  @AfterEach
  void removeWhatTheTestMade() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
    wipeProgrammeRecords(); // the application and its documents name the society
    jdbc.update("DELETE FROM expert_affiliation WHERE expert_id = ?", EXPERT);
    jdbc.update("DELETE FROM expert WHERE user_id = ?", EXPERT);
    jdbc.update("DELETE FROM change_record WHERE subject_key = ?", EXPERT);
    jdbc.update("DELETE FROM account_activation WHERE user_id = ?", USER);
    jdbc.update("DELETE FROM account WHERE user_id = ?", USER);
    if (identityService.createUserQuery().userId(USER).count() > 0) {
      identityService.deleteUser(USER);
    }
    if (identityService.createGroupQuery().groupId(SOCIETY).count() > 0) {
      identityService.deleteGroup(SOCIETY);
    }
    RegistryTestSocieties.remove(jdbc, SOCIETY);
  }

  @Test
  @DisplayName("Issue 19: societies and experts imported, the society's account created and activated, and it applies")
  void newInstallation() throws IOException {
    int y = year();
    String credit = FIRST17 + CreditCode.checkCharacter(FIRST17);
    chromium.signInToTasklist(port, OFFICE, "demo");

    Path societies = workbook("学会名录", Map.of(
        "学会", List.of(List.of(SOCIETY, credit, NAME, "是", EMAIL, "周新", "专职", 5, 1, "是", "是", "是",
            (y + 2) + "年12月31日")),
        "年检结果", List.of(
            List.of(credit, NAME, y - 3, "合格"), List.of(credit, NAME, y - 2, "合格"), List.of(credit, NAME, y - 1, "合格")),
        "工作报告", List.of(
            List.of(credit, NAME, y - 3, (y - 3) + "-12-18", (y - 2) + "-01-06"),
            List.of(credit, NAME, y - 2, (y - 2) + "-12-20", (y - 2) + "-12-28"),
            List.of(credit, NAME, y - 1, (y - 1) + "年12月22日", (y - 1) + "/12/29"))));
    importFile("/office/societies/import", societies, 7, "新装系统：导入学会名录及近三年年检、工作报告", "societies");
    assertThat(registry.findByCode(SOCIETY)).isPresent();

    Path experts = workbook("专家名录", Map.of(
        "专家", List.of(List.of(EXPERT, "钱新装", "教授", "武汉新装大学", "机械工程", "zxnewexp1@experts.example.cn",
            "027-87650001", "在用")),
        "专家关联", List.of(List.of(EXPERT, "钱新装", SOCIETY, NAME, "会员", (y - 5) + "-01-01", ""))));
    browser.get(url("/office/experts"));
    chromium.click(By.id("import"));
    importFile(null, experts, 2, "新装系统：导入专家库", "experts");
    browser.get(url("/office/experts"));
    assertThat(browser.findElement(By.cssSelector("tr[data-expert=" + EXPERT + "]")).getText())
        .contains("钱新装", SOCIETY + " 会员");
    chromium.screenshot("experts");

    browser.get(url("/office/accounts"));
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "账号管理"));
    WebElement form = browser.findElement(By.id("society-form"));
    new Select(form.findElement(By.name("societyCode"))).selectByValue(SOCIETY);
    form.findElement(By.name("userId")).sendKeys(USER);
    WebElement name = form.findElement(By.name("name"));
    name.sendKeys("周新");
    name.sendKeys(Keys.TAB);
    chromium.screenshot("account-form");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已创建账号“" + USER + "”"));
    chromium.screenshot("account-created");

    List<MimeMessage> mails = deliveredTo(EMAIL);
    assertThat(mails).hasSize(1);
    Matcher link = LINK.matcher(body(mails.get(0)));
    assertThat(link.find()).isTrue();
    browser.manage().deleteAllCookies();
    browser.get(url(link.group(1)));
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "设置登录密码"));
    browser.findElement(By.name("password")).sendKeys(PASSWORD);
    WebElement repeated = browser.findElement(By.name("repeated"));
    repeated.sendKeys(PASSWORD);
    repeated.sendKeys(Keys.TAB);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "密码已设置"));
    chromium.screenshot("activated");

    openRound();
    chromium.signInToTasklist(port, USER, PASSWORD);
    chromium.uploadBoardResolution(port, PDF);
    submitApplication();
    chromium.screenshot("applied");

    ProcessInstance application = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("APP-" + y + "-" + SOCIETY).singleResult();
    assertThat(application).isNotNull();
    executeDueJobs();
    assertThat(application).as("accepted by eligibility on the imported facts").isWaitingAt("FormalReview");
  }

  /** Uploads on the import page (or the one open), checks the preview and commits with the reason. */
  private void importFile(String page, Path file, int rows, String reason, String shot) {
    if (page != null) {
      browser.get(url(page));
    }
    WebElement input = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
    input.sendKeys(file.toAbsolutePath().toString());
    input.findElement(By.xpath("ancestor::form")).submit();
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("to-write")));
    assertThat(browser.findElement(By.id("to-write")).getText()).isEqualTo(String.valueOf(rows));
    assertThat(browser.findElement(By.id("problem-rows")).getText()).isEqualTo("0");
    chromium.screenshot("preview-" + shot);
    WebElement why = browser.findElement(By.id("reason"));
    why.sendKeys(reason);
    why.sendKeys(Keys.TAB);
    browser.findElement(By.xpath("//section[@id='commit']//button[@type='submit']")).click();
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已导入 " + rows + " 行"));
    chromium.screenshot("imported-" + shot);
  }

  /** The workbook the office fills in: the template's sheets and headers, rows as typed. */
  private static Path workbook(String name, Map<String, List<List<Object>>> sheets) throws IOException {
    Map<String, List<List<Object>>> ordered = new LinkedHashMap<>();
    for (String sheet : List.of("学会", "年检结果", "工作报告", "专家", "专家关联")) {
      if (sheets.containsKey(sheet)) {
        ordered.put(sheet, sheets.get(sheet));
      }
    }
    Path file = Files.createTempDirectory("new-installation").resolve(name + ".xlsx");
    try (Spreadsheet book = new Spreadsheet()) {
      ordered.forEach((sheet, rows) -> book.sheet(sheet, HEADERS.get(sheet), rows));
      Files.write(file, book.bytes());
    }
    return file;
  }

  private static final Map<String, List<String>> HEADERS = Map.of(
      "学会", List.of("学会代码", "统一社会信用代码", "学会名称", "是否市科协所属", "联系邮箱", "秘书长", "秘书长任职", "工作人员数",
          "财务人员数", "内部管理健全", "财务制度健全", "独立账户", "理事会任期届满日"),
      "年检结果", List.of("信用代码", "学会名称", "年度", "结果"),
      "工作报告", List.of("信用代码", "学会名称", "年度", "年度总结报送日期", "工作计划报送日期"),
      "专家", List.of("登录账号", "姓名", "职称", "工作单位", "专业领域", "电子邮箱", "联系电话", "状态"),
      "专家关联", List.of("专家账号", "专家姓名", "学会代码", "学会名称", "关联类型", "起始日期", "终止日期"));

  private void submitApplication() {
    chromium.submitApplication(port, new HeadlessChromium.TypedApplication(year(), Map.of(
        "服务创新能力（C1）", "举办新装示范学术年会，参会代表三百余人，发布年度学科发展报告一部。",
        "服务社会和政府能力（C2）", "承接市科技局委托开展科技评价五项，主持制定团体标准一项。",
        "服务科技工作者能力（C3）", "开展会员继续教育培训八期，举荐青年科技人才六名，表彰优秀会员。",
        "自我发展能力（C4）", "完成理事会换届，健全会员管理制度，新增专职工作人员一名。"),
        "新装学会〔" + year() + "〕1号", "周新", "027-85550001", EMAIL));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
