package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.aggregate.Provenance;
import dev.custody.event.Account;
import dev.custody.model.Estimate;

/**
 * One account of the situation at the report's instant, with its balance under the report's reading
 * and how that balance is known.
 *
 * @param account the account
 * @param balance how many it holds, "unknown" when no census counted it
 * @param provenance how the balance is known: counted (when, by whom, how long before), carried
 *     forward by so many movements, or never counted
 */
public record AccountBalance(Account account, Estimate balance, Provenance provenance) {

  /**
   * Checks the parts.
   *
   * @param account the account
   * @param balance its balance
   * @param provenance how its balance is known
   * @throws NullPointerException if a part is null
   */
  public AccountBalance {
    checkNotNull(account, "account");
    checkNotNull(balance, "balance");
    checkNotNull(provenance, "provenance");
  }
}
