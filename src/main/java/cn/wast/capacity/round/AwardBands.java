package cn.wast.capacity.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-REV-3: the award per society, set on the round's form: one amount for every awarded society,
 * or bands by rank ({@code 1-3=300000} per line) with that amount for the ranks no band names.
 */
public record AwardBands(BigDecimal amount, List<Band> bands) {

  public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

  /** Ranks {@code from}..{@code to} (both included) receive {@code amount}. */
  public record Band(int from, int to, BigDecimal amount) {
    boolean covers(int rank) {
      return rank >= from && rank <= to;
    }
  }

  private static final Pattern LINE = Pattern.compile("^(\\d{1,3})\\s*(?:[-－~～至]\\s*(\\d{1,3}))?\\s*[=＝:：]\\s*(\\d{1,9}(?:\\.\\d{1,2})?)$");

  public BigDecimal amountFor(int rank) {
    return bands.stream().filter(b -> b.covers(rank)).map(Band::amount).findFirst().orElse(amount);
  }

  /** The bands typed on the form, or the problems with them, in Chinese. */
  public record Parsed(List<Band> bands, List<String> problems) {}

  public static Parsed parse(String text) {
    List<Band> bands = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new Parsed(bands, problems);
    }
    int lineNumber = 0;
    for (String raw : text.strip().split("\\R")) {
      lineNumber++;
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        problems.add("奖励分档第 " + lineNumber + " 行“" + line + "”格式不对，应写作“1-3=300000”（名次-名次=金额）");
        continue;
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      BigDecimal amount = new BigDecimal(m.group(3));
      if (from < 1 || to < from) {
        problems.add("奖励分档第 " + lineNumber + " 行的名次须从 1 起，且前一个名次不大于后一个");
      } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
        problems.add("奖励分档第 " + lineNumber + " 行的金额须大于 0 且不超过 1000 万元");
      } else if (bands.stream().anyMatch(b -> b.from() <= to && from <= b.to())) {
        problems.add("奖励分档第 " + lineNumber + " 行的名次与前面的分档重叠");
      } else {
        bands.add(new Band(from, to, amount));
      }
    }
    return new Parsed(bands, problems);
  }
}
