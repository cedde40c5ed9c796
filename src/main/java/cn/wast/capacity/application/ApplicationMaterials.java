package cn.wast.capacity.application;

import cn.wast.capacity.access.WithoutAuthorization;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentsMarkdown;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: what the experts read to score an application: the four capacities' results as the
 * society last submitted them (correction included), the approving body, and the files with
 * their links, and the society's support in earlier rounds as facts (R-DYN-1). Never the
 * society's contact person, nor what the office wrote to the society.
 */
@Component
public class ApplicationMaterials {

  /** The typed fields the scoring form shows, each as literal text ({@link ShownMaterials}). */
  private static final List<String> TYPED = List.of(
      "achievementC1", "achievementC2", "achievementC3", "achievementC4",
      "boardMeetingDate", "boardResolutionNumber", ApplicationVariables.SOCIETY_NAME);
  /** What the scoring form shows and the approving body, as the society last submitted them. */
  private static final String[] READ = Stream.concat(TYPED.stream(), Stream.of(ApplicationVariables.BOARD_BODY))
      .toArray(String[]::new);

  private final HistoryService historyService;
  private final ApplicationDocuments documents;
  private final PastSupport histories;

  ApplicationMaterials(HistoryService historyService, ApplicationDocuments documents, PastSupport histories) {
    this.historyService = historyService;
    this.documents = documents;
    this.histories = histories;
  }

  public Map<String, Object> forReviewers(Application application) {
    Map<String, Object> typed = new HashMap<>();
    // Read on behalf of the programme: whoever's step this is (an expert, say) need not see the
    // application's own instance.
    WithoutAuthorization.call(() -> query(application)).stream()
        .filter(v -> v.getValue() != null)
        .forEach(v -> typed.put(v.getName(), v.getValue()));
    Map<String, Object> materials = new HashMap<>();
    materials.put(ApplicationVariables.SHOWN_MATERIALS, ShownMaterials.of(TYPED, typed::get));
    materials.put(ApplicationVariables.DOCUMENTS_MARKDOWN,
        DocumentsMarkdown.of(documents.listForApplication(application.businessKey())));
    materials.put(ApplicationVariables.SUPPORT_HISTORY_MARKDOWN,
        histories.before(application.societyCode(), application.roundYear()).expertMarkdown());
    return materials;
  }

  private List<HistoricVariableInstance> query(Application application) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(application.processInstanceId())
        .variableNameIn(READ)
        .list();
  }
}
