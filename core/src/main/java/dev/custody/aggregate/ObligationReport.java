package dev.custody.aggregate;

import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.model.AgreementId;
import dev.custody.model.CustodyStyle;
import org.immutables.value.Value;

/**
 * One obligation of a concluded agreement, as it stands at an instant: met, waived, pending with
 * the time left, or lapsed and by how long.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ObligationReport {

  ObligationReport() {}

  static ObligationReport create(
      AgreementId agreement, Obligation obligation, DeadlineStatus status) {
    return ImmutableObligationReport.of(agreement, obligation, status);
  }

  /**
   * Returns the agreement the obligation belongs to.
   *
   * @return its id
   */
  @Value.Parameter(order = 0)
  public abstract AgreementId agreement();

  /**
   * Returns the obligation, with the meetings, waivers and extensions recorded by the instant.
   *
   * @return the obligation
   */
  @Value.Parameter(order = 1)
  public abstract Obligation obligation();

  /**
   * Returns its status at the report's instant: {@link DeadlineStatus#timeLeft()} while it is
   * pending, {@link DeadlineStatus#overdue()} once it lapsed.
   *
   * @return the status
   */
  @Value.Parameter(order = 2)
  public abstract DeadlineStatus status();

  /**
   * Checks if the obligation is still open: neither met nor waived.
   *
   * @return true if it is open
   */
  public final boolean isOpen() {
    return status().isOpen();
  }

  /**
   * Returns the report as "ceasefire-2026-01-20/decide-integration (sdf): pending, 2 days 12 hours
   * left (end of 2026-01-24 (Asia/Damascus))".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return agreement() + "/" + obligation().id() + " (" + obligation().obligor() + "): " + status();
  }
}
