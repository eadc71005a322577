package dev.custody.cli.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.util.Optional;

/**
 * The population a census of a whole (a facility, a country, a custodian, a cohort) counted,
 * carried forward to each sample of a {@link Timeline} through the movements across its boundary:
 * "about 9,000 still held in Syria", falling as the transfers to Iraq proceed.
 *
 * @param census the census
 * @param label its name in a legend: "census still-held-in-syria: country SY, ..."
 * @param populations the population at each sample, empty before the census is certainly taken
 */
public record PopulationSeries(
    EventId census, String label, ImmutableList<Optional<Estimate>> populations) {

  /**
   * Checks the parts.
   *
   * @param census the census
   * @param label its name in a legend
   * @param populations the population at each sample
   * @throws NullPointerException if a part is null
   */
  public PopulationSeries {
    checkNotNull(census, "census");
    checkNotNull(label, "label");
    checkNotNull(populations, "populations");
  }
}
