package cn.wast.capacity.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /demo/mailbox}: the demo mail sink's mails, newest first, in Chinese; {@code ?to=}
 * keeps those whose recipient contains the text. Demo profile only, and so without login. Its
 * style sheet is a file of its own ({@code /demo/mailbox.css}), so the page's policy allows no
 * inline style or script; its filter is a GET form to the page itself.
 */
@Controller
@ConditionalOnProperty(name = "capacity.demo.mail-sink.enabled", havingValue = "true")
public class DemoMailboxController {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

  static final String PAGE_POLICY =
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final DemoMailSink sink;

  public DemoMailboxController(DemoMailSink sink) {
    this.sink = sink;
  }

  @GetMapping("/demo/mailbox")
  public String mailbox(@RequestParam(name = "to", required = false) String to, Model model,
      HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", PAGE_POLICY);
    String filter = to == null ? "" : to.strip();
    List<Entry> mails = sink.messagesTo(filter).stream()
        .map(m -> new Entry(
            m.receivedAt() == null ? "" : TIME.format(m.receivedAt().atZone(ZONE)),
            m.from(),
            String.join("，", m.to()),
            m.subject(),
            m.body()))
        .toList();
    model.addAttribute("to", filter);
    model.addAttribute("mails", mails);
    model.addAttribute("total", sink.messages().size());
    model.addAttribute("port", sink.port());
    return "mail/mailbox";
  }

  /** One mail as the page shows it. */
  public record Entry(String time, String from, String to, String subject, String body) {}
}
