package cn.wast.capacity.application;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The application's files as a Markdown list of links, for the Camunda Forms that show them. */
final class DocumentsMarkdown {

  private DocumentsMarkdown() {}

  static String of(List<DocumentInfo> documents) {
    if (documents.isEmpty()) {
      return "（尚无上传的文件）";
    }
    return documents.stream()
        .map(d -> "- " + d.kind().label() + "：[" + escape(d.fileName()) + "](/documents/" + d.id()
            + ")（" + d.contentType() + "，" + size(d.sizeBytes()) + "）")
        .collect(Collectors.joining("\n"));
  }

  private static String escape(String fileName) {
    return fileName.replaceAll("[\\[\\]()*_`<>{}]", "_");
  }

  private static String size(long bytes) {
    return bytes < 1024 * 1024
        ? Math.max(1, bytes / 1024) + " KB"
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
