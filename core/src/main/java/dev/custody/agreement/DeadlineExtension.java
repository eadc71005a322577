package dev.custody.agreement;

import dev.custody.model.CustodyStyle;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * A decision to revise an obligation's deadline, or the end of its term: the new deadline and when
 * it was decided. The new deadline may be later than the one it replaces (an extension, whence the
 * name) or earlier (brought forward).
 *
 * <p>An extension applies from the moment its decision has certainly been taken ({@link
 * When#isCertainlyBy(java.time.Instant)}), so a decision reported only as "on the 23rd" applies
 * from the end of that day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class DeadlineExtension {

  DeadlineExtension() {}

  /**
   * Obtains an extension to {@code deadline}, decided {@code decided}.
   *
   * @param deadline the new deadline
   * @param decided when the extension was decided
   * @return the extension
   */
  public static DeadlineExtension of(Deadline deadline, When decided) {
    return ImmutableDeadlineExtension.of(deadline, decided);
  }

  /**
   * Returns the new deadline.
   *
   * @return the deadline
   */
  @Value.Parameter(order = 0)
  public abstract Deadline deadline();

  /**
   * Returns when the extension was decided.
   *
   * @return the decision time
   */
  @Value.Parameter(order = 1)
  public abstract When decided();

  /**
   * Returns the extension as "to end of 2026-01-28 (Asia/Damascus), decided 2026-01-24
   * (Asia/Damascus)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return "to " + deadline() + ", decided " + decided();
  }
}
