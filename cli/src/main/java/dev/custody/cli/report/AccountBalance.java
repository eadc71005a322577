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
 * @param entered whether a movement by the instant moved people into the account: an account only
 *     left from, never counted, holds a number the record does not give, while one that people
 *     entered (an escape of at least 20) holds an unknown number the record speaks of
 */
public record AccountBalance(
    Account account, Estimate balance, Provenance provenance, boolean entered) {

  /**
   * Checks the parts.
   *
   * @param account the account
   * @param balance its balance
   * @param provenance how its balance is known
   * @param entered whether people were moved into it
   * @throws NullPointerException if a part is null
   */
  public AccountBalance {
    checkNotNull(account, "account");
    checkNotNull(balance, "balance");
    checkNotNull(provenance, "provenance");
  }
}
