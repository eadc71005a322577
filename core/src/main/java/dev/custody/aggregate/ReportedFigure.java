package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.ClaimConflict;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure as an event reports it: which event, what the figure measures there ("size" of a
 * movement or a plan, "count" of a census), and the claims behind it, with what they agree on and
 * where they conflict.
 *
 * <p>A report shows conflicts, so it holds few of them: {@link #conflicts()} gives at most {@link
 * #CONFLICTS_SHOWN} pairs, the widest, and {@link #conflictCount()} how many there are in all. A
 * figure of 5,000 mutually conflicting claims has 12.5 million pairs; its report holds ten and the
 * number, and is computed in {@code O(n log n)} time. The whole list is {@code
 * figure().conflicts()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ReportedFigure {

  /** The most conflicting pairs a reported figure holds: the ten with the widest gaps. */
  public static final int CONFLICTS_SHOWN = 10;

  ReportedFigure() {}

  /**
   * Returns every figure {@code event} reports: the size of each movement, the size of a plan, the
   * count of a census, the total of a running total. Changes of control and agreements report none.
   *
   * @param event the event
   * @return the figures, in the event's order
   */
  public static ImmutableList<ReportedFigure> allOf(Event event) {
    checkNotNull(event, "event");
    if (event instanceof CensusTaken census) {
      return ImmutableList.of(
          ImmutableReportedFigure.of(event.id(), event.type(), "count", census.count()));
    }
    if (event instanceof RunningTotalReported total) {
      return ImmutableList.of(
          ImmutableReportedFigure.of(event.id(), event.type(), "total", total.total()));
    }
    if (event instanceof TransferPlanned plan) {
      return ImmutableList.of(
          ImmutableReportedFigure.of(event.id(), event.type(), "size", plan.size()));
    }
    ImmutableList.Builder<ReportedFigure> figures = ImmutableList.builder();
    for (Movement movement : event.movements()) {
      figures.add(ImmutableReportedFigure.of(event.id(), event.type(), "size", movement.size()));
      if (movement.isJointPart()) {
        // the parts of a joint movement share one figure, reported once
        break;
      }
    }
    return figures.build();
  }

  /**
   * Returns the id of the event that reports the figure.
   *
   * @return the id
   */
  @Value.Parameter(order = 0)
  public abstract EventId event();

  /**
   * Returns the event's type name, such as "detainees-escaped".
   *
   * @return the type
   */
  @Value.Parameter(order = 1)
  public abstract String type();

  /**
   * Returns what the figure measures in its event: "size" or "count".
   *
   * @return the role
   */
  @Value.Parameter(order = 2)
  public abstract String role();

  /**
   * Returns the figure.
   *
   * @return the claims
   */
  @Value.Parameter(order = 3)
  public abstract Figure figure();

  /**
   * Returns the distinct sources behind the claims, in the order they were reported.
   *
   * @return the sources
   */
  public final ImmutableList<Source> sources() {
    return figure().claims().stream()
        .map(c -> c.source())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks if the sources can be reconciled: every pair of claims overlaps.
   *
   * @return true if no pair conflicts
   */
  public final boolean agrees() {
    return figure().agrees();
  }

  /**
   * Returns the pairs of claims that cannot both be right with the widest gaps, at most {@link
   * #CONFLICTS_SHOWN} of them, widest first, as {@link Figure#widestConflicts(int)} orders them.
   * {@link #conflictCount()} says how many there are in all.
   *
   * @return the widest conflicts, empty when the claims agree
   */
  @Value.Lazy
  public ImmutableList<ClaimConflict> conflicts() {
    return figure().widestConflicts(CONFLICTS_SHOWN);
  }

  /**
   * Returns how many pairs of claims cannot both be right, of which {@link #conflicts()} holds the
   * widest.
   *
   * @return the number of conflicting pairs, zero when the claims agree
   */
  public final long conflictCount() {
    return figure().conflictCount();
  }

  /**
   * Returns what every claim allows.
   *
   * @return the consensus, empty when the claims conflict
   */
  public final Optional<Estimate> consensus() {
    return figure().consensus();
  }

  /**
   * Returns what some claim allows.
   *
   * @return the envelope
   */
  public final Estimate envelope() {
    return figure().envelope();
  }

  /**
   * Returns the figure as "al-shaddadi-breakout (detainees-escaped) size: 3 claims, 2 conflicts",
   * followed by one line per claim, per dispute and per conflict it holds, a line saying how many
   * claims are on record only (refuted, retracted or misattributed, or superseded by a later claim
   * of their source) and counted nowhere, and a last line "... and N more conflicts" when there are
   * more than {@link #CONFLICTS_SHOWN}.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    int claims = figure().claims().size();
    long conflicts = conflictCount();
    StringBuilder text =
        new StringBuilder()
            .append(event())
            .append(" (")
            .append(type())
            .append(") ")
            .append(role())
            .append(": ")
            .append(claims)
            .append(claims == 1 ? " claim, " : " claims, ")
            .append(
                conflicts == 0
                    ? "consensus " + consensus().orElseThrow()
                    : conflicts + (conflicts == 1 ? " conflict" : " conflicts"));
    figure().claims().forEach(c -> text.append("\n    claim: ").append(c));
    figure().disputes().forEach(d -> text.append("\n    ").append(d));
    conflicts().forEach(c -> text.append("\n    conflict: ").append(c));
    if (!figure().onRecordOnly().isEmpty()) {
      text.append("\n    on record only, not counted: ")
          .append(figure().onRecordOnly().size())
          .append(figure().onRecordOnly().size() == 1 ? " claim" : " claims");
    }
    if (conflicts > conflicts().size()) {
      text.append("\n    ... and ")
          .append(conflicts - conflicts().size())
          .append(" more conflicts");
    }
    return text.toString();
  }
}
