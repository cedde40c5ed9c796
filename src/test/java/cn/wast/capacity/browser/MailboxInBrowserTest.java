package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.ApplicationProcess;
import cn.wast.capacity.support.HeadlessChromium;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The demo mailbox as {@code ./mvnw spring-boot:run} serves it (demo profile, its own SMTP sink),
 * in headless Chromium: under its own Content-Security-Policy its styles load and its filter
 * button works, and the browser reports no violation of the policy.
 */
@Tag("browser")
class MailboxInBrowserTest {

  @Test
  @DisplayName("/demo/mailbox keeps its styles and its filter under its own Content-Security-Policy")
  void mailboxWorksUnderItsPolicy() throws Exception {
    int sinkPort = freePort();
    Path directory = Files.createTempDirectory("mailbox");
    try (ApplicationProcess application = new ApplicationProcess(directory, List.of("--spring.profiles.active=demo",
        "--capacity.demo.mail-sink.port=" + sinkPort, "--spring.mail.port=" + sinkPort)).start();
        HeadlessChromium chromium = new HeadlessChromium("mailbox")) {
      send(sinkPort, "cmes@example.cn", "【受理通知】武汉机械工程学会申报通过形式审查", "武汉机械工程学会：\n\n贵会的申报已通过形式审查。");
      send(sinkPort, "whjx@example.cn", "【申报回执】武汉机械学会", "武汉机械学会：\n\n已收到贵会的申报。");
      WebDriver browser = chromium.browser();
      browser.get("http://localhost:" + application.port() + "/demo/mailbox");
      chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("count")));
      chromium.screenshot("all");
      assertThat(browser.findElement(By.tagName("header")).getCssValue("background-color"))
          .as("the page's style sheet applies").isEqualTo("rgba(31, 78, 121, 1)");
      assertThat(browser.findElements(By.cssSelector("article.mail"))).hasSize(2);

      browser.findElement(By.id("to")).sendKeys("whjx");
      browser.findElement(By.xpath("//button[normalize-space(.)='筛选']")).click();
      chromium.waiting().until(ExpectedConditions.urlContains("to=whjx"));
      chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("count"), "收件人包含“whjx”的邮件 1 封"));
      chromium.screenshot("filtered");
      assertThat(browser.findElements(By.cssSelector("article.mail h2.subject")))
          .singleElement().satisfies(subject -> assertThat(subject.getText()).contains("申报回执"));

      List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
          .map(LogEntry::getMessage).toList();
      assertThat(console).as("the browser's console").noneMatch(m -> m.contains("Content Security Policy"));
    }
  }

  private static void send(int port, String to, String subject, String body) throws Exception {
    JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    smtp.setHost("127.0.0.1");
    smtp.setPort(port);
    smtp.setDefaultEncoding(StandardCharsets.UTF_8.name());
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("noreply@wast.example.cn", "武汉市科协学会能力提升专项办公室");
    helper.setTo(to);
    helper.setSubject(subject);
    helper.setText(body);
    smtp.send(message);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
