package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.model.ClaimStatus;
import dev.custody.model.CustodyStyle;
import org.immutables.value.Value;

/**
 * Whether the sources of a ledger can be reconciled: every figure reported by more than one claim,
 * the pairs of claims that cannot both be right, by how much they miss each other, and the sources
 * and channels behind each side.
 *
 * <p>In the reference case the three claims about the escapes from al-Shaddadi do not reconcile:
 * the SDF's "over 1,000" has a low end of 1,001, above the U.S. official's "as many as 200" (801
 * apart) and above the government's "about 150" (843 apart), while the government and the U.S.
 * agree.
 *
 * <p>However many claims a figure has, a reconciliation holds at most {@link
 * ReportedFigure#CONFLICTS_SHOWN} of its conflicting pairs (the widest) and their number, so that
 * its memory and time grow with the claims, not with the square of them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Reconciliation {

  Reconciliation() {}

  /**
   * Examines every figure of {@code ledger}.
   *
   * @param ledger the ledger
   * @return the reconciliation
   */
  public static Reconciliation of(Ledger ledger) {
    checkNotNull(ledger, "ledger");
    ImmutableList.Builder<ReportedFigure> figures = ImmutableList.builder();
    for (Event event : ledger.events()) {
      for (ReportedFigure figure : ReportedFigure.allOf(event)) {
        // one claim has nothing to reconcile, unless a source disputes it or it is more or less
        // than a plain report: a rumour that is the only word on a figure is still a rumour
        if (figure.figure().claims().size() > 1
            || figure.figure().isDisputed()
            || figure.figure().claims().get(0).status().kind() != ClaimStatus.Kind.REPORTED) {
          figures.add(figure);
        }
      }
    }
    return ImmutableReconciliation.of(figures.build());
  }

  /**
   * Returns every figure with more than one claim, or disputed, or whose one claim is not a plain
   * report (a rumour, a retracted or refuted claim), in ledger order.
   *
   * @return the figures
   */
  @Value.Parameter
  public abstract ImmutableList<ReportedFigure> figures();

  /**
   * Returns the figures whose claims conflict.
   *
   * @return the conflicting figures, in ledger order
   */
  public final ImmutableList<ReportedFigure> conflicting() {
    return figures().stream().filter(f -> !f.agrees()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many pairs of claims conflict, over every figure: the sum of their {@link
   * ReportedFigure#conflictCount()}, of which each figure holds at most {@link
   * ReportedFigure#CONFLICTS_SHOWN}.
   *
   * @return the number of conflicting pairs
   */
  public final long conflictCount() {
    return figures().stream().mapToLong(ReportedFigure::conflictCount).sum();
  }

  /**
   * Checks if the sources can be reconciled: no figure has conflicting claims, so that the
   * consensus reading exists.
   *
   * @return true if every figure's claims agree
   */
  public final boolean isReconcilable() {
    return conflicting().isEmpty();
  }

  /**
   * Returns the report: a first line saying how many figures have several claims and how many of
   * them conflict, then each such figure with its claims and conflicts.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    int conflicting = conflicting().size();
    StringBuilder text =
        new StringBuilder()
            .append(figures().size())
            .append(figures().size() == 1 ? " figure" : " figures")
            .append(" with several claims, ")
            .append(conflicting == 0 ? "all reconcilable" : conflicting + " not reconcilable");
    figures().forEach(f -> text.append("\n  ").append(f));
    return text.toString();
  }
}
