package cn.wast.capacity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.documents.UploadMemory.Received;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/**
 * Uploads take turns for the heap: a file is read only when its share of
 * {@code capacity.documents.upload-memory} is free, and one that waited too long is refused in
 * Chinese without being read.
 */
class UploadMemoryTest {

  private final DocumentUploadPolicy policy = new DocumentUploadPolicy(DataSize.parse("10MB"));

  @Test
  @DisplayName("A file is read once, checked, and holds twice its size until closed")
  void readsAndHolds() {
    UploadMemory memory = new UploadMemory(DataSize.ofMegabytes(8), Duration.ofMillis(50));
    byte[] content = pdfOf(1024 * 1024);
    try (Received received = memory.receive(part(content), policy)) {
      assertThat(received.checked().accepted()).isTrue();
      assertThat(received.content()).isEqualTo(content);
      assertThat(memory.freeKilobytes()).isEqualTo(8 * 1024 - 2 * 1024);
    }
    assertThat(memory.freeKilobytes()).isEqualTo(8 * 1024);
  }

  @Test
  @DisplayName("Beyond the budget a file waits for its turn, and is refused in Chinese when the wait runs out")
  void waitsThenRefuses() throws Exception {
    UploadMemory memory = new UploadMemory(DataSize.ofMegabytes(4), Duration.ofSeconds(5));
    Received first = memory.receive(part(pdfOf(1536 * 1024)), policy);
    CompletableFuture<Received> second = CompletableFuture.supplyAsync(() -> memory.receive(part(pdfOf(1536 * 1024)), policy));
    Thread.sleep(200);
    assertThat(second).as("3 MB held of 4: the second file waits").isNotDone();
    first.close();
    try (Received admitted = second.get(5, TimeUnit.SECONDS)) {
      assertThat(admitted.checked().accepted()).isTrue();
    }

    UploadMemory impatient = new UploadMemory(DataSize.ofMegabytes(4), Duration.ofMillis(100));
    try (Received held = impatient.receive(part(pdfOf(1536 * 1024)), policy);
        Received refused = impatient.receive(part(pdfOf(1536 * 1024)), policy)) {
      assertThat(held.checked().accepted()).isTrue();
      assertThat(refused.checked().problems()).containsExactly(UploadMemory.BUSY);
      assertThat(refused.content()).as("not read").isNull();
    }
    assertThat(impatient.freeKilobytes()).isEqualTo(4 * 1024);
  }

  @Test
  @DisplayName("A file larger than the whole budget is still taken, alone; an oversized or missing part holds nothing")
  void largerThanTheBudget() {
    UploadMemory memory = new UploadMemory(DataSize.ofMegabytes(1), Duration.ofMillis(50));
    try (Received alone = memory.receive(part(pdfOf(3 * 1024 * 1024)), policy)) {
      assertThat(alone.checked().accepted()).isTrue();
      assertThat(memory.freeKilobytes()).isZero();
    }
    try (Received tooLarge = memory.receive(part(pdfOf(10 * 1024 * 1024 + 1)), policy);
        Received none = memory.receive(null, policy)) {
      assertThat(tooLarge.checked().problems()).singleElement().asString().contains("文件大小超过 10 MB 的上限");
      assertThat(none.checked().problems()).containsExactly(DocumentUploadPolicy.NO_FILE);
      assertThat(memory.freeKilobytes()).isEqualTo(1024);
    }
  }

  private static MockMultipartFile part(byte[] content) {
    return new MockMultipartFile("file", "理事会决议.pdf", "application/pdf", content);
  }

  private static byte[] pdfOf(int size) {
    byte[] content = Arrays.copyOf(DocumentTypeTest.PDF, size);
    Arrays.fill(content, DocumentTypeTest.PDF.length, size, (byte) ' ');
    return content;
  }
}
