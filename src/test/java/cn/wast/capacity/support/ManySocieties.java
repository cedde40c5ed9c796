package cn.wast.capacity.support;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.access.Groups;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many societies for load, fault and benchmark runs: {@code count} societies with the codes
 * {@code <prefix>0001…}, each with a clean record that passes every eligibility rule for
 * applications in {@code year}, its user (the code in lower case) and its group, as the demo
 * registry's plain societies have. {@link #remove()} takes them and everything of theirs away.
 * The accounts are made through the engine in this JVM, or by any other {@link Accounts} (the
 * cluster tests make them over REST).
 */
public final class ManySocieties {

  /** The Tasklist account of a society: its user, in the societies' group and its own. */
  public interface Accounts {
    void create(String societyCode, String email, String password);

    void remove(String societyCode);
  }

  /** The password of every account made here. */
  public static final String PASSWORD = "Load-Pass-2026";

  private final SocietyRegistry registry;
  private final Accounts accounts;
  private final JdbcTemplate jdbc;
  private final String prefix;
  private final List<String> codes;

  public ManySocieties(SocietyRegistry registry, IdentityService identityService, JdbcTemplate jdbc, String prefix,
      int count) {
    this(registry, engineAccounts(identityService), jdbc, prefix, count);
  }

  public ManySocieties(SocietyRegistry registry, Accounts accounts, JdbcTemplate jdbc, String prefix, int count) {
    this.registry = registry;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.prefix = prefix;
    this.codes = IntStream.rangeClosed(1, count).mapToObj(i -> prefix + String.format(Locale.ROOT, "%04d", i)).toList();
  }

  public List<String> codes() {
    return codes;
  }

  public ManySocieties create(int year) {
    for (String code : codes) {
      SocietyRecordBuilder.passingFor(year).code(code).name("武汉负载测试学会" + code.substring(prefix.length()))
          .contactEmail(code.toLowerCase(Locale.ROOT) + "@load.example.cn")
          .secretaryGeneral("张" + code, SecretaryGeneralTenure.FULL_TIME).staff(4).registerIn(registry);
      accounts.create(code, code.toLowerCase(Locale.ROOT) + "@load.example.cn", PASSWORD);
    }
    return this;
  }

  private static Accounts engineAccounts(IdentityService identityService) {
    return new Accounts() {
      @Override
      public void create(String code, String email, String password) {
        Group group = identityService.newGroup(Groups.ofSociety(code));
        group.setName(code);
        group.setType("SOCIETY");
        identityService.saveGroup(group);
        User user = identityService.newUser(DemoUsers.userOf(code));
        user.setFirstName(code);
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(user.getId(), Groups.SOCIETIES);
        identityService.createMembership(user.getId(), group.getId());
      }

      @Override
      public void remove(String code) {
        identityService.deleteUser(DemoUsers.userOf(code));
        identityService.deleteGroup(Groups.ofSociety(code));
      }
    };
  }

  /**
   * Removes the societies from the registry with their users and groups; their programme records
   * must be gone first ({@code ProcessTestBase.wipeProgrammeRecords()}).
   */
  public void remove() {
    String like = prefix + "%";
    for (String table : List.of("society_annual_inspection", "society_work_report", "society_violation",
        "society_commissioned_project", "society_fraud_ban", "society_version")) {
      jdbc.update("DELETE FROM " + table + " WHERE society_code LIKE ?", like);
    }
    jdbc.update("DELETE FROM society WHERE code LIKE ?", like);
    codes.forEach(accounts::remove);
  }
}
