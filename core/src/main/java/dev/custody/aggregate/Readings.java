package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Reading;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The readings a ledger supports: the envelope (what some source allows), the consensus where it
 * exists (what every source allows), and one reading per source that made a claim.
 *
 * <p>A source's reading prefers that source's claims and, on a figure it made no claim on, falls
 * back to the envelope of the others, as {@link Reading#preferring(ActorId)} documents: in the
 * reference case the U.S. reading takes the Syrian government's recapture figure, the only one
 * given. The consensus exists only when no figure of the ledger has conflicting claims; otherwise
 * there is nothing every source allows, and {@link Reconciliation} says which figures stand in the
 * way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Readings {

  Readings() {}

  /**
   * Finds the readings {@code ledger} supports.
   *
   * @param ledger the ledger
   * @return its readings
   */
  public static Readings of(Ledger ledger) {
    checkNotNull(ledger, "ledger");
    SortedSet<ActorId> sources = new TreeSet<>();
    boolean agree = true;
    for (Event event : ledger.events()) {
      for (ReportedFigure figure : ReportedFigure.allOf(event)) {
        for (Claim claim : figure.figure().claims()) {
          sources.add(claim.source().actor());
        }
        agree &= figure.agrees();
      }
    }
    return ImmutableReadings.of(ImmutableSortedSet.copyOfSorted(sources), agree);
  }

  /**
   * Returns every actor that is the source of some claim of the ledger, in id order.
   *
   * @return the sources
   */
  @Value.Parameter(order = 0)
  public abstract ImmutableSortedSet<ActorId> sources();

  /**
   * Checks if every figure's claims agree, so that the consensus reading exists.
   *
   * @return true if no figure has conflicting claims
   */
  @Value.Parameter(order = 1)
  public abstract boolean hasConsensus();

  /**
   * Returns the consensus reading, when it exists.
   *
   * @return the consensus, or empty when some figure's claims conflict
   */
  public final Optional<Reading> consensus() {
    return hasConsensus() ? Optional.of(Reading.consensus()) : Optional.empty();
  }

  /**
   * Returns the readings of every source, in id order.
   *
   * @return the source readings
   */
  public final ImmutableList<Reading> bySource() {
    return sources().stream().map(Reading::preferring).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every reading: the envelope, then the consensus when it exists, then each source's.
   *
   * @return the readings
   */
  public final ImmutableList<Reading> all() {
    ImmutableList.Builder<Reading> all = ImmutableList.builder();
    all.add(Reading.envelope());
    consensus().ifPresent(all::add);
    return all.addAll(bySource()).build();
  }

  /**
   * Returns the readings as "envelope, consensus, according to sdf, according to syria-gov".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return all().stream().map(Reading::toString).collect(java.util.stream.Collectors.joining(", "))
        + (hasConsensus() ? "" : " (no consensus: some claims conflict)");
  }
}
