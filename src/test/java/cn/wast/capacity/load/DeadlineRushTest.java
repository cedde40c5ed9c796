package cn.wast.capacity.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.load.RushFigures.Action;
import cn.wast.capacity.support.LocalCluster;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.RestAccounts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The deadline rush (issue 20), on the production topology: two nodes on PostgreSQL started by
 * {@code docker/cluster-local.sh} on the database {@value #DATABASE}, preloaded with three past
 * rounds and this season's applications ({@link Preload}); then {@link DeadlineRush} with 60
 * societies, 3 office staff and 12 experts at scale 1 ({@code -Dcapacity.load.scale}), node 1
 * killed and restarted once a third have submitted. Prints the table of what the users waited for and writes it to
 * {@code target/load/deadline-rush.txt}. Asserts only that the work was done: every submission
 * answered 2xx has its application, every society applied once, every receipt mail arrived,
 * node 1 served again and submissions went on on node 2 meanwhile. Never a time.
 */
@Tag("load")
class DeadlineRushTest {

  static final String DATABASE = "capacity_award_load";
  private static final double SCALE = Double.parseDouble(System.getProperty("capacity.load.scale", "1"));
  private static final int SOCIETIES = scaled(60, 6);
  private static final int EXPERTS = scaled(12, 2);
  private static final int OFFICE_STAFF = 3;
  private static final int PRELOAD = scaled(1000, 30);
  private static final String STAFF_PASSWORD = "Load-Staff-2026";
  private static final Path TABLE = Path.of("target/load/deadline-rush.txt");

  @Test
  @DisplayName("Deadline rush on two nodes: every submission kept, every society applied once, every receipt mailed, a killed node serves again")
  void deadlineRush() throws Exception {
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    mail.start();
    try (LocalCluster local = new LocalCluster(DATABASE, mail.getSmtp().getPort(), List.of(), Duration.ofMinutes(8))) {
      long clusterStarted = System.nanoTime();
      local.start();
      double startSeconds = seconds(clusterStarted);
      try (RushCluster cluster = new RushCluster(local)) {
        rush(cluster, mail, year, startSeconds);
      }
    } finally {
      mail.stop();
    }
  }

  private void rush(RushCluster cluster, GreenMail mail, int year, double startSeconds) throws Exception {
    long preloadStarted = System.nanoTime();
    Preload preload = new Preload(cluster, PRELOAD, year);
    preload.societies();
    double societySeconds = seconds(preloadStarted);
    long pastStarted = System.nanoTime();
    preload.pastSeasons();
    double pastSeconds = seconds(pastStarted);
    long seasonStarted = System.nanoTime();
    preload.thisSeason(4);
    double seasonSeconds = seconds(seasonStarted);

    ManySocieties rushSocieties = new ManySocieties(Preload.registry(cluster.jdbc()), cluster.accounts(), cluster.jdbc(),
        "LR", SOCIETIES).create(year);
    RestAccounts accounts = cluster.accounts();
    List<String> office = new ArrayList<>();
    for (int i = 1; i <= OFFICE_STAFF; i++) {
      accounts.createStaff("loadoffice" + i, "办公室" + i, Groups.OFFICE, STAFF_PASSWORD);
      office.add("loadoffice" + i);
    }
    List<String> experts = IntStream.rangeClosed(1, EXPERTS).mapToObj(i -> String.format(Locale.ROOT, "loadexpert%02d", i))
        .toList();
    experts.forEach(expert -> accounts.createStaff(expert, "专家" + expert.substring(10), Groups.EXPERTS, STAFF_PASSWORD));
    BareBaseline bare = new BareBaseline(cluster);
    bare.deploy();
    long openOfficeTasks = cluster.jdbc().queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK t WHERE EXISTS (SELECT 1"
        + " FROM ACT_RU_IDENTITYLINK i WHERE i.TASK_ID_ = t.ID_ AND i.GROUP_ID_ = 'office')", Long.class);

    RushFigures figures = new RushFigures();
    DeadlineRush rush = new DeadlineRush(cluster, mail, figures, year, rushSocieties.codes(), office, experts,
        STAFF_PASSWORD, SCALE);
    long rushStarted = System.nanoTime();
    rush.run();
    double rushSeconds = seconds(rushStarted);

    List<String> applied = cluster.jdbc().queryForList("SELECT society_code FROM application WHERE round_year = ?"
        + " AND society_code LIKE 'LR%'", String.class, year);
    List<String> heading = List.of(
        String.format(Locale.ROOT, "deadline rush, scale %.2f: %d societies, %d office staff, %d experts; %d open office"
            + " tasks at the start; PostgreSQL, two nodes (docker/cluster-local.sh), database %s", SCALE, SOCIETIES,
            OFFICE_STAFF, EXPERTS, openOfficeTasks, DATABASE),
        String.format(Locale.ROOT, "cluster start %.0f s; preload %d societies %.0f s, three past rounds %.1f s (through"
            + " the application's repositories), this season's %d applications over REST %.0f s; rush %.0f s",
            startSeconds, PRELOAD, societySeconds, pastSeconds, PRELOAD, seasonSeconds, rushSeconds),
        String.format(Locale.ROOT, "alternating windows of %.1f s (application / bare process %s, deployed by %s);"
            + " node 1 killed after a third of the submissions, serving again after %s; %d submissions answered on node 2 while node 1 was out",
            rush.windowLength().toMillis() / 1000.0, BareBaseline.KEY, bare.deployedBy(),
            rush.nodeBack() == null ? "-" : String.format(Locale.ROOT, "%.1f s", rush.nodeBack().toMillis() / 1000.0),
            rush.submittedWhileNode1Out()));
    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "resident memory after the rush (docker/start.sh, heap cap %s): node 1 %d MB,"
        + " node 2 %d MB (target ≤ 400 MB)", System.getenv().getOrDefault("CAPACITY_MAX_HEAP", "256m"),
        cluster.residentMegabytes(1), cluster.residentMegabytes(2)));
    notes.add("bare baseline: " + (rush.bareRefused() == null ? "ran in every other window" : rush.bareRefused()));
    notes.add("problems: " + (rush.problems().isEmpty() ? "none" : rush.problems().size()));
    rush.problems().stream().limit(20).forEach(problem -> notes.add("  " + problem));
    figures.write(TABLE, heading, notes);

    assertThat(rush.problems()).as("problems in the rush").isEmpty();
    assertThat(applied).as("every society applied, once").containsExactlyInAnyOrderElementsOf(rushSocieties.codes());
    assertThat(applied).as("every submission answered 2xx has its application").containsAll(rush.answered2xx());
    assertThat(figures.count(Action.RECEIPT_MAIL)).as("receipt mails").isEqualTo(SOCIETIES);
    assertThat(figures.count(Action.VERDICT)).as("verdicts").isEqualTo(SOCIETIES);
    assertThat(rush.nodeBack()).as("node 1 serving again").isNotNull();
    assertThat(rush.submittedWhileNode1Out()).as("submissions on node 2 while node 1 was out").isPositive();
  }

  private static int scaled(int fullSize, int minimum) {
    return Math.max(minimum, (int) Math.round(fullSize * SCALE));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
