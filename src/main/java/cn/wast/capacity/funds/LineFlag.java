package cn.wast.capacity.funds;

/**
 * A line the rules cannot place with confidence: not refused, but put before the office, which
 * decides. Its number on the form (from 1) and why the office must look, in Chinese.
 */
public record LineFlag(int line, String reason) {

  /** As the office reads it: 第 2 行：选择“其他”科目的支出须由专项办公室判断是否属于项目业务 */
  public String text() {
    return "第 " + line + " 行：" + reason;
  }
}
