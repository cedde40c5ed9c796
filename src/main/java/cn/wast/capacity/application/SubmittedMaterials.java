package cn.wast.capacity.application;

import static cn.wast.capacity.application.ApplicationVariables.APPLICATION_KEY;
import static cn.wast.capacity.application.ApplicationVariables.BOARD_BODY_TEXT;
import static cn.wast.capacity.application.ApplicationVariables.DOCUMENTS_MARKDOWN;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Writes the variables the formal-review form shows: the typed materials as literal text
 * ({@link ShownMaterials}), the approving body in words and the list of uploaded files with their
 * links. Run on submission and on each correction.
 */
@Component
public class SubmittedMaterials {

  private final ApplicationDocuments documents;

  SubmittedMaterials(ApplicationDocuments documents) {
    this.documents = documents;
  }

  public void describe(VariableScope application) {
    String key = (String) application.getVariable(APPLICATION_KEY);
    application.setVariable(BOARD_BODY_TEXT,
        BoardBody.of((String) application.getVariable("boardBody")).map(BoardBody::label).orElse(""));
    application.setVariable(DOCUMENTS_MARKDOWN, DocumentsMarkdown.of(documents.listForApplication(key)));
    application.setVariables(ShownMaterials.of(ShownMaterials.PARAGRAPHS, application::getVariable));
    application.setVariables(ShownMaterials.of(ShownMaterials.INLINE, application::getVariable));
  }
}
