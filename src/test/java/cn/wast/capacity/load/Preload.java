package cn.wast.capacity.load;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.checks.SocietySupport;
import cn.wast.capacity.checks.Support;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.documents.DocumentType;
import cn.wast.capacity.documents.NewDocument;
import cn.wast.capacity.funds.FundsProperties;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.EarlierSupport;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database as a deadline finds it: the preload societies' records, three past rounds in
 * history and this season's applications waiting for the office's formal review.
 *
 * <ul>
 *   <li>Past rounds: the rows written through the application's own repositories ({@link Rounds},
 *       {@link Applications}, {@link Awards}, {@link Payments}, {@link SocietySupport}, as
 *       {@link EarlierSupport} writes an earlier round's outcome), in a Spring context of those
 *       repositories on the load database: every preload society applied, {@value #QUOTA} were
 *       commended, paid the first tranche and had their support decided, the others were not
 *       selected. Replaying past rounds through the engine with the clock of past years would
 *       cost hours for no figure the rush reads; past rounds leave no runtime rows.
 *   <li>This season: the office opens the round, and every preload society applies over the nodes'
 *       REST API exactly as the rush's societies do, so that the office's list holds their
 *       formal reviews (about 1,000 at scale 1) as real engine rows.
 * </ul>
 */
final class Preload {

  static final int QUOTA = 10;
  static final String PREFIX = "LP";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final RushCluster cluster;
  private final ManySocieties societies;
  private final int year;

  Preload(RushCluster cluster, int count, int year) {
    this.cluster = cluster;
    this.year = year;
    this.societies = new ManySocieties(registry(cluster.jdbc()), cluster.accounts(), cluster.jdbc(), PREFIX, count);
  }

  static SocietyRegistry registry(JdbcTemplate jdbc) {
    return new SocietyRegistry(jdbc, new ProgrammeClock(new ProgrammeProperties(ZONE, null, null, null)));
  }

  List<String> codes() {
    return societies.codes();
  }

  /** The preload societies in the registry, with their accounts (over REST). */
  void societies() {
    societies.create(year);
  }

  /** Three past rounds, written through the application's repositories. */
  void pastSeasons() {
    try (AnnotationConfigApplicationContext repositories = repositories(cluster.jdbc())) {
      Applications applications = repositories.getBean(Applications.class);
      for (int past = year - 3; past < year; past++) {
        EarlierSupport round = EarlierSupport.round(repositories, past);
        Instant submitted = LocalDate.of(past, 3, 20).atStartOfDay(ZONE).toInstant();
        Instant decided = LocalDate.of(past, 6, 1).atStartOfDay(ZONE).toInstant();
        List<String> codes = societies.codes();
        for (int i = 0; i < codes.size(); i++) {
          String code = codes.get(i);
          if (i < QUOTA) {
            round.awarded(code, i + 1, Support.CONTINUED, null, "按期完成年度实施方案。");
          } else {
            applications.insert(new Application(Application.businessKeyOf(past, code), past, code, "past-" + past + "-"
                + code, DemoUsers.userOf(code), submitted, ApplicationStatus.NOT_SELECTED, null, decided));
          }
        }
      }
    }
  }

  /**
   * The office opens this year's round and every preload society applies (from {@code threads}
   * threads); returns once each has its verdict and every mail is sent.
   */
  void thisSeason(int threads) throws Exception {
    LocalDate deadline = LocalDate.now(ZONE).plusDays(7);
    if (deadline.getYear() != year) {
      deadline = LocalDate.of(year, 12, 31);
    }
    WebappSession.Response opened = cluster.rest("office1", RushCluster.DEMO_PASSWORD, "POST",
        "/engine-rest/process-definition/key/round/submit-form",
        SampleForms.restVariables(SampleForms.round(year, deadline, deadline.plusDays(20))), 0);
    if (opened.status() != 200) {
      throw new IllegalStateException("the round did not open: " + opened.status() + " " + opened.text());
    }
    ApplicationDocuments documents = new ApplicationDocuments(cluster.jdbc());
    for (String code : societies.codes()) {
      documents.store(new NewDocument(code, year, null, DocumentKind.BOARD_RESOLUTION, "理事会决议.pdf", DocumentType.PDF,
          SampleForms.PDF, DemoUsers.userOf(code), Instant.now()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < societies.codes().size(); i = next.getAndIncrement()) {
            String code = societies.codes().get(i);
            Map<String, Object> form = new LinkedHashMap<>(SampleForms.application(year));
            form.put("contactEmail", code.toLowerCase(Locale.ROOT) + "@load.example.cn");
            cluster.applyOverRest(code, form, i);
          }
          return null;
        }));
      }
      for (Future<?> done : work) {
        done.get(30, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    cluster.await("every preload application's verdict and every mail sent", java.time.Duration.ofMinutes(20),
        () -> cluster.jdbc().queryForObject("SELECT COUNT(*) FROM application WHERE round_year = ? AND society_code LIKE ?"
            + " AND status <> 'SUBMITTED'", Long.class, year, PREFIX + "%") >= societies.codes().size()
            && cluster.jdbc().queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'", Long.class) == 0);
  }

  /** The application's repositories that an earlier round's outcome is written through, on this database. */
  private static AnnotationConfigApplicationContext repositories(JdbcTemplate jdbc) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(JdbcTemplate.class, () -> jdbc);
    context.registerBean(FundsProperties.class, Preload::fundsProperties);
    context.register(Rounds.class, Applications.class, Awards.class, Payments.class, SocietySupport.class);
    context.refresh();
    return context;
  }

  /** {@code capacity.funds} as application.yml configures it (the tranche shares). */
  private static FundsProperties fundsProperties() {
    try {
      List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yml",
          new ClassPathResource("application.yml"));
      return new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(yaml))
          .bind("capacity.funds", FundsProperties.class).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
