package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Account;
import dev.custody.model.Estimate;

/**
 * One account of the situation at the report's instant, with its balance under the report's
 * reading.
 *
 * @param account the account
 * @param balance how many it holds, "unknown" when no census counted it
 */
public record AccountBalance(Account account, Estimate balance) {

  /**
   * Checks the parts.
   *
   * @param account the account
   * @param balance its balance
   * @throws NullPointerException if a part is null
   */
  public AccountBalance {
    checkNotNull(account, "account");
    checkNotNull(balance, "balance");
  }
}
