package cn.wast.capacity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.FaultySmtpProxy;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.ManySocieties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail through a flaky relay: {@value #DEFAULT_APPLICATIONS} applications (or
 * {@code -Dcapacity.fault.applications}) are received and accepted, and their mails go out
 * through a proxy that refuses 30 % of the connections and cuts 10 % in the middle of the
 * message. Every mail arrives exactly once, nothing is left in the outbox and no incident is
 * raised. Prints its figures.
 */
@Tag("fault")
class MailUnderFaultsTest extends IntakeTestBase {

  static final int DEFAULT_APPLICATIONS = 1000;
  private static final int APPLICATIONS = Integer.getInteger("capacity.fault.applications", DEFAULT_APPLICATIONS);

  @Autowired SocietyRegistry registry;
  @Autowired JavaMailSenderImpl mailSender;

  @Test
  @DisplayName("1,000 applications through an SMTP relay refusing 30 % and dropping 10 %: every mail exactly once")
  void everyMailArrivesExactlyOnce() throws Exception {
    ManySocieties many = new ManySocieties(registry, identityService, jdbc, "LD", APPLICATIONS).create(year());
    int directPort = mailSender.getPort();
    try (FaultySmtpProxy relay = new FaultySmtpProxy(directPort, 0.30, 0.10, 20261125L)) {
      long started = System.nanoTime();
      openRound();
      Map<String, ProcessInstance> applications = new HashMap<>();
      for (String code : many.codes()) {
        uploadBoardResolution(code);
        applications.put(code, apply(code));
      }
      executeDueJobs();
      for (ProcessInstance application : applications.values()) {
        claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
      }
      long intakeMillis = (System.nanoTime() - started) / 1_000_000;

      mailSender.setPort(relay.port());
      int passes = 0;
      long sendStarted = System.nanoTime();
      try {
        while (backlog() > 0 && passes < 40) {
          do {
            outboxSender.sendDue();
          } while (dueNow() > 0);
          passes++;
          setClock(now().plus(OutboxSender.MAX_DELAY).plus(Duration.ofMinutes(1)));
        }
      } finally {
        mailSender.setPort(directPort);
      }
      long sendMillis = (System.nanoTime() - sendStarted) / 1_000_000;

      List<Map<String, Object>> outbox = jdbc.queryForList(
          "SELECT id, business_key, mail_type, recipient, status, attempts FROM mail_outbox");
      Map<String, Long> received = greenMailMessageIds();
      long attempts = outbox.stream().mapToLong(row -> ((Number) row.get("attempts")).longValue()).sum();
      System.out.printf("MAIL UNDER FAULTS: %d applications, %d mails, %d SMTP connections (%d refused, %d cut"
              + " mid-message), %d attempts, %d sending passes; intake %d ms, sending %d ms%n",
          APPLICATIONS, outbox.size(), relay.connections(), relay.refused(), relay.dropped(), attempts, passes,
          intakeMillis, sendMillis);

      assertThat(relay.refused()).isPositive();
      assertThat(relay.dropped()).isPositive();
      assertThat(backlog()).as("mails not sent").isZero();
      assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
      assertThat(outbox).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("SENT"));
      // One mail per application (or round), type and recipient: the round's call goes to every society once.
      Map<String, Long> perSubjectTypeAndRecipient = outbox.stream().collect(Collectors.groupingBy(
          row -> row.get("business_key") + " " + row.get("mail_type") + " " + row.get("recipient"), Collectors.counting()));
      assertThat(perSubjectTypeAndRecipient).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
      for (ProcessInstance application : applications.values()) {
        assertThat(outbox).filteredOn(row -> application.getBusinessKey().equals(row.get("business_key")))
            .extracting(row -> row.get("mail_type")).as(application.getBusinessKey())
            .containsExactlyInAnyOrder("APPLICATION_RECEIVED", "APPLICATION_ACCEPTED");
      }
      Map<String, Long> expected = outbox.stream().collect(Collectors.toMap(
          row -> outboxSender.messageId(((Number) row.get("id")).longValue()), row -> 1L));
      assertThat(received).as("delivered copies per mail").isEqualTo(expected);
    } finally {
      wipeProgrammeRecords();
      many.remove();
    }
  }

  private long backlog() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'", Long.class);
  }

  private long dueNow() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?",
        Long.class, Timestamp.from(now()));
  }

  private Map<String, Long> greenMailMessageIds() {
    return java.util.Arrays.stream(greenMail.getReceivedMessages())
        .collect(Collectors.groupingBy(this::messageId, Collectors.counting()));
  }

  private String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
