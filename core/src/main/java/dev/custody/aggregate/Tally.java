package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Movement;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Reading;

/**
 * A running sum of figures read under one reading, remembering which events contributed and which
 * of them the reading took from other sources than its own. Mutable, confined to one computation.
 */
final class Tally {
  private final Reading reading;
  private Estimate sum = Estimate.exactly(0);
  private final ImmutableList.Builder<EventId> events = ImmutableList.builder();
  private final ImmutableList.Builder<EventId> fallbacks = ImmutableList.builder();
  private final ImmutableList.Builder<EventId> allOfThem = ImmutableList.builder();

  /** The event last added: the parts of a joint movement name their event once. */
  private EventId last;

  Tally(Reading reading) {
    this.reading = reading;
  }

  /**
   * Adds what {@code movement} of {@code event} moved in {@code situation}: for a movement of all
   * of them, the balance it emptied, which the reading did not take from any claim; for a part of a
   * joint movement, the range the ledger gave that part.
   */
  void add(EventId event, Movement movement, Situation situation) {
    if (movement.isJointPart()) {
      sum = sum.plus(situation.moved(event, movement));
      if (!event.equals(last)) {
        events.add(event);
        if (!reading.isFirstHand(movement.size())) {
          fallbacks.add(event);
        }
      }
      last = event;
      return;
    }
    if (!movement.allOfThem()) {
      add(event, movement.size());
      return;
    }
    last = event;
    sum = sum.plus(situation.moved(event, movement));
    events.add(event);
    allOfThem.add(event);
  }

  void add(EventId event, Figure figure) {
    last = event;
    sum = sum.plus(reading.of(figure));
    events.add(event);
    if (!reading.isFirstHand(figure)) {
      fallbacks.add(event);
    }
  }

  Estimate sum() {
    return sum;
  }

  ImmutableList<EventId> events() {
    return events.build();
  }

  /** The events among {@link #events()} that moved all of them. */
  ImmutableList<EventId> allOfThem() {
    return allOfThem.build();
  }

  ImmutableList<EventId> fallbacks() {
    return fallbacks.build();
  }
}
