package dev.custody.cli.internal;

import dev.custody.event.Account;
import dev.custody.event.AccountKind;
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
   * reported", "held by keeper in SY", "at large from al-shaddadi"; for those who left custody,
   * with where they left from and went to, as far as recorded: "released into SY from al-shaddadi
   * (held by sdf)", "repatriated to FR from al-hol (held by sdf)", "dead from al-sina'a (held by
   * sdf)", "released".
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
      case RELEASED:
      case REPATRIATED:
      case DEAD:
        return account.kind().name().toLowerCase(Locale.ROOT)
            + account
                .country()
                .map(c -> (account.kind() == AccountKind.RELEASED ? " into " : " to ") + c)
                .orElse("")
            + account.facility().map(f -> " from " + f).orElse("")
            + account.custodian().map(c -> " (held by " + c + ")").orElse("");
      default:
        return account.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
