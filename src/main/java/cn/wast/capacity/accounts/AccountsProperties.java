package cn.wast.capacity.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accounts' settings ({@code capacity.accounts.*}), ISO 8601.
 *
 * @param activationValidFor how long an activation link works from the moment it is mailed
 */
@ConfigurationProperties("capacity.accounts")
public record AccountsProperties(Duration activationValidFor) {

  public AccountsProperties {
    if (activationValidFor == null || activationValidFor.isNegative() || activationValidFor.isZero()) {
      throw new IllegalArgumentException("capacity.accounts.activation-valid-for must be a positive duration, e.g. P7D");
    }
  }
}
