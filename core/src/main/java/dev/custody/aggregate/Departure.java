package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.model.ActorId;
import dev.custody.model.CountryCode;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One account of those who have left custody, in a {@link LeftCustody}: released, repatriated or
 * dead, from one origin (the facility and custodian they left) to one destination (the country the
 * released and repatriated went to), of one cohort; with its balance and the recorded movements
 * into it.
 *
 * <p>The {@linkplain #balance() balance} is the ledger's: an account no census counted before
 * people moved into it is "at least" what they moved, since the ledger cannot know that nobody had
 * left that way before the record began. The {@linkplain #moved() moved} figure is the flow: the
 * sum of the recorded movements into the account, which says what the record itself holds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Departure {

  Departure() {}

  static Departure create(
      Account account,
      Estimate balance,
      Estimate moved,
      Iterable<EventId> events,
      Iterable<String> causes,
      Optional<DeathPlace> deathPlace) {
    return create(account, balance, moved, events, List.of(), causes, deathPlace);
  }

  static Departure create(
      Account account,
      Estimate balance,
      Estimate moved,
      Iterable<EventId> events,
      Iterable<EventId> allOfThem,
      Iterable<String> causes,
      Optional<DeathPlace> deathPlace) {
    return ImmutableDeparture.builder()
        .account(account)
        .balance(balance)
        .moved(moved)
        .addAllEvents(events)
        .addAllAllOfThem(allOfThem)
        .addAllCauses(causes)
        .deathPlace(deathPlace)
        .build();
  }

  /**
   * Returns the account: released, repatriated or dead, with its origin and destination.
   *
   * @return the account
   */
  public abstract Account account();

  /**
   * Returns the account's balance at the instant, as the ledger computes it.
   *
   * @return the balance: "at least" what moved into it unless a census bounded it
   */
  public abstract Estimate balance();

  /**
   * Returns how many the recorded movements moved into the account by the instant.
   *
   * @return the sum of their sizes, exactly zero when only a census counted the account
   */
  public abstract Estimate moved();

  /**
   * Returns the recorded movements into the account, in ledger order.
   *
   * @return their ids, empty when only a census counted the account
   */
  public abstract ImmutableList<EventId> events();

  /**
   * Returns the movements among {@link #events()} that moved all of them ("every inmate was
   * freed"): their part of {@link #moved()} is the balance each emptied.
   *
   * @return their ids, in ledger order; empty when every movement gave a number
   */
  public abstract ImmutableList<EventId> allOfThem();

  /**
   * Checks if every recorded movement into the account moved all of them, so that the report may
   * word its {@link #moved()} figure "all of them: about 3,500".
   *
   * @return true when there are movements and each moved all of them
   */
  public final boolean isAllOfThem() {
    return !events().isEmpty() && allOfThem().equals(events());
  }

  /**
   * Returns the causes of death the events into a dead account give, as reported, each once.
   *
   * @return the causes, empty for released and repatriated accounts or when none was reported
   */
  public abstract ImmutableList<String> causes();

  /**
   * Returns where the people of a dead account died.
   *
   * @return the place, empty for released and repatriated accounts
   */
  public abstract Optional<DeathPlace> deathPlace();

  @Value.Check
  final void check() {
    if (!account().hasLeftCustody()) {
      throw new IllegalArgumentException(
          String.format("Departure.account (%s) must be released, repatriated or dead", account()));
    }
    if (deathPlace().isPresent() != (account().kind() == AccountKind.DEAD)) {
      throw new IllegalArgumentException(
          String.format(
              "Departure.deathPlace (%s) must be present exactly for a dead account; account is %s",
              deathPlace().map(Enum::name).orElse("empty"), account()));
    }
  }

  /**
   * Returns the kind of departure.
   *
   * @return released, repatriated or dead
   */
  public final AccountKind kind() {
    return account().kind();
  }

  /**
   * Returns the facility they left, when recorded.
   *
   * @return the facility of origin, or empty
   */
  public final Optional<FacilityId> fromFacility() {
    return account().facility();
  }

  /**
   * Returns the custodian they left, when recorded.
   *
   * @return the custodian of origin, or empty
   */
  public final Optional<ActorId> fromCustodian() {
    return account().custodian();
  }

  /**
   * Returns the country the released or repatriated went to, when recorded.
   *
   * @return the destination, always empty for the dead
   */
  public final Optional<CountryCode> destination() {
    return account().country();
  }

  /**
   * Checks if anything but a census is behind the balance: at least one movement was recorded.
   *
   * @return true when a movement moved people into the account
   */
  public final boolean hasMovements() {
    return !events().isEmpty();
  }

  /**
   * Returns the departure as "repatriated to FR from al-hol (held by sdf): nationals of FR: at
   * least 2 (moved exactly 2 by rep-1, rep-2)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return account()
        + ": "
        + balance()
        + (events().isEmpty()
            ? ""
            : " (moved "
                + moved()
                + " by "
                + events().stream().map(EventId::toString).collect(Collectors.joining(", "))
                + ")")
        + deathPlace()
            .map(p -> ", " + p.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .orElse("")
        + (causes().isEmpty() ? "" : ", causes " + causes());
  }
}
