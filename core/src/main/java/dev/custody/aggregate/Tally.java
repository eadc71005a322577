package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.Movement;
import dev.custody.ledger.JointSplit;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Reading;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A running sum of figures read under one reading, remembering which events contributed and which
 * of them the reading took from other sources than its own. Mutable, confined to one computation.
 *
 * <p>The parts of a joint movement are added one by one but summed as one figure: what they moved
 * together is what the joint figure leaves them beside the event's other parts, narrowed by their
 * ranges added up. Each part's range is as wide as the split leaves it, and the parts add up to the
 * figure, so the sum of their ranges is wider than the whole: "879 escaped" from two cohorts of one
 * prison would read "between 811 and 947", and "1,534 escaped" from two cohorts of each of two
 * prisons "between 0 and 3,068" at either prison. When every part lands in the tally, they moved
 * the joint figure; otherwise no more than the figure, and no fewer than its low end less what the
 * others moved at most.
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
  private final Set<Account> jointOrigins = new HashSet<>();

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
      jointOrigins.clear();
      events.add(event);
      if (!reading.isFirstHand(part.size())) {
        fallbacks.add(event);
      }
    }
    jointParts = jointParts.plus(situation.moved(event, part));
    jointOrigins.add(part.from());
  }

  /** Adds the joint movement whose parts were being added, if any, as one figure. */
  private void endJoint() {
    if (joint == null) {
      return;
    }
    Estimate moved = jointParts;
    if (split != null) {
      Estimate left = leftToTheseParts(split, jointOrigins, jointParts.best());
      if (left.overlaps(jointParts)) {
        moved = left.intersection(jointParts);
      }
    }
    sum = sum.plus(moved);
    joint = null;
    split = null;
    jointParts = null;
  }

  /**
   * What the joint figure of {@code split} leaves the parts from {@code origins}, beside what its
   * other parts moved: the figure itself, in its words, when they are all of its parts. Its best
   * value is {@code best} moved into the range, so that narrowing keeps the parts' own best.
   */
  private static Estimate leftToTheseParts(JointSplit split, Set<Account> origins, long best) {
    Estimate figure = split.figure();
    long othersHigh = 0;
    boolean othersBounded = true;
    boolean others = false;
    for (Map.Entry<Account, Estimate> part : split.parts().entrySet()) {
      if (origins.contains(part.getKey())) {
        continue;
      }
      others = true;
      if (part.getValue().hasUpperBound()) {
        othersHigh += part.getValue().high();
      } else {
        othersBounded = false;
      }
    }
    if (!others) {
      return figure;
    }
    // the figure's high end less what the others moved at least never binds below the sum of
    // these parts' own high ends: an other part moves more than none only when these parts'
    // origins together held fewer than the figure's low end
    long low = othersBounded ? Math.max(0, figure.low() - othersHigh) : 0;
    if (!figure.hasUpperBound()) {
      return Estimate.atLeast(low).withBest(Math.max(best, low));
    }
    long high = Math.max(low, figure.high());
    return Estimate.between(low, high).withBest(Math.min(Math.max(best, low), high));
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
