package dev.custody.testkit;

import dev.custody.event.Account;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.model.Cohort;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.When;
import java.util.function.BiFunction;

/**
 * The three ways people leave a held account that take nobody else's custody, which {@link
 * OriginStep} writes alike: each names the account the people go to and the event that moves them.
 */
enum Outflow {
  ESCAPE("escape", Account::atLargeFrom, DetaineesEscaped::of),
  RELEASE("release", (facility, cohort) -> Account.released(cohort), DetaineesReleased::of),
  REPATRIATE(
      "repatriate", (facility, cohort) -> Account.repatriated(cohort), DetaineesRepatriated::of);

  /** The step's word, in descriptions, messages and generated event ids. */
  final String type;

  private final BiFunction<FacilityId, Cohort, Account> destination;
  private final Exit exit;

  Outflow(String type, BiFunction<FacilityId, Cohort, Account> destination, Exit exit) {
    this.type = type;
    this.destination = destination;
    this.exit = exit;
  }

  /** The account the people go to when they leave {@code facility}. */
  Account destination(FacilityId facility, Cohort cohort) {
    return destination.apply(facility, cohort);
  }

  /** The event that moves {@code size} people out of {@code from}. */
  Event event(EventId id, When when, Account from, Figure size) {
    return exit.event(id, when, from, size);
  }

  /** The factory of the event of one kind of outflow. */
  @FunctionalInterface
  private interface Exit {
    Event event(EventId id, When when, Account from, Figure size);
  }
}
