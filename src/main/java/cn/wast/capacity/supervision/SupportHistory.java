package cn.wast.capacity.supervision;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.PlainText;
import cn.wast.capacity.application.PastSupport;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.checks.SocietySupport;
import cn.wast.capacity.checks.Support;
import cn.wast.capacity.society.FraudBan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * R-DYN-1: what the programme did for a society in earlier rounds, as the next round reads it
 * (动态管理): every award with what was paid and what the final acceptance decided — support
 * continued, adjusted (by how much) or terminated, with the office's reasons — and a
 * disqualification running or decided (R-SUP-1). The programme states no refusal for a
 * terminated support, so it is shown, and flagged to the office, never held against the
 * application by a rule.
 *
 * @param today the day the history is read, to tell a ban in force from one that ended
 */
public record SupportHistory(List<Past> awards, List<FraudBan> bans, boolean disqualificationRunning,
    LocalDate today) implements PastSupport.Shown {

  /** One earlier award and what became of it. */
  public record Past(Award award, BigDecimal paid, Optional<SocietySupport.Decision> decision) {}

  public boolean isEmpty() {
    return awards.isEmpty() && bans.isEmpty() && !disqualificationRunning;
  }

  /** Whether support was ever terminated: the office is told on the formal review. */
  public boolean terminated() {
    return awards.stream().anyMatch(p -> p.decision().filter(d -> d.support() == Support.TERMINATED).isPresent());
  }

  /**
   * The history, one line an award, ban or running disqualification. With reasons for the office
   * and the society; the experts read the facts only ({@code withReasons} false), not what the
   * office wrote to the society.
   */
  public List<String> lines(boolean withReasons) {
    if (isEmpty()) {
      return List.of("此前未获本专项支持，无撤销资格记录。");
    }
    List<String> lines = new ArrayList<>();
    for (Past past : awards) {
      lines.add(line(past, withReasons));
    }
    for (FraudBan ban : bans) {
      lines.add("撤销资格：" + ChineseDates.date(ban.decidedOn()) + "因弄虚作假被撤销资格，取消申报资格至"
          + ChineseDates.date(ban.lastDay()) + (ban.lastDay().isBefore(today) ? "（已期满）" : "（执行中）")
          + (withReasons && ban.grounds() != null ? "。认定事实：" + PlainText.sentence(ban.grounds()) : "。"));
    }
    if (disqualificationRunning) {
      lines.add("撤销资格核查：正在进行，尚未作出决定。");
    }
    return lines;
  }

  private static String line(Past past, boolean withReasons) {
    Award award = past.award();
    String head = award.roundYear() + "年度（" + award.applicationKey() + "）：奖励补助" + Numbers.yuan(award.amount())
        + "，已拨付" + Numbers.yuan(past.paid()) + "；";
    return head + past.decision().map(d -> decided(d, withReasons))
        .orElseGet(() -> Award.REVOKED.equals(award.implementationStatus()) ? "已撤销资格，项目终止。"
            : "尚未结项验收（" + award.implementationLabel() + "）。");
  }

  private static String decided(SocietySupport.Decision decision, boolean withReasons) {
    String outcome = switch (decision.support()) {
      case CONTINUED -> "结项验收通过，继续给予支持";
      case ADJUSTED -> "结项验收不通过，调整支持，调减" + Numbers.yuan(decision.adjustment());
      case TERMINATED -> "结项验收不通过，终止支持";
    };
    boolean reasons = withReasons && decision.reasons() != null && !decision.reasons().isBlank();
    return outcome + (reasons ? "。理由：" + PlainText.sentence(decision.reasons()) : "。");
  }

  /**
   * For the office's formal review: the lines as literal text, and a terminated support named
   * first as a notice (no rule refuses the application for it).
   */
  @Override
  public String officeMarkdown() {
    String list = lines(true).stream().map(l -> "- " + Markdown.escape(l)).collect(Collectors.joining("\n"));
    return terminated()
        ? "**请注意：** 该学会以往获得的专项支持曾因结项验收不通过被终止。是否受理仍按申报条件审查，请在审查中予以关注。\n\n" + list
        : list;
  }

  /** For the experts' scoring form: the facts as literal text, without the office's reasons. */
  @Override
  public String expertMarkdown() {
    return lines(false).stream().map(l -> "- " + Markdown.escape(l)).collect(Collectors.joining("\n"));
  }

  /** For a spreadsheet cell: the lines with the reasons, one a line. */
  @Override
  public String text() {
    return String.join("\n", lines(true));
  }
}
