package cn.wast.capacity.application;

import java.util.Arrays;
import java.util.Optional;

/** What an uploaded file is for. */
public enum DocumentKind {
  /** R-APP-2: the resolution of the board or standing board approving the application; required. */
  BOARD_RESOLUTION("理事会（常务理事会）决议", true),
  /** R-APP-3: evidence for the results described in the application; optional. */
  SUPPORTING_MATERIAL("证明材料", false);

  private final String label;
  private final boolean required;

  DocumentKind(String label, boolean required) {
    this.label = label;
    this.required = required;
  }

  public String label() {
    return label;
  }

  /** Whether an application cannot be submitted without a file of this kind. */
  public boolean required() {
    return required;
  }

  public static Optional<DocumentKind> of(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
