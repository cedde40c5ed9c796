package cn.wast.capacity.access;

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
 */
@Component
@Profile("demo")
public class DemoUsers {

  public static final int EXPERT_COUNT = 6;

  private final IdentityService identityService;
  private final SocietyRegistry societies;
  private final String password;

  DemoUsers(
      IdentityService identityService,
      SocietyRegistry societies,
      @Value("${capacity.demo.password}") String password) {
    this.identityService = identityService;
    this.societies = societies;
    this.password = password;
  }

  /** The demo user who acts for a society. */
  public static String userOf(String societyCode) {
    return societyCode.toLowerCase(Locale.ROOT);
  }

  void create() {
    ensureUser("admin", "管理员", "系统", "admin@wast.example.cn", Groups.ADMIN);
    ensureUser("office1", "专项办", "王", "office1@wast.example.cn", Groups.OFFICE);
    for (int i = 1; i <= EXPERT_COUNT; i++) {
      ensureUser("expert" + i, "专家" + i, "评审", "expert" + i + "@experts.example.cn", Groups.EXPERTS);
    }
    ensureUser("auditor1", "审计员", "李", "auditor1@wast.example.cn", Groups.AUDITORS);
    for (Society society : societies.findAll()) {
      ensureUser(userOf(society.code()), society.name(), "", society.contactEmail(),
          Groups.SOCIETIES, Groups.ofSociety(society.code()));
    }
  }

  private void ensureUser(String id, String firstName, String lastName, String email, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
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
