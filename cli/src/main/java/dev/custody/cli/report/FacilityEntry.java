package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.ActorId;
import dev.custody.model.Facility;
import java.util.Optional;

/**
 * A facility of the ledger's world with who controlled it at the report's instant.
 *
 * @param facility the facility
 * @param controller the controller after the last change of control certainly done by then, empty
 *     when none was recorded
 */
public record FacilityEntry(Facility facility, Optional<ActorId> controller) {

  /**
   * Checks the parts.
   *
   * @param facility the facility
   * @param controller its controller, if one was recorded
   * @throws NullPointerException if a part is null
   */
  public FacilityEntry {
    checkNotNull(facility, "facility");
    checkNotNull(controller, "controller");
  }
}
