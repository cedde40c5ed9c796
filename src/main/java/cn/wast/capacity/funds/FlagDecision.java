package cn.wast.capacity.funds;

import java.util.Optional;

/** R-FUND-1: the office's decision on a flagged line, with the value its forms submit. */
public enum FlagDecision {
  ACCEPTED("accepted", "认可"),
  NOT_ACCEPTED("notAccepted", "不予认可");

  private final String formValue;
  private final String label;

  FlagDecision(String formValue, String label) {
    this.formValue = formValue;
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<FlagDecision> ofFormValue(String value) {
    for (FlagDecision decision : values()) {
      if (decision.formValue.equals(value)) {
        return Optional.of(decision);
      }
    }
    return Optional.empty();
  }
}
