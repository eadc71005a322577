package dev.custody.cli.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.model.Estimate;
import java.util.Optional;

/**
 * The balances of one account at the samples of a {@link Timeline}.
 *
 * @param account the account
 * @param label its name in a legend: where it is ("held by sdf at al-hol", "at large from
 *     al-shaddadi"), with its cohort when another account of the timeline is in the same place
 * @param balances its balance at each sample of the timeline, empty where the situation does not
 *     know the account yet
 */
public record BalanceSeries(
    Account account, String label, ImmutableList<Optional<Estimate>> balances) {

  /**
   * Checks the parts.
   *
   * @param account the account
   * @param label its name in a legend
   * @param balances its balance at each sample
   * @throws NullPointerException if a part is null
   */
  public BalanceSeries {
    checkNotNull(account, "account");
    checkNotNull(label, "label");
    checkNotNull(balances, "balances");
  }
}
