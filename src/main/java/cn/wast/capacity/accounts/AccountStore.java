package cn.wast.capacity.accounts;

import cn.wast.capacity.login.AccountStanding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The accounts the office manages ({@code account}). It answers the login's question too: a
 * user with an account signs in only while it is active; a user without one (demo users, users
 * made in Admin) is not the office's to refuse.
 */
@Repository
public class AccountStore implements AccountStanding {

  private final JdbcTemplate jdbc;

  AccountStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean maySignIn(String userId) {
    List<String> states = jdbc.queryForList("SELECT state FROM account WHERE user_id = ?", String.class, userId);
    return states.isEmpty() || AccountState.ACTIVE.name().equals(states.get(0));
  }

  @Override
  public void signedIn(String userId, Instant at) {
    jdbc.update("UPDATE account SET last_signed_in_at = ? WHERE user_id = ?", Timestamp.from(at), userId);
  }

  public Optional<Account> find(String userId) {
    return jdbc.query("SELECT * FROM account WHERE user_id = ?", AccountStore::row, userId).stream().findFirst();
  }

  /** Every account: societies' first (by society, then user id), then experts', then the office's. */
  public List<Account> findAll() {
    return jdbc.query("SELECT * FROM account", AccountStore::row).stream()
        .sorted(java.util.Comparator.comparing(Account::kind)
            .thenComparing(a -> a.societyCode() == null ? "" : a.societyCode())
            .thenComparing(Account::userId))
        .toList();
  }

  /** The codes of the societies that have at least one account here. */
  Set<String> societiesWithAccounts() {
    return new TreeSet<>(jdbc.queryForList(
        "SELECT DISTINCT society_code FROM account WHERE society_code IS NOT NULL", String.class));
  }

  void insert(Account account) {
    jdbc.update("INSERT INTO account (user_id, kind, society_code, name, email, state, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        account.userId(), account.kind().name(), account.societyCode(), account.name(), account.email(),
        account.state().name(), Timestamp.from(account.createdAt()), account.createdBy());
  }

  void changeState(String userId, AccountState state) {
    jdbc.update("UPDATE account SET state = ? WHERE user_id = ?", state.name(), userId);
  }

  void activated(String userId, Instant at) {
    jdbc.update("UPDATE account SET state = ?, activated_at = COALESCE(activated_at, ?) WHERE user_id = ?",
        AccountState.ACTIVE.name(), Timestamp.from(at), userId);
  }

  private static Account row(ResultSet rs, int row) throws SQLException {
    return new Account(rs.getString("user_id"), AccountKind.valueOf(rs.getString("kind")),
        rs.getString("society_code"), rs.getString("name"), rs.getString("email"),
        AccountState.valueOf(rs.getString("state")), instant(rs, "created_at"), rs.getString("created_by"),
        instant(rs, "activated_at"), instant(rs, "last_signed_in_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
