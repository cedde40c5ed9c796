package cn.wast.capacity.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The demo mail sink receives real SMTP mail, and /demo/mailbox shows it, decoded and escaped. */
class DemoMailSinkTest {

  private DemoMailSink sink;
  private JavaMailSenderImpl smtp;
  private MockMvc mvc;

  @BeforeEach
  void startSink() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    sink = new DemoMailSink(port);
    sink.start();
    smtp = new JavaMailSenderImpl();
    smtp.setHost("127.0.0.1");
    smtp.setPort(port);
    smtp.setDefaultEncoding(StandardCharsets.UTF_8.name());

    ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
    templates.setPrefix("templates/");
    templates.setSuffix(".html");
    templates.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(templates);
    ThymeleafViewResolver views = new ThymeleafViewResolver();
    views.setTemplateEngine(engine);
    views.setCharacterEncoding("UTF-8");
    mvc = MockMvcBuilders.standaloneSetup(new DemoMailboxController(sink)).setViewResolvers(views).build();
  }

  @AfterEach
  void stopSink() {
    sink.stop();
  }

  private void send(String to, String subject, String body) throws Exception {
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("noreply@wast.example.cn", "武汉市科协学会能力提升专项办公室");
    helper.setTo(to);
    helper.setSubject(subject);
    helper.setText(body);
    smtp.send(message);
  }

  @Test
  void theMailboxPageShowsReceivedMailInChinese() throws Exception {
    send("cmes@example.cn", "【受理通知】武汉机械工程学会2026年度学会能力提升专项申报通过形式审查",
        "武汉机械工程学会：\n\n贵会提交的申报已通过形式审查。\n<script>alert(1)</script>");
    send("other@example.cn", "【申报回执】另一学会", "另一学会：\n\n已收到。");

    assertThat(sink.messages()).hasSize(2);
    assertThat(sink.messages()).extracting(ReceivedMail::from).allSatisfy(f -> assertThat(f).contains("武汉市科协"));
    assertThat(sink.messagesTo("CMES@")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("贵会提交的申报已通过形式审查。"));

    String page = mvc.perform(get("/demo/mailbox"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/html"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("演示邮箱", "共 2 封邮件",
            "【受理通知】武汉机械工程学会2026年度学会能力提升专项申报通过形式审查",
            "【申报回执】另一学会", "cmes@example.cn", "贵会提交的申报已通过形式审查。")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");
    // Newest first: the second mail comes before the first (same second: order of arrival).
    assertThat(sink.messages().get(0).receivedAt()).isAfterOrEqualTo(sink.messages().get(1).receivedAt());

    String filtered = mvc.perform(get("/demo/mailbox").param("to", "other@"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(filtered).contains("【申报回执】另一学会", "收件人包含“other@”的邮件 1 封（共 2 封）")
        .doesNotContain("【受理通知】");
  }

  @Test
  void anEmptyMailboxSaysSo() throws Exception {
    String page = mvc.perform(get("/demo/mailbox").param("to", "<b>x</b>"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("暂无邮件").contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
  }
}
