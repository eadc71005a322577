package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.CustodyStyle;
import dev.custody.model.FacilityId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a detainee population is, as an account in the bookkeeping of custody: held by a custodian
 * (at a facility, or in a country, or at a place not reported), at large, released, repatriated,
 * dead, or outside the system.
 *
 * <p>An account is keyed by its {@link AccountKind kind} and {@link Cohort}; a held account also by
 * its custodian and place. The 81 recaptured in the reference case are held by the Syrian
 * government at a place not reported: {@code Account.held(syriaGov, cohort)}. An at-large account
 * may name the facility the people escaped from, so that "still at large from al-Shaddadi" is a
 * balance. {@link AccountKind#OUTSIDE} is where people come from when a census first counts them
 * and where they go when they leave the record; it is the only account whose balance is not a
 * population.
 *
 * <p>Invariants: only a held account has a custodian and a country; only a held or at-large account
 * names a facility; a held account names a facility or a country, not both.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Account {

  Account() {}

  /**
   * Obtains the account of {@code cohort} held by {@code custodian} at {@code facility}.
   *
   * @param custodian who holds them
   * @param facility where
   * @param cohort who they are
   * @return the account
   */
  public static Account heldAt(ActorId custodian, FacilityId facility, Cohort cohort) {
    return ImmutableAccount.of(
        AccountKind.HELD,
        cohort,
        Optional.of(checkNotNull(custodian, "custodian")),
        Optional.of(checkNotNull(facility, "facility")),
        Optional.empty());
  }

  /**
   * Obtains the account of {@code cohort} held by {@code custodian} somewhere in {@code country},
   * facility not reported.
   *
   * @param custodian who holds them
   * @param country where
   * @param cohort who they are
   * @return the account
   */
  public static Account heldIn(ActorId custodian, CountryCode country, Cohort cohort) {
    return ImmutableAccount.of(
        AccountKind.HELD,
        cohort,
        Optional.of(checkNotNull(custodian, "custodian")),
        Optional.empty(),
        Optional.of(checkNotNull(country, "country")));
  }

  /**
   * Obtains the account of {@code cohort} held by {@code custodian} at a place not reported.
   *
   * @param custodian who holds them
   * @param cohort who they are
   * @return the account
   */
  public static Account held(ActorId custodian, Cohort cohort) {
    return ImmutableAccount.of(
        AccountKind.HELD,
        cohort,
        Optional.of(checkNotNull(custodian, "custodian")),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Obtains the account of {@code cohort} at large after escaping from {@code facility}.
   *
   * @param facility where they escaped from
   * @param cohort who they are
   * @return the account
   */
  public static Account atLargeFrom(FacilityId facility, Cohort cohort) {
    return ImmutableAccount.of(
        AccountKind.AT_LARGE,
        cohort,
        Optional.empty(),
        Optional.of(checkNotNull(facility, "facility")),
        Optional.empty());
  }

  /**
   * Obtains the account of {@code cohort} at large, origin not reported.
   *
   * @param cohort who they are
   * @return the account
   */
  public static Account atLarge(Cohort cohort) {
    return of(AccountKind.AT_LARGE, cohort);
  }

  /**
   * Obtains the account of {@code cohort} released from custody.
   *
   * @param cohort who they are
   * @return the account
   */
  public static Account released(Cohort cohort) {
    return of(AccountKind.RELEASED, cohort);
  }

  /**
   * Obtains the account of {@code cohort} repatriated to their countries.
   *
   * @param cohort who they are
   * @return the account
   */
  public static Account repatriated(Cohort cohort) {
    return of(AccountKind.REPATRIATED, cohort);
  }

  /**
   * Obtains the account of {@code cohort} who died in custody or at large.
   *
   * @param cohort who they are
   * @return the account
   */
  public static Account dead(Cohort cohort) {
    return of(AccountKind.DEAD, cohort);
  }

  /**
   * Obtains the account of {@code cohort} outside the system: where people come from when first
   * counted.
   *
   * @param cohort who they are
   * @return the account
   */
  public static Account outside(Cohort cohort) {
    return of(AccountKind.OUTSIDE, cohort);
  }

  private static Account of(AccountKind kind, Cohort cohort) {
    return ImmutableAccount.of(kind, cohort, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns the kind of account.
   *
   * @return the kind
   */
  @Value.Parameter(order = 0)
  public abstract AccountKind kind();

  /**
   * Returns who the people in the account are.
   *
   * @return the cohort
   */
  @Value.Parameter(order = 1)
  public abstract Cohort cohort();

  /**
   * Returns who holds them, for a held account.
   *
   * @return the custodian, present exactly for a held account
   */
  @Value.Parameter(order = 2)
  public abstract Optional<ActorId> custodian();

  /**
   * Returns the facility: where they are held, or where they escaped from.
   *
   * @return the facility, or empty when not reported or not applicable
   */
  @Value.Parameter(order = 3)
  public abstract Optional<FacilityId> facility();

  /**
   * Returns the country they are held in, for a held account whose facility is not reported.
   *
   * @return the country, or empty
   */
  @Value.Parameter(order = 4)
  public abstract Optional<CountryCode> country();

  @Value.Check
  final void check() {
    boolean held = kind() == AccountKind.HELD;
    if (custodian().isPresent() != held) {
      throw new IllegalArgumentException(
          String.format(
              "Account.custodian (%s) must be present exactly for a HELD account; kind is %s",
              custodian().map(ActorId::toString).orElse("empty"), kind()));
    }
    if (facility().isPresent() && !held && kind() != AccountKind.AT_LARGE) {
      throw new IllegalArgumentException(
          String.format(
              "Account.facility (%s) is only for a HELD or AT_LARGE account; kind is %s",
              facility().get(), kind()));
    }
    if (country().isPresent() && (!held || facility().isPresent())) {
      throw new IllegalArgumentException(
          String.format(
              "Account.country (%s) is only for a HELD account without a facility; was %s%s",
              country().get(), kind(), facility().map(f -> " at " + f).orElse("")));
    }
  }

  /**
   * Checks if the account holds a population in custody.
   *
   * @return true for a held account
   */
  public final boolean isHeld() {
    return kind() == AccountKind.HELD;
  }

  /**
   * Returns the account as "held by sdf at al-shaddadi: fighters affiliated with isis", "at large
   * from al-shaddadi: ...", "held by syria-gov, place not reported: ...".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    String where;
    switch (kind()) {
      case HELD:
        where =
            "held by "
                + custodian().orElseThrow()
                + facility()
                    .map(f -> " at " + f)
                    .orElse(country().map(c -> " in " + c).orElse(", place not reported"));
        break;
      case AT_LARGE:
        where = "at large" + facility().map(f -> " from " + f).orElse("");
        break;
      default:
        where = kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    return where + ": " + cohort();
  }
}
