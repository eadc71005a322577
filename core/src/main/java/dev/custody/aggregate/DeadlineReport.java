package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Obligation;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.AgreementId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.ObligationId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The obligations of every agreement concluded by an instant, with their status then: which are
 * met, waived or breached, which are pending (or in force, for an obligation with a term) and how
 * long they have left, which have lapsed and how long ago, which have been kept to the end of their
 * term.
 *
 * <p>Agreements are those of {@link Ledger#situationAt(Instant)}: an agreement whose conclusion had
 * not certainly happened by the instant is not listed, and a meeting or extension recorded after
 * the instant is not applied.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class DeadlineReport {

  DeadlineReport() {}

  /**
   * Reports on the obligations of {@code ledger} at {@code instant}.
   *
   * @param ledger the ledger
   * @param instant the instant
   * @return the report
   */
  public static DeadlineReport of(Ledger ledger, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    Situation situation = ledger.situationAt(instant);
    ImmutableList.Builder<ObligationReport> obligations = ImmutableList.builder();
    for (Agreement agreement : situation.agreements().values()) {
      for (Obligation obligation : agreement.obligations()) {
        obligations.add(
            ObligationReport.create(
                agreement.id(),
                obligation,
                obligation.statusAt(instant),
                !agreement.isParty(obligation.obligor())));
      }
    }
    return ImmutableDeadlineReport.of(instant, obligations.build());
  }

  /**
   * Returns the instant of the report.
   *
   * @return the instant
   */
  @Value.Parameter(order = 0)
  public abstract Instant asOf();

  /**
   * Returns every obligation, agreements in id order, obligations in their agreement's order.
   *
   * @return the obligations
   */
  @Value.Parameter(order = 1)
  public abstract ImmutableList<ObligationReport> obligations();

  /**
   * Returns the obligations still open: neither met, waived, breached nor kept; lapsed or not.
   *
   * @return the open obligations
   */
  public final ImmutableList<ObligationReport> open() {
    return obligations().stream()
        .filter(ObligationReport::isOpen)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns one obligation's report.
   *
   * @param agreement the agreement's id
   * @param obligation the obligation's id
   * @return the report, or empty when no concluded agreement has that obligation
   */
  public final Optional<ObligationReport> obligation(
      AgreementId agreement, ObligationId obligation) {
    checkNotNull(agreement, "agreement");
    checkNotNull(obligation, "obligation");
    return obligations().stream()
        .filter(o -> o.agreement().equals(agreement) && o.obligation().id().equals(obligation))
        .findFirst();
  }

  /**
   * Returns the report as a heading line and one line per obligation.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder("obligations at ").append(asOf());
    if (obligations().isEmpty()) {
      text.append(": none");
    }
    obligations().forEach(o -> text.append("\n  ").append(o));
    return text.toString();
  }
}
