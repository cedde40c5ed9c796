package cn.wast.capacity.experts;

import cn.wast.capacity.ProgrammeClock;
import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's expert database: expert1..expert6 (the demo users of group {@code experts}),
 * all active, with their titles (职称), loaded when the database has no expert. Their ties to the demo societies, for year Y of the
 * engine clock at loading, exercise R-REV-2:
 *
 * <table>
 *   <caption>The demo experts</caption>
 *   <tr><th>user</th><th>tie</th><th>may score it?</th></tr>
 *   <tr><td>expert1</td><td>member of WHJX</td><td>no</td></tr>
 *   <tr><td>expert2</td><td>officer of WHJSJ</td><td>no</td></tr>
 *   <tr><td>expert3</td><td>former officer of WHTJ until Y-1-06-30</td><td>no (within the look-back)</td></tr>
 *   <tr><td>expert4</td><td>former officer of WHDJ until Y-5-12-31</td><td>yes (look-back passed)</td></tr>
 *   <tr><td>expert5</td><td>none</td><td>-</td></tr>
 *   <tr><td>expert6</td><td>member of WHHX</td><td>no</td></tr>
 * </table>
 */
@Component
@Profile("demo")
@DependsOn("demoSocieties")
public class DemoExperts {

  private final Experts experts;
  private final ProgrammeClock clock;
  private final TransactionTemplate transaction;

  DemoExperts(Experts experts, ProgrammeClock clock, PlatformTransactionManager transactionManager) {
    this.experts = experts;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @PostConstruct
  public void loadIfEmpty() {
    if (experts.count() == 0) {
      transaction.executeWithoutResult(status -> load(clock.today().getYear()));
    }
  }

  private void load(int y) {
    expert("expert1", "教授", "张建华", "华中科技大学", "机械工程、智能制造");
    expert("expert2", "教授", "李明哲", "武汉大学", "计算机科学与技术");
    expert("expert3", "副教授", "王秀兰", "武汉理工大学", "土木工程、建筑材料");
    expert("expert4", "研究员", "赵国强", "中国科学院武汉分院", "电气工程、能源");
    expert("expert5", "研究员", "陈静", "湖北省社会科学院", "科技管理、社会组织治理");
    expert("expert6", "副教授", "刘洋", "华中师范大学", "化学、科学普及");
    experts.affiliate(new ExpertAffiliation("expert1", "WHJX", AffiliationRole.MEMBER, LocalDate.of(y - 8, 3, 1), null));
    experts.affiliate(new ExpertAffiliation("expert2", "WHJSJ", AffiliationRole.OFFICER, LocalDate.of(y - 2, 1, 1), null));
    experts.affiliate(new ExpertAffiliation("expert3", "WHTJ", AffiliationRole.FORMER_OFFICER, null, LocalDate.of(y - 1, 6, 30)));
    experts.affiliate(new ExpertAffiliation("expert4", "WHDJ", AffiliationRole.FORMER_OFFICER, null, LocalDate.of(y - 5, 12, 31)));
    experts.affiliate(new ExpertAffiliation("expert6", "WHHX", AffiliationRole.MEMBER, null, null));
  }

  private void expert(String userId, String title, String name, String organisation, String fields) {
    experts.insert(new Expert(userId, name, title, organisation, fields, userId + "@experts.example.cn", null, true));
  }
}
