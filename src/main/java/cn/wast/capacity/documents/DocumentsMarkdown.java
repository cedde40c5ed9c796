package cn.wast.capacity.documents;

import cn.wast.capacity.Markdown;
import java.util.List;
import java.util.stream.Collectors;

/** Uploaded files as a Markdown list of links, for the Camunda Forms that show them. */
public final class DocumentsMarkdown {

  private DocumentsMarkdown() {}

  public static String of(List<DocumentInfo> documents) {
    if (documents.isEmpty()) {
      return "（尚无上传的文件）";
    }
    return documents.stream()
        .map(d -> "- " + d.kind().label() + "：" + Markdown.link(d.fileName(), "/documents/" + d.id())
            + "（" + d.contentType() + "，" + DocumentUploadPolicy.size(d.sizeBytes()) + "）")
        .collect(Collectors.joining("\n"));
  }
}
