package cn.wast.capacity.mail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The demo profile's mail sink: a real SMTP server (GreenMail) inside the application on
 * 127.0.0.1:{@code capacity.demo.mail-sink.port}, which accepts every mail for every address and
 * keeps it in memory, so that a person can read at {@code /demo/mailbox} what the system sent.
 * Nothing leaves the machine. Off unless {@code capacity.demo.mail-sink.enabled} is true.
 */
@Component
@ConditionalOnProperty(name = "capacity.demo.mail-sink.enabled", havingValue = "true")
public class DemoMailSink implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DemoMailSink.class);

  private final int port;
  private volatile GreenMail greenMail;

  public DemoMailSink(@Value("${capacity.demo.mail-sink.port}") int port) {
    this.port = port;
  }

  @Override
  public synchronized void start() {
    if (greenMail != null) {
      return;
    }
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    try {
      server.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException("The demo mail sink cannot listen on 127.0.0.1:" + port
          + " (capacity.demo.mail-sink.port); is the port in use?", e);
    }
    greenMail = server;
    log.info("Demo mail sink: SMTP on 127.0.0.1:{}, mail readable at /demo/mailbox", port);
  }

  @Override
  public synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  @Override
  public boolean isRunning() {
    return greenMail != null;
  }

  public int port() {
    return port;
  }

  /** Every mail received so far, newest first. */
  public List<ReceivedMail> messages() {
    GreenMail server = greenMail;
    if (server == null) {
      return List.of();
    }
    // Reversed first, so that mails received in the same millisecond are newest first too.
    List<ReceivedMail> mails = new ArrayList<>(Arrays.stream(server.getReceivedMessages())
        .map(DemoMailSink::decode)
        .toList());
    Collections.reverse(mails);
    mails.sort(Comparator.comparing(ReceivedMail::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())));
    return List.copyOf(mails);
  }

  /** The mails of which a recipient contains {@code to} (ignoring case), newest first; all if blank. */
  public List<ReceivedMail> messagesTo(String to) {
    if (to == null || to.isBlank()) {
      return messages();
    }
    String wanted = to.strip().toLowerCase(Locale.ROOT);
    return messages().stream()
        .filter(m -> m.to().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(wanted)))
        .toList();
  }

  /** Forgets every received mail. */
  public void clear() {
    GreenMail server = greenMail;
    if (server != null) {
      try {
        server.purgeEmailFromAllMailboxes();
      } catch (FolderException e) {
        throw new IllegalStateException("the demo mail sink could not be emptied", e);
      }
    }
  }

  static ReceivedMail decode(MimeMessage message) {
    try {
      Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
      return new ReceivedMail(
          received == null ? null : received.toInstant(),
          addresses(message.getFrom()).stream().findFirst().orElse(""),
          addresses(message.getRecipients(Message.RecipientType.TO)),
          message.getSubject() == null ? "" : message.getSubject(),
          text(message));
    } catch (MessagingException | IOException e) {
      return new ReceivedMail(null, "", List.of(), "（无法解码的邮件）", String.valueOf(e.getMessage()));
    }
  }

  private static List<String> addresses(Address[] addresses) {
    List<String> result = new ArrayList<>();
    if (addresses != null) {
      for (Address address : addresses) {
        result.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
      }
    }
    return result;
  }

  /** The text of a part: a text/plain body decoded by its charset, or the texts of a multipart. */
  public static String text(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart bodyPart = multipart.getBodyPart(i);
        text.append(text(bodyPart));
      }
      return text.toString();
    }
    return "";
  }
}
