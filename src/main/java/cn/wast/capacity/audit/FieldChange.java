package cn.wast.capacity.audit;

import java.util.Objects;

/** A field's Chinese label with its value before and after, as text (null: no value). */
public record FieldChange(String field, String before, String after) {

  public FieldChange {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("a change names its field");
    }
  }

  /** The change when the two values differ as text, so an unchanged field is left off the record. */
  public static java.util.Optional<FieldChange> of(String field, Object before, Object after) {
    String was = before == null ? null : before.toString();
    String is = after == null ? null : after.toString();
    return Objects.equals(was, is) ? java.util.Optional.empty() : java.util.Optional.of(new FieldChange(field, was, is));
  }
}
