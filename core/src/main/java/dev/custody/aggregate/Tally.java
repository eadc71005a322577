package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
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

  Tally(Reading reading) {
    this.reading = reading;
  }

  void add(EventId event, Figure figure) {
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

  ImmutableList<EventId> fallbacks() {
    return fallbacks.build();
  }
}
