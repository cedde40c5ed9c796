package cn.wast.capacity.documents;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF is stored only when PDFBox opens it, it has a page, and nothing reachable from its
 * trailer runs or carries a file: no JavaScript (document, page, annotation or field actions,
 * additional actions, the names tree's scripts, chained actions), no launch action, no embedded
 * file (the EmbeddedFiles names tree, file attachment annotations, any file specification with
 * its file inside).
 */
final class PdfContent {

  static final String UNREADABLE = "文件不是有效的 PDF，无法打开，请重新导出为 PDF 后再上传";
  static final String ENCRYPTED = "PDF 文件设有打开密码，无法检查其内容，请去掉密码后重新导出再上传";
  static final String ACTIVE = "PDF 文件含有脚本或自动执行的动作，出于安全原因不予接收，请重新导出为普通 PDF";
  static final String EMBEDDED = "PDF 文件内嵌了其他文件（附件），出于安全原因不予接收，请去掉附件后重新导出为普通 PDF";

  /** Memory PDFBox may use for streams it creates while parsing (object streams); beyond it, refused. */
  private static final long STREAM_CACHE_BYTES = 32L * 1024 * 1024;

  private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  private static final COSName JS = COSName.getPDFName("JS");
  private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
  private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

  private PdfContent() {}

  static Optional<String> problem(byte[] content) {
    try (PDDocument document = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(STREAM_CACHE_BYTES).streamCache)) {
      if (document.getNumberOfPages() < 1) {
        return Optional.of(UNREADABLE);
      }
      return activeContent(document.getDocument().getTrailer());
    } catch (InvalidPasswordException e) {
      return Optional.of(ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      return Optional.of(UNREADABLE);
    }
  }

  /** Walks every dictionary and array reachable from the trailer, each once. */
  private static Optional<String> activeContent(COSDictionary trailer) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pending = new ArrayDeque<>();
    pending.push(trailer);
    while (!pending.isEmpty()) {
      COSBase next = pending.pop();
      COSBase item = next instanceof COSObject indirect ? indirect.getObject() : next;
      if (item == null || !seen.add(item)) {
        continue;
      }
      if (item instanceof COSDictionary dictionary) {
        Optional<String> problem = problemOf(dictionary);
        if (problem.isPresent()) {
          return problem;
        }
        dictionary.getValues().forEach(pending::push);
      } else if (item instanceof COSArray array) {
        array.forEach(pending::push);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problemOf(COSDictionary dictionary) {
    COSName actionType = dictionary.getCOSName(COSName.S);
    if (JAVA_SCRIPT.equals(actionType) || LAUNCH.equals(actionType) || dictionary.containsKey(JS)
        || dictionary.containsKey(JAVA_SCRIPT)) {
      return Optional.of(ACTIVE);
    }
    if (dictionary.containsKey(EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
        || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
      return Optional.of(EMBEDDED);
    }
    return Optional.empty();
  }
}
