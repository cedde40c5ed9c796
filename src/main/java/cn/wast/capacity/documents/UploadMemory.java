package cn.wast.capacity.documents;

import cn.wast.capacity.documents.DocumentUploadPolicy.Checked;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The heap that uploaded files may fill at once ({@code capacity.documents.upload-memory}). A
 * part waits on disk, where the container put it, until its content fits beside those being
 * checked and stored, and then is read into memory exactly once. Twenty societies sending 10 MB
 * at the same moment to a node with a 256 MB heap used to run it out of memory (HTTP 500 for
 * some, seconds of collection for all); now they take turns, and one that waited longer than
 * {@code capacity.documents.upload-wait} is told in Chinese to send again, with nothing stored.
 */
@Component
public class UploadMemory {

  static final String BUSY = "系统正在接收较多文件，本次文件未保存：请稍候一两分钟后重新上传";

  /** What a file holds in memory while checked and stored: its content and as much again for parsing and the database driver. */
  static final int SHARE_PER_BYTE = 2;

  /** At most what the JDK's file and socket streams copy through a buffer on the stack. */
  private static final int READ_STEP = 8192;

  private final int totalKilobytes;
  private final Semaphore kilobytes;
  private final Duration wait;

  UploadMemory(@Value("${capacity.documents.upload-memory}") DataSize budget,
      @Value("${capacity.documents.upload-wait}") Duration wait) {
    this.totalKilobytes = (int) Math.max(1, budget.toKilobytes());
    this.kilobytes = new Semaphore(totalKilobytes, true);
    this.wait = wait;
  }

  /**
   * Checks an uploaded part under the policy, reading its content only when its size is within
   * the limit and its share of the budget is free. Close the result to give the share back.
   *
   * @param file the part, or {@code null} when the request had none
   */
  public Received receive(MultipartFile file, DocumentUploadPolicy policy) {
    Optional<String> refusal = policy.beforeReading(file);
    if (refusal.isPresent()) {
      return new Received(Checked.refused(refusal.get()), null, 0);
    }
    int share = shareOf(file.getSize());
    try {
      if (!kilobytes.tryAcquire(share, wait.toMillis(), TimeUnit.MILLISECONDS)) {
        return new Received(Checked.refused(BUSY), null, 0);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Received(Checked.refused(BUSY), null, 0);
    }
    try {
      byte[] content = contentOf(file);
      return new Received(policy.check(file.getOriginalFilename(), content), content, share);
    } catch (RuntimeException | Error e) {
      kilobytes.release(share);
      throw e;
    }
  }

  /** A file larger than the whole budget still gets it, alone. */
  int shareOf(long bytes) {
    long kb = (bytes * SHARE_PER_BYTE + 1023) / 1024;
    return (int) Math.max(1, Math.min(totalKilobytes, kb));
  }

  int freeKilobytes() {
    return kilobytes.availablePermits();
  }

  /**
   * Reads in small steps: a file stream asked for megabytes at once mallocs a native buffer of
   * that size on the reading thread, which the C library keeps after the read.
   */
  private static byte[] contentOf(MultipartFile file) {
    try (InputStream in = file.getInputStream()) {
      byte[] content = new byte[(int) file.getSize()];
      int read = 0;
      while (read < content.length) {
        int n = in.read(content, read, Math.min(READ_STEP, content.length - read));
        if (n < 0) {
          throw new IOException("the part ended after " + read + " of " + content.length + " bytes");
        }
        read += n;
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A part read and checked; its content is {@code null} when it was refused before reading. */
  public final class Received implements AutoCloseable {

    private final Checked checked;
    private final byte[] content;
    private int share;

    private Received(Checked checked, byte[] content, int share) {
      this.checked = checked;
      this.content = content;
      this.share = share;
    }

    public Checked checked() {
      return checked;
    }

    public byte[] content() {
      return content;
    }

    @Override
    public void close() {
      if (share > 0) {
        kilobytes.release(share);
        share = 0;
      }
    }
  }
}
