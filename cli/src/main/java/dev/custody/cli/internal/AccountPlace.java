package dev.custody.cli.internal;

import dev.custody.event.Account;
import dev.custody.model.ActorId;
import java.util.Locale;

/**
 * Where an account is, without its cohort: the words the report's balances and the chart's legend
 * give an account.
 */
public final class AccountPlace {
  private AccountPlace() {}

  /**
   * Returns where {@code account} is: "held by sdf at al-shaddadi", "held by syria-gov, place not
   * reported", "held by keeper in SY", "at large from al-shaddadi", "released".
   *
   * @param account the account
   * @return the text
   */
  public static String of(Account account) {
    switch (account.kind()) {
      case HELD:
        return "held by "
            + account.custodian().map(ActorId::toString).orElse("?")
            + account
                .facility()
                .map(f -> " at " + f)
                .orElse(account.country().map(c -> " in " + c).orElse(", place not reported"));
      case AT_LARGE:
        return "at large" + account.facility().map(f -> " from " + f).orElse("");
      default:
        return account.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
