package cn.wast.capacity.support;

import cn.wast.capacity.mail.DemoMailSink;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Reading what GreenMail received, decoded as a mail program would show it. */
public final class ReceivedMails {

  private ReceivedMails() {}

  public static String to(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Object::toString).findFirst().orElseThrow();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text/plain body, decoded from its transfer encoding by its charset. */
  public static String body(MimeMessage message) {
    try {
      return DemoMailSink.text(message);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static InternetAddress from(MimeMessage message) {
    try {
      return (InternetAddress) message.getFrom()[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? List.of() : List.of(values);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
