package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Movement;
import dev.custody.ledger.JointSplit;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Reading;

/**
 * A running sum of figures read under one reading, remembering which events contributed and which
 * of them the reading took from other sources than its own. Mutable, confined to one computation.
 *
 * <p>The parts of a joint movement are added one by one but summed as one figure: when every part
 * of the event lands in the same tally, what they moved together is the joint figure, narrowed by
 * their ranges added up. Each part's range is as wide as the split leaves it, and the parts add up
 * to the figure, so the sum of their ranges is wider than the whole: "879 escaped" from two cohorts
 * of one prison would read "between 811 and 947".
 */
final class Tally {
  private final Reading reading;
  private Estimate sum = Estimate.exactly(0);
  private final ImmutableList.Builder<EventId> events = ImmutableList.builder();
  private final ImmutableList.Builder<EventId> fallbacks = ImmutableList.builder();
  private final ImmutableList.Builder<EventId> allOfThem = ImmutableList.builder();

  /** The joint movement whose parts are being added, or null; then its split and parts so far. */
  private EventId joint;

  private JointSplit split;
  private Estimate jointParts;
  private int jointPartCount;

  Tally(Reading reading) {
    this.reading = reading;
  }

  /**
   * Adds what {@code movement} of {@code event} moved in {@code situation}: for a movement of all
   * of them, the balance it emptied, which the reading did not take from any claim; for a part of a
   * joint movement, the range the ledger gave that part, summed with the event's other parts as the
   * class says.
   */
  void add(EventId event, Movement movement, Situation situation) {
    if (movement.isJointPart()) {
      addPart(event, movement, situation);
      return;
    }
    if (!movement.allOfThem()) {
      add(event, movement.size());
      return;
    }
    endJoint();
    sum = sum.plus(situation.moved(event, movement));
    events.add(event);
    allOfThem.add(event);
  }

  void add(EventId event, Figure figure) {
    endJoint();
    sum = sum.plus(reading.of(figure));
    events.add(event);
    if (!reading.isFirstHand(figure)) {
      fallbacks.add(event);
    }
  }

  private void addPart(EventId event, Movement part, Situation situation) {
    if (!event.equals(joint)) {
      endJoint();
      joint = event;
      split = situation.jointSplits().get(event);
      jointParts = Estimate.exactly(0);
      jointPartCount = 0;
      events.add(event);
      if (!reading.isFirstHand(part.size())) {
        fallbacks.add(event);
      }
    }
    jointParts = jointParts.plus(situation.moved(event, part));
    jointPartCount++;
  }

  /** Adds the joint movement whose parts were being added, if any, as one figure. */
  private void endJoint() {
    if (joint == null) {
      return;
    }
    Estimate moved = jointParts;
    if (split != null
        && jointPartCount == split.parts().size()
        && split.figure().overlaps(jointParts)) {
      moved = split.figure().intersection(jointParts);
    }
    sum = sum.plus(moved);
    joint = null;
    split = null;
    jointParts = null;
  }

  Estimate sum() {
    endJoint();
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
