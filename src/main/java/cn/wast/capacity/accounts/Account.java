package cn.wast.capacity.accounts;

import java.time.Instant;

/**
 * An account the office manages (one row of {@code account}); the Camunda user of the same id
 * holds its password and groups.
 *
 * @param societyCode the society the account acts for, only for {@link AccountKind#SOCIETY}
 * @param activatedAt when the password was first set, null while never activated
 * @param lastSignedInAt the latest successful sign-in, null if none
 */
public record Account(String userId, AccountKind kind, String societyCode, String name, String email,
    AccountState state, Instant createdAt, String createdBy, Instant activatedAt, Instant lastSignedInAt) {}
