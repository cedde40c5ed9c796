package cn.wast.capacity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.SampleFiles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-APP-2, R-APP-3: the type an upload claims is read from its first bytes, never from its name
 * (DocumentContentTest: it must then open as that type).
 */
class DocumentTypeTest {

  static final byte[] PDF = SampleFiles.PDF;
  static final byte[] PNG = SampleFiles.PNG;
  static final byte[] JPEG = SampleFiles.JPEG;
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
  static final byte[] TEXT = "这是一个文本文件，不是 PDF。\n".getBytes(StandardCharsets.UTF_8);

  @Test
  @DisplayName("PDF, PNG and JPEG are recognised by their signature")
  void acceptedTypes() {
    assertThat(DocumentType.detect(PDF)).contains(DocumentType.PDF);
    assertThat(DocumentType.detect(PNG)).contains(DocumentType.PNG);
    assertThat(DocumentType.detect(JPEG)).contains(DocumentType.JPEG);
    assertThat(DocumentType.PDF.contentType()).isEqualTo("application/pdf");
    assertThat(DocumentType.PNG.contentType()).isEqualTo("image/png");
    assertThat(DocumentType.JPEG.contentType()).isEqualTo("image/jpeg");
  }

  @Test
  @DisplayName("Text, an EXE, nothing and truncated signatures are none of them")
  void otherContent() {
    assertThat(DocumentType.detect(TEXT)).isEmpty();
    assertThat(DocumentType.detect(EXE)).isEmpty();
    assertThat(DocumentType.detect(new byte[0])).isEmpty();
    assertThat(DocumentType.detect(null)).isEmpty();
    assertThat(DocumentType.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(DocumentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(DocumentType.detect(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  @DisplayName("A name fits a type only with the type's own extension")
  void namesFit() {
    assertThat(DocumentType.PDF.fitsName("决议.PDF")).isTrue();
    assertThat(DocumentType.JPEG.fitsName("scan.jpeg")).isTrue();
    assertThat(DocumentType.JPEG.fitsName("scan.jpg")).isTrue();
    assertThat(DocumentType.PNG.fitsName("scan.pdf")).isFalse();
  }
}
