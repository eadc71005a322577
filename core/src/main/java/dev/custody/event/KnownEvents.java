package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.Figure;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** What {@link Event#asKnownAt(Instant)} answers, for each type of event. */
final class KnownEvents {
  private KnownEvents() {}

  static Optional<Event> asKnownAt(Event event, Instant known) {
    checkNotNull(known, "known");
    if (event instanceof CensusTaken census) {
      return with(
          census, census.count(), known, f -> ((ImmutableCensusTaken) census).copyWithCount(f));
    } else if (event instanceof RunningTotalReported total) {
      return with(
          total,
          total.total(),
          known,
          f -> ((ImmutableRunningTotalReported) total).copyWithTotal(f));
    } else if (event instanceof CustodyHandedOver e) {
      return with(e, e.size(), known, f -> ((ImmutableCustodyHandedOver) e).copyWithSize(f));
    } else if (event instanceof DetaineesDied e) {
      return with(e, e.size(), known, f -> ((ImmutableDetaineesDied) e).copyWithSize(f));
    } else if (event instanceof DetaineesEscaped e) {
      return with(e, e.size(), known, f -> ((ImmutableDetaineesEscaped) e).copyWithSize(f));
    } else if (event instanceof DetaineesRecaptured e) {
      return with(e, e.size(), known, f -> ((ImmutableDetaineesRecaptured) e).copyWithSize(f));
    } else if (event instanceof DetaineesReleased e) {
      return with(e, e.size(), known, f -> ((ImmutableDetaineesReleased) e).copyWithSize(f));
    } else if (event instanceof DetaineesRepatriated e) {
      return with(e, e.size(), known, f -> ((ImmutableDetaineesRepatriated) e).copyWithSize(f));
    } else if (event instanceof DetaineesTakenIntoCustody e) {
      return with(
          e, e.size(), known, f -> ((ImmutableDetaineesTakenIntoCustody) e).copyWithSize(f));
    } else if (event instanceof DetaineesTransferred e) {
      return with(e, e.size(), known, f -> ((ImmutableDetaineesTransferred) e).copyWithSize(f));
    } else if (event instanceof TransferPlanned e) {
      return with(e, e.size(), known, f -> ((ImmutableTransferPlanned) e).copyWithSize(f));
    } else if (event instanceof ControlReported report) {
      // a report of who holds a facility is known once it was reported
      return report.reported().isCertainlyBy(known) ? Optional.of(event) : Optional.empty();
    }
    // no figure and no report time: known once it had certainly happened
    return event.when().isCertainlyBy(known) ? Optional.of(event) : Optional.empty();
  }

  /** The event with {@code figure} as known then, or empty when none of its claims was known. */
  private static Optional<Event> with(
      Event event, Figure figure, Instant known, Function<Figure, ? extends Event> copy) {
    Optional<Figure> knownFigure = figure.asKnownAt(known);
    if (knownFigure.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(knownFigure.get() == figure ? event : copy.apply(knownFigure.get()));
  }
}
