package dev.custody.testkit;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.Event;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * One event a {@link ScenarioBuilder} step writes, kept as a draft because its id and time are
 * settled only when the scenario is built: its id is the step's base id plus {@code suffix} (the
 * base changes when the step is renamed), and its time the step's, or the opening's for a step
 * dated before any date. {@code opens} is the account the event counts for the first time, if any.
 */
record EventDraft(String suffix, @Nullable Account opens, BiFunction<EventId, When, Event> event) {

  /** The step's own event, which opens no account. */
  static EventDraft of(String suffix, BiFunction<EventId, When, Event> event) {
    return new EventDraft(suffix, null, event);
  }

  /** A census of {@code account} that sets its balance to {@code count}. */
  static EventDraft census(String suffix, Account account, StepCount count, Source claimant) {
    return new EventDraft(
        suffix,
        account,
        (id, when) ->
            CensusTaken.of(id, when, CensusScope.account(account), count.figure(claimant, when)));
  }

  /** A census of zero of {@code account}, which closes the world: nobody is there unless moved. */
  static EventDraft zeroCensus(String suffix, Account account, Source claimant) {
    return new EventDraft(
        suffix,
        account,
        (id, when) ->
            CensusTaken.of(
                id,
                when,
                CensusScope.account(account),
                Figure.of(Claim.of(Estimate.exactly(0), claimant, when))));
  }

  /** A change of control of {@code facility}, the first when {@code from} is null. */
  static EventDraft control(
      String suffix, FacilityId facility, @Nullable ActorId from, ActorId to) {
    return of(
        suffix,
        (id, when) ->
            from == null
                ? ControlChanged.first(id, when, facility, to)
                : ControlChanged.of(id, when, facility, from, to));
  }
}
