package cn.wast.capacity.access;

import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users: admin, office1, expert1..expert6, auditor1 and one user per society
 * (its code in lower case). Their password is {@code capacity.demo.password} (DEMO_PASSWORD, or
 * "demo"), which skips Camunda's password policy. Outside the demo profile no user is made.
 *
 * <p>Tasklist shows a person as "first name, space, last name". Chinese names read surname
 * first, so an account keeps the whole name (姓名) as its first name and its unit (单位) as its
 * last name, as Admin labels the two fields: "王丽 专项办公室", "张建华 华中科技大学".
 */
@Component
@Profile("demo")
public class DemoUsers {

  public static final int EXPERT_COUNT = 6;

  private final IdentityService identityService;
  private final SocietyRegistry societies;
  private final Experts experts;
  private final String password;

  DemoUsers(
      IdentityService identityService,
      SocietyRegistry societies,
      Experts experts,
      @Value("${capacity.demo.password}") String password) {
    this.identityService = identityService;
    this.societies = societies;
    this.experts = experts;
    this.password = password;
  }

  /** The demo user who acts for a society. */
  public static String userOf(String societyCode) {
    return societyCode.toLowerCase(Locale.ROOT);
  }

  void create() {
    ensureUser("admin", "赵强", "系统管理员", "admin@wast.example.cn", Groups.ADMIN);
    ensureUser("office1", "王丽", "专项办公室", "office1@wast.example.cn", Groups.OFFICE);
    for (int i = 1; i <= EXPERT_COUNT; i++) {
      String id = "expert" + i;
      Expert expert = experts.find(id).orElse(new Expert(id, "评审专家" + i, "评审专家", "", id + "@experts.example.cn"));
      ensureUser(id, expert.name(), expert.organisation(), expert.email(), Groups.EXPERTS);
    }
    ensureUser("auditor1", "李静", "审计", "auditor1@wast.example.cn", Groups.AUDITORS);
    for (Society society : societies.findAll()) {
      ensureUser(userOf(society.code()), society.name(), "学会账号", society.contactEmail(),
          Groups.SOCIETIES, Groups.ofSociety(society.code()));
    }
  }

  private void ensureUser(String id, String firstName, String lastName, String email, String... groups) {
    User existing = identityService.createUserQuery().userId(id).singleResult();
    if (existing != null && !(firstName.equals(existing.getFirstName()) && lastName.equals(existing.getLastName()))) {
      existing.setFirstName(firstName);
      existing.setLastName(lastName);
      ((IdentityServiceImpl) identityService).saveUser(existing, true);
    }
    if (existing == null) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      // Skips the password policy: the demo's password is "demo" on purpose, and only this
      // profile makes these users; every other account is held to the policy.
      ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }
}
