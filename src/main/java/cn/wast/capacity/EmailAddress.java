package cn.wast.capacity;

import java.util.regex.Pattern;

/** Whether what a user typed as an email address has the shape of one: name@domain.tld, no spaces. */
public final class EmailAddress {

  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private EmailAddress() {}

  public static boolean looksValid(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }
}
