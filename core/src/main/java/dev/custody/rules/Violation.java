package dev.custody.rules;

import dev.custody.internal.Checks;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import org.immutables.value.Value;

/**
 * One breach of one {@link Rule} by one event: which rule, how serious, which event, which field,
 * and a message naming the values involved.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Violation {

  Violation() {}

  /**
   * Obtains a violation.
   *
   * @param rule the rule broken
   * @param severity how serious this breach is
   * @param event the event that breaks it
   * @param field the event's field involved, such as {@code "size"}
   * @param message what is wrong, naming the values; not blank
   * @return the violation
   * @throws IllegalArgumentException if {@code field} or {@code message} is blank
   */
  public static Violation of(
      Rule rule, Severity severity, EventId event, String field, String message) {
    return ImmutableViolation.of(rule, severity, event, field, message);
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  @Value.Parameter(order = 0)
  public abstract Rule rule();

  /**
   * Returns how serious this breach is.
   *
   * @return the severity
   */
  @Value.Parameter(order = 1)
  public abstract Severity severity();

  /**
   * Returns the event that breaks the rule.
   *
   * @return the event's id
   */
  @Value.Parameter(order = 2)
  public abstract EventId event();

  /**
   * Returns the field of the event involved.
   *
   * @return the field's name
   */
  @Value.Parameter(order = 3)
  public abstract String field();

  /**
   * Returns what is wrong, naming the values involved.
   *
   * @return the message
   */
  @Value.Parameter(order = 4)
  public abstract String message();

  @Value.Check
  final void check() {
    Checks.text("Violation.field", field());
    Checks.text("Violation.message", message());
  }

  /**
   * Returns the rule's stable code.
   *
   * @return the code, such as {@code "CUS-001"}
   */
  public final String code() {
    return rule().code();
  }

  /**
   * Checks if this breach makes a ledger reject the event.
   *
   * @return true for an error
   */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Returns the violation as "CUS-001 error in escape-1 (size): message".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return code()
        + " "
        + severity().name().toLowerCase(java.util.Locale.ROOT)
        + " in "
        + event()
        + " ("
        + field()
        + "): "
        + message();
  }
}
