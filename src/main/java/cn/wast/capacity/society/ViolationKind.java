package cn.wast.capacity.society;

/** What a recorded violation is; R-EXCL-1 reads the first, R-EXCL-2 the other two. */
public enum ViolationKind {
  /** 违纪违法行为 (R-EXCL-1). */
  DISCIPLINE_OR_LAW,
  /** 受到相关部门通报批评 (R-EXCL-2). */
  PUBLIC_CRITICISM,
  /** 受到相关部门处罚 (R-EXCL-2). */
  PENALTY
}
