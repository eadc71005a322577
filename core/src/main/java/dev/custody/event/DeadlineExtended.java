package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Deadline;
import dev.custody.model.AgreementId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.ObligationId;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * The deadline of an obligation, or the end of its term, is revised by a decision taken at {@link
 * #when()}: extended to a later one, or brought forward to an earlier one.
 *
 * <p>The type keeps the name {@code deadline-extended} that documents have used since the first
 * format, when a deadline could only be extended: a revision either way is the same fact (a new
 * deadline for one obligation, decided at a time), and whether it extends or brings forward follows
 * from the deadline it replaces, which the ledger holds. One event type keeps one name in documents
 * and one set of rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class DeadlineExtended implements Event permits ImmutableDeadlineExtended {

  /** The stable type name. */
  public static final String TYPE = "deadline-extended";

  DeadlineExtended() {}

  /**
   * Obtains the event.
   *
   * @param id the event's id
   * @param when when the revision was decided
   * @param agreement the agreement
   * @param obligation the obligation within it
   * @param deadline the new deadline, later or earlier than the one it replaces
   * @return the event
   */
  public static DeadlineExtended of(
      EventId id, When when, AgreementId agreement, ObligationId obligation, Deadline deadline) {
    return ImmutableDeadlineExtended.of(id, when, agreement, obligation, deadline);
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  @Override
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns the agreement.
   *
   * @return the agreement's id
   */
  @Value.Parameter(order = 2)
  public abstract AgreementId agreement();

  /**
   * Returns the obligation whose deadline is revised.
   *
   * @return the obligation's id
   */
  @Value.Parameter(order = 3)
  public abstract ObligationId obligation();

  /**
   * Returns the new deadline.
   *
   * @return the deadline
   */
  @Value.Parameter(order = 4)
  public abstract Deadline deadline();

  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final DeadlineExtended withOperation(OperationPart part) {
    return ((ImmutableDeadlineExtended) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time, obligation and new deadline.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return TYPE
        + " "
        + id()
        + " "
        + when()
        + ": "
        + agreement()
        + "/"
        + obligation()
        + " to "
        + deadline();
  }
}
