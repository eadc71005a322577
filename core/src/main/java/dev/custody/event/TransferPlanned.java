package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A transfer is planned: who plans it, from where, to whom and where, how many, and who pays.
 *
 * <p>The reference plan moves about 7,000 ISIS detainees "from al-Shaddadi and at least two other
 * jails" in Syria to Iraq, planned by U.S. Central Command, received by the Iraqi government and
 * paid for by the United States. Its origin is an open set: {@linkplain #namedFacilities() named
 * facilities} plus {@linkplain #unnamedFacilities() at least some unnamed ones} in the {@linkplain
 * #originCountry() origin country}. Custodian, controller and payer are distinct: the plan names
 * the {@linkplain #receiver() receiving custodian} and the {@linkplain #payer() payer} separately.
 * A plan moves nobody; the {@link PlannedMovement movements} that name it do.
 *
 * <p>A plan is for one {@linkplain #movementKind() kind of movement}: a transfer by default, or a
 * release, a repatriation programme or a handover of custody. A movement counts toward it when it
 * is of that kind, leaves from an origin the plan admits, and moves a cohort that lies within the
 * plan's cohort: two nationals of one country count toward a plan for all foreign fighters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class TransferPlanned implements Event permits ImmutableTransferPlanned {

  /** The stable type name. */
  public static final String TYPE = "transfer-planned";

  TransferPlanned() {}

  /**
   * Returns a builder. Id, time, planner, cohort, receiver and size are required; a plan names at
   * least one facility or an origin country.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract When when();

  /**
   * Returns who plans and runs the transfer.
   *
   * @return the planner
   */
  public abstract ActorId planner();

  /**
   * Returns who is to be moved.
   *
   * @return the cohort
   */
  public abstract Cohort cohort();

  /**
   * Returns the facilities named as origins.
   *
   * @return the named facilities, possibly empty when only a country is given
   */
  public abstract ImmutableSet<FacilityId> namedFacilities();

  /**
   * Returns how many further facilities, not named, the plan says it draws from ("at least two
   * other jails"); zero when the named facilities are all.
   *
   * @return the number of unnamed origin facilities, zero or more
   */
  @Value.Default
  public int unnamedFacilities() {
    return 0;
  }

  /**
   * Returns the country the detainees are to leave.
   *
   * @return the origin country, or empty
   */
  public abstract Optional<CountryCode> originCountry();

  /**
   * Returns who is to receive them: the receiving custodian of a transfer or handover, the
   * government that takes in a repatriation, the authority that carries out a release.
   *
   * @return the receiver
   */
  public abstract ActorId receiver();

  /**
   * Returns the facility they are to go to, when reported.
   *
   * @return the destination facility, or empty
   */
  public abstract Optional<FacilityId> destination();

  /**
   * Returns who pays for holding them, when neither the planner nor the receiver.
   *
   * @return the payer, or empty when not reported
   */
  public abstract Optional<ActorId> payer();

  /**
   * Returns the agreement the plan carries out.
   *
   * @return the agreement, or empty
   */
  public abstract Optional<AgreementId> agreement();

  /**
   * Returns the claims about how many are to be moved.
   *
   * @return the figure
   */
  public abstract Figure size();

  /**
   * Returns the kind of movement the plan is for: a transfer (the default), a release, a
   * repatriation programme, a handover of custody. Only movements of this kind count toward it.
   *
   * @return the kind
   */
  @Value.Default
  public MovementKind movementKind() {
    return MovementKind.TRANSFER;
  }

  @Value.Check
  final void check() {
    if (unnamedFacilities() < 0) {
      throw new IllegalArgumentException(
          String.format(
              "TransferPlanned.unnamedFacilities (%d) must not be negative, for %s",
              unnamedFacilities(), id()));
    }
    if (namedFacilities().isEmpty() && originCountry().isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "TransferPlanned.namedFacilities ([]) needs an originCountry when empty, for %s",
              id()));
    }
  }

  /**
   * Checks if a transfer out of {@code facility} can belong to this plan: the facility is named, or
   * the plan admits unnamed facilities and the facility lies in the origin country (or the plan
   * gives none).
   *
   * @param facility the facility detainees leave
   * @param countryOf the country of each facility, as the ledger's world knows it
   * @return true if the plan's scope admits it
   */
  public final boolean admits(
      FacilityId facility, Function<FacilityId, Optional<CountryCode>> countryOf) {
    checkNotNull(facility, "facility");
    checkNotNull(countryOf, "countryOf");
    if (namedFacilities().contains(facility)) {
      return true;
    }
    boolean open = unnamedFacilities() > 0 || namedFacilities().isEmpty();
    return open && (originCountry().isEmpty() || originCountry().equals(countryOf.apply(facility)));
  }

  /**
   * Checks if every origin this plan admits lies within {@code scope}: its cohort within the
   * scope's cohort, each facility it names within the scope's facilities or country, and, when it
   * admits unnamed facilities, its origin country the scope's. A scope of accounts, or one that
   * asks for a custodian, never holds every origin: a plan draws on whoever holds the people. So a
   * census of "the fighters still held in Syria" holds every origin of a plan to move fighters out
   * of al-Shaddadi and two unnamed Syrian jails, and a running total of that scope counts the whole
   * of the plan's movements.
   *
   * @param scope the scope
   * @param countryOf the country of each facility, as the ledger's world knows it
   * @param within whether a cohort (first) lies within another (second), as the ledger's world
   *     knows it
   * @return true if every origin the plan admits lies within the scope
   * @throws NullPointerException naming the argument that is null
   */
  public final boolean drawsOnlyWithin(
      CensusScope scope,
      Function<FacilityId, Optional<CountryCode>> countryOf,
      BiPredicate<Cohort, Cohort> within) {
    checkNotNull(scope, "scope");
    checkNotNull(countryOf, "countryOf");
    checkNotNull(within, "within");
    if (scope.account().isPresent() || scope.joint().isPresent() || scope.custodian().isPresent()) {
      return false;
    }
    if (scope.cohort().isPresent() && !within.test(cohort(), scope.cohort().get())) {
      return false;
    }
    boolean closed = unnamedFacilities() == 0 && !namedFacilities().isEmpty();
    if (scope.facilities().isPresent()
        && !(closed && scope.facilities().get().containsAll(namedFacilities()))) {
      return false;
    }
    if (scope.country().isPresent()) {
      for (FacilityId facility : namedFacilities()) {
        if (!countryOf.apply(facility).equals(scope.country())) {
          return false;
        }
      }
      return closed || originCountry().equals(scope.country());
    }
    return true;
  }

  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final TransferPlanned withOperation(OperationPart part) {
    return ((ImmutableTransferPlanned) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the plan as "transfer-planned id when: about N cohort from [facilities] (+ at least 2
   * unnamed) to receiver, paid by payer".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return TYPE
        + " "
        + id()
        + " "
        + when()
        + ": "
        + size().envelope()
        + " "
        + cohort()
        + " from "
        + namedFacilities()
        + (unnamedFacilities() > 0 ? " and at least " + unnamedFacilities() + " unnamed" : "")
        + originCountry().map(c -> " in " + c).orElse("")
        + " to "
        + receiver()
        + destination().map(d -> " at " + d).orElse("")
        + payer().map(p -> ", paid by " + p).orElse("");
  }

  /** Builds a {@link TransferPlanned}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableTransferPlanned.Builder {
    Builder() {}
  }
}
