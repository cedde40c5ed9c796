package cn.wast.capacity.society;

/** R-ELIG-4: how the society's secretary-general (or deputy) holds the post. */
public enum SecretaryGeneralTenure {
  /** 专职. */
  FULL_TIME,
  /** 兼职. */
  PART_TIME,
  /** No secretary-general (nor deputy) in post. */
  NONE
}
