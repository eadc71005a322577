package dev.custody.event;

import dev.custody.model.EventId;
import dev.custody.model.Figure;
import java.util.Optional;

/**
 * An event that moves people out of a held account and may carry out a {@link TransferPlanned
 * plan}: a transfer, a release, a repatriation or a handover of custody in place.
 *
 * <p>It counts toward the plan it names when the plan is for its {@linkplain #movementKind() kind}
 * of movement, admits the facility it leaves from, and the cohort it moves lies within the plan's
 * cohort ({@link dev.custody.model.Cohort#isWithin}): two nationals of one country count toward a
 * plan for all foreign fighters.
 *
 * <p>The hierarchy is sealed; every implementation is immutable and thread-safe.
 */
public sealed interface PlannedMovement extends Event
    permits DetaineesTransferred, DetaineesReleased, DetaineesRepatriated, CustodyHandedOver {

  /**
   * Returns the held account the people leave.
   *
   * @return the account
   */
  Account from();

  /**
   * Returns the account the people enter.
   *
   * @return the account
   */
  Account to();

  /**
   * Returns the claims about how many moved.
   *
   * @return the figure
   */
  Figure size();

  /**
   * Checks if the movement moves all of them: everyone {@link #from()} holds when the ledger
   * applies it, whatever that balance is, with {@link #size()} keeping who said so.
   *
   * @return true for all of them
   */
  boolean allOfThem();

  /**
   * Returns the plan the movement carries out, when it names one.
   *
   * @return the plan's event id, or empty
   */
  Optional<EventId> plan();

  /**
   * Returns the kind of movement, which a plan must be for to count it.
   *
   * @return the kind
   */
  MovementKind movementKind();
}
