package cn.wast.capacity.registry;

import java.util.List;

/**
 * One field of a registry form as the page shows it: its parameter, Chinese label, kind of input
 * ({@code text}, {@code date}, {@code number}, {@code email}, {@code select}, {@code textarea}), the
 * value (as typed; every input is text, so that dates like 2026年5月1日 and the server's own
 * checks apply, when the form comes back refused), its problem and, for a select, its choices.
 */
public record FormInput(String name, String label, String kind, String value, String problem, List<Choice> choices,
    String hint) {

  public record Choice(String value, String label) {}

  public boolean isSelect() {
    return kind.equals("select");
  }

  public boolean isTextarea() {
    return kind.equals("textarea");
  }

  public boolean isPlain() {
    return !isSelect() && !isTextarea();
  }
}
