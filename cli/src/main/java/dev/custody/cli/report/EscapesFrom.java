package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.ByReading;
import dev.custody.model.FacilityId;

/**
 * The escapes from one facility, as every reading of the ledger tells them: how many escaped, were
 * recaptured and are still at large, the recapture rate, and the figures each reading took from
 * other sources.
 *
 * @param facility the facility escaped from
 * @param byReading the tally under each reading, envelope first
 */
public record EscapesFrom(FacilityId facility, ByReading<AtLarge> byReading) {

  /**
   * Checks the parts.
   *
   * @param facility the facility escaped from
   * @param byReading the tally under each reading
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a tally is of another facility
   */
  public EscapesFrom {
    checkNotNull(facility, "facility");
    checkNotNull(byReading, "byReading");
    for (AtLarge tally : byReading.answers().values()) {
      checkArgument(
          tally.facility().equals(facility),
          "EscapesFrom tally of %s must be of the facility %s",
          tally.facility(),
          facility);
    }
  }
}
