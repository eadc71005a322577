package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.model.CountryCode;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A sourced running total of a {@link Flow} in a {@link CensusScope}, at a time: "104 recaptured by
 * the 21st", "130 by the 23rd", "about 780 taken into custody over the years", "the ninth death".
 *
 * <p>A running total moves nobody and sets no balance. It counts every movement of its flow, since
 * the record began, that touches its scope by its time (and, for a total of a plan, was made under
 * the plan); rule {@code CUS-020} compares it with the movements the ledger records by then. Two
 * running totals of one flow at different times are two counts of a growing sum, never claims about
 * one quantity, so they never conflict.
 *
 * <p>A movement touches the scope when either of its accounts meets it. For a scope of one account,
 * that is the account itself; for a scope of criteria, every criterion is tested on the account
 * whatever its kind: the cohort, the custodian (of a held account, or the custodian of origin of a
 * released, repatriated or dead one), the facility (where the people are held, or left from), and
 * the country (of the facility, or else the account's own: where a released or repatriated account
 * went). So "repatriated to France so far" is {@code CensusScope.country(FR)} and "released from
 * Ghweran so far" is {@code CensusScope.facilities(ghweran)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class RunningTotalReported implements Event
    permits ImmutableRunningTotalReported {

  /** The stable type name. */
  public static final String TYPE = "running-total-reported";

  RunningTotalReported() {}

  /**
   * Obtains a running total.
   *
   * @param id the event's id
   * @param when the time the total runs to: "by the 23rd" is the 23rd
   * @param flow what is counted
   * @param scope where, whose or of whom
   * @param total the claims about how many so far
   * @return the running total
   */
  public static RunningTotalReported of(
      EventId id, When when, Flow flow, CensusScope scope, Figure total) {
    return ImmutableRunningTotalReported.of(id, when, flow, scope, total);
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  @Override
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns the flow counted.
   *
   * @return the flow
   */
  @Value.Parameter(order = 2)
  public abstract Flow flow();

  /**
   * Returns the scope whose movements are counted.
   *
   * @return the scope
   */
  @Value.Parameter(order = 3)
  public abstract CensusScope scope();

  /**
   * Returns the claims about how many had moved in the flow by the time.
   *
   * @return the total
   */
  @Value.Parameter(order = 4)
  public abstract Figure total();

  /**
   * Returns the plan whose movements the total counts, when it counts only those: "transferred
   * under the plan so far".
   *
   * @return the plan's event id, empty when the total counts every movement of its flow in scope
   */
  public abstract Optional<EventId> plan();

  /**
   * Returns a copy of this total that counts only the movements made under {@code plan}.
   *
   * @param plan the id of a {@link TransferPlanned} event
   * @return the copy
   * @throws NullPointerException if {@code plan} is null
   */
  public final RunningTotalReported withPlan(EventId plan) {
    checkNotNull(plan, "plan");
    return ((ImmutableRunningTotalReported) this).copyWithPlan(plan);
  }

  /** A running total moves nobody. */
  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final RunningTotalReported withOperation(OperationPart part) {
    return ((ImmutableRunningTotalReported) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Checks if a movement from {@code from} to {@code to}, made under {@code plan} or under none,
   * counts toward this total: it is of the total's flow, one of its accounts meets the scope, and,
   * when the total is of a plan, it was made under that plan.
   *
   * @param from the account people leave
   * @param to the account they enter
   * @param plan the plan the movement was made under, empty when none
   * @param countryOf the country of each facility, as the ledger's world knows it
   * @return true if the movement counts
   * @throws NullPointerException naming the argument that is null
   */
  public final boolean counts(
      Account from,
      Account to,
      Optional<EventId> plan,
      Function<FacilityId, Optional<CountryCode>> countryOf) {
    checkNotNull(plan, "plan");
    checkNotNull(countryOf, "countryOf");
    return (plan().isEmpty() || plan().equals(plan))
        && flow().joins(from, to)
        && (meets(from, countryOf) || meets(to, countryOf));
  }

  private boolean meets(Account account, Function<FacilityId, Optional<CountryCode>> countryOf) {
    CensusScope scope = scope();
    if (scope.account().isPresent()) {
      return scope.account().get().equals(account);
    }
    if (account.kind() == AccountKind.OUTSIDE) {
      return false;
    }
    if (scope.cohort().isPresent() && !scope.cohort().get().equals(account.cohort())) {
      return false;
    }
    if (scope.custodian().isPresent() && !scope.custodian().equals(account.custodian())) {
      return false;
    }
    if (scope.facilities().isPresent()
        && !(account.facility().isPresent()
            && scope.facilities().get().contains(account.facility().get()))) {
      return false;
    }
    if (scope.country().isPresent()) {
      Optional<CountryCode> where =
          account.facility().isPresent()
              ? countryOf.apply(account.facility().get())
              : account.country();
      return where.equals(scope.country());
    }
    return true;
  }

  /**
   * Returns the event as "running-total-reported recaptured-23 2022-01-23 (Asia/Damascus):
   * recaptured, facilities [ghweran] 130".
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
        + flow().words()
        + ", "
        + scope()
        + plan().map(p -> ", under plan " + p).orElse("")
        + " "
        + total().envelope();
  }
}
