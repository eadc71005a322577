package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Event;
import dev.custody.model.When;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.StreamSupport;

/**
 * The time zone of a scenario: the zone in which a report tells the time and a date on the command
 * line begins and ends.
 *
 * <p>The format {@code custody/1} gives a document no zone of its own; every time in it has one.
 * The scenario's zone is that of its earliest event: the event whose time starts first, by {@link
 * When#byStart()} (and, between events that start together, the first in that order). A scenario
 * without events is in UTC. For the reference case the earliest event is the SDF's control of
 * al-Shaddadi from 2019, dated in {@code Asia/Damascus}, so the scenario is on Damascus time.
 */
public final class ScenarioZone {
  private ScenarioZone() {}

  /**
   * Returns the zone of the scenario of {@code events}: the zone of the earliest of them, UTC when
   * there are none.
   *
   * @param events the events, in any order
   * @return the zone
   */
  public static ZoneId of(Iterable<? extends Event> events) {
    checkNotNull(events, "events");
    return StreamSupport.stream(events.spliterator(), false)
        .map(Event::when)
        .min(When.byStart())
        .map(When::zone)
        .orElse(ZoneOffset.UTC);
  }
}
