package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.PlannedMovement;
import dev.custody.event.RunningTotalReported;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A running total of a flow beside the movements the ledger records by then: "130 recaptured by 23
 * January (according to the SDF); movements recorded by then: 104".
 *
 * <p>The movements counted are those of the total's flow that touch its scope (see {@link
 * RunningTotalReported#counts}) and come before it in the ledger, read under the ledger's reading;
 * a movement of all of them counts the balance it emptied. A total above the movements says that
 * some were not recorded: that is {@link #unrecorded()}, never a disagreement. Only a total that,
 * even at its high end, is below the low end of the movements {@linkplain #disagrees() disagrees},
 * as rule {@code CUS-020} warns.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class RunningTotal {

  RunningTotal() {}

  /**
   * Computes every running total certainly reported for a time by {@code instant}, each beside the
   * movements recorded before it.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant
   * @return the running totals, in ledger order
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static ImmutableList<RunningTotal> allOf(Ledger ledger, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    ImmutableList<Event> done = ledger.eventsBy(instant);
    if (done.stream().noneMatch(RunningTotalReported.class::isInstance)) {
      return ImmutableList.of();
    }
    Situation situation = ledger.situationAt(instant);
    Reading reading = ledger.reading();
    List<Event> movedBy = new ArrayList<>();
    List<Movement> moved = new ArrayList<>();
    ImmutableList.Builder<RunningTotal> totals = ImmutableList.builder();
    for (Event event : done) {
      for (Movement movement : event.movements()) {
        movedBy.add(event);
        moved.add(movement);
      }
      if (event instanceof RunningTotalReported total) {
        Tally tally = new Tally(reading);
        for (int i = 0; i < moved.size(); i++) {
          Movement movement = moved.get(i);
          Event by = movedBy.get(i);
          Optional<EventId> plan =
              by instanceof PlannedMovement planned ? planned.plan() : Optional.empty();
          if (total.counts(movement.from(), movement.to(), plan, ledger.world()::countryOf)) {
            tally.add(by.id(), movement, situation);
          }
        }
        totals.add(
            ImmutableRunningTotal.builder()
                .event(total)
                .total(reading.of(total.total()))
                .recorded(tally.sum())
                .addAllMovements(ImmutableSet.copyOf(tally.events()))
                .build());
      }
    }
    return totals.build();
  }

  /**
   * Returns the running total as reported.
   *
   * @return the event
   */
  public abstract RunningTotalReported event();

  /**
   * Returns the total under the ledger's reading.
   *
   * @return the total
   */
  public abstract Estimate total();

  /**
   * Returns the sum of the movements counted: those recorded before the total that count toward it.
   *
   * @return the sum, exactly 0 when none was recorded
   */
  public abstract Estimate recorded();

  /**
   * Returns the events whose movements were counted, in ledger order.
   *
   * @return the events' ids
   */
  public abstract ImmutableList<EventId> movements();

  /**
   * Checks if the total is certainly below the movements recorded: its high end below their low
   * end. A total above them is not a disagreement.
   *
   * @return true if the two cannot agree
   */
  public final boolean disagrees() {
    return total().hasUpperBound() && total().high() < recorded().low();
  }

  /**
   * Returns how many the total counts beyond the movements recorded, by best values: the movements
   * the record lacks, at least by the sources' count.
   *
   * <p>Only a total whose best value lies above the movements' range says that some were not
   * recorded. Within it, the movements could have moved that many: 1,436 escaped from one of two
   * prisons, beside a joint escape of 1,534 from both whose part there is 0 to 1,534, lacks nobody,
   * whatever best value the split gave that part. Above the range, it is the difference of the best
   * values, as the report words it ("by the best values, 26 not recorded"); the fewest certainly
   * lacking is the total's best less the range's high end.
   *
   * @return the difference of the best values, 0 when the movements reach the total or their range
   *     holds its best value
   */
  public final long unrecorded() {
    if (!recorded().hasUpperBound() || total().best() <= recorded().high()) {
      return 0;
    }
    return total().best() - recorded().best();
  }

  /**
   * Returns the running total as "130 recaptured by 2022-01-23 (...): movements recorded by then:
   * 104".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return total()
        + " "
        + event().flow().words()
        + " by "
        + event().when()
        + ": movements recorded by then: "
        + recorded();
  }
}
