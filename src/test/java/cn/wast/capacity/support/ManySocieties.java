package cn.wast.capacity.support;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.access.Groups;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.time.LocalDate;
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
 */
public final class ManySocieties {

  private final SocietyRegistry registry;
  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final String prefix;
  private final List<String> codes;

  public ManySocieties(SocietyRegistry registry, IdentityService identityService, JdbcTemplate jdbc, String prefix,
      int count) {
    this.registry = registry;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.prefix = prefix;
    this.codes = IntStream.rangeClosed(1, count).mapToObj(i -> prefix + String.format(Locale.ROOT, "%04d", i)).toList();
  }

  public List<String> codes() {
    return codes;
  }

  public ManySocieties create(int year) {
    for (String code : codes) {
      registry.save(new Society(code, "武汉负载测试学会" + code.substring(prefix.length()),
          code.toLowerCase(Locale.ROOT) + "@load.example.cn", true, true, LocalDate.of(year + 2, 12, 31),
          "张" + code, SecretaryGeneralTenure.FULL_TIME, 4, true, true, 1));
      for (int y = year - 3; y < year; y++) {
        registry.recordInspection(code, y, true);
        registry.recordWorkReport(code, y, LocalDate.of(y, 12, 20), LocalDate.of(y, 12, 28));
      }
      Group group = identityService.newGroup(Groups.ofSociety(code));
      group.setName(code);
      group.setType("SOCIETY");
      identityService.saveGroup(group);
      User user = identityService.newUser(DemoUsers.userOf(code));
      user.setFirstName(code);
      user.setEmail(code.toLowerCase(Locale.ROOT) + "@load.example.cn");
      user.setPassword("load");
      identityService.saveUser(user);
      identityService.createMembership(user.getId(), Groups.SOCIETIES);
      identityService.createMembership(user.getId(), group.getId());
    }
    return this;
  }

  /**
   * Removes the societies from the registry with their users and groups; their programme records
   * must be gone first ({@code ProcessTestBase.wipeProgrammeRecords()}).
   */
  public void remove() {
    String like = prefix + "%";
    for (String table : List.of("society_annual_inspection", "society_work_report", "society_violation",
        "society_commissioned_project", "society_fraud_ban")) {
      jdbc.update("DELETE FROM " + table + " WHERE society_code LIKE ?", like);
    }
    jdbc.update("DELETE FROM society WHERE code LIKE ?", like);
    for (String code : codes) {
      identityService.deleteUser(DemoUsers.userOf(code));
      identityService.deleteGroup(Groups.ofSociety(code));
    }
  }
}
