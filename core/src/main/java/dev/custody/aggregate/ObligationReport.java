package dev.custody.aggregate;

import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.model.AgreementId;
import dev.custody.model.CustodyStyle;
import org.immutables.value.Value;

/**
 * One obligation of a concluded agreement, as it stands at an instant: met, waived, breached,
 * pending with the time left, lapsed and by how long, or for an obligation with a term, in force
 * with the time left or kept; and whether its obligor is a party or a third party the agreement
 * names.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ObligationReport {

  ObligationReport() {}

  static ObligationReport create(
      AgreementId agreement, Obligation obligation, DeadlineStatus status, boolean thirdParty) {
    return ImmutableObligationReport.of(agreement, obligation, status, thirdParty);
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
   * Checks if the obligor is a third party: an actor the agreement obliges without being one of its
   * parties.
   *
   * @return true if the obligor is not a party to the agreement
   */
  @Value.Parameter(order = 3)
  public abstract boolean thirdParty();

  /**
   * Checks if the obligation is still open: neither met, waived, breached nor kept.
   *
   * @return true if it is open
   */
  public final boolean isOpen() {
    return status().isOpen();
  }

  /**
   * Returns the report as "ceasefire-2026-01-20/decide-integration (sdf): pending, 2 days 12 hours
   * left (end of 2026-01-24 (Asia/Damascus))", with "(usa, third party)" for an obligor that is not
   * a party.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return agreement()
        + "/"
        + obligation().id()
        + " ("
        + obligation().obligor()
        + (thirdParty() ? ", third party" : "")
        + "): "
        + status();
  }
}
