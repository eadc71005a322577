package dev.custody.ledger;

import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.PlannedMovement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events of a ledger as known at an instant, for {@link Ledger#asKnownAt(Instant)}: each event
 * as {@link Event#asKnownAt(Instant)} gives it, less those that refer to a plan or an agreement of
 * the ledger not yet known, transitively.
 */
final class AsKnown {
  private AsKnown() {}

  /**
   * The events of {@code events}, in ledger order, as known at {@code known}; or null when every
   * one of them is known then as it is.
   */
  static List<Event> events(List<Event> events, Instant known) {
    List<Event> kept = new ArrayList<>(events.size());
    boolean same = true;
    for (Event event : events) {
      Optional<Event> asKnown = event.asKnownAt(known);
      asKnown.ifPresent(kept::add);
      same &= asKnown.isPresent() && asKnown.get() == event;
    }
    if (same) {
      return null;
    }
    Set<EventId> recorded = new HashSet<>();
    Set<AgreementId> concluded = new HashSet<>();
    events.forEach(event -> collect(event, recorded, concluded));
    // a referent left out may leave out a referrer that is itself a referent: repeat until none
    boolean removed = true;
    while (removed) {
      Set<EventId> knownIds = new HashSet<>();
      Set<AgreementId> knownAgreements = new HashSet<>();
      kept.forEach(event -> collect(event, knownIds, knownAgreements));
      removed =
          kept.removeIf(
              event ->
                  plan(event).filter(p -> recorded.contains(p) && !knownIds.contains(p)).isPresent()
                      || agreement(event)
                          .filter(a -> concluded.contains(a) && !knownAgreements.contains(a))
                          .isPresent());
    }
    return kept;
  }

  private static void collect(Event event, Set<EventId> ids, Set<AgreementId> agreements) {
    ids.add(event.id());
    if (event instanceof AgreementConcluded conclusion) {
      agreements.add(conclusion.agreement().id());
    }
  }

  /** The plan an event refers to: a movement's, or the plan a running total counts under. */
  private static Optional<EventId> plan(Event event) {
    if (event instanceof RunningTotalReported total) {
      return total.plan();
    }
    return event instanceof PlannedMovement movement ? movement.plan() : Optional.empty();
  }

  /** The agreement an event refers to. */
  private static Optional<AgreementId> agreement(Event event) {
    if (event instanceof ObligationMet met) {
      return Optional.of(met.agreement());
    } else if (event instanceof DeadlineExtended extended) {
      return Optional.of(extended.agreement());
    } else if (event instanceof ObligationBreached breached) {
      return Optional.of(breached.agreement());
    } else if (event instanceof TransferPlanned plan) {
      return plan.agreement();
    }
    return Optional.empty();
  }
}
