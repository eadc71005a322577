package dev.custody.cli.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Account;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.time.Instant;
import java.util.Optional;

/**
 * A census within the span of a {@link Timeline}, marked on its chart where it counted: at the end
 * of its time, at the best value of its figure under the timeline's reading, labelled with the
 * claims behind that figure.
 *
 * @param census the census
 * @param at the end of its time, when it is certainly taken
 * @param account the account it counted alone; empty for a census of a whole, drawn with the
 *     population it counted
 * @param count its figure under the timeline's reading
 * @param label the census and its counted claims: "still-held-in-syria: usa says about 9,000
 *     (8,550-9,450)"
 */
public record CensusPoint(
    EventId census, Instant at, Optional<Account> account, Estimate count, String label) {

  /**
   * Checks the parts.
   *
   * @param census the census
   * @param at the end of its time
   * @param account the account it counted alone, or empty
   * @param count its figure under the reading
   * @param label the census and its claims
   * @throws NullPointerException if a part is null
   */
  public CensusPoint {
    checkNotNull(census, "census");
    checkNotNull(at, "at");
    checkNotNull(account, "account");
    checkNotNull(count, "count");
    checkNotNull(label, "label");
  }
}
