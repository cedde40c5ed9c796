package cn.wast.capacity.mail;

import static cn.wast.capacity.support.ReceivedMails.body;
import static cn.wast.capacity.support.ReceivedMails.from;
import static cn.wast.capacity.support.ReceivedMails.header;
import static cn.wast.capacity.support.ReceivedMails.subject;
import static cn.wast.capacity.support.ReceivedMails.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.support.CapacityTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a mail is written in the transaction of the step that causes it (a rolled-back
 * step sends nothing), once per dedup key, and arrives as a Chinese UTF-8 mail.
 */
@CapacityTest
class OutboxTest {

  private static final String TO = "cmes@example.cn";

  @Autowired Outbox outbox;
  @Autowired OutboxSender sender;
  @Autowired GreenMail greenMail;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;

  private String deploymentId;

  @BeforeEach
  void emptyOutboxAndMailbox() throws Exception {
    jdbc.update("DELETE FROM mail_outbox");
    greenMail.purgeEmailFromAllMailboxes();
    ClockUtil.setCurrentTime(Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
    EnqueueInStep.outbox = null;
  }

  private static OutgoingMail mail(MailType type, String dedupKey) {
    return new OutgoingMail(type, dedupKey, TO, MailSamples.model(type), MailSamples.CODE, MailSamples.KEY, null);
  }

  private long rows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Long.class);
  }

  @Test
  void aRolledBackTransactionLeavesNoMailAndSendsNothing() {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.executeWithoutResult(status -> {
      outbox.enqueue(mail(MailType.APPLICATION_RECEIVED, "2026-CMES:APPLICATION_RECEIVED:submitted"));
      assertThat(rows()).isEqualTo(1); // visible inside the transaction
      status.setRollbackOnly();
    });

    assertThat(rows()).isZero();
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  /** The engine's step and the outbox share one transaction: a failing step sends nothing. */
  @Test
  void aFailingProcessStepRollsItsMailBack() {
    deploymentId = repositoryService.createDeployment().name("outbox-test")
        .addModelInstance("outbox-test.bpmn", Bpmn.createExecutableProcess("outboxTest")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask().camundaClass(EnqueueInStep.class.getName())
            .endEvent()
            .done())
        .deploy().getId();
    EnqueueInStep.outbox = outbox;

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("outboxTest", Map.of("fail", true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("step fails after its mail was written");
    assertThat(rows()).isZero();
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("outboxTest", Map.of("fail", false));
    assertThat(outbox.findByProcessInstance(instance.getId())).singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(MailStatus.PENDING));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void oneDedupKeyIsOneRowAndOneMail() {
    String key = "2026-CMES:APPLICATION_ACCEPTED:formal-review";
    outbox.enqueue(mail(MailType.APPLICATION_ACCEPTED, key));
    outbox.enqueue(mail(MailType.APPLICATION_ACCEPTED, key));
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(status -> outbox.enqueue(mail(MailType.APPLICATION_ACCEPTED, key)));

    assertThat(rows()).isEqualTo(1);
    assertThat(outbox.countPending()).isEqualTo(1);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    outbox.enqueue(mail(MailType.APPLICATION_ACCEPTED, key)); // after sending, too
    assertThat(sender.sendDue()).isZero();

    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(outbox.countPending()).isZero();
  }

  @Test
  void theDeliveredMailIsChineseUtf8FromTheOfficeAndExactlyWhatTheOutboxHolds() throws Exception {
    outbox.enqueue(mail(MailType.APPLICATION_NOT_ACCEPTED, "2026-CMES:APPLICATION_NOT_ACCEPTED:eligibility"));
    OutboxMail stored = outbox.findBySociety(MailSamples.CODE).get(0);
    assertThat(sender.sendDue()).isEqualTo(1);

    MimeMessage message = greenMail.getReceivedMessages()[0];
    assertThat(to(message)).isEqualTo(TO);
    assertThat(subject(message)).isEqualTo(stored.subject())
        .isEqualTo("【不予受理】武汉机械工程学会2026年度学会能力提升专项申报");
    assertThat(body(message).replace("\r\n", "\n")).isEqualTo(stored.body())
        .contains("武汉机械工程学会：", "现决定不予受理",
            RuleClauses.reason("R-ELIG-1", "2025年度年检未通过") + "\n" + RuleClauses.of("R-ELIG-2").tag(),
            "武汉市科协学会能力提升专项办公室");
    assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
    assertThat(from(message).getAddress()).isEqualTo("noreply@wast.example.cn");
    assertThat(from(message).getPersonal()).isEqualTo("武汉市科协学会能力提升专项办公室");
    assertThat(message.getReplyTo()[0].toString()).isEqualTo("office@wast.example.cn");
    assertThat(header(message, "Auto-Submitted")).containsExactly("auto-generated");
    // The raw headers are 7-bit: the Chinese subject travels encoded.
    assertThat(header(message, "Subject").get(0)).startsWith("=?UTF-8?");
  }

  @Test
  void theReadApiShowsWhatWasWrittenAndHowItStands() {
    outbox.enqueue(new OutgoingMail(MailType.APPLICATION_RECEIVED, "k1", TO,
        MailSamples.model(MailType.APPLICATION_RECEIVED), "CMES", "2026-CMES", "pi-1"));
    outbox.enqueue(new OutgoingMail(MailType.APPLICATION_ACCEPTED, "k2", TO,
        MailSamples.model(MailType.APPLICATION_ACCEPTED), "CMES", "2026-CMES", "pi-1"));
    outbox.enqueue(new OutgoingMail(MailType.APPLICATION_RECEIVED, "k3", "other@example.cn",
        MailSamples.model(MailType.APPLICATION_RECEIVED), "OTHER", "2026-OTHER", "pi-2"));

    assertThat(outbox.findBySociety("CMES")).extracting(OutboxMail::dedupKey).containsExactly("k1", "k2");
    assertThat(outbox.findByProcessInstance("pi-2")).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MailType.APPLICATION_RECEIVED);
      assertThat(m.recipient()).isEqualTo("other@example.cn");
      assertThat(m.businessKey()).isEqualTo("2026-OTHER");
      assertThat(m.status()).isEqualTo(MailStatus.PENDING);
      assertThat(m.attempts()).isZero();
      assertThat(m.createdAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
      assertThat(m.nextAttemptAt()).isEqualTo(m.createdAt());
      assertThat(m.sentAt()).isNull();
      assertThat(m.subject()).contains("申报回执");
    });
    assertThat(outbox.findBySociety("NONE")).isEmpty();
    assertThat(outbox.countPending()).isEqualTo(3);

    sender.sendDue();
    assertThat(outbox.countPending()).isZero();
    assertThat(outbox.findBySociety("CMES")).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(MailStatus.SENT);
      assertThat(m.sentAt()).isNotNull();
      assertThat(m.attempts()).isEqualTo(1);
    });
  }

  @Test
  void aMailWithoutAProperRecipientOrValueIsRefusedAndNotStored() {
    Map<String, String> model = MailSamples.model(MailType.APPLICATION_ACCEPTED);
    for (String recipient : new String[] {null, "", "   ", "no-at-sign", "a@b", "a@b.cn, c@d.cn", "名 <a@b.cn>"}) {
      assertThatThrownBy(() -> outbox.enqueue(
          new OutgoingMail(MailType.APPLICATION_ACCEPTED, "k", recipient, model, "CMES", "2026-CMES", null)))
          .as("recipient %s", recipient)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> outbox.enqueue(
        new OutgoingMail(MailType.APPLICATION_ACCEPTED, " ", TO, model, "CMES", "2026-CMES", null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outbox.enqueue(
        new OutgoingMail(MailType.APPLICATION_ACCEPTED, "k", TO, Map.of("year", "2026"), "CMES", "2026-CMES", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("societyName");
    assertThat(rows()).isZero();
  }

  /** A process step that writes its mail and then, if told to, fails. */
  public static class EnqueueInStep implements JavaDelegate {
    static volatile Outbox outbox;

    @Override
    public void execute(DelegateExecution execution) {
      outbox.enqueue(new OutgoingMail(MailType.APPLICATION_RECEIVED,
          execution.getProcessInstanceId() + ":APPLICATION_RECEIVED:submitted", TO,
          MailSamples.model(MailType.APPLICATION_RECEIVED), MailSamples.CODE, MailSamples.KEY,
          execution.getProcessInstanceId()));
      if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
        throw new IllegalStateException("step fails after its mail was written");
      }
    }
  }
}
