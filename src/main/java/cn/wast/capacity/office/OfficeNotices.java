package cn.wast.capacity.office;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutgoingMail;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 群发通知: one notice the office writes to many societies (all of them, a round's applicants or
 * a round's awardees). Sending it records the notice (who, when, to whom) and queues one outbox
 * mail per society in one transaction; each mail carries the society's code and so appears in
 * its correspondence. A notice is sent once per form: its key is the form's, and a form posted
 * again finds the notice already there.
 */
@Component
public class OfficeNotices {

  public static final int MAX_TITLE = 100;
  public static final int MAX_TEXT = 5000;
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");

  /** Who a notice goes to. */
  public enum Audience {
    ALL_SOCIETIES("全部学会", false),
    ROUND_APPLICANTS("某年度全部申报学会", true),
    ROUND_AWARDEES("某年度全部获奖学会", true);

    private final String label;
    private final boolean needsYear;

    Audience(String label, boolean needsYear) {
      this.label = label;
      this.needsYear = needsYear;
    }

    public String label() {
      return label;
    }

    public boolean needsYear() {
      return needsYear;
    }

    /** The audience in words, with its round: 2026年度全部获奖学会. */
    public String describe(Integer year) {
      return needsYear && year != null ? label.replace("某年度", year + "年度") : label;
    }

    static Optional<Audience> parse(String text) {
      for (Audience audience : values()) {
        if (audience.name().equals(text)) {
          return Optional.of(audience);
        }
      }
      return Optional.empty();
    }
  }

  /** The form as the office typed it; nothing in it is trusted. */
  public record Draft(String noticeKey, String title, String text, String audience, String year) {}

  /** A society a notice would go to; without a usable contact address it is left out. */
  public record Recipient(String code, String name, String email, boolean reachable) {}

  /** The draft read and checked: the problems by field, and the societies it would reach. */
  public record Checked(Map<String, String> problems, Audience audience, Integer year, List<Recipient> recipients) {

    public boolean accepted() {
      return problems.isEmpty();
    }

    public long reachable() {
      return recipients.stream().filter(Recipient::reachable).count();
    }
  }

  /** A notice as sent. */
  public record OfficeNotice(long id, String noticeKey, String title, String body, Audience audience,
      Integer roundYear, int recipientCount, String sentBy, Instant sentAt) {

    public String audienceText() {
      return audience.describe(roundYear);
    }
  }

  /** The notice a send produced, and whether this send queued it or an earlier one had. */
  public record Sent(OfficeNotice notice, boolean earlier) {}

  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final SocietyRegistry societies;
  private final Rounds rounds;
  private final Applications applications;
  private final Awards awards;
  private final ProgrammeClock clock;

  public OfficeNotices(JdbcTemplate jdbc, Outbox outbox, SocietyRegistry societies, Rounds rounds,
      Applications applications, Awards awards, ProgrammeClock clock) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.societies = societies;
    this.rounds = rounds;
    this.applications = applications;
    this.awards = awards;
    this.clock = clock;
  }

  /** Whether a form key has the shape the page gives out. */
  public static boolean isKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  /** Reads and checks the draft; the recipients as the registry and the rounds stand now. */
  public Checked check(Draft draft) {
    Map<String, String> problems = new LinkedHashMap<>();
    String title = strip(draft.title());
    if (title.isEmpty()) {
      problems.put("title", "请填写通知标题。");
    } else if (title.length() > MAX_TITLE) {
      problems.put("title", "通知标题最多 " + MAX_TITLE + " 个字，现为 " + title.length() + " 个字。");
    } else if (title.contains("\n") || title.contains("\r")) {
      problems.put("title", "通知标题只能写一行。");
    }
    String text = strip(draft.text());
    if (text.isEmpty()) {
      problems.put("text", "请填写通知正文。");
    } else if (text.length() > MAX_TEXT) {
      problems.put("text", "通知正文最多 " + MAX_TEXT + " 个字，现为 " + text.length() + " 个字。");
    }
    Optional<Audience> audience = Audience.parse(strip(draft.audience()));
    Integer year = null;
    if (audience.isEmpty()) {
      problems.put("audience", "请选择收件范围：全部学会、某年度全部申报学会或某年度全部获奖学会。");
    } else if (audience.get().needsYear()) {
      String typed = strip(draft.year());
      Optional<Round> round = typed.matches("\\d{4}") ? rounds.find(Integer.parseInt(typed)) : Optional.empty();
      if (typed.isEmpty()) {
        problems.put("year", "“" + audience.get().label() + "”须选择年度。");
      } else if (round.isEmpty()) {
        problems.put("year", "没有 " + typed + " 年度的评选，请从列表中选择年度。");
      } else {
        year = round.get().year();
      }
    }
    List<Recipient> recipients = audience.isEmpty() || (audience.get().needsYear() && year == null)
        ? List.of() : recipients(audience.get(), year);
    if (audience.isPresent() && !problems.containsKey("year") && !problems.containsKey("audience")) {
      if (recipients.isEmpty()) {
        problems.put("audience", "所选范围内没有学会：" + audience.get().describe(year) + "为空，通知无人可发。");
      } else if (recipients.stream().noneMatch(Recipient::reachable)) {
        problems.put("audience", "所选范围内的学会都没有有效的联系邮箱，通知无法发送。");
      }
    }
    return new Checked(problems, audience.orElse(null), year, recipients);
  }

  /**
   * Records the notice and queues its mails, all or nothing. A key already used sends nothing
   * again and answers the notice it sent.
   *
   * @throws IllegalArgumentException if the draft has problems or the key is not a form's key
   */
  @Transactional
  public Sent send(Draft draft, String userId) {
    if (!isKey(draft.noticeKey())) {
      throw new IllegalArgumentException("not a notice form's key: " + draft.noticeKey());
    }
    Optional<OfficeNotice> earlier = findByKey(draft.noticeKey());
    if (earlier.isPresent()) {
      return new Sent(earlier.get(), true);
    }
    Checked checked = check(draft);
    if (!checked.accepted()) {
      throw new IllegalArgumentException("the notice has problems: " + checked.problems());
    }
    String title = strip(draft.title());
    String text = strip(draft.text()).replace("\r\n", "\n").replace('\r', '\n');
    List<Recipient> reached = checked.recipients().stream().filter(Recipient::reachable).toList();
    Instant now = clock.now();
    jdbc.update("INSERT INTO office_notice (notice_key, title, body, audience, round_year, recipient_count,"
            + " sent_by, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        draft.noticeKey(), title, text, checked.audience().name(), checked.year(), reached.size(), userId,
        Timestamp.from(now));
    String businessKey = checked.year() == null ? null : Round.businessKeyOf(checked.year());
    for (Recipient recipient : reached) {
      outbox.enqueue(new OutgoingMail(MailType.OFFICE_NOTICE, "NOTICE:" + draft.noticeKey() + ":" + recipient.code(),
          recipient.email(), Map.of("societyName", recipient.name(), "noticeTitle", title, "noticeText", text),
          recipient.code(), businessKey, null));
    }
    return new Sent(findByKey(draft.noticeKey()).orElseThrow(), false);
  }

  public Optional<OfficeNotice> findByKey(String noticeKey) {
    return jdbc.query("SELECT * FROM office_notice WHERE notice_key = ?", OfficeNotices::map, noticeKey)
        .stream().findFirst();
  }

  /** The notices sent, newest first. */
  public List<OfficeNotice> latest(int limit) {
    return jdbc.query("SELECT * FROM office_notice ORDER BY sent_at DESC, id DESC FETCH FIRST " + limit
        + " ROWS ONLY", OfficeNotices::map);
  }

  private List<Recipient> recipients(Audience audience, Integer year) {
    Set<String> codes = new LinkedHashSet<>();
    switch (audience) {
      case ALL_SOCIETIES -> societies.findAll().forEach(s -> codes.add(s.code()));
      case ROUND_APPLICANTS -> applications.findByRound(year).stream().map(Application::societyCode)
          .forEach(codes::add);
      // A society whose qualification was revoked is no longer an awardee.
      case ROUND_AWARDEES -> awards.findByRound(year).stream()
          .filter(a -> !Award.REVOKED.equals(a.implementationStatus())).map(Award::societyCode)
          .forEach(codes::add);
    }
    return codes.stream().map(societies::findByCode).flatMap(Optional::stream)
        .sorted(Comparator.comparing(Society::code))
        .map(s -> new Recipient(s.code(), s.name(), s.contactEmail() == null ? "" : s.contactEmail().strip(),
            Outbox.acceptsAddress(s.contactEmail())))
        .toList();
  }

  private static OfficeNotice map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    int year = rs.getInt("round_year");
    Integer roundYear = rs.wasNull() ? null : year;
    return new OfficeNotice(rs.getLong("id"), rs.getString("notice_key"), rs.getString("title"),
        rs.getString("body"), Audience.valueOf(rs.getString("audience")), roundYear,
        rs.getInt("recipient_count"), rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant());
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
