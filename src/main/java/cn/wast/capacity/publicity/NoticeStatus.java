package cn.wast.capacity.publicity;

/** Where a society on the public notice stands, in the words the notice page uses. */
public enum NoticeStatus {
  IN_NOTICE("公示中"),
  COMMENDED("已表彰"),
  REMOVED("经核查移出名单"),
  /** R-SUP-1: the society's qualification was revoked; the notice names no fraud details. */
  REVOKED("因撤销资格取消");

  private final String label;

  NoticeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
