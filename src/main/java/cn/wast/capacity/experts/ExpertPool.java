package cn.wast.capacity.experts;

import cn.wast.capacity.DateInput;
import cn.wast.capacity.PlainText;
import cn.wast.capacity.access.Groups;
import cn.wast.capacity.access.WithoutAuthorization;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.audit.FieldChange;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's changes to the expert pool: add, edit, deactivate and reactivate an expert, add
 * and end an affiliation. Each is checked in full first (problems in Chinese, by field, nothing
 * stored when there is one) and written together with its change record, in one transaction.
 * The expert's login account is not made here: an expert added to the pool gets a user id that
 * the accounts page uses for the account.
 */
@Service
public class ExpertPool {

  /** Letters and digits only: the engine's default pattern for user ids; lower case, so no two differ by case. */
  private static final Pattern USER_ID = Pattern.compile("^[a-z][a-z0-9]{1,63}$");
  static final String ACTIVE = "在用";
  static final String INACTIVE = "已停用";

  /** What a change came to: the problems by field (none when done) and the expert's id. */
  public record Outcome(Map<String, String> problems, String userId) {
    public boolean refused() {
      return !problems.isEmpty();
    }
  }

  private final Experts experts;
  private final SocietyRegistry societies;
  private final ChangeRecords changeRecords;
  private final IdentityService identityService;

  ExpertPool(Experts experts, SocietyRegistry societies, ChangeRecords changeRecords,
      IdentityService identityService) {
    this.experts = experts;
    this.societies = societies;
    this.changeRecords = changeRecords;
    this.identityService = identityService;
  }

  /** Adds an expert; without a typed user id the next free {@code expertN} is given. */
  @Transactional
  public Outcome add(String typedUserId, ExpertDetails details, String reason, String by) {
    Map<String, String> problems = new LinkedHashMap<>();
    String userId = ExpertDetails.clean(typedUserId);
    if (userId.isEmpty()) {
      userId = nextFreeId();
    } else {
      userIdProblem(userId).ifPresent(p -> problems.put("userId", p));
    }
    problems.putAll(details.problems());
    reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
    if (!problems.isEmpty()) {
      return new Outcome(problems, userId);
    }
    Expert expert = details.toExpert(userId, true);
    try {
      experts.insert(expert);
    } catch (DuplicateKeyException e) {
      return new Outcome(Map.of("userId", "账号 " + userId + " 已在专家库中，请换一个"), userId);
    }
    List<FieldChange> changes = new ArrayList<>();
    FieldChange.of("登录账号", null, userId).ifPresent(changes::add);
    changes.addAll(detailChanges(new Expert(userId, null, null, null, null, null, null, true), expert));
    FieldChange.of("状态", null, ACTIVE).ifPresent(changes::add);
    changeRecords.record(ChangeSubject.EXPERT, userId, expert.name(), changes, reason, by);
    return new Outcome(Map.of(), userId);
  }

  @Transactional
  public Outcome edit(Expert current, ExpertDetails details, String reason, String by) {
    Map<String, String> problems = new LinkedHashMap<>(details.problems());
    reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
    Expert changed = details.toExpert(current.userId(), current.active());
    List<FieldChange> changes = detailChanges(current, changed);
    if (problems.isEmpty() && changes.isEmpty()) {
      problems.put("form", "没有修改任何内容，无需保存");
    }
    if (!problems.isEmpty()) {
      return new Outcome(problems, current.userId());
    }
    experts.update(changed);
    changeRecords.record(ChangeSubject.EXPERT, current.userId(), changed.name(), changes, reason, by);
    return new Outcome(Map.of(), current.userId());
  }

  /** Deactivates (not offered for new committees) or reactivates an expert. */
  @Transactional
  public Outcome setActive(Expert current, boolean active, String reason, String by) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (current.active() == active) {
      problems.put("form", "该专家已是“" + (active ? ACTIVE : INACTIVE) + "”状态");
    }
    reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
    if (!problems.isEmpty()) {
      return new Outcome(problems, current.userId());
    }
    experts.update(new Expert(current.userId(), current.name(), current.title(), current.organisation(),
        current.fields(), current.email(), current.phone(), active));
    changeRecords.record(ChangeSubject.EXPERT, current.userId(), current.name(),
        List.of(new FieldChange("状态", current.active() ? ACTIVE : INACTIVE, active ? ACTIVE : INACTIVE)), reason, by);
    return new Outcome(Map.of(), current.userId());
  }

  @Transactional
  public Outcome affiliate(Expert expert, AffiliationEntry entry, String reason, String by) {
    Map<String, String> problems = new LinkedHashMap<>(entry.problems());
    Optional<Society> society = entry.societyCode().isEmpty() ? Optional.empty()
        : societies.findByCode(entry.societyCode());
    if (!entry.societyCode().isEmpty() && society.isEmpty()) {
      problems.put("societyCode", "没有代码为“" + entry.societyCode() + "”的学会，请核对（可从列表中选择）");
    }
    Optional<AffiliationRole> role = entry.chosenRole();
    if (society.isPresent() && role.isPresent() && existing(expert.userId(), society.get().code(), role.get()).isPresent()) {
      problems.put("societyCode", duplicate(society.get(), role.get()));
    }
    reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
    if (!problems.isEmpty()) {
      return new Outcome(problems, expert.userId());
    }
    ExpertAffiliation affiliation = new ExpertAffiliation(expert.userId(), society.get().code(), role.get(),
        entry.start().orElse(null), entry.end().orElse(null));
    try {
      experts.affiliate(affiliation);
    } catch (DuplicateKeyException e) {
      return new Outcome(Map.of("societyCode", duplicate(society.get(), role.get())), expert.userId());
    }
    List<FieldChange> changes = new ArrayList<>();
    FieldChange.of("学会", null, societyName(society.get())).ifPresent(changes::add);
    FieldChange.of("关联类型", null, role.get().label()).ifPresent(changes::add);
    FieldChange.of("起始日期", null, affiliation.startedOn()).ifPresent(changes::add);
    FieldChange.of("终止日期", null, affiliation.endedOn()).ifPresent(changes::add);
    changeRecords.record(ChangeSubject.EXPERT_AFFILIATION, expert.userId(), subjectName(expert, affiliation),
        changes, reason, by);
    return new Outcome(Map.of(), expert.userId());
  }

  /** Sets the last day of one of the expert's affiliations that has none. */
  @Transactional
  public Outcome endAffiliation(Expert expert, ExpertAffiliation affiliation, String typedLastDay, String reason,
      String by) {
    Map<String, String> problems = new LinkedHashMap<>();
    String typed = ExpertDetails.clean(typedLastDay);
    Optional<LocalDate> lastDay = DateInput.parse(typed);
    if (affiliation.ended()) {
      problems.put("form", "该关联已有终止日期（" + affiliation.endedOn() + "），无需再次终止");
    } else if (typed.isEmpty()) {
      problems.put("endedOn", "请填写终止日期");
    } else {
      DateInput.problem(typed).ifPresent(p -> problems.put("endedOn", "终止日期：" + p));
      AffiliationEntry.endsBeforeStart(Optional.ofNullable(affiliation.startedOn()), lastDay)
          .ifPresent(p -> problems.put("endedOn", p));
    }
    reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
    if (!problems.isEmpty()) {
      return new Outcome(problems, expert.userId());
    }
    experts.endAffiliation(affiliation, lastDay.get());
    changeRecords.record(ChangeSubject.EXPERT_AFFILIATION, expert.userId(), subjectName(expert, affiliation),
        List.of(new FieldChange("终止日期", null, lastDay.get().toString())), reason, by);
    return new Outcome(Map.of(), expert.userId());
  }

  Optional<ExpertAffiliation> existing(String userId, String societyCode, AffiliationRole role) {
    return experts.affiliationsOf(userId).stream()
        .filter(a -> a.societyCode().equals(societyCode) && a.role() == role).findFirst();
  }

  /** What a change record calls an affiliation: the expert, the society and the role. */
  String subjectName(Expert expert, ExpertAffiliation affiliation) {
    String society = societies.findByCode(affiliation.societyCode()).map(ExpertPool::societyName)
        .orElse(affiliation.societyCode());
    return expert.name() + " · " + society + " · " + affiliation.role().label();
  }

  static String societyName(Society society) {
    return society.name() + "（" + society.code() + "）";
  }

  private static String duplicate(Society society, AffiliationRole role) {
    return "该专家与" + society.name() + "已有“" + role.label() + "”关联，不能重复添加；如需记录卸任，请终止原关联";
  }

  private static List<FieldChange> detailChanges(Expert before, Expert after) {
    List<FieldChange> changes = new ArrayList<>();
    FieldChange.of("姓名", before.name(), after.name()).ifPresent(changes::add);
    FieldChange.of("职称", before.title(), after.title()).ifPresent(changes::add);
    FieldChange.of("工作单位", before.organisation(), after.organisation()).ifPresent(changes::add);
    FieldChange.of("专业领域", before.fields(), after.fields()).ifPresent(changes::add);
    FieldChange.of("电子邮箱", before.email(), after.email()).ifPresent(changes::add);
    FieldChange.of("联系电话", before.phone(), after.phone()).ifPresent(changes::add);
    return changes;
  }

  static Optional<String> reasonProblem(String reason) {
    String text = ExpertDetails.clean(reason);
    if (text.isEmpty()) {
      return Optional.of("请填写修改原因（记入修改记录）");
    }
    if (PlainText.length(text) > ChangeRecords.REASON_LENGTH) {
      return Optional.of("修改原因不能超过 " + ChangeRecords.REASON_LENGTH + " 个字");
    }
    if (PlainText.hasHiddenBesidesLineBreaks(PlainText.unifyLineBreaks(text))) {
      return Optional.of("修改原因含有不可见的控制字符，请删除后重新输入");
    }
    return Optional.empty();
  }

  private Optional<String> userIdProblem(String userId) {
    if (!USER_ID.matcher(userId).matches()) {
      return Optional.of("登录账号只能由小写英文字母和数字组成，以字母开头，2 至 64 位，例如 zhangjh 或 expert7");
    }
    if (userId.equals("export") || userId.equals("import")) {
      return Optional.of("“" + userId + "”是专家库页面的保留字，不能用作登录账号，请换一个");
    }
    if (experts.find(userId).isPresent()) {
      return Optional.of("账号 " + userId + " 已在专家库中，请换一个");
    }
    if (isUser(userId) && !isExpertUser(userId)) {
      return Optional.of("账号 " + userId + " 已被其他用户（不是评审专家）使用，请换一个");
    }
    return Optional.empty();
  }

  private String nextFreeId() {
    for (int n = 1; ; n++) {
      String id = "expert" + n;
      if (experts.find(id).isEmpty() && !isUser(id)) {
        return id;
      }
    }
  }

  // Who may read the engine's users must not decide whether an id is free.
  private boolean isUser(String userId) {
    return WithoutAuthorization.call(() -> identityService.createUserQuery().userId(userId).count()) > 0;
  }

  private boolean isExpertUser(String userId) {
    return WithoutAuthorization.call(() ->
        identityService.createUserQuery().userId(userId).memberOfGroup(Groups.EXPERTS).count()) > 0;
  }
}
