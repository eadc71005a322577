package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import java.util.Comparator;
import java.util.Optional;

/**
 * A way of grouping populations (those held unless another kind is asked for): by custodian, by the
 * controller of their facility, by country, by facility kind, by facility or by cohort. Each
 * dimension assigns a held {@link Account} at most one key, so the groups of a dimension partition
 * the accounts that have a key; the others are unattributed (a detainee population whose place was
 * not reported has no country, for instance).
 *
 * <p>The dimensions are constants, typed by their key, in the way of {@code
 * java.time.temporal.ChronoField}. This class is immutable and thread-safe.
 *
 * @param <K> the type of the key that names a group
 */
public final class Dimension<K> {

  /**
   * Groups by the actor holding the detainees, as each account records it; for people who left
   * custody, the one they left.
   */
  public static final Dimension<ActorId> CUSTODIAN =
      new Dimension<>(
          "custodian", (account, world, situation) -> account.custodian(), naturalOrder());

  /**
   * Groups by who controls the facility at the situation's instant; accounts held outside a known
   * facility, or at a facility whose control was never recorded, are unattributed. The controller
   * may differ from the custodian: a prison can change hands before its guards report anything.
   */
  public static final Dimension<ActorId> CONTROLLER =
      new Dimension<>(
          "controller",
          (account, world, situation) -> account.facility().flatMap(situation::controllerOf),
          naturalOrder());

  /**
   * Groups by country: the country of the facility, as the world knows it, or the country a held
   * account records when no facility is known; unattributed when neither is known. For people who
   * left custody it is the country of the facility they left (where they went is the {@link
   * #DESTINATION}).
   */
  public static final Dimension<CountryCode> COUNTRY =
      new Dimension<>(
          "country",
          (account, world, situation) ->
              account.facility().isPresent()
                  ? world.countryOf(account.facility().get())
                  : account.isHeld() ? account.country() : Optional.empty(),
          naturalOrder());

  /**
   * Groups people who left custody by where they went: the country of a repatriation or of a
   * release, as the account records it; unattributed when it names none, and for every account of
   * people still held, at large or dead.
   */
  public static final Dimension<CountryCode> DESTINATION =
      new Dimension<>(
          "destination",
          (account, world, situation) ->
              account.kind() == AccountKind.RELEASED || account.kind() == AccountKind.REPATRIATED
                  ? account.country()
                  : Optional.empty(),
          naturalOrder());

  /** Groups by the kind of facility; accounts with no known facility are unattributed. */
  public static final Dimension<FacilityKind> FACILITY_KIND =
      new Dimension<>(
          "facility kind",
          (account, world, situation) ->
              account.facility().flatMap(world::facility).map(Facility::kind),
          naturalOrder());

  /** Groups by facility; accounts with no facility are unattributed. */
  public static final Dimension<FacilityId> FACILITY =
      new Dimension<>(
          "facility", (account, world, situation) -> account.facility(), naturalOrder());

  /** Groups by cohort: who the detainees are. Every account has one. */
  public static final Dimension<Cohort> COHORT =
      new Dimension<>(
          "cohort",
          (account, world, situation) -> Optional.of(account.cohort()),
          Comparator.comparing(Cohort::toString));

  /** How a dimension finds the key of an account. */
  @FunctionalInterface
  private interface KeyFunction<K> {
    Optional<K> keyOf(Account account, World world, Situation situation);
  }

  private final String name;
  private final KeyFunction<K> key;
  private final Comparator<? super K> order;

  private Dimension(String name, KeyFunction<K> key, Comparator<? super K> order) {
    this.name = name;
    this.key = key;
    this.order = order;
  }

  private static <K extends Comparable<? super K>> Comparator<K> naturalOrder() {
    return Comparator.naturalOrder();
  }

  /**
   * Returns the name of the dimension, such as "custodian" or "facility kind".
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the key of the group {@code account} belongs to.
   *
   * @param account a held account
   * @param world the world that knows the account's facility
   * @param situation the situation that knows who controls the facility
   * @return the key, or empty when the account is unattributed in this dimension
   */
  public Optional<K> keyOf(Account account, World world, Situation situation) {
    checkNotNull(account, "account");
    checkNotNull(world, "world");
    checkNotNull(situation, "situation");
    return key.keyOf(account, world, situation);
  }

  /**
   * Returns the order in which groups are listed: by id for actors, facilities and countries, by
   * declaration for facility kinds, by text for cohorts.
   *
   * @return the comparator of keys
   */
  public Comparator<? super K> order() {
    return order;
  }

  /**
   * Returns the name of the dimension.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
