package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What one phase of an operation has done by an instant: the events recorded in it and how many
 * their movements moved. The events of an operation that name no phase form a part of their own,
 * with no {@linkplain #phase() number}.
 *
 * <p>Nothing recorded is not zero: a phase with no movement has no {@link #moved()} figure ({@link
 * Optional#empty()}), never "exactly 0".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class PhaseProgress {

  PhaseProgress() {}

  static PhaseProgress create(
      OptionalInt phase,
      Optional<String> name,
      Optional<Estimate> moved,
      Iterable<EventId> events,
      Iterable<EventId> allOfThem) {
    return ImmutablePhaseProgress.builder()
        .phase(phase)
        .name(name)
        .moved(moved)
        .addAllEvents(events)
        .addAllAllOfThem(allOfThem)
        .build();
  }

  /**
   * Returns the phase's number, from 1.
   *
   * @return the number, or empty for the events of the operation that name no phase
   */
  public abstract OptionalInt phase();

  /**
   * Returns the phase's name, as the operation declares it.
   *
   * @return the name, or empty for the events that name no phase
   */
  public abstract Optional<String> name();

  /**
   * Returns how many the movements of the phase's events moved, under the ledger's reading; a
   * movement of all of them counts the balance it emptied.
   *
   * @return the sum, or empty when no movement was recorded in the phase
   */
  public abstract Optional<Estimate> moved();

  /**
   * Returns the phase's events done by the instant, those that move nobody included (a plan, a
   * census), in ledger order.
   *
   * @return their ids, possibly empty
   */
  public abstract ImmutableList<EventId> events();

  /**
   * Returns the events among {@link #events()} that moved all of them.
   *
   * @return their ids, in ledger order
   */
  public abstract ImmutableList<EventId> allOfThem();

  /**
   * Returns the part as "phase 2 (stage 2): exactly 600 by stage-2", "not in a phase: none
   * recorded".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    String label =
        phase().isPresent()
            ? "phase " + phase().getAsInt() + name().map(n -> " (" + n + ")").orElse("")
            : "not in a phase";
    return label
        + ": "
        + moved()
            .map(
                m ->
                    m
                        + " by "
                        + String.join(", ", events().stream().map(Object::toString).toList()))
            .orElse("none recorded");
  }
}
