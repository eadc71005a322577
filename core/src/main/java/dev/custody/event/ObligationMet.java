package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.AgreementId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.ObligationId;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * An obligation of an agreement is met. Met after its deadline lapsed, it is still met; a rule
 * warns that it was late.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class ObligationMet implements Event permits ImmutableObligationMet {

  /** The stable type name. */
  public static final String TYPE = "obligation-met";

  ObligationMet() {}

  /**
   * Obtains the event.
   *
   * @param id the event's id
   * @param when when the obligation was met
   * @param agreement the agreement
   * @param obligation the obligation within it
   * @return the event
   */
  public static ObligationMet of(
      EventId id, When when, AgreementId agreement, ObligationId obligation) {
    return ImmutableObligationMet.of(id, when, agreement, obligation);
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
   * Returns the obligation met.
   *
   * @return the obligation's id
   */
  @Value.Parameter(order = 3)
  public abstract ObligationId obligation();

  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final ObligationMet withOperation(OperationPart part) {
    return ((ImmutableObligationMet) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time and obligation.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return TYPE + " " + id() + " " + when() + ": " + agreement() + "/" + obligation();
  }
}
