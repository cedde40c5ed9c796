package cn.wast.capacity.documents;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.Markdown;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Uploaded files as a Markdown list of links, for the Camunda Forms that show them: a JSON value,
 * since a society may upload any number of files and the list would outgrow a string variable.
 */
public final class DocumentsMarkdown {

  private DocumentsMarkdown() {}

  public static TypedValue of(List<DocumentInfo> documents) {
    return FormJson.of(list(documents));
  }

  private static String list(List<DocumentInfo> documents) {
    if (documents.isEmpty()) {
      return "（尚无上传的文件）";
    }
    return documents.stream()
        .map(d -> "- " + d.kind().label() + "：" + Markdown.link(d.fileName(), "/documents/" + d.id())
            + "（" + d.contentType() + "，" + DocumentUploadPolicy.size(d.sizeBytes()) + "）")
        .collect(Collectors.joining("\n"));
  }
}
