package cn.wast.capacity.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who may open the registry workbook pages: the office changes, auditors read and download, others are refused. */
class RegistryImportAccessTest extends RegistryImportTestBase {

  private static final List<String> READ = List.of("/office/credit", "/office/credit/export",
      "/office/societies/export", "/office/societies/import/template.xlsx", "/office/credit/import/template.xlsx",
      "/office/experts/import/template.xlsx");
  private static final List<String> CHANGE = List.of("/office/societies/import", "/office/experts/import");
  private static final List<String> POSTS = List.of("/office/societies/import", "/office/credit/import",
      "/office/societies/import/x/commit", "/office/credit/import/x/commit", "/office/experts/import",
      "/office/experts/import/x/commit");

  @Test
  @DisplayName("Without login 401 with a Chinese page; a society's user 403")
  void othersAreRefused() {
    WebappSession anonymous = WebappSession.anonymous(port);
    WebappSession society = WebappSession.login(port, "whdj", "demo");
    for (String path : concat(READ, CHANGE)) {
      Response none = anonymous.get(path);
      assertThat(none.status()).as(path).isEqualTo(401);
      assertThat(none.text()).as(path).contains("请先登录");
      Response other = society.get(path);
      assertThat(other.status()).as(path).isEqualTo(403);
      assertThat(other.text()).as(path).contains("只对专项办公室和审计人员开放");
    }
    for (String path : POSTS) {
      assertThat(anonymous.postForm(path, Map.of()).status()).as(path).isEqualTo(401);
      assertThat(society.postForm(path, Map.of()).status()).as(path).isEqualTo(403);
    }
  }

  @Test
  @DisplayName("Auditors open the credit list and download every export, but neither upload nor commit")
  void auditorsRead() {
    WebappSession auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
    for (String path : READ) {
      assertThat(auditor.get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(auditor.get("/office/credit").text()).contains("失信惩戒名单", "审计人员只读查看").doesNotContain("上传并预览");
    for (String path : CHANGE) {
      Response refused = auditor.get(path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.text()).contains("审计人员只能查阅");
    }
    for (String path : POSTS) {
      assertThat(auditor.postForm(path, Map.of()).status()).as(path).isEqualTo(403);
    }
  }

  @Test
  @DisplayName("The office's upload without the page's token is refused; another session cannot open the office's preview")
  void tokenAndOwnPreview() {
    WebappSession office = office(port);
    Response forged = office.postMultipart("/office/societies/import", Map.of(),
        new WebappSession.FilePart("file", "a.xlsx", XLSX, new byte[] {1}));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.text()).contains("页面已过期");

    Uploaded preview = upload(office, "/office/societies/import", "/office/societies/import", new TestWorkbook()
        .sheet("年检结果", FactSheet.INSPECTION.headers(), List.of(List.of(TEST_CREDIT, TEST_NAME, year() - 1, "合格")))
        .bytes());
    assertThat(preview.status()).isEqualTo(200);
    Response elsewhere = office(port).get(preview.path());
    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.text()).contains("预览已失效");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
