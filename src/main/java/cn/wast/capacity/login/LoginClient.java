package cn.wast.capacity.login;

import java.util.Optional;

/**
 * The HTTP request a password check runs in, for the engine's identity provider, which knows
 * nothing of HTTP: set by {@link LoginGate} for the request's thread.
 *
 * @param address the client's address (the forwarded one behind a trusted proxy)
 * @param channel the way in
 */
record LoginClient(String address, LoginChannel channel) {

  private static final ThreadLocal<LoginClient> CURRENT = new ThreadLocal<>();

  static Optional<LoginClient> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void set(LoginClient client) {
    CURRENT.set(client);
  }

  static void clear() {
    CURRENT.remove();
  }

  /** Outside any request (a check from code, not over HTTP): no address, and nothing admitted. */
  static LoginClient orNone() {
    return current().orElse(new LoginClient(null, LoginChannel.OTHER));
  }
}
