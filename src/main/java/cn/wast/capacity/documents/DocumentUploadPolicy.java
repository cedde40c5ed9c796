package cn.wast.capacity.documents;

import cn.wast.capacity.PlainText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the upload page accepts (R-APP-2, R-APP-3): a non-empty file of at most
 * {@code capacity.documents.max-size}, whose content opens as a PDF, PNG or JPEG with nothing
 * in it that runs ({@link DocumentContent}, the content alone decides), under a short file name
 * without control or invisible characters. Every refusal is a sentence in Chinese for the society.
 */
public class DocumentUploadPolicy {

  public static final int MAX_FILE_NAME_LENGTH = 100;

  static final String NO_FILE = "请选择要上传的文件";
  static final String EMPTY = "文件为空：请选择有内容的文件";
  static final String NAME_TOO_LONG = "文件名过长：最多 " + MAX_FILE_NAME_LENGTH + " 个字符，请改短后再上传";
  static final String NAME_INVALID = "文件名无效：请给文件起一个正常的名字后再上传";
  static final String NAME_CHARACTERS =
      "文件名含有不允许的字符（控制字符、不可见的格式字符或 : * ? \" < > |），请改名后再上传";

  private final DataSize maxSize;

  public DocumentUploadPolicy(DataSize maxSize) {
    this.maxSize = maxSize;
  }

  public DataSize maxSize() {
    return maxSize;
  }

  /** The limit in words, e.g. "10 MB". */
  public String maxSizeText() {
    return size(maxSize.toBytes());
  }

  /**
   * What refuses an uploaded part before its content is read: no part, or one over the limit
   * ({@link UploadMemory#receive} reads and checks the rest).
   *
   * @param file the part, or {@code null} when the request had none
   */
  public Optional<String> beforeReading(MultipartFile file) {
    if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
      return Optional.of(NO_FILE);
    }
    if (file.getSize() > maxSize.toBytes()) {
      return Optional.of(tooLarge(file.getSize()));
    }
    return Optional.empty();
  }

  /** Checks a file by its name as the browser sent it and its content. */
  public Checked check(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      return Checked.refused(EMPTY);
    }
    if (content.length > maxSize.toBytes()) {
      return Checked.refused(tooLarge(content.length));
    }
    List<String> problems = new ArrayList<>();
    DocumentContent.Verdict verdict = DocumentContent.judge(content);
    if (!verdict.isAccepted()) {
      problems.add(verdict.problem());
    }
    DocumentType type = verdict.type();
    String name = baseName(fileName);
    problems.addAll(nameProblems(name));
    if (!problems.isEmpty()) {
      return new Checked(null, null, List.copyOf(problems));
    }
    return new Checked(type, type.fitsName(name) ? name : name + "." + type.extension(), List.of());
  }

  private String tooLarge(long bytes) {
    return "文件大小超过 " + maxSizeText() + " 的上限（本文件 " + size(bytes) + "），请压缩或拆分后再上传";
  }

  /** The name without any directory part a browser may send, NFC-normalised and trimmed. */
  static String baseName(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
  }

  private static List<String> nameProblems(String name) {
    List<String> problems = new ArrayList<>();
    if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
      problems.add(NAME_INVALID);
      return problems;
    }
    if (PlainText.length(name) > MAX_FILE_NAME_LENGTH) {
      problems.add(NAME_TOO_LONG);
    }
    if (name.codePoints().anyMatch(DocumentUploadPolicy::forbidden)) {
      problems.add(NAME_CHARACTERS);
    }
    return problems;
  }

  private static boolean forbidden(int codePoint) {
    int type = Character.getType(codePoint);
    return PlainText.hidden(codePoint)
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || ":*?\"<>|".indexOf(codePoint) >= 0;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** A size as people read it: 1 MB, 12.5 MB, 300 KB, 20 字节. */
  static String size(long bytes) {
    long mb = 1024 * 1024;
    if (bytes >= mb) {
      return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
    }
    if (bytes >= 1024) {
      return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " 字节";
  }

  /**
   * The outcome of a check.
   *
   * @param type the detected type, when accepted
   * @param fileName the name to store, when accepted: the browser's name without directories,
   *     with the type's extension added when the name does not already end in it
   * @param problems why the file is refused, in Chinese; empty when accepted
   */
  public record Checked(DocumentType type, String fileName, List<String> problems) {

    static Checked refused(String problem) {
      return new Checked(null, null, List.of(problem));
    }

    public boolean accepted() {
      return problems.isEmpty();
    }
  }
}
