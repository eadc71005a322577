package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.CustodyHandedOver;
import dev.custody.model.Estimate;

/**
 * A handover of custody in place, with how many passed under the report's reading: the people stay
 * where they are and another custodian holds them, with control of the facility or without.
 *
 * @param event the handover
 * @param size how many passed, read under the report's reading
 */
public record HandoverEntry(CustodyHandedOver event, Estimate size) {

  /**
   * Checks the parts.
   *
   * @param event the handover
   * @param size how many passed
   * @throws NullPointerException if a part is null
   */
  public HandoverEntry {
    checkNotNull(event, "event");
    checkNotNull(size, "size");
  }
}
