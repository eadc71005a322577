package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * An agreement is concluded: from then on a ledger tracks it and the status of its obligations. Its
 * time is the agreement's own {@link Agreement#concluded()} time.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class AgreementConcluded implements Event
    permits ImmutableAgreementConcluded {

  /** The stable type name. */
  public static final String TYPE = "agreement-concluded";

  AgreementConcluded() {}

  /**
   * Obtains the event.
   *
   * @param id the event's id
   * @param agreement the agreement concluded
   * @return the event
   */
  public static AgreementConcluded of(EventId id, Agreement agreement) {
    return ImmutableAgreementConcluded.of(id, agreement);
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  /**
   * Returns the agreement concluded.
   *
   * @return the agreement
   */
  @Value.Parameter(order = 1)
  public abstract Agreement agreement();

  @Override
  public final When when() {
    return agreement().concluded();
  }

  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final AgreementConcluded withOperation(OperationPart part) {
    return ((ImmutableAgreementConcluded) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id and agreement.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return TYPE + " " + id() + ": " + agreement();
  }
}
