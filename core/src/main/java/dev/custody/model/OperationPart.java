package dev.custody.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What an event says of the {@link Operation} it is part of: the operation and, when the event
 * belongs to one of its stages, the phase's number (from 1). Whether the operation is declared and
 * has that phase is rule {@code CUS-005}'s to say, since the operation lives in the ledger's world.
 *
 * <p>Invariants: the phase, when given, is at least 1.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class OperationPart {

  OperationPart() {}

  /**
   * Obtains the part of {@code operation} that belongs to no particular phase.
   *
   * @param operation the operation
   * @return the part
   */
  public static OperationPart of(OperationId operation) {
    return ImmutableOperationPart.builder().operation(operation).build();
  }

  /**
   * Obtains the part of {@code operation} that is its phase numbered {@code phase}.
   *
   * @param operation the operation
   * @param phase the phase's number, from 1
   * @return the part
   * @throws IllegalArgumentException if {@code phase} is less than 1
   */
  public static OperationPart of(OperationId operation, int phase) {
    return ImmutableOperationPart.builder().operation(operation).phase(phase).build();
  }

  /**
   * Returns the operation.
   *
   * @return its id
   */
  public abstract OperationId operation();

  /**
   * Returns the number of the phase, when the event belongs to one.
   *
   * @return the phase number, from 1, or empty
   */
  public abstract OptionalInt phase();

  @Value.Check
  final void check() {
    if (phase().isPresent() && phase().getAsInt() < 1) {
      throw new IllegalArgumentException(
          String.format(
              "OperationPart.phase (%d) must be at least 1, for %s",
              phase().getAsInt(), operation()));
    }
  }

  /**
   * Returns the part as {@code repatriation-programme phase 3}, or the operation's id alone.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return operation() + (phase().isPresent() ? " phase " + phase().getAsInt() : "");
  }
}
