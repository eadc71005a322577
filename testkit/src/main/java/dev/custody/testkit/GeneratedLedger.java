package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.event.Account;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.ObligationId;
import dev.custody.model.OperationId;
import java.time.Instant;
import java.util.Objects;

/**
 * A valid ledger made by {@link LedgerArbitrary}, with what a property needs to check it: the true
 * count of every account it touched (all its figures are exact), the controller of every facility,
 * and the fixtures every generated ledger holds.
 *
 * <p>The world: a {@link #KEEPER} and a {@link #RIVAL} holding {@link #FIGHTERS} of the {@link
 * #GROUP}; an {@link #ANCHOR} prison in Syria that the keeper always controls and never empties
 * below {@value #ANCHOR_FLOOR}, a {@link #BORDER_SITE} in Iraq that the rival always controls and
 * never empties below {@value #BORDER_FLOOR}, and up to three more facilities. The fixtures: the
 * agreement {@link #PACT} between keeper and rival, whose obligation {@link #SETTLED} is met,
 * {@link #DUE} has a deadline thirty days after {@link #START}, {@link #OPEN} has none, and {@link
 * #PAUSE} falls on the group, a third party, for a term cut short at once and breached in the
 * opening; and the plan {@link #PLAN} to move {@value #PLAN_SIZE} fighters out of Syria, of which
 * at most {@value #PLAN_CEILING} are ever moved.
 *
 * <p>Instances are immutable.
 */
public final class GeneratedLedger {
  /** The first instant of every generated ledger: 2026-01-01T00:00Z. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** The state that holds most detainees. */
  public static final ActorId KEEPER = ActorId.of("keeper");

  /** The armed group that holds the others. */
  public static final ActorId RIVAL = ActorId.of("rival");

  /** The organisation the detainees are affiliated with. */
  public static final ActorId GROUP = ActorId.of("group");

  /** Syria, where the anchor and the plan's origin are. */
  public static final CountryCode SYRIA = CountryCode.of("SY");

  /** Iraq, where the border site is. */
  public static final CountryCode IRAQ = CountryCode.of("IQ");

  /** The only cohort: fighters of the group. */
  public static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, GROUP);

  /** The keeper's prison in Syria, never below {@value #ANCHOR_FLOOR} held. */
  public static final FacilityId ANCHOR = FacilityId.of("anchor");

  /** The rival's site in Iraq, never below {@value #BORDER_FLOOR} held. */
  public static final FacilityId BORDER_SITE = FacilityId.of("border-site");

  /** The fewest the keeper holds at the anchor. */
  public static final long ANCHOR_FLOOR = 500;

  /** The fewest the rival holds at the border site. */
  public static final long BORDER_FLOOR = 50;

  /** The agreement between keeper and rival. */
  public static final AgreementId PACT = AgreementId.of("pact");

  /** The pact's obligation met at the opening. */
  public static final ObligationId SETTLED = ObligationId.of("settled");

  /** The pact's open obligation with a deadline thirty days after {@link #START}. */
  public static final ObligationId DUE = ObligationId.of("due");

  /** The pact's open obligation without a deadline. */
  public static final ObligationId OPEN = ObligationId.of("open");

  /**
   * The pact's obligation on the group, which is not a party: to stand down for 2,000 hours from
   * the conclusion, cut short to 1,500 hours after {@link #START} and breached in the opening.
   */
  public static final ObligationId PAUSE = ObligationId.of("pause");

  /** The plan to move fighters out of Syria. */
  public static final EventId PLAN = EventId.of("plan");

  /** The plan's exact size. */
  public static final long PLAN_SIZE = 100;

  /**
   * The operation every generated world declares: a sweep in three phases, of which prisons emptied
   * (all of them released or dead) are part.
   */
  public static final OperationId SWEEP = OperationId.of("sweep");

  /** The number of phases of {@link #SWEEP}. */
  public static final int SWEEP_PHASES = 3;

  /** The most the generated transfers move under the plan, so that one more always fits. */
  public static final long PLAN_CEILING = 90;

  private final World world;
  private final ImmutableList<Event> events;
  private final Ledger ledger;
  private final ImmutableMap<Account, Long> counts;
  private final ImmutableMap<FacilityId, ActorId> controllers;
  private final long movedUnderPlan;
  private final long opened;

  GeneratedLedger(
      World world,
      ImmutableList<Event> events,
      Ledger ledger,
      ImmutableMap<Account, Long> counts,
      ImmutableMap<FacilityId, ActorId> controllers,
      long movedUnderPlan,
      long opened) {
    this.world = world;
    this.events = events;
    this.ledger = ledger;
    this.counts = counts;
    this.controllers = controllers;
    this.movedUnderPlan = movedUnderPlan;
    this.opened = opened;
  }

  /**
   * Returns how many the opening censuses counted: the people of the ledger, whom no event creates
   * or loses.
   *
   * @return the sum of the opening counts
   */
  public long opened() {
    return opened;
  }

  /**
   * Returns the world of actors and facilities.
   *
   * @return the world
   */
  public World world() {
    return world;
  }

  /**
   * Returns the events, in the order they were generated, which is their time order.
   *
   * @return the events
   */
  public ImmutableList<Event> events() {
    return events;
  }

  /**
   * Returns the ledger of the events, read under the envelope reading; it accepted every event.
   *
   * @return the ledger
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * Returns the true count of every account an event touched, at the end.
   *
   * @return the counts by account
   */
  public ImmutableMap<Account, Long> counts() {
    return counts;
  }

  /**
   * Returns the true count of {@code account} at the end.
   *
   * @param account the account
   * @return its count
   * @throws IllegalArgumentException if no event touched the account
   */
  public long count(Account account) {
    Long count = counts.get(checkNotNull(account, "account"));
    if (count == null) {
      throw new IllegalArgumentException(
          String.format("GeneratedLedger account (%s) was never touched", account));
    }
    return count;
  }

  /**
   * Returns the controller of every facility at the end.
   *
   * @return the controllers by facility
   */
  public ImmutableMap<FacilityId, ActorId> controllers() {
    return controllers;
  }

  /**
   * Returns how many the transfers under {@link #PLAN} moved.
   *
   * @return at most {@value #PLAN_CEILING}
   */
  public long movedUnderPlan() {
    return movedUnderPlan;
  }

  /**
   * Returns an instant after every event: the time at which to ask for the final situation.
   *
   * @return one hour after the last event ends
   */
  public Instant end() {
    return events.get(events.size() - 1).when().end().plusSeconds(3_600);
  }

  /**
   * Returns the held account of {@code facility}'s controller at the end.
   *
   * @param facility a facility of the world
   * @return the account of the fighters its controller holds there
   */
  public Account heldAt(FacilityId facility) {
    ActorId controller = controllers.get(checkNotNull(facility, "facility"));
    if (controller == null) {
      throw new IllegalArgumentException(
          String.format("GeneratedLedger facility (%s) is not in the world", facility));
    }
    return Account.heldAt(controller, facility, FIGHTERS);
  }

  /**
   * Checks if the other is a generated ledger of the same events.
   *
   * @param other the object to compare
   * @return true if the events are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof GeneratedLedger that && events.equals(that.events);
  }

  /**
   * Returns a hash of the events.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(events);
  }

  /**
   * Returns the ledger as its size and one line per event, as jqwik prints a falsified sample.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("generated ledger of ").append(events.size()).append(" events");
    events.forEach(e -> text.append("\n  ").append(e));
    return text.toString();
  }
}
