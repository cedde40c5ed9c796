package cn.wast.capacity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.SampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-APP-2, R-APP-3: an upload is opened as the type it claims, and refused when it runs or carries files. */
class DocumentContentTest {

  @Test
  @DisplayName("Real PDFs, PNGs and JPEGs open and are accepted, a PDF with an owner password too")
  void realFilesPass() {
    assertThat(DocumentContent.judge(SampleFiles.PDF)).isEqualTo(DocumentContent.Verdict.accepted(DocumentType.PDF));
    assertThat(DocumentContent.judge(SampleFiles.PNG)).isEqualTo(DocumentContent.Verdict.accepted(DocumentType.PNG));
    assertThat(DocumentContent.judge(SampleFiles.JPEG)).isEqualTo(DocumentContent.Verdict.accepted(DocumentType.JPEG));
    assertThat(DocumentContent.judge(SampleFiles.ownerRestrictedPdf()).isAccepted()).isTrue();
  }

  @Test
  @DisplayName("Scripts, launch actions, embedded files, HTML and trailing data behind a signature are refused")
  void hostileFilesAreRefused() {
    SampleFiles.hostile().forEach((what, content) -> assertThat(DocumentContent.judge(content))
        .as(what).satisfies(verdict -> {
          assertThat(verdict.isAccepted()).isFalse();
          assertThat(verdict.type()).isNull();
        }));
  }

  @Test
  @DisplayName("Each refusal says why, in words a society's secretary understands")
  void reasons() {
    var hostile = SampleFiles.hostile();
    assertThat(DocumentContent.judge(hostile.get("PDF 打开即运行 JavaScript")).problem())
        .isEqualTo("PDF 文件含有脚本或自动执行的动作，出于安全原因不予接收，请重新导出为普通 PDF");
    assertThat(DocumentContent.judge(hostile.get("PDF 页面附加动作启动程序")).problem()).isEqualTo(PdfContent.ACTIVE);
    assertThat(DocumentContent.judge(hostile.get("PDF 名称树里的 JavaScript")).problem()).isEqualTo(PdfContent.ACTIVE);
    assertThat(DocumentContent.judge(hostile.get("PDF 内嵌文件")).problem()).isEqualTo(PdfContent.EMBEDDED);
    assertThat(DocumentContent.judge(hostile.get("PDF 文件附件注释")).problem()).isEqualTo(PdfContent.EMBEDDED);
    assertThat(DocumentContent.judge(hostile.get("%PDF- 开头的 HTML")).problem()).startsWith("文件不是有效的 PDF，无法打开");
    assertThat(DocumentContent.judge(hostile.get("PNG 结尾之后附带脚本")).problem()).isEqualTo(ImageContent.TRAILING);
    assertThat(DocumentContent.judge(hostile.get("PNG 文件头之后是脚本")).problem()).startsWith("文件不是有效的 PNG 图片");
    assertThat(DocumentContent.judge(hostile.get("JPEG 结尾之后附带脚本")).problem()).isEqualTo(ImageContent.TRAILING);
    assertThat(DocumentContent.judge(hostile.get("JPEG 截断")).problem()).startsWith("文件不是有效的 JPEG 图片");
    assertThat(DocumentContent.judge(SampleFiles.encryptedPdf()).problem()).isEqualTo(PdfContent.ENCRYPTED);
  }

  @Test
  @DisplayName("A PNG declared as JPEG by its bytes' start, and a PDF that is only a header, do not open")
  void claimsMustHold() {
    byte[] pngBehindJpegSignature = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 3 + SampleFiles.PNG.length);
    System.arraycopy(SampleFiles.PNG, 0, pngBehindJpegSignature, 3, SampleFiles.PNG.length);
    assertThat(DocumentContent.judge(pngBehindJpegSignature).isAccepted()).isFalse();
    assertThat(DocumentContent.judge("%PDF-1.4\n%%EOF\n".getBytes()).isAccepted()).isFalse();
  }

  @Test
  @DisplayName("A PDF of several MB and 2,000 pages is opened, walked and accepted")
  void largePdf() throws IOException {
    byte[] large = largePdf(2_000);
    assertThat(large.length).isBetween(5 * 1024 * 1024, 10 * 1024 * 1024);
    assertThat(DocumentContent.judge(large).isAccepted()).isTrue();
  }

  private static byte[] largePdf(int pages) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      byte[] noise = new byte[3000];
      new Random(7).nextBytes(noise);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page,
            PDPageContentStream.AppendMode.OVERWRITE, false)) {
          content.addComment(HexFormat.of().formatHex(noise).substring(0, 4000 + i % 7));
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }
}
