package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
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
 * balance. {@link AccountKind#OUTSIDE} is where people come from when a census first counts them or
 * an intake takes them into custody, and where they go when they leave the record; it is the only
 * account whose balance is not a population.
 *
 * <p>People who leave custody keep where they left from: a released, repatriated or dead account
 * may name the facility and the custodian of origin, so that two prisons emptied on one night stay
 * two balances ({@link #releasedFrom(Account)}, {@link #repatriatedFrom(Account, CountryCode)},
 * {@link #deadFrom(Account)}). A released or repatriated account may name the country the people
 * went to, so that totals by destination exist.
 *
 * <p>Invariants: a held account has a custodian; an at-large or outside account has none; a held
 * account names a facility or a country, not both; only a held, at-large, released, repatriated or
 * dead account names a facility; only a held, released or repatriated account names a country
 * (where they are held, or where they went); an outside account names neither.
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
   * Obtains the account of {@code cohort} repatriated to {@code country}, origin not reported.
   *
   * @param country the country they were repatriated to
   * @param cohort who they are
   * @return the account
   */
  public static Account repatriatedTo(CountryCode country, Cohort cohort) {
    return ImmutableAccount.of(
        AccountKind.REPATRIATED,
        cohort,
        Optional.empty(),
        Optional.empty(),
        Optional.of(checkNotNull(country, "country")));
  }

  /**
   * Obtains the account of the people released from the held account {@code from}: its cohort, and
   * the facility and custodian they left.
   *
   * @param from the held account they leave
   * @return the released account, destination not reported
   * @throws IllegalArgumentException if {@code from} is not a held account
   */
  public static Account releasedFrom(Account from) {
    return leaving(AccountKind.RELEASED, from, Optional.empty());
  }

  /**
   * Obtains the account of the people released from the held account {@code from} into {@code
   * country}.
   *
   * @param from the held account they leave
   * @param country the country they were released into
   * @return the released account
   * @throws IllegalArgumentException if {@code from} is not a held account
   */
  public static Account releasedFrom(Account from, CountryCode country) {
    return leaving(AccountKind.RELEASED, from, Optional.of(checkNotNull(country, "country")));
  }

  /**
   * Obtains the account of the people repatriated from the held account {@code from} to {@code
   * country}.
   *
   * @param from the held account they leave
   * @param country the country they were repatriated to
   * @return the repatriated account
   * @throws IllegalArgumentException if {@code from} is not a held account
   */
  public static Account repatriatedFrom(Account from, CountryCode country) {
    return leaving(AccountKind.REPATRIATED, from, Optional.of(checkNotNull(country, "country")));
  }

  /**
   * Obtains the account of the people repatriated from the held account {@code from}, destination
   * not reported.
   *
   * @param from the held account they leave
   * @return the repatriated account
   * @throws IllegalArgumentException if {@code from} is not a held account
   */
  public static Account repatriatedFrom(Account from) {
    return leaving(AccountKind.REPATRIATED, from, Optional.empty());
  }

  /**
   * Obtains the account of the people who died out of {@code from}: in custody (a held account: its
   * facility and custodian are kept) or while at large (the facility they escaped from is kept).
   *
   * @param from the held or at-large account they die out of
   * @return the dead account
   * @throws IllegalArgumentException if {@code from} is neither held nor at large
   */
  public static Account deadFrom(Account from) {
    checkNotNull(from, "from");
    if (from.kind() == AccountKind.AT_LARGE) {
      return ImmutableAccount.of(
          AccountKind.DEAD, from.cohort(), Optional.empty(), from.facility(), Optional.empty());
    }
    return leaving(AccountKind.DEAD, from, Optional.empty());
  }

  /**
   * Obtains any account from its parts, as a reader of documents has them; the factories above name
   * the common cases.
   *
   * @param kind the kind
   * @param cohort who they are
   * @param custodian who holds them (held), or held them (released, repatriated, dead)
   * @param facility where they are held, escaped from or left custody from
   * @param country where they are held (held, no facility), or went (released, repatriated)
   * @return the account
   * @throws IllegalArgumentException if the parts break an invariant of the class
   */
  public static Account ofParts(
      AccountKind kind,
      Cohort cohort,
      Optional<ActorId> custodian,
      Optional<FacilityId> facility,
      Optional<CountryCode> country) {
    return ImmutableAccount.of(
        checkNotNull(kind, "kind"),
        checkNotNull(cohort, "cohort"),
        checkNotNull(custodian, "custodian"),
        checkNotNull(facility, "facility"),
        checkNotNull(country, "country"));
  }

  private static Account leaving(AccountKind kind, Account from, Optional<CountryCode> to) {
    checkNotNull(from, "from");
    if (!from.isHeld()) {
      throw new IllegalArgumentException(
          String.format(
              "Account.from (%s) must be a held account to leave custody as %s",
              from, kind.name().toLowerCase(java.util.Locale.ROOT)));
    }
    return ImmutableAccount.of(kind, from.cohort(), from.custodian(), from.facility(), to);
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
   * Returns who holds them, for a held account; who held them, for people released, repatriated or
   * dead who left a custodian.
   *
   * @return the custodian: present for a held account, optional for released, repatriated and dead
   *     accounts, empty otherwise
   */
  @Value.Parameter(order = 2)
  public abstract Optional<ActorId> custodian();

  /**
   * Returns the facility: where they are held, where they escaped from, or where they left custody
   * from (released, repatriated, dead).
   *
   * @return the facility, or empty when not reported or not applicable
   */
  @Value.Parameter(order = 3)
  public abstract Optional<FacilityId> facility();

  /**
   * Returns the country they are in: held in, for a held account whose facility is not reported;
   * released into or repatriated to, for a released or repatriated account.
   *
   * @return the country, or empty when not reported or not applicable
   */
  @Value.Parameter(order = 4)
  public abstract Optional<CountryCode> country();

  /**
   * Returns every actor the account names: its custodian, if any, then its cohort's affiliation.
   * Kept with the account (and left out of equality, which its parts decide), so that a check run
   * for every movement reads them without unwrapping an {@code Optional} each time.
   *
   * @return none, one or two actors, in that order
   */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableList<ActorId> actorsNamed() {
    ImmutableList.Builder<ActorId> named = ImmutableList.builderWithExpectedSize(2);
    custodian().ifPresent(named::add);
    cohort().affiliation().ifPresent(named::add);
    return named.build();
  }

  /**
   * Returns the facility the account names, as a list of none or one; kept with the account, like
   * {@link #actorsNamed()}.
   *
   * @return {@link #facility()} as a list
   */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableList<FacilityId> facilitiesNamed() {
    return facility().isPresent() ? ImmutableList.of(facility().get()) : ImmutableList.of();
  }

  @Value.Check
  final void check() {
    AccountKind kind = kind();
    boolean held = kind == AccountKind.HELD;
    boolean leftCustody =
        kind == AccountKind.RELEASED || kind == AccountKind.REPATRIATED || kind == AccountKind.DEAD;
    if (held ? custodian().isEmpty() : custodian().isPresent() && !leftCustody) {
      throw new IllegalArgumentException(
          String.format(
              "Account.custodian (%s) must be present for a HELD account and is only for a HELD,"
                  + " RELEASED, REPATRIATED or DEAD account; kind is %s",
              custodian().map(ActorId::toString).orElse("empty"), kind));
    }
    if (facility().isPresent() && kind == AccountKind.OUTSIDE) {
      throw new IllegalArgumentException(
          String.format(
              "Account.facility (%s) is not for an OUTSIDE account, which is nowhere",
              facility().get()));
    }
    if (country().isPresent()
        && !(held && facility().isEmpty())
        && kind != AccountKind.RELEASED
        && kind != AccountKind.REPATRIATED) {
      throw new IllegalArgumentException(
          String.format(
              "Account.country (%s) is only for a HELD account without a facility or a RELEASED or"
                  + " REPATRIATED account; was %s%s",
              country().get(), kind, facility().map(f -> " at " + f).orElse("")));
    }
  }

  /**
   * Checks if the account is where people go when they leave custody for good: released,
   * repatriated or dead.
   *
   * @return true for a released, repatriated or dead account
   */
  public final boolean hasLeftCustody() {
    return kind() == AccountKind.RELEASED
        || kind() == AccountKind.REPATRIATED
        || kind() == AccountKind.DEAD;
  }

  /**
   * Checks if {@code other} is an account of the same place as this one: the same kind, custodian,
   * facility and country, whatever the cohort. Accounts of one place whose cohorts nest (nationals
   * of TJ among the foreign nationals held at a prison) are counted together by a census of the
   * wider one.
   *
   * @param other the other account
   * @return true if only the cohorts may differ
   */
  public final boolean isAtSamePlaceAs(Account other) {
    checkNotNull(other, "other");
    return kind() == other.kind()
        && custodian().equals(other.custodian())
        && facility().equals(other.facility())
        && country().equals(other.country());
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
   * from al-shaddadi: ...", "held by syria-gov, place not reported: ...", "repatriated to FR from
   * al-hol (held by sdf): ...", "dead from al-sina'a (held by sdf): ...".
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
      case RELEASED:
      case REPATRIATED:
      case DEAD:
        where =
            kind().name().toLowerCase(java.util.Locale.ROOT)
                + country()
                    .map(c -> (kind() == AccountKind.RELEASED ? " into " : " to ") + c)
                    .orElse("")
                + origin();
        break;
      default:
        where = kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    return where + ": " + cohort();
  }

  /** " from al-hol (held by sdf)", " (held by sdf)", " from al-hol", or nothing. */
  private String origin() {
    return facility().map(f -> " from " + f).orElse("")
        + custodian().map(c -> " (held by " + c + ")").orElse("");
  }
}
