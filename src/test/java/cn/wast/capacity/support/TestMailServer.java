package cn.wast.capacity.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A real SMTP server (GreenMail) on the port application-test.yml sends to. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

  public static final int SMTP_PORT = 3025;

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail greenMail() {
    return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }
}
