package cn.wast.capacity.application;

import java.util.Arrays;
import java.util.Optional;

/** R-APP-2: the bodies whose approval an application needs. */
public enum BoardBody {
  BOARD("理事会"),
  STANDING_BOARD("常务理事会");

  private final String label;

  BoardBody(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<BoardBody> of(String value) {
    return Arrays.stream(values()).filter(b -> b.name().equals(value)).findFirst();
  }
}
