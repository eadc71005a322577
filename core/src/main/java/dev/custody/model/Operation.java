package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named operation that groups events: a repatriation programme carried out in stages, a campaign
 * of arrests, an airlift. Its {@linkplain #phases() phases}, when it has any, are numbered from 1
 * in the order given ("stage 1" to "stage 5"); an event that is part of the operation may say which
 * phase it belongs to ({@link OperationPart}), and a plan may point to the operation it belongs to.
 * A separate flight outside the programme is simply an event of no operation, or of another one.
 *
 * <p>Invariants: the name and every phase name are one line of visible text ({@link Checks#text});
 * phase names are unique within the operation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Operation {

  Operation() {}

  /**
   * Obtains the operation with no phases.
   *
   * @param id the operation's id
   * @param name its name, as sources call it
   * @return the operation
   * @throws IllegalArgumentException if the name is blank, holds control or invisible characters,
   *     or is too long
   */
  public static Operation of(OperationId id, String name) {
    return ImmutableOperation.builder().id(id).name(name).build();
  }

  /**
   * Obtains the operation with {@code phases}, numbered from 1 in the order given.
   *
   * @param id the operation's id
   * @param name its name, as sources call it
   * @param phases the names of its phases, in order
   * @return the operation
   * @throws IllegalArgumentException if a name is blank, holds control or invisible characters, or
   *     is too long, or if two phases share a name
   */
  public static Operation of(OperationId id, String name, Iterable<String> phases) {
    return ImmutableOperation.builder()
        .id(id)
        .name(name)
        .addAllPhases(checkNotNull(phases, "phases"))
        .build();
  }

  /**
   * Returns the operation's id.
   *
   * @return the id
   */
  public abstract OperationId id();

  /**
   * Returns the operation's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the names of the operation's phases, phase 1 first.
   *
   * @return the phase names, empty for an operation without phases
   */
  public abstract ImmutableList<String> phases();

  @Value.Check
  final void check() {
    Checks.text("Operation.name", name());
    for (int i = 0; i < phases().size(); i++) {
      Checks.text("Operation.phases[" + i + "]", phases().get(i));
      if (phases().indexOf(phases().get(i)) != i) {
        throw new IllegalArgumentException(
            String.format(
                "Operation.phases[%d] (%s) must be unique in %s; it is also phase %d",
                i, Checks.quote(phases().get(i)), id(), phases().indexOf(phases().get(i)) + 1));
      }
    }
  }

  /**
   * Checks if the operation has a phase numbered {@code number}.
   *
   * @param number the phase number, from 1
   * @return true when {@code 1 <= number <= phases().size()}
   */
  public final boolean hasPhase(int number) {
    return number >= 1 && number <= phases().size();
  }

  /**
   * Returns the name of the phase numbered {@code number}.
   *
   * @param number the phase number, from 1
   * @return its name, or empty when the operation has no such phase
   */
  public final Optional<String> phaseName(int number) {
    return hasPhase(number) ? Optional.of(phases().get(number - 1)) : Optional.empty();
  }

  /**
   * Returns the operation as its id, quoted name and phase count: {@code repatriation-programme
   * "Repatriation programme" (5 phases)}.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return id()
        + " "
        + Checks.quote(name())
        + (phases().isEmpty()
            ? ""
            : " (" + phases().size() + (phases().size() == 1 ? " phase)" : " phases)"));
  }
}
