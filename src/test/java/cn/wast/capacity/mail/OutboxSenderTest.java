package cn.wast.capacity.mail;

import cn.wast.capacity.support.ReceivedMails;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.CapacityTest;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The retrying sender: an SMTP server that is down delays mail but never loses or doubles it;
 * after max-attempts a mail is FAILED and kept; a mail is claimed by one sender only.
 */
@CapacityTest
class OutboxSenderTest {

  private static final String TO = "cmes@example.cn";

  @Autowired Outbox outbox;
  @Autowired OutboxSender sender;
  @Autowired OutboxProperties properties;
  @Autowired GreenMail greenMail;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JavaMailSender mailSender;
  @Autowired ScheduledTaskHolder scheduledTasks;

  private Instant start;

  @BeforeEach
  void emptyOutboxAndMailbox() throws Exception {
    jdbc.update("DELETE FROM mail_outbox");
    greenMail.purgeEmailFromAllMailboxes();
    start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    setClock(start);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void setClock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** An SMTP server that is down: a port on which nothing listens. */
  private static JavaMailSenderImpl smtpDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JavaMailSenderImpl down = new JavaMailSenderImpl();
    down.setHost("127.0.0.1");
    down.setPort(closedPort);
    down.setDefaultEncoding(StandardCharsets.UTF_8.name());
    down.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    return down;
  }

  private OutboxSender senderWith(JavaMailSender smtp, OutboxProperties settings) {
    return new OutboxSender(jdbc, transactionManager, smtp, settings);
  }

  private OutboxProperties withMaxAttempts(int maxAttempts) {
    return new OutboxProperties(properties.from(), properties.officeAddress(), properties.batchSize(),
        maxAttempts, properties.retryDelay(), properties.sendInterval(), properties.claimLock());
  }

  private long enqueue(String dedupKey) {
    outbox.enqueue(new OutgoingMail(MailType.APPLICATION_RECEIVED, dedupKey, TO,
        MailSamples.model(MailType.APPLICATION_RECEIVED), MailSamples.CODE, MailSamples.KEY, null));
    return jdbc.queryForObject("SELECT id FROM mail_outbox WHERE dedup_key = ?", Long.class, dedupKey);
  }

  private OutboxMail only() {
    List<OutboxMail> mails = outbox.findBySociety(MailSamples.CODE);
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  @Test
  void smtpDownDelaysTheMailThenItIsDeliveredExactlyOnce() throws Exception {
    OutboxSender down = senderWith(smtpDown(), properties);
    enqueue("2026-CMES:APPLICATION_RECEIVED:submitted");

    assertThat(down.sendDue()).isZero();
    OutboxMail waiting = only();
    assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.nextAttemptAt()).isEqualTo(start.plus(properties.retryDelay())).isAfter(start);
    assertThat(waiting.lastError()).isNotBlank();
    assertThat(outbox.countPending()).isEqualTo(1);

    // Not due yet: nobody tries, up or down.
    assertThat(down.sendDue()).isZero();
    assertThat(sender.sendDue()).isZero();
    assertThat(only().attempts()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    // Second failure: the delay doubles.
    setClock(waiting.nextAttemptAt());
    assertThat(down.sendDue()).isZero();
    assertThat(only().attempts()).isEqualTo(2);
    assertThat(only().nextAttemptAt()).isEqualTo(waiting.nextAttemptAt().plus(properties.retryDelay().multipliedBy(2)));

    // The SMTP server is back and the time has come.
    setClock(only().nextAttemptAt().plusSeconds(1));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    setClock(only().nextAttemptAt().plus(Duration.ofDays(1)));
    assertThat(sender.sendDue()).isZero();

    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(ReceivedMails.subject(greenMail.getReceivedMessages()[0])).contains("申报回执");
    OutboxMail sent = only();
    assertThat(sent.status()).isEqualTo(MailStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(sent.sentAt()).isNotNull();
    assertThat(outbox.countPending()).isZero();
  }

  @Test
  void afterMaxAttemptsTheMailIsFailedKeptAndCanBeRetried() throws Exception {
    OutboxSender down = senderWith(smtpDown(), withMaxAttempts(3));
    enqueue("2026-CMES:APPLICATION_RECEIVED:submitted");

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(down.sendDue()).isZero();
      assertThat(only().attempts()).isEqualTo(attempt);
      setClock(only().nextAttemptAt().plusSeconds(1));
    }
    OutboxMail failed = only();
    assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(outbox.countPending()).isZero();

    // FAILED stays FAILED, however late it gets.
    setClock(Instant.now().plus(Duration.ofDays(30)));
    assertThat(down.sendDue()).isZero();
    assertThat(sender.sendDue()).isZero();
    assertThat(only().status()).isEqualTo(MailStatus.FAILED);
    assertThat(only().attempts()).isEqualTo(3);

    assertThat(sender.retryFailed()).isEqualTo(1);
    assertThat(only().status()).isEqualTo(MailStatus.PENDING);
    assertThat(only().attempts()).isZero();
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(only().status()).isEqualTo(MailStatus.SENT);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(sender.retryFailed()).isZero();
  }

  @Test
  void theDelayDoublesUpToOneHour() {
    Duration minute = Duration.ofMinutes(1);
    assertThat(OutboxSender.delayAfter(minute, 1)).isEqualTo(minute);
    assertThat(OutboxSender.delayAfter(minute, 2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(OutboxSender.delayAfter(minute, 6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(OutboxSender.delayAfter(minute, 7)).isEqualTo(Duration.ofHours(1));
    assertThat(OutboxSender.delayAfter(minute, 1_000)).isEqualTo(Duration.ofHours(1));
    assertThat(OutboxSender.delayAfter(Duration.ofHours(2), 1)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aClaimedMailIsNotClaimedAgainUntilItsClaimExpires() throws Exception {
    long id = enqueue("2026-CMES:APPLICATION_RECEIVED:submitted");
    OutboxSender other = senderWith(mailSender, properties);

    assertThat(sender.claim(id)).isPresent().get().extracting(OutboxSender.Claim::attempts).isEqualTo(1);
    assertThat(other.claim(id)).isEmpty();
    assertThat(sender.claim(id)).isEmpty();
    assertThat(only().status()).isEqualTo(MailStatus.SENDING);
    assertThat(other.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    // The first sender died with the claim: once the claim expires, the mail goes out.
    setClock(start.plus(properties.claimLock()).plusSeconds(1));
    assertThat(other.sendDue()).isEqualTo(1);
    assertThat(only().status()).isEqualTo(MailStatus.SENT);
    assertThat(only().attempts()).isEqualTo(2);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void twoSendersAtOnceDeliverEachMailOnce() throws Exception {
    int count = 30;
    for (int i = 0; i < count; i++) {
      enqueue("2026-CMES:APPLICATION_RECEIVED:" + i);
    }
    OutboxSender other = senderWith(mailSender, properties);
    CountDownLatch ready = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (OutboxSender each : List.of(sender, other)) {
        Callable<Integer> run = () -> {
          ready.await();
          return each.sendDue();
        };
        runs.add(pool.submit(run));
      }
      ready.countDown();
      int sent = 0;
      for (Future<Integer> run : runs) {
        sent += run.get(60, TimeUnit.SECONDS);
      }
      assertThat(sent).isEqualTo(count);
    } finally {
      pool.shutdownNow();
    }
    assertThat(greenMail.getReceivedMessages()).hasSize(count);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND attempts = 1",
        Long.class)).isEqualTo(count);
  }

  @Test
  void oneRunSendsAtMostABatch() throws Exception {
    OutboxSender small = senderWith(mailSender, new OutboxProperties(properties.from(),
        properties.officeAddress(), 2, properties.maxAttempts(), properties.retryDelay(), properties.sendInterval(),
        properties.claimLock()));
    for (int i = 0; i < 5; i++) {
      enqueue("k" + i);
    }
    assertThat(small.sendDue()).isEqualTo(2);
    assertThat(small.sendDue()).isEqualTo(2);
    assertThat(small.sendDue()).isEqualTo(1);
    assertThat(small.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(5);
  }

  /** capacity.mail.send-interval is ISO 8601 (PT1000H in tests) and @Scheduled reads it so. */
  @Test
  void theBackgroundSenderRunsEverySendInterval() {
    List<FixedDelayTask> outboxTasks = new ArrayList<>();
    for (ScheduledTask task : scheduledTasks.getScheduledTasks()) {
      // The task wraps the ScheduledMethodRunnable, whose name is the method's.
      if (task.getTask() instanceof FixedDelayTask fixedDelay
          && fixedDelay.toString().equals(OutboxSender.class.getName() + ".sendInBackground")) {
        outboxTasks.add(fixedDelay);
      }
    }
    assertThat(outboxTasks).singleElement().satisfies(task -> {
      assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1000)).isEqualTo(properties.sendInterval());
      assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofHours(1000));
    });
  }
}
