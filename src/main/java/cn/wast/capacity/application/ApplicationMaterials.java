package cn.wast.capacity.application;

import cn.wast.capacity.access.WithoutAuthorization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: what the experts read to score an application: the four capacities' results as the
 * society last submitted them (correction included), the approving body, and the files with
 * their links. Never the society's contact person.
 */
@Component
public class ApplicationMaterials {

  /** The variables the scoring form shows, all of them strings. */
  public static final List<String> FOR_REVIEWERS = List.of(
      "achievementC1", "achievementC2", "achievementC3", "achievementC4",
      "boardMeetingDate", "boardResolutionNumber", ApplicationVariables.BOARD_BODY_TEXT);

  private final HistoryService historyService;
  private final ApplicationDocuments documents;

  ApplicationMaterials(HistoryService historyService, ApplicationDocuments documents) {
    this.historyService = historyService;
    this.documents = documents;
  }

  public Map<String, Object> forReviewers(Application application) {
    Map<String, Object> materials = new HashMap<>();
    FOR_REVIEWERS.forEach(name -> materials.put(name, ""));
    // Read on behalf of the programme: whoever's step this is (an expert, say) need not see the
    // application's own instance.
    WithoutAuthorization.call(() -> query(application)).stream()
        .filter(v -> v.getValue() != null)
        .forEach(v -> materials.put(v.getName(), v.getValue().toString()));
    materials.put(ApplicationVariables.DOCUMENTS_MARKDOWN,
        DocumentsMarkdown.of(documents.listForApplication(application.businessKey())));
    return materials;
  }

  private List<HistoricVariableInstance> query(Application application) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(application.processInstanceId())
        .variableNameIn(FOR_REVIEWERS.toArray(String[]::new))
        .list();
  }
}
