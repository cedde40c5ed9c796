package cn.wast.capacity.publicity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * R-SUP-2: the flood limit on public objections: so many per client address, and per email
 * address, within the configured window. Counted from the stored objections, so it holds across
 * restarts and across nodes.
 */
@Component
public class ObjectionLimits {

  private final Objections objections;
  private final PublicityProperties publicity;

  ObjectionLimits(Objections objections, PublicityProperties publicity) {
    this.objections = objections;
    this.publicity = publicity;
  }

  /** Why this submission is one too many, or empty when it may be taken. */
  public Optional<String> exceeded(String address, String email, Instant now) {
    Instant since = now.minus(publicity.objectionLimitWindow());
    boolean tooMany = objections.countFrom(address, since) >= publicity.objectionLimit()
        || (!email.isEmpty() && objections.countByEmail(email, since) >= publicity.objectionLimit());
    return tooMany
        ? Optional.of("提交过于频繁：同一来源在 " + hours() + " 小时内最多可提交 " + publicity.objectionLimit()
            + " 件异议，请稍后再试。如需补充材料，请在已提交的异议中说明，或直接联系专项办公室。")
        : Optional.empty();
  }

  private long hours() {
    return publicity.objectionLimitWindow().toHours();
  }
}
