package cn.wast.capacity.office;

import cn.wast.capacity.mail.MailStatus;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutboxMail;
import cn.wast.capacity.round.Round;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as the office reads it on {@code /office/mails}: newest first, a page at a time,
 * narrowed by where the mail stands, the round it belongs to, the society and the type.
 */
@Component
public class OutboxSearch {

  public static final int PAGE_SIZE = 50;

  /**
   * What the office narrows the list by; {@code null} for "any".
   *
   * @param state where the mails stand
   * @param year the round: its own mails, its applications' and implementations' (business keys
   *     {@code ROUND-y}, {@code APP-y-…}, {@code IMPL-y-…}) and those about its objections
   */
  public record Filter(State state, Integer year, String societyCode, MailType type) {}

  /** Where a mail stands, as the filter offers it: 待发送 covers a mail being sent this moment. */
  public enum State {
    WAITING("待发送", MailStatus.PENDING, MailStatus.SENDING),
    SENT("已发送", MailStatus.SENT),
    FAILED("发送失败", MailStatus.FAILED);

    private final String label;
    private final List<MailStatus> statuses;

    State(String label, MailStatus... statuses) {
      this.label = label;
      this.statuses = List.of(statuses);
    }

    public String label() {
      return label;
    }

    public static State of(MailStatus status) {
      for (State state : values()) {
        if (state.statuses.contains(status)) {
          return state;
        }
      }
      throw new IllegalArgumentException("no state for " + status);
    }
  }

  /** One page of the list: its mails, how many match in all, and the page number (from 1). */
  public record Page(List<OutboxMail> mails, long total, int number, int count) {}

  private final JdbcTemplate jdbc;

  public OutboxSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The page {@code number} (from 1; beyond the last, the last) of the mails that match. */
  public Page find(Filter filter, int number) {
    List<Object> arguments = new ArrayList<>();
    String where = where(filter, arguments);
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox" + where, Long.class, arguments.toArray());
    long matching = total == null ? 0 : total;
    int count = (int) Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(1, number), count);
    arguments.add((shown - 1) * PAGE_SIZE);
    arguments.add(PAGE_SIZE);
    List<OutboxMail> mails = jdbc.query("SELECT * FROM mail_outbox" + where
            + " ORDER BY created_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        Outbox.ROW, arguments.toArray());
    return new Page(mails, matching, shown, count);
  }

  /**
   * The condition that a mail belongs to a round: the round's own, its applications' and
   * implementations' (business keys {@code ROUND-y}, {@code APP-y-…}, {@code IMPL-y-…}) and its
   * objections'. Its arguments are {@link #ofRound}.
   */
  public static final String OF_ROUND = "(business_key = ? OR business_key LIKE ? OR business_key IN"
      + " (SELECT 'OBJ-' || CAST(id AS VARCHAR(20)) FROM objection WHERE round_year = ?))";

  /** The arguments of {@link #OF_ROUND} for a year. */
  public static List<Object> ofRound(int year) {
    return List.of(Round.businessKeyOf(year), "%-" + year + "-%", year);
  }

  private static String where(Filter filter, List<Object> arguments) {
    List<String> conditions = new ArrayList<>();
    if (filter.state() != null) {
      conditions.add("status IN (" + String.join(", ",
          filter.state().statuses.stream().map(s -> "'" + s.name() + "'").toList()) + ")");
    }
    if (filter.year() != null) {
      conditions.add(OF_ROUND);
      arguments.addAll(ofRound(filter.year()));
    }
    if (filter.societyCode() != null) {
      conditions.add("society_code = ?");
      arguments.add(filter.societyCode());
    }
    if (filter.type() != null) {
      conditions.add("mail_type = ?");
      arguments.add(filter.type().name());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
