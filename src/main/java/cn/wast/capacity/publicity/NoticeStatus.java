package cn.wast.capacity.publicity;

/** Where a society on the public notice stands, in the words the notice page uses. */
public enum NoticeStatus {
  IN_NOTICE("公示中"),
  COMMENDED("已表彰"),
  REMOVED("经核查移出名单");

  private final String label;

  NoticeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
