package dev.custody.testkit;

import dev.custody.event.Account;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.When;
import java.util.function.Function;

/**
 * The three ways people leave a held account that take nobody else's custody, which {@link
 * OriginStep} writes alike: each names the account the people go to and the event that moves them.
 */
enum Outflow {
  ESCAPE(
      "escape",
      from -> Account.atLargeFrom(from.facility().orElseThrow(), from.cohort()),
      DetaineesEscaped::of),
  RELEASE("release", Account::releasedFrom, DetaineesReleased::of),
  REPATRIATE("repatriate", Account::repatriatedFrom, DetaineesRepatriated::of);

  /** The step's word, in descriptions, messages and generated event ids. */
  final String type;

  private final Function<Account, Account> destination;
  private final Exit exit;

  Outflow(String type, Function<Account, Account> destination, Exit exit) {
    this.type = type;
    this.destination = destination;
    this.exit = exit;
  }

  /**
   * The account the people go to when they leave the held account {@code from}: those who leave
   * custody keep the facility and custodian they left.
   */
  Account destination(Account from) {
    return destination.apply(from);
  }

  /** The event that moves {@code size} people out of {@code from}. */
  Event event(EventId id, When when, Account from, Figure size) {
    return exit.event(id, when, from, size);
  }

  /**
   * The event that moves all of them out of {@code from}, whatever it holds; {@code claims} say so.
   */
  Event allOf(EventId id, When when, Account from, Figure claims) {
    switch (this) {
      case ESCAPE:
        return DetaineesEscaped.allOf(id, when, from, claims);
      case RELEASE:
        return DetaineesReleased.builder()
            .id(id)
            .when(when)
            .from(from)
            .size(claims)
            .allOfThem(true)
            .build();
      default:
        return DetaineesRepatriated.builder()
            .id(id)
            .when(when)
            .from(from)
            .size(claims)
            .allOfThem(true)
            .build();
    }
  }

  /** The factory of the event of one kind of outflow. */
  @FunctionalInterface
  private interface Exit {
    Event event(EventId id, When when, Account from, Figure size);
  }
}
