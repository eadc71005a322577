package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.EventId;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened to detainee populations, facilities or agreements, as a ledger records
 * it: an intake into custody, a transfer, a handover of custody in place, an escape, a recapture, a
 * release or repatriation, a death, a change of control, a plan, an agreement and what becomes of
 * its obligations (met, revised, breached), a census.
 *
 * <p>Every event has an {@linkplain #id() id}, unique within a ledger, a {@linkplain #when() time}
 * as precise as it was reported, and the {@linkplain #movements() movements} between accounts that
 * it causes (none for events that move nobody). Each event type has a stable {@linkplain #type()
 * type name}, independent of the class name, for documents and reports.
 *
 * <p>Any event may be {@linkplain #operation() part of a named operation}, and of one of its
 * phases: the stages of a repatriation programme, apart from a separate flight.
 *
 * <p>The hierarchy is sealed; every implementation is immutable and thread-safe.
 */
public sealed interface Event
    permits CensusTaken,
        ControlChanged,
        ControlReported,
        TransferPlanned,
        PlannedMovement,
        DetaineesTakenIntoCustody,
        DetaineesEscaped,
        DetaineesRecaptured,
        DetaineesDied,
        AgreementConcluded,
        ObligationMet,
        DeadlineExtended,
        ObligationBreached,
        RunningTotalReported {

  /**
   * Returns the id of the event, unique within a ledger.
   *
   * @return the id
   */
  EventId id();

  /**
   * Returns when the event happened, as precisely as it was reported.
   *
   * @return the time
   */
  When when();

  /**
   * Returns what the event does to the accounts.
   *
   * @return the movements, possibly empty
   */
  ImmutableList<Movement> movements();

  /**
   * Returns the operation the event is part of, and its phase, when it is part of one. Rule {@code
   * CUS-005} requires the operation, and the phase, to be declared in the ledger's world.
   *
   * @return the operation and phase, or empty
   */
  Optional<OperationPart> operation();

  /**
   * Returns a copy of this event that is part of {@code part}, replacing any operation it had.
   *
   * @param part the operation and phase
   * @return the event as part of the operation
   */
  Event withOperation(OperationPart part);

  /**
   * Returns the stable name of the event type, such as {@code "detainees-escaped"}.
   *
   * @return the type name
   */
  String type();

  /**
   * Returns this event as it was known at {@code known}, the knowledge time: what had been reported
   * of it by then.
   *
   * <p>An event with a figure (a movement, a plan, a census) is known once one of the figure's
   * claims was certainly reported by then, and its figure keeps only those claims, as {@link
   * dev.custody.model.Figure#asKnownAt(Instant)} gives them. A {@link ControlReported} is known
   * once it was certainly reported. Any other event (a change of control, an agreement and what
   * becomes of its obligations) is known once it had certainly happened: once its {@link #when()}
   * ends at or before {@code known}. The event keeps its id, time and everything else.
   *
   * @param known the knowledge time
   * @return the event as known then, this event itself when nothing of it was reported later, or
   *     empty when it was not yet known
   */
  default Optional<Event> asKnownAt(Instant known) {
    return KnownEvents.asKnownAt(this, known);
  }
}
