package cn.wast.capacity.form;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;

/**
 * Two submissions of the same thing at the same moment (a society's application, a year's round)
 * both pass the process's check "is there one already?"; the database's unique key lets only one
 * commit, and the other fails on it. That one is run once more, after its rollback: it then meets
 * the check against the one just committed and gets the same Chinese refusal as a submission made
 * a moment later, instead of a SQL error.
 */
public final class SimultaneousSubmissions {

  private SimultaneousSubmissions() {}

  public static <T> T once(Supplier<T> submission) {
    try {
      return submission.get();
    } catch (RuntimeException e) {
      if (!collided(e)) {
        throw e;
      }
      return submission.get();
    }
  }

  private static boolean collided(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DuplicateKeyException) {
        return true;
      }
    }
    return false;
  }
}
