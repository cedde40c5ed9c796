package cn.wast.capacity.accounts;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.access.Groups;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.audit.FieldChange;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutgoingMail;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 19: the accounts the office gives societies (one per contact), experts and its own staff.
 * A new account's Camunda user gets a random password nobody ever sees, so it cannot sign in;
 * the user gets a mail with a one-time link, sets a password under the engine's policy, and is
 * put in its groups. The office disables and enables an account, and resets it (the password is
 * made unusable again and a new link is mailed). No password is ever mailed or shown. Each office
 * change is recorded in {@link ChangeRecords}, in the transaction of the change, as is the mail
 * in the outbox.
 */
@Service
public class Accounts {

  static final int NAME_LENGTH = 100;
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$");

  private final AccountStore store;
  private final ActivationTokens tokens;
  private final PasswordRules passwordRules;
  private final IdentityService identityService;
  private final SocietyRegistry societies;
  private final Experts experts;
  private final Outbox outbox;
  private final ChangeRecords changes;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;
  private final SecureRandom random = new SecureRandom();

  Accounts(AccountStore store, ActivationTokens tokens, PasswordRules passwordRules, IdentityService identityService,
      SocietyRegistry societies, Experts experts, Outbox outbox, ChangeRecords changes, ProgrammeClock clock,
      ProgrammeProperties programme) {
    this.store = store;
    this.tokens = tokens;
    this.passwordRules = passwordRules;
    this.identityService = identityService;
    this.societies = societies;
    this.experts = experts;
    this.outbox = outbox;
    this.changes = changes;
    this.clock = clock;
    this.programme = programme;
  }

  /**
   * An account as the office typed it. For a society the e-mail may be left blank: the
   * society's contact e-mail is used. For an expert only {@code userId} counts (the expert's).
   */
  public record NewAccount(AccountKind kind, String societyCode, String userId, String name, String email) {}

  /** What a bulk creation did: the accounts made, and the societies left out with the reason. */
  public record BulkOutcome(List<Account> created, Map<String, String> skipped) {}

  // ---- the office's changes ----

  /** Creates the account and mails its link; or the problems by field ({@code userId}, {@code name}, …), nothing stored. */
  @Transactional
  public Map<String, String> create(NewAccount typed, String by) {
    Map<String, String> problems = new LinkedHashMap<>();
    return switch (typed.kind()) {
      case SOCIETY -> createForSociety(typed, by, problems);
      case EXPERT -> createForExpert(typed, by, problems);
      case OFFICE -> createForOffice(typed, by, problems);
    };
  }

  /** One account for each registered society that has none yet (here or as a member of its group). */
  @Transactional
  public BulkOutcome createForSocietiesWithoutAccount(String by) {
    List<Account> created = new ArrayList<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    for (Society society : societiesWithoutAccount()) {
      String userId = society.code().toLowerCase(java.util.Locale.ROOT);
      String email = society.contactEmail() == null ? "" : society.contactEmail().strip();
      if (isTaken(userId)) {
        skipped.put(society.code(), "用户名“" + userId + "”已被使用，请逐个为该学会创建账号");
      } else if (!EMAIL.matcher(email).matches()) {
        skipped.put(society.code(), "学会未登记有效的联系邮箱，请逐个创建并填写邮箱");
      } else {
        created.add(make(AccountKind.SOCIETY, society.code(), userId, society.name(), society.name(), email, by));
      }
    }
    return new BulkOutcome(created, skipped);
  }

  /** 停用: the account signs in no more, its open link dies; or the problem at {@code reason}. */
  @Transactional
  public Map<String, String> disable(String userId, String reason, String by) {
    Optional<Account> account = store.find(userId);
    Map<String, String> problems = stateChangeProblems(account, reason, "停用");
    if (problems.isEmpty() && account.get().state() == AccountState.DISABLED) {
      problems.put("reason", "该账号已经停用。");
    }
    if (problems.isEmpty()) {
      store.changeState(userId, AccountState.DISABLED);
      tokens.revokeAll(userId);
      recordState(account.get(), AccountState.DISABLED, reason, by);
    }
    return problems;
  }

  /** 启用 a disabled account: active again if it had been activated, otherwise awaiting activation. */
  @Transactional
  public Map<String, String> enable(String userId, String reason, String by) {
    Optional<Account> account = store.find(userId);
    Map<String, String> problems = stateChangeProblems(account, reason, "启用");
    if (problems.isEmpty() && account.get().state() != AccountState.DISABLED) {
      problems.put("reason", "只有已停用的账号可以启用。");
    }
    if (problems.isEmpty()) {
      AccountState state = tokens.lastWasUsed(userId) ? AccountState.ACTIVE : AccountState.PENDING;
      store.changeState(userId, state);
      recordState(account.get(), state, reason, by);
    }
    return problems;
  }

  /** 重置: the password is made unusable, the old link dies and a new one is mailed. */
  @Transactional
  public Map<String, String> reset(String userId, String reason, String by) {
    Optional<Account> account = store.find(userId);
    Map<String, String> problems = stateChangeProblems(account, reason, "重置");
    if (problems.isEmpty() && account.get().state() == AccountState.DISABLED) {
      problems.put("reason", "已停用的账号不能重置，请先启用。");
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (problems.isEmpty() && user == null) {
      problems.put("reason", "该账号的用户已在管理端删除，不能重置。");
    }
    if (problems.isEmpty()) {
      user.setPassword(unusablePassword());
      ((IdentityServiceImpl) identityService).saveUser(user, true);
      store.changeState(userId, AccountState.PENDING);
      sendActivation(account.get());
      List<FieldChange> changed = new ArrayList<>();
      FieldChange.of("状态", account.get().state().label(), AccountState.PENDING.label()).ifPresent(changed::add);
      changed.add(new FieldChange("密码", "（不显示）", "已作废，已发送新的激活邮件"));
      changes.record(ChangeSubject.ACCOUNT, userId, account.get().name(), changed, reason, by);
    }
    return problems;
  }

  // ---- the user's activation ----

  /** Whether a link may still set a password: empty if it may, otherwise why not. */
  public Optional<LinkProblem> linkProblem(String token) {
    return check(token).problem();
  }

  /** The account a live link belongs to. */
  public Optional<Account> accountOf(String token) {
    return check(token).account();
  }

  /**
   * Sets the password with the link: refused if the link is dead or the two passwords differ or
   * fail the policy (each failed rule in Chinese); otherwise the link is used up, the password
   * set and the user put in its groups.
   */
  @Transactional
  public Activation activate(String token, String password, String repeated) {
    Checked checked = check(token);
    if (checked.problem().isPresent()) {
      return Activation.refused(checked.problem().get());
    }
    Account account = checked.account().orElseThrow();
    User user = identityService.createUserQuery().userId(account.userId()).singleResult();
    if (user == null) {
      // the user was deleted in Admin after the link was mailed
      return Activation.refused(LinkProblem.UNKNOWN);
    }
    if (password == null || password.isEmpty()) {
      return Activation.invalid(List.of("请填写新密码。"));
    }
    if (!password.equals(repeated)) {
      return Activation.invalid(List.of("两次输入的密码不一致，请重新输入。"));
    }
    List<String> failures = passwordRules.failures(password, user);
    if (!failures.isEmpty()) {
      return Activation.invalid(failures);
    }
    Instant now = clock.now();
    if (!tokens.use(checked.activationId(), now)) {
      return Activation.refused(LinkProblem.USED);
    }
    user.setPassword(password);
    identityService.saveUser(user);
    for (String group : account.kind().groups(account.societyCode())) {
      ensureGroup(group, account);
      if (identityService.createUserQuery().userId(account.userId()).memberOfGroup(group).count() == 0) {
        identityService.createMembership(account.userId(), group);
      }
    }
    store.activated(account.userId(), now);
    changes.record(ChangeSubject.ACCOUNT, account.userId(), account.name(),
        List.of(new FieldChange("状态", account.state().label(), AccountState.ACTIVE.label())),
        "用户通过激活链接设置了密码", account.userId());
    return Activation.done(account);
  }

  // ---- what the office's page lists ----

  public List<Account> all() {
    return store.findAll();
  }

  public Optional<Account> find(String userId) {
    return store.find(userId);
  }

  /** The registered societies with no account here and no user in their group. */
  public List<Society> societiesWithoutAccount() {
    Set<String> withAccounts = store.societiesWithAccounts();
    return societies.findAll().stream()
        .filter(s -> !withAccounts.contains(s.code()))
        .filter(s -> identityService.createUserQuery().memberOfGroup(Groups.ofSociety(s.code())).count() == 0)
        .toList();
  }

  /** The experts of the pool with no user yet. */
  public List<Expert> expertsWithoutAccount() {
    return experts.findAll().stream().filter(e -> !isTaken(e.userId())).toList();
  }

  public List<Society> registeredSocieties() {
    return societies.findAll();
  }

  // ---- inside ----

  private Map<String, String> createForSociety(NewAccount typed, String by, Map<String, String> problems) {
    Optional<Society> society = Optional.ofNullable(typed.societyCode()).filter(c -> !c.isBlank())
        .flatMap(c -> societies.findByCode(c.strip()));
    if (society.isEmpty()) {
      problems.put("societyCode", "请选择登记在册的学会。");
    }
    String email = blank(typed.email()) && society.isPresent() && society.get().contactEmail() != null
        ? society.get().contactEmail().strip() : strip(typed.email());
    checkPerson(typed, email, problems);
    if (problems.isEmpty()) {
      make(AccountKind.SOCIETY, society.get().code(), strip(typed.userId()), strip(typed.name()), society.get().name(),
          email, by);
    }
    return problems;
  }

  private Map<String, String> createForExpert(NewAccount typed, String by, Map<String, String> problems) {
    Optional<Expert> expert = Optional.ofNullable(typed.userId()).flatMap(id -> experts.find(id.strip()))
        .filter(e -> !isTaken(e.userId()));
    if (expert.isEmpty()) {
      problems.put("expertId", "请选择专家库中尚无账号的专家。");
    } else if (!EMAIL.matcher(strip(expert.get().email())).matches()) {
      problems.put("expertId", "专家库中该专家没有有效的电子邮箱，请先在专家库中补充。");
    }
    if (problems.isEmpty()) {
      Expert e = expert.get();
      make(AccountKind.EXPERT, null, e.userId(), e.name(), e.organisation(), e.email().strip(), by);
    }
    return problems;
  }

  private Map<String, String> createForOffice(NewAccount typed, String by, Map<String, String> problems) {
    String email = strip(typed.email());
    checkPerson(typed, email, problems);
    if (problems.isEmpty()) {
      make(AccountKind.OFFICE, null, strip(typed.userId()), strip(typed.name()), "专项办公室", email, by);
    }
    return problems;
  }

  private void checkPerson(NewAccount typed, String email, Map<String, String> problems) {
    String userId = strip(typed.userId());
    if (userId.isEmpty()) {
      problems.put("userId", "请填写用户名。");
    } else if (!USER_ID.matcher(userId).matches()) {
      problems.put("userId", "用户名只能由英文字母和数字组成，最多 64 个字符。");
    } else if (isTaken(userId)) {
      problems.put("userId", "用户名“" + userId + "”已被使用，请换一个。");
    }
    String name = strip(typed.name());
    if (name.isEmpty()) {
      problems.put("name", "请填写姓名。");
    } else if (name.length() > NAME_LENGTH) {
      problems.put("name", "姓名最多 " + NAME_LENGTH + " 个字。");
    }
    if (email.isEmpty()) {
      problems.put("email", "请填写电子邮箱。");
    } else if (email.length() > 300 || !EMAIL.matcher(email).matches()) {
      problems.put("email", "电子邮箱格式不正确，例如 zhangsan@example.cn。");
    }
  }

  private Account make(AccountKind kind, String societyCode, String userId, String name, String unit, String email,
      String by) {
    User user = identityService.newUser(userId);
    user.setFirstName(name);
    user.setLastName(unit);
    user.setEmail(email);
    user.setPassword(unusablePassword());
    // The random password is never shown; the policy applies to the one the user sets.
    ((IdentityServiceImpl) identityService).saveUser(user, true);
    Account account = new Account(userId, kind, societyCode, name, email, AccountState.PENDING, clock.now(), by,
        null, null);
    store.insert(account);
    sendActivation(account);
    List<FieldChange> created = new ArrayList<>();
    created.add(new FieldChange("类型", null, kind.label()));
    if (societyCode != null) {
      created.add(new FieldChange("学会", null, unit + "（" + societyCode + "）"));
    }
    created.add(new FieldChange("姓名", null, name));
    created.add(new FieldChange("电子邮箱", null, email));
    created.add(new FieldChange("状态", null, AccountState.PENDING.label()));
    changes.record(ChangeSubject.ACCOUNT, userId, name, created, "新建账号，已发送激活邮件", by);
    return account;
  }

  private void sendActivation(Account account) {
    ActivationTokens.Issued issued = tokens.issue(account.userId());
    outbox.enqueue(new OutgoingMail(MailType.ACCOUNT_ACTIVATION,
        "account:" + account.userId() + ":activation-" + issued.id(), account.email(),
        Map.of("name", account.name(),
            "userId", account.userId(),
            "kind", account.kind().mailLabel(),
            "activationUrl", programme.publicUrl() + ActivationController.PATH + issued.token(),
            "validUntil", clock.format(issued.expiresAt()),
            "tasklistUrl", programme.tasklistUrl()),
        account.societyCode(), null, null));
  }

  private Map<String, String> stateChangeProblems(Optional<Account> account, String reason, String what) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (account.isEmpty()) {
      problems.put("reason", "没有这个账号。");
    } else if (blank(reason)) {
      problems.put("reason", "请填写" + what + "原因。");
    } else if (reason.strip().length() > ChangeRecords.REASON_LENGTH) {
      problems.put("reason", what + "原因最多 " + ChangeRecords.REASON_LENGTH + " 个字。");
    }
    return problems;
  }

  private void recordState(Account account, AccountState state, String reason, String by) {
    changes.record(ChangeSubject.ACCOUNT, account.userId(), account.name(),
        List.of(new FieldChange("状态", account.state().label(), state.label())), reason, by);
  }

  private record Checked(Optional<LinkProblem> problem, Optional<Account> account, long activationId) {}

  private Checked check(String token) {
    Optional<ActivationTokens.Activation> found = tokens.find(token);
    if (found.isEmpty()) {
      return new Checked(Optional.of(LinkProblem.UNKNOWN), Optional.empty(), 0);
    }
    ActivationTokens.Activation activation = found.get();
    Optional<Account> account = store.find(activation.userId());
    LinkProblem problem = activation.usedAt() != null ? LinkProblem.USED
        : account.map(a -> a.state() == AccountState.DISABLED).orElse(true) ? LinkProblem.DISABLED
        : activation.revokedAt() != null ? LinkProblem.REVOKED
        : !clock.now().isBefore(activation.expiresAt()) ? LinkProblem.EXPIRED
        : null;
    return new Checked(Optional.ofNullable(problem), account, activation.id());
  }

  private boolean isTaken(String userId) {
    return store.find(userId).isPresent() || identityService.createUserQuery().userId(userId).count() > 0;
  }

  private void ensureGroup(String groupId, Account account) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      // a society registered after the last start has no group yet (AccessSetup makes them at start)
      Group group = identityService.newGroup(groupId);
      group.setName(societies.findByCode(account.societyCode()).map(Society::name).orElse(groupId));
      group.setType("SOCIETY");
      identityService.saveGroup(group);
    }
  }

  private String unusablePassword() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }
}
