package cn.wast.capacity.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;

/**
 * Files built in code for the upload checks: real PDFs, PNGs and JPEGs as a society's scanner or
 * office suite writes them, and hostile ones that start like them.
 */
public final class SampleFiles {

  /** A one-page PDF. */
  public static final byte[] PDF = pdf(document -> {});
  public static final byte[] PNG = image("png");
  public static final byte[] JPEG = image("jpeg");

  private static final String SCRIPT = "<script>alert(document.cookie)</script>";

  private SampleFiles() {}

  private static final Map<String, byte[]> TITLED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A one-page PDF of its own: two files with different titles differ, as two real scans do; the
   * same title gives the same bytes (PDFBox writes a new document id each time).
   */
  public static byte[] pdfTitled(String title) {
    return TITLED.computeIfAbsent(title, t -> pdf(document -> document.getDocumentInformation().setTitle(t)));
  }

  /** Hostile uploads by what they are, each starting with a PDF, PNG or JPEG signature. */
  public static Map<String, byte[]> hostile() {
    return Map.of(
        "PDF 打开即运行 JavaScript", pdf(document ->
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"))),
        "PDF 页面附加动作启动程序", pdf(document -> {
          PDPageAdditionalActions actions = new PDPageAdditionalActions();
          PDActionLaunch launch = new PDActionLaunch();
          launch.setFile(new PDComplexFileSpecification());
          actions.setO(launch);
          document.getPage(0).setActions(actions);
        }),
        "PDF 名称树里的 JavaScript", pdf(document -> {
          PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
          scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('x')")));
          PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
          names.setJavascript(scripts);
          document.getDocumentCatalog().setNames(names);
        }),
        "PDF 内嵌文件", pdf(SampleFiles::embedFile),
        "PDF 文件附件注释", pdf(SampleFiles::attachToPage),
        "%PDF- 开头的 HTML", ("%PDF-1.7\n<html><body>" + SCRIPT + "</body></html>\n").getBytes(StandardCharsets.UTF_8),
        "PNG 结尾之后附带脚本", concat(PNG, SCRIPT.getBytes(StandardCharsets.US_ASCII)),
        "PNG 文件头之后是脚本", concat(Arrays.copyOf(PNG, 8), SCRIPT.getBytes(StandardCharsets.US_ASCII)),
        "JPEG 结尾之后附带脚本", concat(JPEG, SCRIPT.getBytes(StandardCharsets.US_ASCII)),
        "JPEG 截断", Arrays.copyOf(JPEG, JPEG.length / 2));
  }

  /** A PDF whose opening needs a password. */
  public static byte[] encryptedPdf() {
    return pdf(document -> document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission())));
  }

  /** A PDF that may be opened without a password, printing restricted by the owner's. */
  public static byte[] ownerRestrictedPdf() {
    return pdf(document -> document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission())));
  }

  private interface Change {
    void apply(PDDocument document) throws IOException;
  }

  private static byte[] pdf(Change change) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      change.apply(document);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void embedFile(PDDocument document) throws IOException {
    PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
    files.setNames(Map.of("run.bat", fileSpecification(document)));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setEmbeddedFiles(files);
    document.getDocumentCatalog().setNames(names);
  }

  private static void attachToPage(PDDocument document) throws IOException {
    PDAnnotationFileAttachment annotation = new PDAnnotationFileAttachment();
    annotation.setFile(fileSpecification(document));
    document.getPage(0).setAnnotations(List.of(annotation));
  }

  private static PDComplexFileSpecification fileSpecification(PDDocument document) throws IOException {
    PDComplexFileSpecification specification = new PDComplexFileSpecification();
    specification.setFile("run.bat");
    specification.setEmbeddedFile(new PDEmbeddedFile(document,
        new ByteArrayInputStream("format c:".getBytes(StandardCharsets.US_ASCII))));
    return specification;
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, 64, 48);
    graphics.setColor(Color.RED);
    graphics.fillOval(10, 10, 30, 20);
    graphics.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
