package cn.wast.capacity.documents;

import java.util.Optional;

/**
 * The one place that decides whether an upload's content may be stored, for the documents page
 * and for objection attachments alike: its first bytes say which type it claims to be, and it
 * must then open as that type, with nothing in it that runs or carries other files. A PDF is
 * parsed ({@link PdfContent}), an image decoded ({@link ImageContent}).
 */
public final class DocumentContent {

  static final String UNSUPPORTED_TYPE = "文件类型不受支持：只接受 PDF、PNG 或 JPEG 文件（按文件内容判断）";

  private DocumentContent() {}

  /**
   * The type of an acceptable content, or why it is refused.
   *
   * @param type the type, when accepted
   * @param problem the refusal in Chinese, when refused
   */
  public record Verdict(DocumentType type, String problem) {

    static Verdict accepted(DocumentType type) {
      return new Verdict(type, null);
    }

    static Verdict refused(String problem) {
      return new Verdict(null, problem);
    }

    public boolean isAccepted() {
      return problem == null;
    }
  }

  public static Verdict judge(byte[] content) {
    Optional<DocumentType> claimed = DocumentType.detect(content);
    if (claimed.isEmpty()) {
      return Verdict.refused(UNSUPPORTED_TYPE);
    }
    DocumentType type = claimed.get();
    Optional<String> problem = type == DocumentType.PDF ? PdfContent.problem(content) : ImageContent.problem(type, content);
    return problem.map(Verdict::refused).orElseGet(() -> Verdict.accepted(type));
  }
}
