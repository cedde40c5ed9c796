package cn.wast.capacity.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.mail.MailSamples;
import cn.wast.capacity.mail.MailStatus;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutboxMail;
import cn.wast.capacity.mail.OutboxProperties;
import cn.wast.capacity.mail.OutboxSender;
import cn.wast.capacity.mail.OutgoingMail;
import cn.wast.capacity.support.EarlierSupport;
import cn.wast.capacity.support.ProcessTestBase;
import cn.wast.capacity.support.ReceivedMails;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * 邮件发送情况 (/office/mails) over HTTP: who may open it, its filters and paging, a mail's text
 * and last error shown as text, and 重新发送 of a failed mail: once, recorded, delivered once.
 */
class OutboxPageTest extends ProcessTestBase {

  private static final String OFFICE = "office1";
  private static final String AUDITOR = "auditor1";

  @Autowired Outbox outbox;
  @Autowired OutboxProperties properties;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ApplicationContext context;

  private long enqueue(MailType type, String dedupKey, String code, String businessKey, String recipient) {
    outbox.enqueue(new OutgoingMail(type, dedupKey, recipient, MailSamples.model(type), code, businessKey, null));
    return jdbc.queryForObject("SELECT id FROM mail_outbox WHERE dedup_key = ?", Long.class, dedupKey);
  }

  /** Sends what is due through an SMTP server that is down, one attempt allowed: those mails are FAILED. */
  private void sendWhileSmtpIsDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JavaMailSenderImpl down = new JavaMailSenderImpl();
    down.setHost("127.0.0.1");
    down.setPort(closedPort);
    down.setDefaultEncoding(StandardCharsets.UTF_8.name());
    OutboxProperties once = new OutboxProperties(properties.from(), properties.officeAddress(),
        properties.batchSize(), 1, properties.retryDelay(), properties.sendInterval(), properties.claimLock());
    new OutboxSender(jdbc, transactionManager, down, once).sendDue();
  }

  private static String row(String page, long id) {
    int start = page.indexOf("<tr id=\"mail-" + id + "\">");
    assertThat(start).as("row of mail " + id).isNotNegative();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  @Test
  @DisplayName("Without login 401, a society 403; the office and the auditors read; only the office sends again")
  void whoMayOpenIt() throws IOException {
    long id = enqueue(MailType.APPLICATION_RECEIVED, "k1", "WHJX", "APP-" + year() + "-WHJX", "whjx@example.cn");
    sendWhileSmtpIsDown();

    assertThat(WebappSession.anonymous(port).get("/office/mails").status()).isEqualTo(401);
    assertThat(WebappSession.anonymous(port).get("/office/mails/notice").status()).isEqualTo(401);
    WebappSession society = WebappSession.login(port, DemoUsers.userOf("WHJX"), "demo");
    Response refused = society.get("/office/mails");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).contains("只对专项办公室和审计人员开放");
    assertThat(society.get("/office/mails/" + id).status()).isEqualTo(403);

    WebappSession auditor = WebappSession.login(port, AUDITOR, "demo", "cockpit");
    Response page = auditor.get("/office/mails/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("发送失败").doesNotContain("id=\"resend\"");
    String token = WebappSession.hiddenField(auditor.get("/office/mails/" + id).text(), "_csrf").orElse("");
    Response resend = auditor.postForm("/office/mails/" + id + "/resend", Map.of("_csrf", token));
    assertThat(resend.status()).isEqualTo(403);
    assertThat(resend.text()).contains("审计人员只能查阅");
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
  }

  @Test
  @DisplayName("Filters by 状态, 年度, 学会 and 类型 in Chinese; the last error is shown as text; a bad filter is named and ignored")
  void filters() throws IOException {
    EarlierSupport.round(context, year());
    EarlierSupport.round(context, year() - 1);
    long failed = enqueue(MailType.CORRECTION_REQUESTED, "f", "WHJX", Application.businessKeyOf(year(), "WHJX"),
        "whjx@example.cn");
    sendWhileSmtpIsDown();
    jdbc.update("UPDATE mail_outbox SET last_error = ? WHERE id = ?", "SMTP <b>550</b> mailbox unavailable", failed);
    long pending = enqueue(MailType.APPLICATION_RECEIVED, "p", "WHTJ", Application.businessKeyOf(year(), "WHTJ"),
        "whtj@example.cn");
    long lastYear = enqueue(MailType.AWARD_GRANTED, "l", "WHTJ", Application.businessKeyOf(year() - 1, "WHTJ"),
        "whtj@example.cn");
    WebappSession office = WebappSession.login(port, OFFICE, "demo");

    String all = office.get("/office/mails").text();
    assertThat(all).contains("共 <span id=\"total\">3</span> 封", "补正通知", "申报回执", "表彰奖励通知",
        "<option value=\"FAILED\">发送失败</option>", "<option value=\"WAITING\">待发送</option>");
    assertThat(row(all, failed)).contains("发送失败", "SMTP &lt;b&gt;550&lt;/b&gt; mailbox unavailable",
        "href=\"/office/mails/" + failed + "\"").doesNotContain("<b>550");

    String onlyFailed = office.get("/office/mails?state=FAILED").text();
    assertThat(onlyFailed).contains("mail-" + failed).doesNotContain("mail-" + pending, "mail-" + lastYear);
    String waiting = office.get("/office/mails?state=WAITING").text();
    assertThat(waiting).contains("mail-" + pending, "mail-" + lastYear).doesNotContain("mail-" + failed);
    String thisYear = office.get("/office/mails?year=" + year()).text();
    assertThat(thisYear).contains("mail-" + failed, "mail-" + pending).doesNotContain("mail-" + lastYear);
    String whtj = office.get("/office/mails?society=WHTJ").text();
    assertThat(whtj).contains("mail-" + pending, "mail-" + lastYear).doesNotContain("mail-" + failed);
    String awards = office.get("/office/mails?type=AWARD_GRANTED&society=WHTJ").text();
    assertThat(awards).contains("共 <span id=\"total\">1</span> 封", "mail-" + lastYear);

    Response bad = office.get("/office/mails?state=LOST&society=NOPE");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("没有这个状态，请从列表中选择", "没有这个学会，请从列表中选择", "共 <span id=\"total\">3</span> 封");

    String mail = office.get("/office/mails/" + failed).text();
    assertThat(mail).contains("补正通知", "SMTP &lt;b&gt;550&lt;/b&gt;", "请补充上传理事会决议的盖章扫描件。", "id=\"resend\"");
    assertThat(office.get("/office/mails/999999").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("Fifty mails a page, newest first, with a link to the next page keeping the filter")
  void paging() {
    for (int i = 0; i < OutboxSearch.PAGE_SIZE + 3; i++) {
      enqueue(MailType.APPLICATION_RECEIVED, "m" + i, "WHJX", "APP-" + year() + "-WHJX", "whjx@example.cn");
    }
    WebappSession office = WebappSession.login(port, OFFICE, "demo");
    String first = office.get("/office/mails?society=WHJX").text();
    assertThat(first).contains("共 <span id=\"total\">53</span> 封", "第 <span>1</span> / <span>2</span> 页",
        "href=\"/office/mails?society=WHJX&amp;page=2\"");
    assertThat(first.split("<tr id=\"mail-", -1)).hasSize(OutboxSearch.PAGE_SIZE + 1);
    String second = office.get("/office/mails?society=WHJX&page=2").text();
    assertThat(second.split("<tr id=\"mail-", -1)).hasSize(4);
    assertThat(second).contains("上一页").doesNotContain("下一页");
  }

  @Test
  @DisplayName("重新发送: a failed mail goes back to pending, is recorded with who and when, arrives once; a second resend is refused")
  void resendOnce() throws Exception {
    long id = enqueue(MailType.APPLICATION_RECEIVED, "r", "WHJX", "APP-" + year() + "-WHJX", "whjx@example.cn");
    long waiting = enqueue(MailType.APPLICATION_ACCEPTED, "w", "WHJX", "APP-" + year() + "-WHJX", "whjx@example.cn");
    sendWhileSmtpIsDown();
    jdbc.update("UPDATE mail_outbox SET status = 'PENDING', attempts = 0 WHERE id = ?", waiting);
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
    assertThat(deliveredMail()).hasSize(1);
    greenMail.purgeEmailFromAllMailboxes();

    WebappSession office = WebappSession.login(port, OFFICE, "demo");
    String page = office.get("/office/mails/" + id).text();
    String token = WebappSession.hiddenField(page, "_csrf").orElseThrow();
    assertThat(office.postForm("/office/mails/" + id + "/resend", Map.of()).status())
        .as("no form token").isEqualTo(403);

    Response resent = office.postForm("/office/mails/" + id + "/resend", Map.of("_csrf", token));
    assertThat(resent.status()).isEqualTo(302);
    assertThat(office.follow(resent).text()).contains("已重新发送", "待发送", OFFICE);
    OutboxMail queued = outbox.find(id).orElseThrow();
    assertThat(queued.status()).isEqualTo(MailStatus.PENDING);
    assertThat(queued.resentBy()).isEqualTo(OFFICE);
    assertThat(queued.resentAt()).isEqualTo(now());

    List<MimeMessage> received = deliveredMail();
    assertThat(received).hasSize(1);
    assertThat(ReceivedMails.to(received.get(0))).isEqualTo("whjx@example.cn");
    assertThat(ReceivedMails.subject(received.get(0))).isEqualTo(queued.subject());
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);

    // sent, then failed again: still resent once only
    jdbc.update("UPDATE mail_outbox SET status = 'FAILED' WHERE id = ?", id);
    Response again = office.postForm("/office/mails/" + id + "/resend", Map.of("_csrf", token));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text()).contains("已重新发送过一次", "同一封邮件只能重新发送一次").doesNotContain("id=\"resend\"");
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
    assertThat(deliveredMail()).hasSize(1);

    Response notFailed = office.postForm("/office/mails/" + waiting + "/resend", Map.of("_csrf", token));
    assertThat(notFailed.status()).isEqualTo(409);
    assertThat(notFailed.text()).contains("只有发送失败的邮件才能重新发送");
  }
}
