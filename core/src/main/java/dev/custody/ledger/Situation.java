package dev.custody.ledger;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.event.Account;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.ObligationId;
import dev.custody.model.Reading;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of custody at one instant, under one reading: the balance of every account any event
 * touched, the controller of every facility whose control was recorded, and the agreements
 * concluded, with what has become of their obligations.
 *
 * <p>An account that no census counted and no event touched is unknown: {@link #balance(Account)}
 * answers {@link Estimate#unknown()} for it. That holds for every kind of account: before a census
 * says so, the ledger cannot know that nobody was at large from a prison, so those at large after
 * an escape are "at least" what the escape moved there; a census of the at-large account before the
 * escape (counting zero) makes the balance bounded. Obtained from {@link
 * Ledger#situationAt(Instant)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Situation {

  Situation() {}

  static Situation snapshot(
      Instant asOf,
      Reading reading,
      Map<Account, Estimate> balances,
      Map<FacilityId, ActorId> controllers,
      Map<AgreementId, Agreement> agreements,
      Map<EventId, Estimate> allOfThem,
      Map<EventId, JointSplit> jointSplits) {
    return ImmutableSituation.builder()
        .asOf(asOf)
        .reading(reading)
        .putAllBalances(balances)
        .controllers(ImmutableSortedMap.copyOf(controllers))
        .agreements(ImmutableSortedMap.copyOf(agreements))
        .allOfThem(ImmutableSortedMap.copyOf(allOfThem))
        .jointSplits(ImmutableSortedMap.copyOf(jointSplits))
        .build();
  }

  /**
   * Returns the instant described.
   *
   * @return the instant
   */
  @Value.Parameter(order = 0)
  public abstract Instant asOf();

  /**
   * Returns the reading under which the balances were computed.
   *
   * @return the reading
   */
  @Value.Parameter(order = 1)
  public abstract Reading reading();

  /**
   * Returns the balance of every account an event touched.
   *
   * @return the balances by account
   */
  @Value.Parameter(order = 2)
  public abstract ImmutableMap<Account, Estimate> balances();

  /**
   * Returns the controller of every facility whose control was recorded.
   *
   * @return the controllers by facility, in id order
   */
  @Value.Parameter(order = 3)
  public abstract ImmutableSortedMap<FacilityId, ActorId> controllers();

  /**
   * Returns the agreements concluded, with their obligations as they stand.
   *
   * @return the agreements by id, in id order
   */
  @Value.Parameter(order = 4)
  public abstract ImmutableSortedMap<AgreementId, Agreement> agreements();

  /**
   * Returns what each event that moved {@linkplain dev.custody.event.Movement#allOfThem() all of
   * them} moved: the balance of its origin when the ledger applied it.
   *
   * @return the numbers moved by event id, in id order; empty when no such event was applied
   */
  @Value.Parameter(order = 5)
  public abstract ImmutableSortedMap<EventId, Estimate> allOfThem();

  /**
   * Returns how the ledger split each joint movement it applied (one figure over several origins,
   * "500 escaped from both prisons"): the range each part moved, and what the origins and the
   * destinations held together after it.
   *
   * @return the splits by event id, in id order; empty when no joint movement was applied
   */
  @Value.Parameter(order = 6)
  public abstract ImmutableSortedMap<EventId, JointSplit> jointSplits();

  /**
   * Returns how many {@code movement} of {@code event} moved: its size under the reading or, for a
   * movement of all of them that the situation applied, the balance it emptied, and for a part of a
   * joint movement the range the ledger gave that part ({@link #jointSplits()}).
   *
   * @param event the event's id
   * @param movement one of its movements
   * @return the number moved
   */
  public final Estimate moved(EventId event, dev.custody.event.Movement movement) {
    checkNotNull(event, "event");
    checkNotNull(movement, "movement");
    Estimate resolved = movement.allOfThem() ? allOfThem().get(event) : null;
    if (movement.isJointPart()) {
      JointSplit split = jointSplits().get(event);
      resolved = split == null ? null : split.parts().get(movement.from());
    }
    return resolved == null ? reading().of(movement.size()) : resolved;
  }

  /**
   * Returns the balance of {@code account}.
   *
   * @param account the account
   * @return its balance, or {@link Estimate#unknown()} when no census or event touched it
   */
  public final Estimate balance(Account account) {
    Estimate balance = balances().get(checkNotNull(account, "account"));
    return balance == null ? Estimate.unknown() : balance;
  }

  /**
   * Returns who controls {@code facility}.
   *
   * @param facility the facility
   * @return the controller, or empty when no control was recorded
   */
  public final Optional<ActorId> controllerOf(FacilityId facility) {
    return Optional.ofNullable(controllers().get(checkNotNull(facility, "facility")));
  }

  /**
   * Returns the status of every obligation of an agreement at {@link #asOf()}.
   *
   * @param agreement the agreement's id
   * @return the statuses by obligation, empty when the agreement is not concluded
   */
  public final ImmutableMap<ObligationId, DeadlineStatus> statusOf(AgreementId agreement) {
    Agreement concluded = agreements().get(checkNotNull(agreement, "agreement"));
    return concluded == null ? ImmutableMap.of() : concluded.statusAt(asOf());
  }

  /**
   * Returns the situation as "situation at 2026-01-22T09:00:00Z (envelope): 5 accounts, 1
   * controlled facility, 2 agreements".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return "situation at "
        + asOf()
        + " ("
        + reading()
        + "): "
        + count(balances().size(), "account", "accounts")
        + ", "
        + count(controllers().size(), "controlled facility", "controlled facilities")
        + ", "
        + count(agreements().size(), "agreement", "agreements");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
