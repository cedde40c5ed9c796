package cn.wast.capacity.review;

import cn.wast.capacity.experts.ExpertAffiliation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R-REV-2: assigns the committee's experts to the applications. Each application gets {@code
 * perApplication} different experts; an expert never scores a society they are affiliated with;
 * each pick goes to the least-loaded expert left (ties by id), the most constrained applications
 * first, so the work is spread evenly.
 */
public final class ExpertAssignment {

  /** An expert and the societies they may not score (member, officer, recent former officer). */
  /**
   * R-REV-2: the experts as assignment sees them, each with the societies they may not score on
   * {@code day} by their affiliations (a former officer's for {@code formerOfficerLookBack}).
   */
  public static List<Expert> experts(Collection<String> expertIds, List<ExpertAffiliation> affiliations, LocalDate day,
      Period formerOfficerLookBack) {
    Map<String, Set<String>> barred = affiliations.stream()
        .filter(a -> a.holdsOn(day, formerOfficerLookBack))
        .collect(Collectors.groupingBy(ExpertAffiliation::expertId,
            Collectors.mapping(ExpertAffiliation::societyCode, Collectors.toCollection(HashSet::new))));
    return expertIds.stream().sorted()
        .map(id -> new Expert(id, Set.copyOf(barred.getOrDefault(id, Set.of()))))
        .toList();
  }

  public record Expert(String id, Set<String> affiliatedSocieties) {
    boolean mayScore(Application application) {
      return !affiliatedSocieties.contains(application.societyCode());
    }
  }

  /** An application to be scored, and its society. */
  public record Application(String key, String societyCode) {}

  /** Why experts could not be found, in Chinese, for the office. */
  public static final class NotEnoughExpertsException extends RuntimeException {
    NotEnoughExpertsException(String message) {
      super(message);
    }
  }

  private final List<Expert> experts;
  private final Map<String, Integer> load = new HashMap<>();
  private final Map<String, List<String>> assigned = new LinkedHashMap<>();

  private ExpertAssignment(List<Expert> experts) {
    this.experts = List.copyOf(experts);
    experts.forEach(e -> load.put(e.id(), 0));
  }

  /** Application key to the ids of its experts, in the order of the applications given. */
  public static Map<String, List<String>> assign(
      List<Expert> experts, List<Application> applications, int perApplication) {
    ExpertAssignment assignment = new ExpertAssignment(experts);
    // The applications with the fewest experts free to score them choose first, so that the
    // others' picks cannot leave them short and the load stays even.
    List<Application> byConstraint = applications.stream()
        .sorted(Comparator.comparingLong((Application a) -> experts.stream().filter(e -> e.mayScore(a)).count()))
        .toList();
    for (Application application : byConstraint) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < perApplication; i++) {
        String expert = assignment.leastLoaded(application, chosen).orElseThrow(() ->
            new NotEnoughExpertsException("申报 " + application.key() + " 只能找到 " + chosen.size()
                + " 位无利益关联的专家，需要 " + perApplication + " 位：请增加评审委员会的专家"));
        chosen.add(expert);
        assignment.load.merge(expert, 1, Integer::sum);
      }
      assignment.assigned.put(application.key(), chosen);
    }
    Map<String, List<String>> inGivenOrder = new LinkedHashMap<>();
    applications.forEach(a -> inGivenOrder.put(a.key(), assignment.assigned.get(a.key())));
    return inGivenOrder;
  }

  /**
   * A replacement for an expert who recused themselves: the least-loaded expert who may score the
   * application and is not already on it (the recused expert included).
   */
  public static Optional<String> replacement(
      List<Expert> experts, Map<String, List<String>> current, Application application, String recused) {
    ExpertAssignment assignment = new ExpertAssignment(experts);
    current.values().forEach(ids -> ids.forEach(id -> assignment.load.merge(id, 1, Integer::sum)));
    List<String> excluded = new ArrayList<>(current.getOrDefault(application.key(), List.of()));
    excluded.add(recused);
    return assignment.leastLoaded(application, excluded);
  }

  private Optional<String> leastLoaded(Application application, List<String> excluded) {
    return experts.stream()
        .filter(e -> e.mayScore(application))
        .filter(e -> !excluded.contains(e.id()))
        .min(Comparator.comparingInt((Expert e) -> load.get(e.id())).thenComparing(Expert::id))
        .map(Expert::id);
  }
}
