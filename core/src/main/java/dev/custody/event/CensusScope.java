package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.CustodyStyle;
import dev.custody.model.FacilityId;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a census counts: one account, several accounts jointly, or every held population matching
 * some criteria (a facility or set of facilities, a country, a custodian, a cohort).
 *
 * <p>"About 9,000 still held in Syria" counts {@code CensusScope.country(SY)}; a count of one
 * camp's population held by one custodian is {@code CensusScope.account(...)}. A census of a single
 * account sets that account's balance; a census of a wider scope checks the sum of the balances it
 * covers. Criteria combine with {@code and}: {@code CensusScope.country(SY).withCustodian(sdf)}.
 *
 * <p>Cohorts nest: the account of a wider cohort (the foreign nationals held at a prison) holds the
 * rest of that cohort there, beside the accounts of the cohorts within it at the same place (the
 * nationals of TJ held there), and a scope of the wider account covers them all. A cohort criterion
 * covers every cohort within it. A <b>joint</b> scope ({@link #jointly(Account, Account,
 * Account...)}) is one figure over several accounts at once, its split unknown: "500 escaped from
 * both prisons", a flight's total of women, children and men.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class CensusScope {

  CensusScope() {}

  /**
   * Obtains the scope of exactly one account.
   *
   * @param account the account counted
   * @return the scope
   */
  public static CensusScope account(Account account) {
    return ImmutableCensusScope.builder().account(account).build();
  }

  /**
   * Obtains the scope of several accounts counted together, the split among them unknown: one
   * figure over the group.
   *
   * @param first an account
   * @param second another account
   * @param more further accounts
   * @return the scope
   * @throws IllegalArgumentException if an account is named twice or is an outside account
   */
  public static CensusScope jointly(Account first, Account second, Account... more) {
    checkNotNull(more, "more");
    ImmutableSet.Builder<Account> accounts =
        ImmutableSet.<Account>builder()
            .add(checkNotNull(first, "first"))
            .add(checkNotNull(second, "second"));
    int named = 2;
    for (int i = 0; i < more.length; i++) {
      accounts.add(checkNotNull(more[i], "more[%s]", i));
      named++;
    }
    ImmutableSet<Account> set = accounts.build();
    if (set.size() != named) {
      throw new IllegalArgumentException(
          String.format("CensusScope.joint (%s) must name each account once", set));
    }
    return ImmutableCensusScope.builder().joint(set).build();
  }

  /**
   * Obtains the scope of several accounts counted together, as {@link #jointly(Account, Account,
   * Account...)} does, from a collection.
   *
   * @param accounts the accounts, at least two, each once
   * @return the scope
   * @throws IllegalArgumentException if fewer than two accounts are given, or one is an outside
   *     account
   */
  public static CensusScope jointly(Iterable<Account> accounts) {
    return ImmutableCensusScope.builder()
        .joint(ImmutableSet.copyOf(checkNotNull(accounts, "accounts")))
        .build();
  }

  /**
   * Obtains the scope of every held population at the given facilities.
   *
   * @param first a facility
   * @param more further facilities
   * @return the scope
   */
  public static CensusScope facilities(FacilityId first, FacilityId... more) {
    return ImmutableCensusScope.builder()
        .facilities(
            ImmutableSet.<FacilityId>builder()
                .add(checkNotNull(first, "first"))
                .add(checkNotNull(more, "more"))
                .build())
        .build();
  }

  /**
   * Obtains the scope of every held population in {@code country}, at a facility there or in the
   * country with no facility reported.
   *
   * @param country the country
   * @return the scope
   */
  public static CensusScope country(CountryCode country) {
    return ImmutableCensusScope.builder().country(country).build();
  }

  /**
   * Obtains the scope of every population held by {@code custodian}.
   *
   * @param custodian the custodian
   * @return the scope
   */
  public static CensusScope custodian(ActorId custodian) {
    return ImmutableCensusScope.builder().custodian(custodian).build();
  }

  /**
   * Obtains the scope of every held population of {@code cohort}.
   *
   * @param cohort the cohort
   * @return the scope
   */
  public static CensusScope cohort(Cohort cohort) {
    return ImmutableCensusScope.builder().cohort(cohort).build();
  }

  /**
   * Returns the single account counted, for a one-account scope.
   *
   * @return the account, or empty for a scope of criteria
   */
  public abstract Optional<Account> account();

  /**
   * Returns the account of a one-account scope as a list of none or one. Kept with the scope (and
   * left out of equality, which {@link #account()} decides), like {@link
   * Account#facilitiesNamed()}, so that the checks and the fold, which ask for it several times per
   * census, read it without unwrapping an {@code Optional} each time.
   *
   * @return {@link #account()} as a list
   */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableList<Account> accountCounted() {
    return account().isPresent() ? ImmutableList.of(account().get()) : ImmutableList.of();
  }

  /**
   * Returns the accounts counted together, for a joint scope.
   *
   * @return the accounts, at least two; empty unless the scope is joint
   */
  public abstract Optional<ImmutableSet<Account>> joint();

  /**
   * Returns the facilities a held population must be at.
   *
   * @return the facilities, or empty for any
   */
  public abstract Optional<ImmutableSet<FacilityId>> facilities();

  /**
   * Returns the country a held population must be in.
   *
   * @return the country, or empty for any
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the custodian a held population must be held by.
   *
   * @return the custodian, or empty for any
   */
  public abstract Optional<ActorId> custodian();

  /**
   * Returns the cohort counted.
   *
   * @return the cohort, or empty for any
   */
  public abstract Optional<Cohort> cohort();

  @Value.Check
  final void check() {
    boolean criteria =
        facilities().isPresent()
            || country().isPresent()
            || custodian().isPresent()
            || cohort().isPresent();
    if (joint().isPresent()) {
      if (account().isPresent() || criteria) {
        throw new IllegalArgumentException(
            String.format(
                "CensusScope.joint (%s) must stand alone: a joint scope names no other account and"
                    + " no criteria",
                joint().get()));
      }
      if (joint().get().size() < 2) {
        throw new IllegalArgumentException(
            String.format(
                "CensusScope.joint (%s) must name at least two accounts; one account is"
                    + " CensusScope.account",
                joint().get()));
      }
      for (Account part : joint().get()) {
        if (part.kind() == AccountKind.OUTSIDE) {
          throw new IllegalArgumentException(
              String.format("CensusScope.joint account (%s) cannot be counted", part));
        }
      }
    } else if (account().isPresent() == criteria) {
      throw new IllegalArgumentException(
          String.format(
              "CensusScope must name either one account or some criteria, not %s",
              account().isPresent() ? "both" : "neither"));
    }
    if (facilities().isPresent() && facilities().get().isEmpty()) {
      throw new IllegalArgumentException("CensusScope.facilities ([]) must not be empty");
    }
    if (account().isPresent() && account().get().kind() == AccountKind.OUTSIDE) {
      throw new IllegalArgumentException(
          String.format("CensusScope.account (%s) cannot be counted", account().get()));
    }
  }

  /**
   * Returns a copy that requires the custodian {@code custodian}, in place of any custodian it
   * required before.
   *
   * @param custodian the custodian
   * @return the narrower scope
   * @throws IllegalArgumentException if this is a one-account or joint scope
   */
  public final CensusScope withCustodian(ActorId custodian) {
    return ((ImmutableCensusScope) this).copyWithCustodian(custodian);
  }

  /**
   * Returns a copy that requires the cohort {@code cohort}, in place of any cohort it required
   * before.
   *
   * @param cohort the cohort
   * @return the narrower scope
   * @throws IllegalArgumentException if this is a one-account or joint scope
   */
  public final CensusScope withCohort(Cohort cohort) {
    return ((ImmutableCensusScope) this).copyWithCohort(cohort);
  }

  /**
   * Checks if the scope is one account.
   *
   * @return true if {@link #account()} is present
   */
  public final boolean isSingleAccount() {
    return !accountCounted().isEmpty();
  }

  /**
   * Checks if the scope is several accounts counted together.
   *
   * @return true if {@link #joint()} is present
   */
  public final boolean isJoint() {
    return joint().isPresent();
  }

  /**
   * Checks if the scope covers {@code candidate}, with the nesting of cohorts {@link
   * Cohort#isWithin(Cohort)} computes: as {@link #covers(Account, Function, BiPredicate)} says.
   *
   * @param candidate the account to test
   * @param countryOf the country of each facility, as the ledger's world knows it
   * @return true if the census counts the people in {@code candidate}
   */
  public final boolean covers(
      Account candidate, Function<FacilityId, Optional<CountryCode>> countryOf) {
    return covers(candidate, countryOf, Cohort::isWithin);
  }

  /**
   * Checks if the scope covers {@code candidate}: for a one-account scope, the account itself and
   * every account of the same place whose cohort lies within its cohort (a count of the foreign
   * nationals held at a prison counts the nationals of TJ held there); for a joint scope, what one
   * of its accounts covers so; otherwise a held account meeting every criterion, a cohort criterion
   * met by every cohort within it. A held account with no facility meets a facility criterion
   * never, and a country criterion when its country matches.
   *
   * @param candidate the account to test
   * @param countryOf the country of each facility, as the ledger's world knows it
   * @param within whether a cohort (first) lies within another (second), as the ledger's world
   *     knows it
   * @return true if the census counts the people in {@code candidate}
   */
  public final boolean covers(
      Account candidate,
      Function<FacilityId, Optional<CountryCode>> countryOf,
      BiPredicate<Cohort, Cohort> within) {
    checkNotNull(candidate, "candidate");
    checkNotNull(countryOf, "countryOf");
    checkNotNull(within, "within");
    if (account().isPresent()) {
      return holds(account().get(), candidate, within);
    }
    if (joint().isPresent()) {
      for (Account part : joint().get()) {
        if (holds(part, candidate, within)) {
          return true;
        }
      }
      return false;
    }
    if (!candidate.isHeld()) {
      return false;
    }
    if (cohort().isPresent() && !within.test(candidate.cohort(), cohort().get())) {
      return false;
    }
    if (custodian().isPresent() && !custodian().equals(candidate.custodian())) {
      return false;
    }
    if (facilities().isPresent()
        && !(candidate.facility().isPresent()
            && facilities().get().contains(candidate.facility().get()))) {
      return false;
    }
    if (country().isPresent()) {
      Optional<CountryCode> where =
          candidate.facility().isPresent()
              ? countryOf.apply(candidate.facility().get())
              : candidate.country();
      return where.equals(country());
    }
    return true;
  }

  private static boolean holds(
      Account account, Account candidate, BiPredicate<Cohort, Cohort> within) {
    return account.equals(candidate)
        || account.isAtSamePlaceAs(candidate) && within.test(candidate.cohort(), account.cohort());
  }

  /**
   * Returns the scope as "[account]", "jointly [account; account]" or "country SY, custodian sdf".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    if (account().isPresent()) {
      return "[" + account().get() + "]";
    }
    if (joint().isPresent()) {
      return joint().get().stream()
          .map(Account::toString)
          .collect(Collectors.joining("; ", "jointly [", "]"));
    }
    StringBuilder text = new StringBuilder();
    facilities().ifPresent(f -> text.append("facilities ").append(f).append(", "));
    country().ifPresent(c -> text.append("country ").append(c).append(", "));
    custodian().ifPresent(c -> text.append("custodian ").append(c).append(", "));
    cohort().ifPresent(c -> text.append("cohort ").append(c).append(", "));
    return text.substring(0, text.length() - 2);
  }
}
