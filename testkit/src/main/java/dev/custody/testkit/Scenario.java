package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.event.Account;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Cohort;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.When;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small custody story for the tests of an application, written in a few lines and recorded in a
 * {@link Ledger} that checked every event: these facilities held by these actors, this many here,
 * then this transfer on this date.
 *
 * <pre>{@code
 * Scenario scenario =
 *     Scenario.builder()
 *         .zone(ZoneId.of("Asia/Damascus"))
 *         .facility("north-prison", "SY").heldBy("sdf").holding(500)
 *         .facility("iraq-site", "IQ").heldBy("iraq-gov").holding(0)
 *         .on(LocalDate.of(2026, 1, 21))
 *         .transfer(150).from("north-prison").to("iraq-site")
 *         .escape(20).from("north-prison")
 *         .recapture(5).from("north-prison").by("syria-gov")
 *         .build();
 * scenario.situation().balance(scenario.account("north-prison"));  // exactly 330
 * scenario.situation().balance(scenario.atLarge("north-prison"));  // exactly 15
 * }</pre>
 *
 * <p><b>A closed world.</b> A scenario holds nobody it does not mention. Declaring a facility
 * records its first control by its custodian and an opening census of the custodian's account there
 * and, at zero, of those at large from it; a step that moves people into an account no step has
 * counted yet (a recapture by an actor, a release, a repatriation, a handover) is preceded by a
 * census of zero of that account. So every balance is bounded: after the escape above, exactly 20
 * are at large, not "at least 20", which is what a ledger that knew nothing before would say.
 *
 * <p><b>Time.</b> Steps are written in time order, and the ledger keeps them in the order written.
 * {@link ScenarioBuilder#on(LocalDate)} dates the steps after it to that whole day in the
 * scenario's zone (UTC unless {@link ScenarioBuilder#zone(ZoneId)} says otherwise), {@link
 * ScenarioBuilder#at(Instant)} to an instant, and {@link ScenarioBuilder#plusDays(long)} moves on.
 * Events of one day share its time; the ledger keeps events of equal time in the order they
 * arrived. Facilities declared before any date open on the day before the earliest day the scenario
 * names ({@code 1970-01-01} when it names none). A day's events are certainly done only when the
 * day ends: {@link #situationAfter(LocalDate)} sees them, {@link #situationAt(Instant) situationAt}
 * noon that day does not.
 *
 * <p><b>Actors, figures, ids.</b> Actors are named by their slugs and created when first mentioned,
 * as {@link ActorKind#DESIGNATED_ORGANISATION} for the cohort's affiliation, {@link
 * ActorKind#STATE} for a custodian, controller or party whose id ends in {@code -gov} or {@code
 * -government}, {@link ActorKind#NON_STATE_ARMED_GROUP} for any other, and {@link ActorKind#NGO}
 * for an actor that only speaks as a source; {@link ScenarioBuilder#actor(Actor)} declares one as
 * it should be. Facilities are {@link FacilityKind#PRISON prisons} named by their ids unless {@link
 * ScenarioBuilder#facility(Facility)} says otherwise. The people counted are one {@link Cohort}, by
 * default fighters affiliated with an actor {@code group}. A count is a figure of one claim:
 * exactly that count, or the {@link Estimate} given, claimed by the step's custodian (or by the
 * {@linkplain ScenarioBuilder#source(String) source} set) when the event happens; a {@link Figure}
 * is taken as given. Events are named after their step and its rank among steps of its kind ({@code
 * transfer-1}, {@code escape-1}, {@code transfer-2}), a facility's after the facility ({@code
 * north-prison-control}, {@code north-prison-census}, {@code north-prison-at-large-census}), and a
 * zero census after the step it opens for ({@code recapture-1-census}); {@link
 * ScenarioBuilder#id(String)} renames a step.
 *
 * <p><b>Control is not custody.</b> {@link ScenarioBuilder#controlChange(String)} records who
 * controls a facility; the people inside stay in their custodian's account, and rule {@code
 * CUS-002} then forbids that custodian to move them out on a later day. {@link
 * ScenarioBuilder#handover(long)} moves people and control together.
 *
 * <p>{@link ScenarioBuilder#build()} throws when the ledger rejects an event, naming the step;
 * {@link ScenarioBuilder#buildAllowingRejections()} keeps going, and {@link #result(String)} tells
 * what became of each event. This class is immutable and thread-safe; its builder is neither.
 */
public final class Scenario {

  private final World world;
  private final Ledger ledger;
  private final ImmutableList<Event> events;
  private final ImmutableList<AppendResult> results;
  private final Cohort cohort;
  private final ZoneId zone;
  private final ImmutableMap<FacilityId, ActorId> custodians;

  private Scenario(
      World world,
      Ledger ledger,
      ImmutableList<Event> events,
      ImmutableList<AppendResult> results,
      Cohort cohort,
      ZoneId zone,
      ImmutableMap<FacilityId, ActorId> custodians) {
    this.world = world;
    this.ledger = ledger;
    this.events = events;
    this.results = results;
    this.cohort = cohort;
    this.zone = zone;
    this.custodians = custodians;
  }

  /**
   * Returns a builder of an empty scenario in UTC, counting fighters affiliated with {@code group}.
   *
   * @return a new builder
   */
  public static ScenarioBuilder builder() {
    return new ScenarioBuilder();
  }

  /**
   * Returns the actors and facilities of the scenario: those declared and those mentioned.
   *
   * @return the world
   */
  public World world() {
    return world;
  }

  /**
   * Returns the ledger of every accepted event.
   *
   * @return the ledger
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * Returns every event the steps wrote, in the order written, which is the ledger's order. After
   * {@link ScenarioBuilder#buildAllowingRejections()} it also holds the events the ledger rejected.
   *
   * @return the events
   */
  public ImmutableList<Event> events() {
    return events;
  }

  /**
   * Returns who is counted: every account of the scenario is of this cohort.
   *
   * @return the cohort
   */
  public Cohort cohort() {
    return cohort;
  }

  /**
   * Returns the zone whose calendar dates the scenario's days.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns what the ledger said of the event with id {@code id} when it arrived: its verdict,
   * warnings included, and the ledger after it.
   *
   * @param id the event's id, such as {@code "transfer-1"}
   * @return the result
   * @throws IllegalArgumentException if no step wrote an event of that id
   */
  public AppendResult result(String id) {
    return result(EventId.of(checkNotNull(id, "id")));
  }

  /**
   * Returns what the ledger said of the event with id {@code id} when it arrived.
   *
   * @param id the event's id
   * @return the result
   * @throws IllegalArgumentException if no step wrote an event of that id
   */
  public AppendResult result(EventId id) {
    checkNotNull(id, "id");
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).id().equals(id)) {
        return results.get(i);
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "Scenario event id (%s) names no event of the scenario; its events are %s",
            id, events.stream().map(Event::id).collect(ImmutableList.toImmutableList())));
  }

  /**
   * Returns the account of the people held at {@code facility} by its custodian at the end of the
   * scenario: after a handover, the new custodian's.
   *
   * @param facility the facility's id
   * @return the held account
   * @throws IllegalArgumentException if the scenario has no such facility, or nobody holds it
   */
  public Account account(String facility) {
    return account(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Returns the account of the people held at {@code facility} by its custodian at the end of the
   * scenario.
   *
   * @param facility the facility
   * @return the held account
   * @throws IllegalArgumentException if the scenario has no such facility, or nobody holds it
   */
  public Account account(FacilityId facility) {
    checkNotNull(facility, "facility");
    knownFacility(facility);
    ActorId custodian = custodians.get(facility);
    if (custodian == null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario facility (%s) has no custodian: it was declared unheld()", facility));
    }
    return Account.heldAt(custodian, facility, cohort);
  }

  /**
   * Returns the account of those at large after escaping from {@code facility}.
   *
   * @param facility the facility's id
   * @return the at-large account
   * @throws IllegalArgumentException if the scenario has no such facility
   */
  public Account atLarge(String facility) {
    return atLarge(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Returns the account of those at large after escaping from {@code facility}.
   *
   * @param facility the facility
   * @return the at-large account
   * @throws IllegalArgumentException if the scenario has no such facility
   */
  public Account atLarge(FacilityId facility) {
    checkNotNull(facility, "facility");
    knownFacility(facility);
    return Account.atLargeFrom(facility, cohort);
  }

  /**
   * Returns the account of the people {@code actor} holds at a place not reported, where a
   * {@linkplain RecaptorStep#by(String) recapture by} that actor puts them.
   *
   * @param actor the custodian's id
   * @return the held account
   */
  public Account heldBy(String actor) {
    return heldBy(ActorId.of(checkNotNull(actor, "actor")));
  }

  /**
   * Returns the account of the people {@code actor} holds at a place not reported.
   *
   * @param actor the custodian
   * @return the held account
   */
  public Account heldBy(ActorId actor) {
    return Account.held(checkNotNull(actor, "actor"), cohort);
  }

  private void knownFacility(FacilityId facility) {
    if (!world.facilities().containsKey(facility)) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario facility (%s) is not declared; its facilities are %s",
              facility, world.facilities().keySet()));
    }
  }

  /**
   * Returns the situation after the last event of the ledger, when every event had certainly
   * happened.
   *
   * @return the situation
   */
  public Situation situation() {
    ImmutableList<Event> recorded = ledger.events();
    return ledger.situationAt(
        recorded.isEmpty() ? Instant.EPOCH : recorded.get(recorded.size() - 1).when().end());
  }

  /**
   * Returns the situation at {@code instant}: the events that had certainly happened by then, which
   * excludes the events of a day that has not ended.
   *
   * @param instant the instant
   * @return the situation
   */
  public Situation situationAt(Instant instant) {
    return ledger.situationAt(checkNotNull(instant, "instant"));
  }

  /**
   * Returns the situation when {@code date} begins in the scenario's zone: before its events.
   *
   * @param date the day
   * @return the situation at its first instant
   */
  public Situation situationBefore(LocalDate date) {
    return situationAt(checkNotNull(date, "date").atStartOfDay(zone).toInstant());
  }

  /**
   * Returns the situation when {@code date} ends in the scenario's zone: after its events.
   *
   * @param date the day
   * @return the situation at the first instant of the next day
   */
  public Situation situationAfter(LocalDate date) {
    return situationAt(checkNotNull(date, "date").plusDays(1).atStartOfDay(zone).toInstant());
  }

  /**
   * Appends {@code event} to the scenario's ledger, as a test of a rejection would: the scenario
   * itself does not change, and the event may only name actors and facilities of its {@linkplain
   * #world() world}.
   *
   * @param event the event
   * @return the verdict and the ledger that follows
   */
  public AppendResult append(Event event) {
    return ledger.append(checkNotNull(event, "event"));
  }

  /**
   * Returns the scenario as "scenario of 9 events over world of 5 actors and 2 facilities".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "scenario of "
        + events.size()
        + (events.size() == 1 ? " event" : " events")
        + " over "
        + world;
  }

  /**
   * Appends the events of {@code script}'s steps to a ledger over the world they name, in the order
   * written; when {@code strict}, the first event the ledger rejects stops it.
   */
  static Scenario record(ScenarioScript script, boolean strict) {
    script.idle();
    When opening = script.opening();
    List<Facility> facilities = new ArrayList<>();
    Map<FacilityId, ActorId> custodians = new LinkedHashMap<>();
    for (DeclaredFacility site : script.facilities()) {
      facilities.add(site.facility);
      if (site.custodian != null) {
        custodians.put(site.id(), site.custodian);
      }
    }
    World world = World.of(script.actors(), facilities, script.operations());
    Ledger ledger = Ledger.of(world);
    ImmutableList.Builder<Event> events = ImmutableList.builder();
    ImmutableList.Builder<AppendResult> results = ImmutableList.builder();
    for (WrittenStep step : script.steps()) {
      for (EventDraft draft : step.drafts) {
        Event event =
            draft
                .event()
                .apply(
                    EventId.of(step.base + draft.suffix()),
                    step.when == null ? opening : step.when);
        if (step.part != null && draft.suffix().isEmpty()) {
          event = event.withOperation(step.part);
        }
        AppendResult result = ledger.append(event);
        if (strict && !result.isAccepted()) {
          throw new IllegalStateException(rejection(step, event, result));
        }
        events.add(event);
        results.add(result);
        ledger = result.ledger();
      }
    }
    return new Scenario(
        world,
        ledger,
        events.build(),
        results.build(),
        script.cohort(),
        script.zone(),
        ImmutableMap.copyOf(custodians));
  }

  private static String rejection(WrittenStep step, Event event, AppendResult result) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                "Scenario step %d (%s) was rejected by the ledger: event %s (%s) breaks",
                step.number, step.description, event.id(), event.type()));
    for (Violation violation : result.verdict().violations()) {
      text.append("\n  ").append(violation);
    }
    return text.toString();
  }
}
