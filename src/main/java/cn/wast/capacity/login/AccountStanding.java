package cn.wast.capacity.login;

import java.time.Instant;

/**
 * The office's say over a user's sign-in: whether the account may sign in at all (a disabled
 * account, or one whose activation is pending, may not, whatever the password), and where its
 * last sign-in is kept. Users the office does not manage (the demo's, those made in Admin) may.
 */
public interface AccountStanding {

  /** Whether this user may sign in now (the password is checked apart). */
  boolean maySignIn(String userId);

  /** Records a successful sign-in, in the transaction that logs it. */
  void signedIn(String userId, Instant at);
}
