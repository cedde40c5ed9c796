package cn.wast.capacity.publicity;

/** R-SUP-2: an objection that repeats one already received; nothing of it is stored. */
public class RepeatedObjectionException extends RuntimeException {

  private final transient Objection first;

  RepeatedObjectionException(Objection first) {
    super("repeats objection " + first.number());
    this.first = first;
  }

  public Objection first() {
    return first;
  }
}
