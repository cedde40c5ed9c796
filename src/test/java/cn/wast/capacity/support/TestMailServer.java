package cn.wast.capacity.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a free port, and the application's mail sender pointed at
 * it, so that concurrent test runs on one machine never compete for a port.
 */
@TestConfiguration(proxyBeanMethods = false)
// Boot's mail auto-configuration, which would register MailProperties, backs off because of the
// sender defined here; so spring.mail.* is bound here.
@EnableConfigurationProperties(MailProperties.class)
public class TestMailServer {

  @Bean(destroyMethod = "stop")
  GreenMail greenMail() {
    GreenMail greenMail =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    greenMail.start();
    return greenMail;
  }

  @Bean
  JavaMailSenderImpl mailSender(GreenMail greenMail, MailProperties properties) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(greenMail.getSmtp().getPort());
    sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
    sender.getJavaMailProperties().putAll(properties.getProperties());
    return sender;
  }
}
