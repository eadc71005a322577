package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import dev.custody.model.Reading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a named operation has done by an instant, phase by phase: a repatriation programme's stages
 * 1 to 5, each with the events recorded in it and how many they moved, apart from a separate flight
 * that is no part of it. Events of the operation that name no phase are a part of their own, listed
 * after the phases when there are any.
 *
 * <p>Movements are read under the ledger's reading; a movement of {@linkplain Movement#allOfThem()
 * all of them} counts the balance it emptied, as the ledger resolved it. Nothing recorded is not
 * zero: a phase, or the whole operation, with no movement has no moved figure, never "exactly 0".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class OperationProgress {

  OperationProgress() {}

  /**
   * Computes what {@code operation} has done in {@code ledger} by {@code instant}.
   *
   * @param ledger the ledger, read under its own reading
   * @param operation the id of an operation of the ledger's world
   * @param instant the instant; events whose time ends after it are not counted
   * @return the progress
   * @throws IllegalArgumentException if the ledger's world declares no such operation
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static OperationProgress of(Ledger ledger, OperationId operation, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(operation, "operation");
    checkNotNull(instant, "instant");
    Operation declared =
        ledger
            .world()
            .operation(operation)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            "OperationProgress operation (%s) is not an operation of the world"
                                + " (%s)",
                            operation, ledger.world())));
    int phases = declared.phases().size();
    // index 0 is the part of no phase, index n is phase n
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i <= phases; i++) {
      parts.add(new Part(ledger.reading()));
    }
    Situation situation = null;
    for (Event event : ledger.eventsBy(instant)) {
      Optional<OperationPart> part = event.operation();
      if (part.isEmpty() || !part.get().operation().equals(operation)) {
        continue;
      }
      OptionalInt phase = part.get().phase();
      // a phase the operation lacks is CUS-005's error; such an event is counted with no phase
      Part into =
          parts.get(
              phase.isPresent() && declared.hasPhase(phase.getAsInt()) ? phase.getAsInt() : 0);
      into.events.add(event.id());
      for (Movement movement : event.movements()) {
        if ((movement.allOfThem() || movement.isJointPart()) && situation == null) {
          situation = ledger.situationAt(instant);
        }
        into.moved.add(event.id(), movement, situation);
        into.movements++;
      }
    }
    ImmutableList.Builder<PhaseProgress> progress = ImmutableList.builder();
    for (int n = 1; n <= phases; n++) {
      progress.add(parts.get(n).progress(OptionalInt.of(n), declared.phaseName(n)));
    }
    if (phases == 0 || !parts.get(0).events.isEmpty()) {
      progress.add(parts.get(0).progress(OptionalInt.empty(), Optional.empty()));
    }
    ImmutableList<PhaseProgress> all = progress.build();
    Optional<Estimate> total = Optional.empty();
    for (PhaseProgress phase : all) {
      if (phase.moved().isPresent()) {
        total =
            Optional.of(total.map(t -> t.plus(phase.moved().get())).orElse(phase.moved().get()));
      }
    }
    return ImmutableOperationProgress.builder()
        .operation(declared)
        .asOf(instant)
        .reading(ledger.reading())
        .addAllPhases(all)
        .moved(total)
        .build();
  }

  /**
   * Computes the progress of every operation the ledger's world declares, in the world's order.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant
   * @return the progress of each operation, empty when the world declares none
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static ImmutableList<OperationProgress> ofAll(Ledger ledger, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    return ledger.world().operations().keySet().stream()
        .map(id -> of(ledger, id, instant))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the operation.
   *
   * @return the operation, as the world declares it
   */
  public abstract Operation operation();

  /**
   * Returns the instant of the progress.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the reading under which the movements were read.
   *
   * @return the reading
   */
  public abstract Reading reading();

  /**
   * Returns the progress of each phase, phase 1 first, then the events of the operation that name
   * no phase, when there are any (for an operation without phases, always).
   *
   * @return the phases
   */
  public abstract ImmutableList<PhaseProgress> phases();

  /**
   * Returns how many the operation's movements moved in all.
   *
   * @return the sum over its phases, or empty when no movement was recorded in any
   */
  public abstract Optional<Estimate> moved();

  /**
   * Returns the progress of the phase numbered {@code number}.
   *
   * @param number the phase number, from 1
   * @return the phase's progress, or empty when the operation has no such phase
   */
  public final Optional<PhaseProgress> phase(int number) {
    return phases().stream()
        .filter(p -> p.phase().isPresent() && p.phase().getAsInt() == number)
        .findFirst();
  }

  /**
   * Returns the progress as "repatriation-programme: exactly 900 moved in 3 phases" or "...: none
   * recorded".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return operation().id()
        + ": "
        + moved().map(m -> m + " moved").orElse("none recorded")
        + " ("
        + reading()
        + ")";
  }

  /** The events and movements of one part of the operation, as they are read. */
  private static final class Part {
    final Tally moved;
    final List<EventId> events = new ArrayList<>();
    int movements;

    Part(Reading reading) {
      this.moved = new Tally(reading);
    }

    PhaseProgress progress(OptionalInt phase, Optional<String> name) {
      return PhaseProgress.create(
          phase,
          name,
          movements == 0 ? Optional.empty() : Optional.of(moved.sum()),
          events,
          moved.allOfThem());
    }
  }
}
