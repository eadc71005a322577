package dev.custody.aggregate;

import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.When;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A census set beside the total of the accounts it counted: what a count of the whole said, and
 * what the ledger's accounts added up to right before it was taken, under the same reading.
 *
 * <p>They agree when their ranges overlap. They often differ in precision: a census of "about
 * 9,000" beside accounts that only say "at least 231" agrees, and the census is the better figure;
 * a census that misses the accounts' range is a discrepancy worth a look (and rule {@code CUS-009}
 * warns of it when the census is recorded).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class CensusComparison {

  CensusComparison() {}

  static CensusComparison create(CensusTaken census, Estimate counted, Estimate total) {
    return ImmutableCensusComparison.of(census.id(), census.when(), census.scope(), counted, total);
  }

  /**
   * Returns the id of the census event.
   *
   * @return the id
   */
  @Value.Parameter(order = 0)
  public abstract EventId census();

  /**
   * Returns when the census was taken.
   *
   * @return the time
   */
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns what the census counted.
   *
   * @return the scope
   */
  @Value.Parameter(order = 2)
  public abstract CensusScope scope();

  /**
   * Returns the census's count, under the reading of the totals.
   *
   * @return the count
   */
  @Value.Parameter(order = 3)
  public abstract Estimate counted();

  /**
   * Returns the sum of the balances of the accounts the census covers, in the situation right
   * before it: what the movements recorded before the count left them. A census of one account sets
   * its balance, so the situation after it would only give the count back.
   *
   * @return the total of the accounts then
   */
  @Value.Parameter(order = 4)
  public abstract Estimate total();

  /**
   * Checks if the census and the accounts can both be right: their ranges overlap.
   *
   * @return true if they agree
   */
  public final boolean agrees() {
    return counted().overlaps(total());
  }

  /**
   * Returns by how many people the census and the accounts miss each other.
   *
   * @return zero when they agree, else the distance between the ranges
   */
  public final long gap() {
    return counted().distanceTo(total());
  }

  /**
   * Returns the comparison as "census still-held-in-syria of 2026-01-22 (Asia/Damascus): about
   * 9,000 (8,550-9,450) counted, unknown in the accounts, agree", or "..., exactly 5,000 counted,
   * exactly 60 in the accounts, 4,940 apart".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return "census "
        + census()
        + " of "
        + when()
        + ": "
        + counted()
        + " counted, "
        + total()
        + " in the accounts, "
        + (agrees() ? "agree" : String.format(Locale.ROOT, "%,d apart", gap()));
  }
}
