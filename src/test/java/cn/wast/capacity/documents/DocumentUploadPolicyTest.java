package cn.wast.capacity.documents;

import static cn.wast.capacity.documents.DocumentTypeTest.EXE;
import static cn.wast.capacity.documents.DocumentTypeTest.JPEG;
import static cn.wast.capacity.documents.DocumentTypeTest.PDF;
import static cn.wast.capacity.documents.DocumentTypeTest.PNG;
import static cn.wast.capacity.documents.DocumentTypeTest.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.documents.DocumentUploadPolicy.Checked;
import cn.wast.capacity.support.SampleFiles;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** R-APP-2, R-APP-3: what the upload page accepts, and the Chinese reason when it does not. */
class DocumentUploadPolicyTest {

  private static final String WRONG_TYPE = "文件类型不受支持：只接受 PDF、PNG 或 JPEG 文件（按文件内容判断）";

  private final DocumentUploadPolicy policy = new DocumentUploadPolicy(DataSize.parse("10MB"));

  @Test
  @DisplayName("PDF, PNG and JPEG are accepted with the type their content shows")
  void acceptsTheThreeTypes() {
    assertThat(policy.check("理事会决议.pdf", PDF)).isEqualTo(new Checked(DocumentType.PDF, "理事会决议.pdf", java.util.List.of()));
    assertThat(policy.check("扫描件.png", PNG).type()).isEqualTo(DocumentType.PNG);
    assertThat(policy.check("扫描件.JPG", JPEG).type()).isEqualTo(DocumentType.JPEG);
    assertThat(policy.check("扫描件.JPG", JPEG).accepted()).isTrue();
  }

  @Test
  @DisplayName("The name never decides the type: a PDF named .png is a PDF and gets .pdf added")
  void nameDoesNotDecide() {
    Checked checked = policy.check("决议.png", PDF);
    assertThat(checked.type()).isEqualTo(DocumentType.PDF);
    assertThat(checked.fileName()).isEqualTo("决议.png.pdf");
    assertThat(policy.check("决议", JPEG).fileName()).isEqualTo("决议.jpg");
  }

  @Test
  @DisplayName("A text file named .pdf is refused")
  void textNamedPdf() {
    Checked checked = policy.check("理事会决议.pdf", TEXT);
    assertThat(checked.accepted()).isFalse();
    assertThat(checked.type()).isNull();
    assertThat(checked.problems()).containsExactly(WRONG_TYPE);
  }

  @Test
  @DisplayName("An EXE (MZ) is refused, whatever its name")
  void executable() {
    assertThat(policy.check("决议.pdf", EXE).problems()).containsExactly(WRONG_TYPE);
    assertThat(policy.check("setup.exe", EXE).problems()).containsExactly(WRONG_TYPE);
  }

  @Test
  @DisplayName("A file that only starts like a PDF, PNG or JPEG is refused: the content must open as one")
  void contentMustOpen() {
    SampleFiles.hostile().forEach((what, content) -> assertThat(policy.check("决议.pdf", content))
        .as(what).satisfies(checked -> {
          assertThat(checked.accepted()).isFalse();
          assertThat(checked.type()).isNull();
          assertThat(checked.problems()).singleElement().asString().containsAnyOf("出于安全原因不予接收", "无法打开");
        }));
  }

  @Test
  @DisplayName("An empty file is refused")
  void emptyFile() {
    assertThat(policy.check("决议.pdf", new byte[0]).problems()).singleElement().asString().startsWith("文件为空");
    assertThat(received(new MockMultipartFile("file", "决议.pdf", "application/pdf", new byte[0])).problems())
        .singleElement().asString().startsWith("文件为空");
  }

  @Test
  @DisplayName("No file chosen is refused")
  void noFile() {
    assertThat(received(null).problems()).containsExactly("请选择要上传的文件");
    assertThat(received(new MockMultipartFile("file", "", "application/octet-stream", new byte[0])).problems())
        .containsExactly("请选择要上传的文件");
  }

  @Test
  @DisplayName("More than 10 MB is refused; exactly 10 MB is accepted")
  void size() {
    byte[] limit = pdfOf(10 * 1024 * 1024);
    assertThat(policy.check("大文件.pdf", limit).accepted()).isTrue();
    byte[] tooLarge = pdfOf(10 * 1024 * 1024 + 1);
    assertThat(policy.check("大文件.pdf", tooLarge).problems()).singleElement().asString()
        .contains("文件大小超过 10 MB 的上限");
    assertThat(policy.beforeReading(new MockMultipartFile("file", "大文件.pdf", "application/pdf", tooLarge)))
        .get().asString().contains("文件大小超过 10 MB 的上限");
    assertThat(policy.beforeReading(new MockMultipartFile("file", "大文件.pdf", "application/pdf", limit))).isEmpty();
    assertThat(policy.beforeReading(null)).contains(DocumentUploadPolicy.NO_FILE);
    assertThat(new DocumentUploadPolicy(DataSize.parse("512KB")).check("a.pdf", pdfOf(600 * 1024)).problems())
        .singleElement().asString().contains("文件大小超过 512 KB 的上限");
  }

  @Test
  @DisplayName("File names: directories dropped, too long or with control, invisible or reserved characters refused")
  void fileNames() {
    assertThat(policy.check("C:\\Users\\学会\\决议.pdf", PDF).fileName()).isEqualTo("决议.pdf");
    assertThat(policy.check("../../etc/决议.pdf", PDF).fileName()).isEqualTo("决议.pdf");
    assertThat(policy.check("  决议.pdf ", PDF).fileName()).isEqualTo("决议.pdf");
    assertThat(policy.check("决".repeat(96) + ".pdf", PDF).accepted()).isTrue();
    assertThat(policy.check("决".repeat(97) + ".pdf", PDF).problems()).containsExactly(DocumentUploadPolicy.NAME_TOO_LONG);
    assertThat(policy.check("决议\u0000.pdf", PDF).problems()).containsExactly(DocumentUploadPolicy.NAME_CHARACTERS);
    assertThat(policy.check("决议\n.pdf", PDF).problems()).containsExactly(DocumentUploadPolicy.NAME_CHARACTERS);
    assertThat(policy.check("决议\u202Efdp.exe", PDF).problems()).containsExactly(DocumentUploadPolicy.NAME_CHARACTERS);
    assertThat(policy.check("决议?.pdf", PDF).problems()).containsExactly(DocumentUploadPolicy.NAME_CHARACTERS);
    assertThat(policy.check("", PDF).problems()).containsExactly(DocumentUploadPolicy.NAME_INVALID);
    assertThat(policy.check("..", PDF).problems()).containsExactly(DocumentUploadPolicy.NAME_INVALID);
    assertThat(policy.check(null, PDF).problems()).containsExactly(DocumentUploadPolicy.NAME_INVALID);
  }

  @Test
  @DisplayName("Wrong type and a bad name are both reported")
  void severalProblems() {
    assertThat(policy.check("决议?.pdf", TEXT).problems())
        .containsExactly(WRONG_TYPE, DocumentUploadPolicy.NAME_CHARACTERS);
  }

  @Test
  @DisplayName("Sizes read as people read them")
  void sizes() {
    assertThat(DocumentUploadPolicy.size(20)).isEqualTo("20 字节");
    assertThat(DocumentUploadPolicy.size(2048)).isEqualTo("2 KB");
    assertThat(DocumentUploadPolicy.size(1536 * 1024)).isEqualTo("1.5 MB");
    assertThat(policy.maxSizeText()).isEqualTo("10 MB");
  }

  /** A part as the upload page receives it: read through the upload memory, then checked. */
  private Checked received(MockMultipartFile file) {
    try (UploadMemory.Received received = new UploadMemory(DataSize.ofMegabytes(64), Duration.ofSeconds(1))
        .receive(file, policy)) {
      return received.checked();
    }
  }

  private static byte[] pdfOf(int size) {
    byte[] content = Arrays.copyOf(PDF, size);
    Arrays.fill(content, PDF.length, size, (byte) ' ');
    return content;
  }
}
