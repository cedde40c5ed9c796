package cn.wast.capacity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.SampleFiles;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-APP-2, R-APP-3, R-REV-1: the upload page over real HTTP, signed in through the Camunda
 * webapps' login. A society uploads its board resolution (checked by content, size and name),
 * sees and deletes only its own files while its slot is open; the office, auditors and admins
 * may read every file; nothing is stored on any refusal.
 *
 * <p>Two societies of its own ({@code TDOCA}, {@code TDOCB}, users {@code tdoca}, {@code tdocb})
 * and rounds in years no other test uses, all removed after each test.
 */
@CapacityTest
public class DocumentControllerTest {

  static final String A = "TDOCA";
  static final String B = "TDOCB";
  static final String USER_A = "tdoca";
  static final String USER_B = "tdocb";
  static final String PASSWORD = "demo";
  /** OPEN, deadline in a month. */
  static final int OPEN_YEAR = 2091;
  /** CLOSED. */
  static final int CLOSED_YEAR = 2092;
  /** Still OPEN, but its deadline was yesterday. */
  static final int PAST_YEAR = 2093;
  /** A's application in correction. */
  static final int CORRECTION_YEAR = 2094;
  static final String CORRECTION_KEY = Application.businessKeyOf(CORRECTION_YEAR, A);
  static final List<Integer> YEARS = List.of(OPEN_YEAR, CLOSED_YEAR, PAST_YEAR, CORRECTION_YEAR);
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static final byte[] PDF = DocumentTypeTest.PDF;
  static final String WRONG_TYPE = "文件类型不受支持：只接受 PDF、PNG 或 JPEG 文件（按文件内容判断）";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ApplicationDocuments documents;
  @Autowired PlatformTransactionManager transactions;

  private final List<String> createdUsers = new java.util.ArrayList<>();
  private final List<String> createdGroups = new java.util.ArrayList<>();
  private final List<String> createdSocieties = new java.util.ArrayList<>();
  private final List<String> createdAuthorizations = new java.util.ArrayList<>();

  @BeforeEach
  void societiesAndRounds() {
    ClockUtil.reset();
    society(A, "测试文档学会甲", USER_A);
    society(B, "测试文档学会乙", USER_B);
    cleanRows();
    LocalDate today = LocalDate.now(ZONE);
    round(OPEN_YEAR, today.plusMonths(1), "OPEN");
    round(CLOSED_YEAR, today.plusMonths(1), "CLOSED");
    round(PAST_YEAR, today.minusDays(1), "OPEN");
    round(CORRECTION_YEAR, today.minusDays(10), "CLOSED");
    application(CORRECTION_YEAR, A, "CORRECTION_REQUESTED");
  }

  @AfterEach
  void removeEverythingMade() {
    ClockUtil.reset();
    cleanRows();
    createdAuthorizations.forEach(authorizationService::deleteAuthorization);
    createdUsers.forEach(identityService::deleteUser);
    createdGroups.forEach(identityService::deleteGroup);
    createdSocieties.forEach(code -> jdbc.update("DELETE FROM society WHERE code = ?", code));
  }

  // ---- the happy path ----

  @Test
  @DisplayName("A society uploads a PDF: stored with the type its content shows, listed, readable by itself")
  void societyUploadsPdf() throws Exception {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    Response page = a.get("/documents");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("先在此上传理事会（常务理事会）决议文件，再回到任务列表提交申报表")
        .contains("申报材料（尚未提交）")
        .contains("id=\"round-" + OPEN_YEAR + "-" + A + "\"")
        .contains("尚未上传理事会（常务理事会）决议文件");
    assertPageHeaders(page);

    // the browser claims octet-stream; the content decides
    Response upload = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "理事会决议 2091.pdf", "application/octet-stream", PDF);
    assertThat(upload.status()).isEqualTo(302);
    assertThat(upload.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/documents#round-" + OPEN_YEAR + "-" + A));
    Response after = a.follow(upload);
    assertThat(after.text()).contains("已上传“理事会决议 2091.pdf”");
    assertThat(section(after.text(), "round-" + OPEN_YEAR + "-" + A)).contains("理事会决议 2091.pdf")
        .doesNotContain("尚未上传理事会（常务理事会）决议文件");

    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM application_document WHERE society_code = ?", A);
    assertThat(row.get("CONTENT_TYPE")).isEqualTo("application/pdf");
    assertThat(row.get("KIND")).isEqualTo("BOARD_RESOLUTION");
    assertThat(row.get("ROUND_YEAR")).isEqualTo(OPEN_YEAR);
    assertThat(((Number) row.get("SIZE_BYTES")).longValue()).isEqualTo(PDF.length);
    assertThat(row.get("SHA256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
    assertThat(row.get("UPLOADED_BY")).isEqualTo(USER_A);
    assertThat(row.get("APPLICATION_KEY")).isNull();
    assertThat(documents.hasPendingBoardResolution(A, OPEN_YEAR)).isTrue();
    assertThat(documents.listPending(A, OPEN_YEAR)).extracting(DocumentInfo::fileName).containsExactly("理事会决议 2091.pdf");

    long id = ((Number) row.get("ID")).longValue();
    Response file = a.get("/documents/" + id);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(PDF);
    assertThat(file.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(file.header("Content-Disposition")).contains(
        "inline; filename*=UTF-8''%E7%90%86%E4%BA%8B%E4%BC%9A%E5%86%B3%E8%AE%AE%202091.pdf");
    assertThat(file.headers("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(file.headers("Content-Disposition")).hasSize(1);
    assertThat(file.header("X-Frame-Options")).contains("SAMEORIGIN");
    assertThat(file.header("Cache-Control")).contains("no-store");
  }

  @Test
  @DisplayName("The same file sent again to the same place (a retry after a lost answer) is stored once and said so")
  void retriedUploadIsStoredOnce() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    assertThat(upload(a, Map.of("roundYear", "" + OPEN_YEAR), "理事会决议.pdf", "application/pdf", PDF).status())
        .isEqualTo(302);
    Response again = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "理事会决议（重发）.pdf", "application/pdf", PDF);
    assertThat(again.status()).isEqualTo(302);
    assertThat(a.follow(again).text()).contains("此前已收到同一文件“理事会决议.pdf”", "未重复保存");
    assertThat(rowsOf(A)).isOne();

    byte[] other = java.util.Arrays.copyOf(PDF, PDF.length + 1);
    other[PDF.length] = ' ';
    assertThat(upload(a, Map.of("roundYear", "" + OPEN_YEAR), "理事会决议.pdf", "application/pdf", other).status())
        .isEqualTo(302);
    assertThat(upload(a, Map.of("roundYear", "" + OPEN_YEAR, "kind", "SUPPORTING_MATERIAL"), "理事会决议.pdf",
        "application/pdf", PDF).status()).isEqualTo(302);
    assertThat(rowsOf(A)).as("other content, or the same content as another kind, is another file").isEqualTo(3);
  }

  @Test
  @DisplayName("The same file sent twice at the same moment (a double click) is stored once: the second waits for the first")
  void sameFileAtTheSameMomentIsStoredOnce() throws Exception {
    NewDocument file = new NewDocument(A, OPEN_YEAR, null, DocumentKind.BOARD_RESOLUTION, "理事会决议.pdf",
        DocumentType.PDF, PDF, USER_A, java.time.Instant.now());
    java.util.concurrent.CountDownLatch firstStored = new java.util.concurrent.CountDownLatch(1);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    java.util.concurrent.CompletableFuture<java.util.Optional<DocumentInfo>> first =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
          java.util.Optional<DocumentInfo> earlier = documents.storeUnlessStored(file);
          firstStored.countDown();
          try {
            Thread.sleep(300);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return earlier;
        }));
    firstStored.await();

    java.util.Optional<DocumentInfo> second = documents.storeUnlessStored(file);

    assertThat(first.get()).as("the first is stored").isEmpty();
    assertThat(second).as("the second finds the first once it is committed").isPresent();
    assertThat(rowsOf(A)).isOne();
  }

  @Test
  @DisplayName("PNG and JPEG are accepted, a supporting material too; the name gets the right extension")
  void imagesAndSupportingMaterial() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    assertThat(upload(a, Map.of("roundYear", "" + OPEN_YEAR, "kind", "SUPPORTING_MATERIAL"), "证明.png", "image/png",
        DocumentTypeTest.PNG).status()).isEqualTo(302);
    assertThat(upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议扫描件", "image/jpeg", DocumentTypeTest.JPEG)
        .status()).isEqualTo(302);
    assertThat(documents.listPending(A, OPEN_YEAR))
        .extracting(DocumentInfo::kind, DocumentInfo::fileName, DocumentInfo::contentType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DocumentKind.SUPPORTING_MATERIAL, "证明.png", "image/png"),
            org.assertj.core.groups.Tuple.tuple(DocumentKind.BOARD_RESOLUTION, "决议扫描件.jpg", "image/jpeg"));
  }

  // ---- refusals: nothing stored ----

  @Test
  @DisplayName("A text file named .pdf and an EXE are refused with the Chinese reason beside the form")
  void wrongTypeRefused() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    Response text = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf",
        "这不是 PDF".getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.text()).contains(WRONG_TYPE).contains("id=\"round-" + OPEN_YEAR + "-" + A + "\"");
    assertPageHeaders(text);
    Response exe = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf",
        DocumentTypeTest.EXE);
    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.text()).contains(WRONG_TYPE);
    assertThat(rowsOf(A)).isZero();
  }

  @Test
  @DisplayName("A PDF with a script, launch action or embedded file, HTML behind %PDF-, script behind an image: refused, nothing stored")
  void hostileContentRefused() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    SampleFiles.hostile().forEach((what, content) -> {
      Response refused = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf", content);
      assertThat(refused.status()).as(what).isEqualTo(400);
      assertThat(section(refused.text(), "round-" + OPEN_YEAR + "-" + A)).as(what)
          .containsAnyOf("出于安全原因不予接收", "无法打开");
    });
    Response script = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf",
        SampleFiles.hostile().get("PDF 打开即运行 JavaScript"));
    assertThat(script.text()).contains("PDF 文件含有脚本或自动执行的动作，出于安全原因不予接收，请重新导出为普通 PDF");
    assertThat(rowsOf(A)).isZero();
  }

  @Test
  @DisplayName("More than 10 MB, an empty file, no file, no kind: refused in Chinese")
  void sizeAndMissingParts() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    Response large = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "大文件.pdf", "application/pdf", tooLarge);
    assertThat(large.status()).isEqualTo(400);
    assertThat(large.text()).contains("文件大小超过 10 MB 的上限");

    Response empty = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text()).contains("文件为空");

    Response none = a.postMultipart("/documents/upload",
        Map.of("_csrf", token(a), "roundYear", "" + OPEN_YEAR, "kind", "BOARD_RESOLUTION"));
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.text()).contains("请选择要上传的文件");

    Response noKind = upload(a, Map.of("roundYear", "" + OPEN_YEAR, "kind", "OTHER"), "决议.pdf", "application/pdf", PDF);
    assertThat(noKind.status()).isEqualTo(400);
    assertThat(noKind.text()).contains("请选择文件类别");
    assertThat(rowsOf(A)).isZero();
  }

  @Test
  @DisplayName("A request beyond the container's multipart limit (50 MB) gets a Chinese 413 page")
  void beyondContainerLimit() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    Response huge = upload(a, Map.of("roundYear", "" + OPEN_YEAR), "扫描件.pdf", "application/pdf",
        Arrays.copyOf(PDF, 51 * 1024 * 1024));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.text()).contains("文件大小超过 10 MB 的上限");
    assertPageHeaders(huge);
    assertThat(rowsOf(A)).isZero();
  }

  @Test
  @DisplayName("Without the form token, or with another session's, uploads and deletions are refused with 403")
  void csrfTokenRequired() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    Response missing = a.postMultipart("/documents/upload",
        Map.of("roundYear", "" + OPEN_YEAR, "kind", "BOARD_RESOLUTION"),
        new FilePart("file", "决议.pdf", "application/pdf", PDF));
    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.text()).contains("安全令牌");
    assertPageHeaders(missing);

    WebappSession otherSession = WebappSession.login(port, USER_A, PASSWORD);
    Response foreign = a.postMultipart("/documents/upload",
        Map.of("_csrf", token(otherSession), "roundYear", "" + OPEN_YEAR, "kind", "BOARD_RESOLUTION"),
        new FilePart("file", "决议.pdf", "application/pdf", PDF));
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(rowsOf(A)).isZero();

    assertThat(upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf", PDF).status()).isEqualTo(302);
    long id = onlyDocumentOf(A);
    Response delete = a.postForm("/documents/" + id + "/delete", Map.of());
    assertThat(delete.status()).isEqualTo(403);
    assertThat(delete.text()).contains("安全令牌");
    assertThat(rowsOf(A)).isOne();
  }

  // ---- who sees what ----

  @Test
  @DisplayName("Society B can neither see, read nor delete society A's file")
  void otherSocietyIsKeptOut() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    upload(a, Map.of("roundYear", "" + OPEN_YEAR), "甲学会决议.pdf", "application/pdf", PDF);
    long id = onlyDocumentOf(A);

    WebappSession b = WebappSession.login(port, USER_B, PASSWORD);
    Response pageB = b.get("/documents");
    assertThat(pageB.status()).isEqualTo(200);
    assertThat(pageB.text()).contains("id=\"round-" + OPEN_YEAR + "-" + B + "\"")
        .doesNotContain("甲学会决议").doesNotContain("/documents/" + id + "\"").doesNotContain(CORRECTION_KEY);

    Response read = b.get("/documents/" + id);
    assertThat(read.status()).isEqualTo(403);
    assertThat(read.text()).contains("您无权查看该文件");
    assertThat(read.body()).isNotEqualTo(PDF);

    Response delete = b.postForm("/documents/" + id + "/delete", Map.of("_csrf", token(b)));
    assertThat(delete.status()).isEqualTo(403);
    assertThat(delete.text()).contains("只有上传该文件的学会可以删除它");
    assertThat(rowsOf(A)).isOne();

    // B cannot upload into A's slots either
    Response intoA = upload(b, Map.of("roundYear", "" + OPEN_YEAR, "societyCode", A), "决议.pdf", "application/pdf", PDF);
    assertThat(intoA.status()).isEqualTo(403);
    Response intoACorrection = upload(b, Map.of("applicationKey", CORRECTION_KEY), "决议.pdf", "application/pdf", PDF);
    assertThat(intoACorrection.status()).isEqualTo(403);
    assertThat(rowsOf(A)).isOne();
    assertThat(rowsOf(B)).isZero();

    Response ownDelete = a.postForm("/documents/" + id + "/delete", Map.of("_csrf", token(a)));
    assertThat(ownDelete.status()).isEqualTo(302);
    assertThat(a.follow(ownDelete).text()).contains("已删除“甲学会决议.pdf”");
    assertThat(rowsOf(A)).isZero();
  }

  @Test
  @DisplayName("The office, auditors and admins may read a society's file; experts may not")
  void officeCanRead() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf", PDF);
    long id = onlyDocumentOf(A);

    WebappSession office = WebappSession.login(port, "office1", PASSWORD);
    Response file = office.get("/documents/" + id);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(PDF);
    Response officePage = office.get("/documents");
    assertThat(officePage.status()).isEqualTo(200);
    assertThat(officePage.text()).contains("专项办公室账号无需在此上传材料").doesNotContain("<form");

    assertThat(WebappSession.login(port, "auditor1", PASSWORD, "cockpit").get("/documents/" + id).status()).isEqualTo(200);
    adminMayUseTasklist();
    assertThat(WebappSession.login(port, "admin", PASSWORD).get("/documents/" + id).status()).isEqualTo(200);

    WebappSession expert = WebappSession.login(port, "expert1", PASSWORD);
    assertThat(expert.get("/documents/" + id).status()).isEqualTo(403);
    assertThat(expert.get("/documents").text()).contains("只有学会账号可以上传申报材料");
    assertThat(expert.get("/documents").text()).doesNotContain("<form");
    Response expertUpload = upload(expert, "no-form-no-token", Map.of("roundYear", "" + OPEN_YEAR, "societyCode", A),
        "决议.pdf", "application/pdf", PDF);
    assertThat(expertUpload.status()).isEqualTo(403);
    assertThat(rowsOf(A)).isOne();
  }

  @Test
  @DisplayName("Not signed in: 401 with a Chinese page linking to the Tasklist login; nothing stored")
  void notSignedIn() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf", PDF);
    long id = onlyDocumentOf(A);

    WebappSession nobody = WebappSession.anonymous(port);
    Response page = nobody.get("/documents");
    assertThat(page.status()).isEqualTo(401);
    assertThat(page.text()).contains("请先登录").contains("href=\"/camunda/app/tasklist/\"");
    assertPageHeaders(page);
    Response file = nobody.get("/documents/" + id);
    assertThat(file.status()).isEqualTo(401);
    assertThat(file.body()).isNotEqualTo(PDF);
    Response post = nobody.postMultipart("/documents/upload",
        Map.of("_csrf", "x", "roundYear", "" + OPEN_YEAR, "kind", "BOARD_RESOLUTION"),
        new FilePart("file", "决议.pdf", "application/pdf", PDF));
    assertThat(post.status()).isEqualTo(401);
    assertThat(nobody.postForm("/documents/" + id + "/delete", Map.of("_csrf", "x")).status()).isEqualTo(401);
    assertThat(rowsOf(A)).isOne();

    a.logout();
    assertThat(a.get("/documents").status()).isEqualTo(401);
  }

  // ---- open and closed slots ----

  @Test
  @DisplayName("A closed round, a passed deadline and a submitted application take no uploads")
  void closedSlotsRefused() {
    WebappSession b = WebappSession.login(port, USER_B, PASSWORD);
    String tokenB = token(b);
    application(OPEN_YEAR, B, "SUBMITTED");
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    Response page = a.get("/documents");
    assertThat(page.text()).contains("id=\"round-" + OPEN_YEAR + "-" + A + "\"")
        .doesNotContain("round-" + CLOSED_YEAR).doesNotContain("round-" + PAST_YEAR);

    Response closed = upload(a, Map.of("roundYear", "" + CLOSED_YEAR), "决议.pdf", "application/pdf", PDF);
    assertThat(closed.status()).isEqualTo(400);
    assertThat(closed.text()).contains(CLOSED_YEAR + " 年度申报已截止（截止时间：").contains("（当天24时截止）");
    Response past = upload(a, Map.of("roundYear", "" + PAST_YEAR), "决议.pdf", "application/pdf", PDF);
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.text()).contains(PAST_YEAR + " 年度申报已截止（截止时间：");
    Response never = upload(a, Map.of("roundYear", "2099"), "决议.pdf", "application/pdf", PDF);
    assertThat(never.status()).isEqualTo(400);
    assertThat(never.text()).contains("2099 年度的评选尚未开启");
    Response garbage = upload(a, Map.of("roundYear", "二〇九一"), "决议.pdf", "application/pdf", PDF);
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.text()).contains("请在上传页面选择要上传到哪一项申报");
    assertThat(rowsOf(A)).isZero();

    Response pageB = b.get("/documents");
    assertThat(pageB.text()).doesNotContain("round-" + OPEN_YEAR).contains("目前没有可以上传材料的申报");
    Response submitted = upload(b, tokenB, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf", PDF);
    assertThat(submitted.status()).isEqualTo(400);
    assertThat(submitted.text()).contains("本学会已提交 " + OPEN_YEAR + " 年度申报");
    assertThat(rowsOf(B)).isZero();
  }

  @Test
  @DisplayName("The window closes at the end of the deadline day in Asia/Shanghai, on the engine clock")
  void deadlineIsEndOfDayInShanghai() {
    LocalDate deadline = LocalDate.now(ZONE).plusMonths(1);
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    String token = token(a);
    setClock(deadline, LocalTime.of(23, 59, 59));
    assertThat(a.get("/documents").text()).contains("round-" + OPEN_YEAR + "-" + A);
    assertThat(upload(a, token, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf", PDF).status())
        .isEqualTo(302);
    long id = onlyDocumentOf(A);

    setClock(deadline.plusDays(1), LocalTime.MIDNIGHT);
    assertThat(a.get("/documents").text()).doesNotContain("round-" + OPEN_YEAR + "-" + A);
    assertThat(upload(a, token, Map.of("roundYear", "" + OPEN_YEAR), "决议2.pdf", "application/pdf", PDF).status())
        .isEqualTo(400);
    Response delete = a.postForm("/documents/" + id + "/delete", Map.of("_csrf", token));
    assertThat(delete.status()).isEqualTo(403);
    assertThat(rowsOf(A)).isOne();
    // still readable by its society after the window
    assertThat(a.get("/documents/" + id).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-REV-1: in correction, uploads attach to the application at once and may be deleted until it returns")
  void correctionUploads() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    Response page = a.get("/documents");
    assertThat(page.text()).contains("补正材料").contains("id=\"correction-" + CORRECTION_KEY + "\"");
    assertThat(documents.hasBoardResolution(CORRECTION_KEY)).isFalse();

    Response upload = upload(a, Map.of("applicationKey", CORRECTION_KEY), "新决议.pdf", "application/pdf", PDF);
    assertThat(upload.status()).isEqualTo(302);
    assertThat(upload.location()).hasValueSatisfying(l -> assertThat(l).endsWith("#correction-" + CORRECTION_KEY));
    assertThat(documents.hasBoardResolution(CORRECTION_KEY)).isTrue();
    assertThat(documents.listForApplication(CORRECTION_KEY)).singleElement()
        .satisfies(d -> {
          assertThat(d.roundYear()).isEqualTo(CORRECTION_YEAR);
          assertThat(d.societyCode()).isEqualTo(A);
          assertThat(d.isPending()).isFalse();
        });
    assertThat(documents.listPending(A, CORRECTION_YEAR)).isEmpty();
    assertThat(a.get("/documents").text()).contains("新决议.pdf");

    upload(a, Map.of("applicationKey", CORRECTION_KEY, "kind", "SUPPORTING_MATERIAL"), "补充.pdf", "application/pdf", PDF);
    long supporting = documents.listForApplication(CORRECTION_KEY).get(1).id();
    assertThat(a.postForm("/documents/" + supporting + "/delete", Map.of("_csrf", token(a))).status()).isEqualTo(302);
    assertThat(documents.listForApplication(CORRECTION_KEY)).hasSize(1);

    // the correction is submitted: the application's files are fixed again
    jdbc.update("UPDATE application SET status = 'IN_FORMAL_REVIEW' WHERE business_key = ?", CORRECTION_KEY);
    long resolution = documents.listForApplication(CORRECTION_KEY).get(0).id();
    assertThat(a.get("/documents").text()).doesNotContain("correction-" + CORRECTION_KEY);
    Response late = upload(a, Map.of("applicationKey", CORRECTION_KEY), "又一份.pdf", "application/pdf", PDF);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.text()).contains("当前不在补正阶段");
    assertThat(a.postForm("/documents/" + resolution + "/delete", Map.of("_csrf", token(a))).status()).isEqualTo(403);
    assertThat(documents.listForApplication(CORRECTION_KEY)).hasSize(1);
  }

  @Test
  @DisplayName("Submission attaches the pending files; they are then no longer pending nor deletable")
  void attachOnSubmission() {
    WebappSession a = WebappSession.login(port, USER_A, PASSWORD);
    upload(a, Map.of("roundYear", "" + OPEN_YEAR), "决议.pdf", "application/pdf", PDF);
    upload(a, Map.of("roundYear", "" + OPEN_YEAR, "kind", "SUPPORTING_MATERIAL"), "证明.pdf", "application/pdf", PDF);
    String key = Application.businessKeyOf(OPEN_YEAR, A);

    application(OPEN_YEAR, A, "SUBMITTED");
    assertThat(documents.attachPendingTo(A, OPEN_YEAR, key)).isEqualTo(2);
    assertThat(documents.hasPendingBoardResolution(A, OPEN_YEAR)).isFalse();
    assertThat(documents.hasBoardResolution(key)).isTrue();
    assertThat(documents.listForApplication(key)).extracting(DocumentInfo::fileName).containsExactly("决议.pdf", "证明.pdf");
    assertThat(documents.load(documents.listForApplication(key).get(0).id())).hasValueSatisfying(
        d -> assertThat(d.content()).isEqualTo(PDF));

    long id = documents.listForApplication(key).get(0).id();
    assertThat(a.postForm("/documents/" + id + "/delete", Map.of("_csrf", token(a))).status()).isEqualTo(403);
    assertThat(a.get("/documents/" + id).status()).isEqualTo(200);
  }

  // ---- helpers ----

  /** The part of a page that shows one slot. */
  static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as("section " + id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  static void assertPageHeaders(Response response) {
    assertThat(response.header("X-Frame-Options")).contains("SAMEORIGIN");
    assertThat(response.header("Cache-Control")).contains("no-store");
    assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
  }

  /** The form token of the session's upload page. */
  public static String token(WebappSession session) {
    Response page = session.get("/documents");
    return WebappSession.hiddenField(page.text(), "_csrf")
        .orElseThrow(() -> new AssertionError("no form token on the page: HTTP " + page.status()));
  }

  /** Uploads with the page's token and kind BOARD_RESOLUTION unless the fields say otherwise. */
  public static Response upload(WebappSession session, Map<String, String> fields, String name, String type, byte[] content) {
    return upload(session, token(session), fields, name, type, content);
  }

  public static Response upload(
      WebappSession session, String token, Map<String, String> fields, String name, String type, byte[] content) {
    Map<String, String> all = new HashMap<>();
    all.put("_csrf", token);
    all.put("kind", "BOARD_RESOLUTION");
    all.putAll(fields);
    return session.postMultipart("/documents/upload", all, new FilePart("file", name, type, content));
  }

  /**
   * Lets camunda-admin log in to Tasklist if the access set-up does not (yet) grant it; the grant
   * made here is removed after the test.
   */
  private void adminMayUseTasklist() {
    if (!authorizationService.isUserAuthorized("admin", List.of(Groups.ADMIN), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")) {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(Groups.ADMIN);
      grant.setResource(Resources.APPLICATION);
      grant.setResourceId("tasklist");
      grant.addPermission(Permissions.ACCESS);
      createdAuthorizations.add(authorizationService.saveAuthorization(grant).getId());
    }
  }

  private long rowsOf(String society) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM application_document WHERE society_code = ?", Long.class, society);
  }

  private long onlyDocumentOf(String society) {
    return jdbc.queryForObject("SELECT id FROM application_document WHERE society_code = ?", Long.class, society);
  }

  private void setClock(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(ZONE).toInstant()));
  }

  private void round(int year, LocalDate deadline, String status) {
    jdbc.update("INSERT INTO award_round (round_year, quota, application_deadline, formal_review_deadline, status,"
            + " process_instance_id, opened_by, opened_at) VALUES (?, 5, ?, ?, ?, 'test-no-process', 'office1', ?)",
        year, deadline, deadline.plusMonths(1), status, new Timestamp(System.currentTimeMillis()));
  }

  private void application(int year, String society, String status) {
    jdbc.update("INSERT INTO application (business_key, round_year, society_code, process_instance_id,"
            + " submitted_by, submitted_at, status) VALUES (?, ?, ?, 'test-no-process', ?, ?, ?)",
        Application.businessKeyOf(year, society), year, society, society.toLowerCase(),
        new Timestamp(System.currentTimeMillis()), status);
  }

  private void cleanRows() {
    for (String society : List.of(A, B)) {
      jdbc.update("DELETE FROM application_document WHERE society_code = ?", society);
      jdbc.update("DELETE FROM application WHERE society_code = ?", society);
    }
    for (int year : YEARS) {
      jdbc.update("DELETE FROM award_round WHERE round_year = ?"
          + " AND NOT EXISTS (SELECT 1 FROM application WHERE round_year = ?)", year, year);
    }
  }

  /** A registered society with its group and its user (password demo), made only if missing. */
  private void society(String code, String name, String userId) {
    if (jdbc.queryForObject("SELECT COUNT(*) FROM society WHERE code = ?", Long.class, code) == 0) {
      jdbc.update("INSERT INTO society (code, name, contact_email, affiliated_with_wast, internal_management_sound,"
              + " secretary_general_tenure, staff_count, financial_rules_in_place, independent_bank_account,"
              + " financial_staff_count) VALUES (?, ?, ?, TRUE, TRUE, 'FULL_TIME', 3, TRUE, TRUE, 1)",
          code, name, userId + "@example.cn");
      createdSocieties.add(code);
    }
    String group = Groups.ofSociety(code);
    if (identityService.createGroupQuery().groupId(group).count() == 0) {
      Group g = identityService.newGroup(group);
      g.setName(name);
      g.setType("SOCIETY");
      identityService.saveGroup(g);
      createdGroups.add(group);
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(name);
      user.setLastName("");
      user.setPassword(PASSWORD);
      ((IdentityServiceImpl) identityService).saveUser(user, true); // a test password below the policy
      identityService.createMembership(userId, Groups.SOCIETIES);
      identityService.createMembership(userId, group);
      createdUsers.add(userId);
    }
  }
}
