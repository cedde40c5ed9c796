package cn.wast.capacity.funds;

/**
 * A line the fund rules cannot place with confidence: not refused, but put before the programme
 * office, which decides on it. Its number on the form (from 1) and why the office must look, in
 * Chinese.
 */
public record LineFlag(int line, String reason) {

  public String text() {
    return "第 " + line + " 行：" + reason;
  }
}
