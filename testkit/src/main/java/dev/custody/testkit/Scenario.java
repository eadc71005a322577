package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.ObligationMet;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

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
 * {@link Builder#on(LocalDate)} dates the steps after it to that whole day in the scenario's zone
 * (UTC unless {@link Builder#zone(ZoneId)} says otherwise), {@link Builder#at(Instant)} to an
 * instant, and {@link Builder#plusDays(long)} moves on. Events of one day share its time; the
 * ledger keeps events of equal time in the order they arrived. Facilities declared before any date
 * open on the day before the earliest day the scenario names ({@code 1970-01-01} when it names
 * none). A day's events are certainly done only when the day ends: {@link
 * #situationAfter(LocalDate)} sees them, {@link #situationAt(Instant) situationAt} noon that day
 * does not.
 *
 * <p><b>Actors, figures, ids.</b> Actors are named by their slugs and created when first mentioned,
 * as {@link ActorKind#DESIGNATED_ORGANISATION} for the cohort's affiliation, {@link
 * ActorKind#STATE} for a custodian, controller or party whose id ends in {@code -gov} or {@code
 * -government}, {@link ActorKind#NON_STATE_ARMED_GROUP} for any other, and {@link ActorKind#NGO}
 * for an actor that only speaks as a source; {@link Builder#actor(Actor)} declares one as it should
 * be. Facilities are {@link FacilityKind#PRISON prisons} named by their ids unless {@link
 * Builder#facility(Facility)} says otherwise. The people counted are one {@link Cohort}, by default
 * fighters affiliated with an actor {@code group}. A count is a figure of one claim: exactly that
 * count, or the {@link Estimate} given, claimed by the step's custodian (or by the {@linkplain
 * Builder#source(String) source} set) when the event happens; a {@link Figure} is taken as given.
 * Events are named after their step and its rank among steps of its kind ({@code transfer-1},
 * {@code escape-1}, {@code transfer-2}), a facility's after the facility ({@code
 * north-prison-control}, {@code north-prison-census}, {@code north-prison-at-large-census}), and a
 * zero census after the step it opens for ({@code recapture-1-census}); {@link Builder#id(String)}
 * renames a step.
 *
 * <p><b>Control is not custody.</b> {@link Builder#controlChange(String)} records who controls a
 * facility; the people inside stay in their custodian's account, and rule {@code CUS-002} then
 * forbids that custodian to move them out on a later day. {@link Builder#handover(long)} moves
 * people and control together.
 *
 * <p>{@link Builder#build()} throws when the ledger rejects an event, naming the step; {@link
 * Builder#buildAllowingRejections()} keeps going, and {@link #result(String)} tells what became of
 * each event. This class is immutable and thread-safe; its builder is neither.
 */
public final class Scenario {

  /** The ledger's own order: by the end of an event's time, then by its start. */
  private static final Comparator<When> ORDER =
      Comparator.comparing(When::end).thenComparing(When::start);

  private static final ActorId DEFAULT_AFFILIATION = ActorId.of("group");

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
  public static Builder builder() {
    return new Builder();
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
   * {@link Builder#buildAllowingRejections()} it also holds the events the ledger rejected.
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

  /** What an actor does in a scenario, which decides the kind it is created with. */
  private enum Role {
    AFFILIATION,
    HOLDER,
    SOURCE
  }

  /** What the builder knows of a declared facility as the steps go. */
  private static final class Site {
    final Facility facility;
    final int step;
    @Nullable ActorId custodian;
    @Nullable ActorId controller;

    Site(Facility facility, int step) {
      this.facility = facility;
      this.step = step;
    }

    FacilityId id() {
      return facility.id();
    }
  }

  /**
   * One event a step writes: its id is the step's base id plus the suffix, and its time the step's
   * (the opening's, for a step dated before any date).
   */
  private record Draft(
      String suffix, @Nullable Account opens, BiFunction<EventId, When, Event> event) {}

  /** A step as written: the events it writes, and what an error message calls it. */
  private static final class Step {
    final int number;
    final String description;
    final @Nullable When when;
    final @Nullable String fixedId;
    final ImmutableList<Draft> drafts;
    String base;

    Step(
        int number,
        String description,
        @Nullable When when,
        String base,
        @Nullable String fixedId,
        ImmutableList<Draft> drafts) {
      this.number = number;
      this.description = description;
      this.when = when;
      this.base = base;
      this.fixedId = fixedId;
      this.drafts = drafts;
    }
  }

  /** How many: a single claim still to be dated and sourced, or a figure as given. */
  private static final class Count {
    private final @Nullable Estimate estimate;
    private final @Nullable Figure figure;

    private Count(@Nullable Estimate estimate, @Nullable Figure figure) {
      this.estimate = estimate;
      this.figure = figure;
    }

    Figure figure(Source source, When when) {
      if (figure != null) {
        return figure;
      }
      return Figure.of(Claim.of(checkNotNull(estimate), source, when));
    }

    @Override
    public String toString() {
      if (figure != null) {
        int claims = figure.claims().size();
        return figure.envelope() + " (" + claims + (claims == 1 ? " claim)" : " claims)");
      }
      return String.valueOf(estimate);
    }
  }

  /** The unfinished step a stage object continues; stale once the step is finished. */
  private static final class Pending {
    final String description;
    final String hint;

    Pending(String description, String hint) {
      this.description = description;
      this.hint = hint;
    }
  }

  /**
   * Writes a scenario step by step. Each step is checked as it is written: an unknown facility, a
   * negative count, a step before any date or dated before the step written before it is refused
   * with an {@link IllegalArgumentException} that names the value and the rule. The ledger's rules
   * are checked by {@link #build()}.
   *
   * <p>Steps of several words ({@code transfer(150).from("a").to("b")}) must be finished before the
   * next begins. A builder is not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private ZoneId zone = ZoneOffset.UTC;
    private Cohort cohort = Cohort.of(CohortCategory.FIGHTERS, DEFAULT_AFFILIATION);
    private @Nullable Source source;
    private @Nullable When current;
    private @Nullable Instant earliest;
    private @Nullable When last;
    private int lastDated;
    private final Map<ActorId, Actor> declared = new LinkedHashMap<>();
    private final Map<ActorId, EnumSet<Role>> roles = new LinkedHashMap<>();
    private final Map<FacilityId, Site> sites = new LinkedHashMap<>();
    private final Set<Account> opened = new HashSet<>();
    private final Map<String, Integer> idOwners = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private @Nullable Pending pending;

    Builder() {}

    // ----------------------------------------------------------------------------------------
    // settings

    /**
     * Sets the zone whose calendar dates the scenario's days; UTC unless set.
     *
     * @param zone the zone
     * @return this builder
     * @throws IllegalArgumentException if a date or time is already set
     */
    public Builder zone(ZoneId zone) {
      checkNotNull(zone, "zone");
      idle();
      if (current != null || earliest != null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario zone (%s) must be set before the first date or time; %s is already"
                    + " set, in zone %s",
                zone, current != null ? current : earliest, this.zone));
      }
      this.zone = zone;
      return this;
    }

    /**
     * Sets who is counted in every account of the scenario; fighters affiliated with {@code group}
     * unless set.
     *
     * @param cohort the cohort
     * @return this builder
     * @throws IllegalArgumentException if a step is already written
     */
    public Builder cohort(Cohort cohort) {
      checkNotNull(cohort, "cohort");
      idle();
      if (!steps.isEmpty()) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario cohort (%s) must be set before the first step; step 1 (%s) already"
                    + " counts %s",
                cohort, steps.get(0).description, this.cohort));
      }
      this.cohort = cohort;
      return this;
    }

    /**
     * Sets who claims the counts of the steps written after this, in place of each step's
     * custodian.
     *
     * @param actor the source's actor id, such as {@code "monitor"}
     * @return this builder
     */
    public Builder source(String actor) {
      return source(ActorId.of(checkNotNull(actor, "actor")));
    }

    /**
     * Sets who claims the counts of the steps written after this, in place of each step's
     * custodian.
     *
     * @param actor the source's actor
     * @return this builder
     */
    public Builder source(ActorId actor) {
      return source(Source.of(checkNotNull(actor, "actor")));
    }

    /**
     * Sets who claims the counts of the steps written after this, such as a described official.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(Source source) {
      checkNotNull(source, "source");
      idle();
      this.source = source;
      mention(source.actor(), Role.SOURCE);
      return this;
    }

    /**
     * Declares an actor as it should be, in place of the one the builder would create when it is
     * mentioned.
     *
     * @param actor the actor
     * @return this builder
     * @throws IllegalArgumentException if an actor of that id is already declared
     */
    public Builder actor(Actor actor) {
      checkNotNull(actor, "actor");
      idle();
      if (declared.containsKey(actor.id())) {
        throw new IllegalArgumentException(
            String.format("Scenario actor (%s) is already declared", actor.id()));
      }
      declared.put(actor.id(), actor);
      return this;
    }

    // ----------------------------------------------------------------------------------------
    // time

    /**
     * Dates the steps written after this to the whole day {@code date} in the scenario's zone.
     *
     * @param date the day
     * @return this builder
     * @throws IllegalArgumentException if the day ends before the last event written
     */
    public Builder on(LocalDate date) {
      checkNotNull(date, "date");
      idle();
      When when = When.on(date, zone);
      inOrder(when, "date");
      current = when;
      seen(when);
      return this;
    }

    /**
     * Dates the steps written after this to {@code instant}.
     *
     * @param instant the moment
     * @return this builder
     * @throws IllegalArgumentException if the instant comes before the last event written, as an
     *     instant within a day whose events are already written does
     */
    public Builder at(Instant instant) {
      checkNotNull(instant, "instant");
      idle();
      When when = When.at(instant, zone);
      inOrder(when, "time");
      current = when;
      seen(when);
      return this;
    }

    /**
     * Dates the steps written after this to the whole day {@code days} after the current date.
     *
     * @param days how many days on, one or more
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is less than one or no date is set
     */
    public Builder plusDays(long days) {
      idle();
      if (days < 1) {
        throw new IllegalArgumentException(
            String.format("Scenario plusDays (%d) must be at least 1", days));
      }
      if (current == null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario plusDays (%d) needs a date to move on from: call on(LocalDate) or"
                    + " at(Instant) first",
                days));
      }
      return on(current.start().atZone(zone).toLocalDate().plusDays(days));
    }

    // ----------------------------------------------------------------------------------------
    // facilities

    /**
     * Declares a prison named {@code id} in {@code country}.
     *
     * @param id the facility's slug, such as {@code "north-prison"}
     * @param country its ISO 3166-1 alpha-2 code, such as {@code "SY"}
     * @return the step, to say who holds it
     * @throws IllegalArgumentException if {@code id} is not a slug, the country not a code, or a
     *     facility of that id is already declared
     */
    public FacilityStep facility(String id, String country) {
      return facility(
          FacilityId.of(checkNotNull(id, "id")), CountryCode.of(checkNotNull(country, "country")));
    }

    /**
     * Declares a prison named by its id in {@code country}.
     *
     * @param id the facility's id
     * @param country its country
     * @return the step, to say who holds it
     * @throws IllegalArgumentException if a facility of that id is already declared
     */
    public FacilityStep facility(FacilityId id, CountryCode country) {
      checkNotNull(id, "id");
      checkNotNull(country, "country");
      return facility(Facility.of(id, id.value(), FacilityKind.PRISON, Location.in(country)));
    }

    /**
     * Declares a facility as it should be: of another kind, with a region or a capacity.
     *
     * @param facility the facility
     * @return the step, to say who holds it
     * @throws IllegalArgumentException if a facility of that id is already declared
     */
    public FacilityStep facility(Facility facility) {
      checkNotNull(facility, "facility");
      idle();
      Site known = sites.get(facility.id());
      if (known != null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario facility (%s) is already declared by step %d",
                facility.id(), known.step));
      }
      return new FacilityStep(
          this,
          begin("facility " + facility.id(), "heldBy(actor).holding(count) or unheld()"),
          facility);
    }

    private Builder unheld(Pending step, Facility facility) {
      resume(step);
      int number =
          addStep(
              "facility " + facility.id() + ", unheld",
              null,
              "",
              "an unheld facility writes no event",
              List.of());
      sites.put(facility.id(), new Site(facility, number));
      return finish();
    }

    private Builder holding(Pending step, Facility facility, ActorId custodian, Count count) {
      resume(step);
      When when = current != null ? dated("facility " + facility.id()) : null;
      if (when == null && last != null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario facility (%s) needs a date: step %d is already dated %s, so call"
                    + " on(LocalDate) or at(Instant) before declaring it",
                facility.id(), lastDated, last));
      }
      FacilityId id = facility.id();
      Account held = Account.heldAt(custodian, id, cohort);
      Account atLarge = Account.atLargeFrom(id, cohort);
      Source claimant = sourceFor(custodian);
      String description =
          "facility " + id + " held by " + custodian + " holding " + count + datedWords(when);
      int number =
          addStep(
              description,
              when,
              id.value(),
              "a facility's events are named after it",
              List.of(
                  new Draft("-control", null, (e, w) -> ControlChanged.first(e, w, id, custodian)),
                  new Draft("-census", held, (e, w) -> census(e, w, held, count, claimant)),
                  new Draft("-at-large-census", atLarge, (e, w) -> zero(e, w, atLarge, claimant))));
      Site site = new Site(facility, number);
      site.custodian = custodian;
      site.controller = custodian;
      sites.put(id, site);
      mention(custodian, Role.HOLDER);
      mention(count);
      return finish();
    }

    // ----------------------------------------------------------------------------------------
    // movements

    /**
     * Begins a transfer of exactly {@code count} people from one facility to another.
     *
     * @param count how many, zero or more
     * @return the step, to say from where
     * @throws IllegalArgumentException if {@code count} is negative or no date is set
     */
    public TransferStep transfer(long count) {
      return transfer(exactly("transfer", count));
    }

    /**
     * Begins a transfer of {@code count} people, as estimated, from one facility to another.
     *
     * @param count how many
     * @return the step, to say from where
     * @throws IllegalArgumentException if no date is set
     */
    public TransferStep transfer(Estimate count) {
      return transfer(estimate(count));
    }

    /**
     * Begins a transfer of as many people as {@code count} claims, from one facility to another.
     *
     * @param count the claims, taken as given
     * @return the step, to say from where
     * @throws IllegalArgumentException if no date is set
     */
    public TransferStep transfer(Figure count) {
      return transfer(figure(count));
    }

    private TransferStep transfer(Count count) {
      When when = datedStep("transfer");
      return new TransferStep(
          this, begin("transfer of " + count, "from(facility).to(facility)"), count, when);
    }

    private Builder transfer(Pending step, Count count, When when, Site from, Site to) {
      resume(step);
      ActorId giver = custodianOf(from, "transfer from");
      ActorId taker = custodianOf(to, "transfer to");
      if (from == to) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario transfer to (%s) must differ from from (%s): a transfer moves people"
                    + " between facilities; handover(count).of(facility).to(actor) changes their"
                    + " custodian",
                to.id(), from.id()));
      }
      Account out = Account.heldAt(giver, from.id(), cohort);
      Account in = Account.heldAt(taker, to.id(), cohort);
      Source claimant = sourceFor(giver);
      List<Draft> drafts = new ArrayList<>();
      opening(drafts, in, taker);
      drafts.add(
          new Draft(
              "",
              null,
              (e, w) ->
                  DetaineesTransferred.builder()
                      .id(e)
                      .when(w)
                      .from(out)
                      .to(in)
                      .size(count.figure(claimant, w))
                      .build()));
      addStep(
          "transfer of " + count + " from " + from.id() + " to " + to.id() + datedWords(when),
          when,
          generatedBase("transfer", drafts),
          null,
          drafts);
      mention(count);
      return finish();
    }

    /**
     * Begins an escape of exactly {@code count} people from a facility.
     *
     * @param count how many, zero or more
     * @return the step, to say from where
     * @throws IllegalArgumentException if {@code count} is negative or no date is set
     */
    public OriginStep escape(long count) {
      return outflow(Outflow.ESCAPE, exactly("escape", count));
    }

    /**
     * Begins an escape of {@code count} people, as estimated, from a facility.
     *
     * @param count how many
     * @return the step, to say from where
     * @throws IllegalArgumentException if no date is set
     */
    public OriginStep escape(Estimate count) {
      return outflow(Outflow.ESCAPE, estimate(count));
    }

    /**
     * Begins an escape of as many people as {@code count} claims, from a facility.
     *
     * @param count the claims, taken as given
     * @return the step, to say from where
     * @throws IllegalArgumentException if no date is set
     */
    public OriginStep escape(Figure count) {
      return outflow(Outflow.ESCAPE, figure(count));
    }

    /**
     * Begins the release of exactly {@code count} people from a facility.
     *
     * @param count how many, zero or more
     * @return the step, to say from where
     * @throws IllegalArgumentException if {@code count} is negative or no date is set
     */
    public OriginStep release(long count) {
      return outflow(Outflow.RELEASE, exactly("release", count));
    }

    /**
     * Begins the release of {@code count} people, as estimated, from a facility.
     *
     * @param count how many
     * @return the step, to say from where
     * @throws IllegalArgumentException if no date is set
     */
    public OriginStep release(Estimate count) {
      return outflow(Outflow.RELEASE, estimate(count));
    }

    /**
     * Begins the release of as many people as {@code count} claims, from a facility.
     *
     * @param count the claims, taken as given
     * @return the step, to say from where
     * @throws IllegalArgumentException if no date is set
     */
    public OriginStep release(Figure count) {
      return outflow(Outflow.RELEASE, figure(count));
    }

    /**
     * Begins the repatriation of exactly {@code count} people from a facility.
     *
     * @param count how many, zero or more
     * @return the step, to say from where
     * @throws IllegalArgumentException if {@code count} is negative or no date is set
     */
    public OriginStep repatriate(long count) {
      return outflow(Outflow.REPATRIATE, exactly("repatriate", count));
    }

    /**
     * Begins the repatriation of {@code count} people, as estimated, from a facility.
     *
     * @param count how many
     * @return the step, to say from where
     * @throws IllegalArgumentException if no date is set
     */
    public OriginStep repatriate(Estimate count) {
      return outflow(Outflow.REPATRIATE, estimate(count));
    }

    /**
     * Begins the repatriation of as many people as {@code count} claims, from a facility.
     *
     * @param count the claims, taken as given
     * @return the step, to say from where
     * @throws IllegalArgumentException if no date is set
     */
    public OriginStep repatriate(Figure count) {
      return outflow(Outflow.REPATRIATE, figure(count));
    }

    private OriginStep outflow(Outflow kind, Count count) {
      When when = datedStep(kind.type);
      return new OriginStep(
          this, begin(kind.type + " of " + count, "from(facility)"), kind, count, when);
    }

    private Builder outflow(Pending step, Outflow kind, Count count, When when, Site from) {
      resume(step);
      ActorId custodian = custodianOf(from, kind.type + " from");
      Account out = Account.heldAt(custodian, from.id(), cohort);
      Source claimant = sourceFor(custodian);
      List<Draft> drafts = new ArrayList<>();
      Draft main;
      switch (kind) {
        case ESCAPE:
          opening(drafts, Account.atLargeFrom(from.id(), cohort), custodian);
          main =
              new Draft(
                  "", null, (e, w) -> DetaineesEscaped.of(e, w, out, count.figure(claimant, w)));
          break;
        case RELEASE:
          opening(drafts, Account.released(cohort), custodian);
          main =
              new Draft(
                  "", null, (e, w) -> DetaineesReleased.of(e, w, out, count.figure(claimant, w)));
          break;
        case REPATRIATE:
          opening(drafts, Account.repatriated(cohort), custodian);
          main =
              new Draft(
                  "",
                  null,
                  (e, w) -> DetaineesRepatriated.of(e, w, out, count.figure(claimant, w)));
          break;
        default:
          throw new AssertionError(kind);
      }
      drafts.add(main);
      addStep(
          kind.type + " of " + count + " from " + from.id() + datedWords(when),
          when,
          generatedBase(kind.type, drafts),
          null,
          drafts);
      mention(count);
      return finish();
    }

    /**
     * Begins the recapture of exactly {@code count} people who escaped from a facility.
     *
     * @param count how many, zero or more
     * @return the step, to say whose escapees
     * @throws IllegalArgumentException if {@code count} is negative or no date is set
     */
    public RecaptureStep recapture(long count) {
      return recapture(exactly("recapture", count));
    }

    /**
     * Begins the recapture of {@code count} people, as estimated, who escaped from a facility.
     *
     * @param count how many
     * @return the step, to say whose escapees
     * @throws IllegalArgumentException if no date is set
     */
    public RecaptureStep recapture(Estimate count) {
      return recapture(estimate(count));
    }

    /**
     * Begins the recapture of as many people as {@code count} claims, who escaped from a facility.
     *
     * @param count the claims, taken as given
     * @return the step, to say whose escapees
     * @throws IllegalArgumentException if no date is set
     */
    public RecaptureStep recapture(Figure count) {
      return recapture(figure(count));
    }

    private RecaptureStep recapture(Count count) {
      When when = datedStep("recapture");
      return new RecaptureStep(
          this,
          begin("recapture of " + count, "from(facility) and by(actor) or into(facility)"),
          count,
          when);
    }

    private Builder recapture(
        Pending step, Count count, When when, Site from, ActorId recaptor, @Nullable Site into) {
      resume(step);
      Account atLarge = Account.atLargeFrom(from.id(), cohort);
      Account in =
          into == null
              ? Account.held(recaptor, cohort)
              : Account.heldAt(recaptor, into.id(), cohort);
      Source claimant = sourceFor(recaptor);
      List<Draft> drafts = new ArrayList<>();
      opening(drafts, in, recaptor);
      drafts.add(
          new Draft(
              "",
              null,
              (e, w) -> DetaineesRecaptured.of(e, w, atLarge, in, count.figure(claimant, w))));
      addStep(
          "recapture of "
              + count
              + " from "
              + from.id()
              + (into == null ? " by " + recaptor : " into " + into.id())
              + datedWords(when),
          when,
          generatedBase("recapture", drafts),
          null,
          drafts);
      mention(recaptor, Role.HOLDER);
      mention(count);
      return finish();
    }

    /**
     * Begins a census that counts exactly {@code count} people held at a facility by its custodian,
     * setting that account's balance.
     *
     * @param count how many, zero or more
     * @return the step, to say where
     * @throws IllegalArgumentException if {@code count} is negative or no date is set
     */
    public CensusStep census(long count) {
      return census(exactly("census", count));
    }

    /**
     * Begins a census that counts {@code count} people, as estimated, held at a facility.
     *
     * @param count how many
     * @return the step, to say where
     * @throws IllegalArgumentException if no date is set
     */
    public CensusStep census(Estimate count) {
      return census(estimate(count));
    }

    /**
     * Begins a census that counts as many people as {@code count} claims, held at a facility.
     *
     * @param count the claims, taken as given
     * @return the step, to say where
     * @throws IllegalArgumentException if no date is set
     */
    public CensusStep census(Figure count) {
      return census(figure(count));
    }

    private CensusStep census(Count count) {
      When when = datedStep("census");
      return new CensusStep(this, begin("census of " + count, "of(facility)"), count, when);
    }

    private Builder census(Pending step, Count count, When when, Site at) {
      resume(step);
      ActorId custodian = custodianOf(at, "census of");
      Account held = Account.heldAt(custodian, at.id(), cohort);
      Source claimant = sourceFor(custodian);
      addStep(
          "census of " + count + " at " + at.id() + datedWords(when),
          when,
          generatedBase("census", List.of()),
          null,
          List.of(new Draft("", held, (e, w) -> census(e, w, held, count, claimant))));
      mention(count);
      return finish();
    }

    // ----------------------------------------------------------------------------------------
    // control

    /**
     * Begins a change of control of {@code facility}: who controls it, not who holds the people
     * inside.
     *
     * @param facility the facility's id
     * @return the step, to say to whom
     * @throws IllegalArgumentException if the facility is not declared or no date is set
     */
    public ControlStep controlChange(String facility) {
      return controlChange(FacilityId.of(checkNotNull(facility, "facility")));
    }

    /**
     * Begins a change of control of {@code facility}: who controls it, not who holds the people
     * inside.
     *
     * @param facility the facility
     * @return the step, to say to whom
     * @throws IllegalArgumentException if the facility is not declared or no date is set
     */
    public ControlStep controlChange(FacilityId facility) {
      checkNotNull(facility, "facility");
      idle();
      When when = datedStep("controlChange");
      Site site = site("controlChange", facility);
      return new ControlStep(this, begin("control change of " + facility, "to(actor)"), site, when);
    }

    private Builder controlChange(Pending step, Site site, When when, ActorId to) {
      resume(step);
      ActorId from = site.controller;
      if (to.equals(from)) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario controlChange to (%s) must differ from the controller of %s (%s)",
                to, site.id(), from));
      }
      addStep(
          "control change of " + site.id() + " to " + to + datedWords(when),
          when,
          generatedBase("control-change", List.of()),
          null,
          List.of(new Draft("", null, (e, w) -> control(e, w, site.id(), from, to))));
      site.controller = to;
      mention(to, Role.HOLDER);
      return finish();
    }

    /**
     * Begins the handover of exactly {@code count} people held at a facility to a new custodian,
     * who takes control of the facility too.
     *
     * @param count how many, zero or more
     * @return the step, to say where
     * @throws IllegalArgumentException if {@code count} is negative or no date is set
     */
    public HandoverStep handover(long count) {
      return handover(exactly("handover", count));
    }

    /**
     * Begins the handover of {@code count} people, as estimated, held at a facility.
     *
     * @param count how many
     * @return the step, to say where
     * @throws IllegalArgumentException if no date is set
     */
    public HandoverStep handover(Estimate count) {
      return handover(estimate(count));
    }

    /**
     * Begins the handover of as many people as {@code count} claims, held at a facility.
     *
     * @param count the claims, taken as given
     * @return the step, to say where
     * @throws IllegalArgumentException if no date is set
     */
    public HandoverStep handover(Figure count) {
      return handover(figure(count));
    }

    private HandoverStep handover(Count count) {
      When when = datedStep("handover");
      return new HandoverStep(
          this, begin("handover of " + count, "of(facility).to(actor)"), count, when);
    }

    private Builder handover(Pending step, Count count, When when, Site at, ActorId to) {
      resume(step);
      ActorId from = custodianOf(at, "handover of");
      if (to.equals(from)) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario handover to (%s) must differ from the custodian of %s (%s)",
                to, at.id(), from));
      }
      Account out = Account.heldAt(from, at.id(), cohort);
      Account in = Account.heldAt(to, at.id(), cohort);
      Source claimant = sourceFor(from);
      ActorId controller = at.controller;
      List<Draft> drafts = new ArrayList<>();
      opening(drafts, in, to);
      drafts.add(
          new Draft(
              "",
              null,
              (e, w) ->
                  DetaineesTransferred.builder()
                      .id(e)
                      .when(w)
                      .from(out)
                      .to(in)
                      .size(count.figure(claimant, w))
                      .build()));
      if (!to.equals(controller)) {
        drafts.add(new Draft("-control", null, (e, w) -> control(e, w, at.id(), controller, to)));
      }
      addStep(
          "handover of " + count + " at " + at.id() + " to " + to + datedWords(when),
          when,
          generatedBase("handover", drafts),
          null,
          drafts);
      at.custodian = to;
      at.controller = to;
      mention(to, Role.HOLDER);
      mention(count);
      return finish();
    }

    // ----------------------------------------------------------------------------------------
    // agreements and other events

    /**
     * Records that {@code agreement} was concluded, at its own conclusion time, which must not come
     * before the last event written; its parties and obligors are mentioned as holders would be.
     *
     * @param agreement the agreement
     * @return this builder
     * @throws IllegalArgumentException if the agreement was concluded before the last event written
     */
    public Builder agreement(Agreement agreement) {
      checkNotNull(agreement, "agreement");
      idle();
      When when = agreement.concluded();
      inOrder(when, "agreement " + agreement.id());
      addStep(
          "agreement " + agreement.id() + " concluded " + when,
          when,
          generatedBase("agreement", List.of()),
          null,
          List.of(new Draft("", null, (e, w) -> AgreementConcluded.of(e, agreement))));
      agreement.parties().forEach(party -> mention(party, Role.HOLDER));
      for (Obligation obligation : agreement.obligations()) {
        mention(obligation.obligor(), Role.HOLDER);
      }
      return this;
    }

    /**
     * Records that an obligation of a concluded agreement was met on the current date.
     *
     * @param agreement the agreement's id
     * @param obligation the obligation's id within it
     * @return this builder
     * @throws IllegalArgumentException if an id is not a slug or no date is set
     */
    public Builder obligationMet(String agreement, String obligation) {
      return obligationMet(
          AgreementId.of(checkNotNull(agreement, "agreement")),
          ObligationId.of(checkNotNull(obligation, "obligation")));
    }

    /**
     * Records that an obligation of a concluded agreement was met on the current date.
     *
     * @param agreement the agreement
     * @param obligation the obligation within it
     * @return this builder
     * @throws IllegalArgumentException if no date is set
     */
    public Builder obligationMet(AgreementId agreement, ObligationId obligation) {
      checkNotNull(agreement, "agreement");
      checkNotNull(obligation, "obligation");
      idle();
      When when = datedStep("obligationMet");
      addStep(
          "obligation " + agreement + "/" + obligation + " met" + datedWords(when),
          when,
          generatedBase("obligation-met", List.of()),
          null,
          List.of(new Draft("", null, (e, w) -> ObligationMet.of(e, w, agreement, obligation))));
      return this;
    }

    /**
     * Records {@code event} as given, for what the steps do not say (a plan, a transfer under it, a
     * census of a country). Its time must not come before the last event written; the actors it
     * names are mentioned, and a change of control of a declared facility is remembered by later
     * steps. Its id is its own.
     *
     * @param event the event
     * @return this builder
     * @throws IllegalArgumentException if the event is dated before the last event written, or its
     *     id is already used
     */
    public Builder event(Event event) {
      checkNotNull(event, "event");
      idle();
      inOrder(event.when(), "event " + event.id());
      List<Draft> drafts = new ArrayList<>();
      drafts.add(new Draft("", null, (e, w) -> event));
      addStep(
          "event " + event.type() + " " + event.id() + " " + event.when(),
          event.when(),
          event.id().value(),
          "an event given whole keeps its own id",
          drafts);
      for (Movement movement : event.movements()) {
        opened.add(movement.to());
      }
      mentionAll(event);
      return this;
    }

    private void mentionAll(Event event) {
      for (Movement movement : event.movements()) {
        movement.from().custodian().ifPresent(a -> mention(a, Role.HOLDER));
        movement.to().custodian().ifPresent(a -> mention(a, Role.HOLDER));
        mention(movement.size());
      }
      if (event instanceof ControlChanged change) {
        change.from().ifPresent(a -> mention(a, Role.HOLDER));
        mention(change.to(), Role.HOLDER);
        Site site = sites.get(change.facility());
        if (site != null) {
          site.controller = change.to();
        }
      } else if (event instanceof CensusTaken census) {
        census.scope().account().ifPresent(opened::add);
        census.scope().custodian().ifPresent(a -> mention(a, Role.HOLDER));
        census
            .scope()
            .account()
            .flatMap(Account::custodian)
            .ifPresent(a -> mention(a, Role.HOLDER));
        mention(census.count());
      } else if (event instanceof TransferPlanned plan) {
        mention(plan.planner(), Role.HOLDER);
        mention(plan.receiver(), Role.HOLDER);
        plan.payer().ifPresent(a -> mention(a, Role.HOLDER));
        mention(plan.size());
      } else if (event instanceof DetaineesTransferred transfer) {
        transfer.carrier().ifPresent(a -> mention(a, Role.HOLDER));
      } else if (event instanceof AgreementConcluded concluded) {
        concluded.agreement().parties().forEach(a -> mention(a, Role.HOLDER));
        concluded.agreement().obligations().forEach(o -> mention(o.obligor(), Role.HOLDER));
      }
    }

    /**
     * Names the event of the step just written {@code id} in place of its generated id; the events
     * a step writes besides (a change of control, a census of zero) are named after it.
     *
     * @param id the slug, such as {@code "first-batch"}
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is not a slug or is already used, no step is
     *     written yet, or the step's events cannot be renamed
     */
    public Builder id(String id) {
      checkNotNull(id, "id");
      idle();
      EventId.of(id);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario id (%s) names the event of the step just written, but no step is"
                    + " written yet",
                id));
      }
      Step step = steps.get(steps.size() - 1);
      if (step.fixedId != null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario id (%s) cannot rename step %d (%s): %s",
                id, step.number, step.description, step.fixedId));
      }
      for (Draft draft : step.drafts) {
        String name = id + draft.suffix();
        EventId.of(name);
        Integer owner = idOwners.get(name);
        if (owner != null && owner != step.number) {
          throw new IllegalArgumentException(
              String.format(
                  "Scenario id (%s) is already used by step %d (%s)",
                  name, owner, steps.get(owner - 1).description));
        }
      }
      for (Draft draft : step.drafts) {
        idOwners.remove(step.base + draft.suffix());
      }
      for (Draft draft : step.drafts) {
        idOwners.put(id + draft.suffix(), step.number);
      }
      step.base = id;
      return this;
    }

    // ----------------------------------------------------------------------------------------
    // building

    /**
     * Appends every event to a ledger over the scenario's world, in the order written.
     *
     * @return the scenario
     * @throws IllegalStateException if the ledger rejects an event, naming the step that wrote it,
     *     the event and every violation; or if a step is not finished
     */
    public Scenario build() {
      return build(true);
    }

    /**
     * Appends every event to a ledger over the scenario's world, in the order written, going on
     * past the events the ledger rejects; {@link Scenario#result(String)} tells which.
     *
     * @return the scenario, whose ledger holds the accepted events
     * @throws IllegalStateException if a step is not finished
     */
    public Scenario buildAllowingRejections() {
      return build(false);
    }

    private Scenario build(boolean strict) {
      idle();
      // the opening ends when the day of the earliest time set begins: it sorts before every event
      LocalDate openingDay =
          earliest == null ? LocalDate.EPOCH : earliest.atZone(zone).toLocalDate().minusDays(1);
      When opening = When.on(openingDay, zone);
      List<Facility> facilities = new ArrayList<>();
      Map<FacilityId, ActorId> custodians = new LinkedHashMap<>();
      for (Site site : sites.values()) {
        facilities.add(site.facility);
        if (site.custodian != null) {
          custodians.put(site.id(), site.custodian);
        }
      }
      World world = World.of(actors(), facilities);
      Ledger ledger = Ledger.of(world);
      ImmutableList.Builder<Event> events = ImmutableList.builder();
      ImmutableList.Builder<AppendResult> results = ImmutableList.builder();
      for (Step step : steps) {
        for (Draft draft : step.drafts) {
          Event event =
              draft
                  .event()
                  .apply(
                      EventId.of(step.base + draft.suffix()),
                      step.when == null ? opening : step.when);
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
          cohort,
          zone,
          ImmutableMap.copyOf(custodians));
    }

    private static String rejection(Step step, Event event, AppendResult result) {
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

    private ImmutableList<Actor> actors() {
      Map<ActorId, EnumSet<Role>> all = new LinkedHashMap<>();
      all.put(cohort.affiliation(), EnumSet.of(Role.AFFILIATION));
      roles.forEach(
          (id, role) -> all.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class)).addAll(role));
      Map<ActorId, Actor> actors = new LinkedHashMap<>(declared);
      all.forEach(
          (id, role) -> actors.computeIfAbsent(id, k -> Actor.of(id, id.value(), kind(id, role))));
      return ImmutableList.copyOf(actors.values());
    }

    private static ActorKind kind(ActorId id, Set<Role> role) {
      if (role.contains(Role.AFFILIATION)) {
        return ActorKind.DESIGNATED_ORGANISATION;
      }
      if (role.contains(Role.HOLDER)) {
        String slug = id.value();
        return slug.endsWith("-gov") || slug.endsWith("-government")
            ? ActorKind.STATE
            : ActorKind.NON_STATE_ARMED_GROUP;
      }
      return ActorKind.NGO;
    }

    // ----------------------------------------------------------------------------------------
    // the bookkeeping of steps

    private void idle() {
      Pending open = pending;
      if (open != null) {
        throw new IllegalStateException(
            String.format(
                "Scenario step %d (%s) is not finished: complete it with %s before writing"
                    + " anything else",
                steps.size() + 1, open.description, open.hint));
      }
    }

    private Pending begin(String description, String hint) {
      idle();
      Pending step = new Pending(description, hint);
      pending = step;
      return step;
    }

    private void resume(Pending step) {
      if (pending != step) {
        throw new IllegalStateException(
            String.format(
                "Scenario step (%s) is already finished: begin the next step from the builder",
                step.description));
      }
    }

    private Builder finish() {
      pending = null;
      return this;
    }

    /** The current time, for a step that needs one; checked, since an event may have passed it. */
    private When datedStep(String what) {
      idle();
      return dated(what);
    }

    private When dated(String what) {
      When when = current;
      if (when == null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario %s needs a date: call on(LocalDate) or at(Instant) before it", what));
      }
      inOrder(when, what);
      return when;
    }

    /** Remembers the earliest moment of the scenario, which the opening must precede. */
    private void seen(When when) {
      Instant start = earliest;
      if (start == null || when.start().isBefore(start)) {
        earliest = when.start();
      }
    }

    private void inOrder(When when, String what) {
      When before = last;
      if (before != null && ORDER.compare(when, before) < 0) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario %s (%s) must not come before the last event written (%s, step %d):"
                    + " write steps in time order",
                what, when, before, lastDated));
      }
    }

    private static String datedWords(@Nullable When when) {
      return when == null ? " at the opening" : " on " + when;
    }

    private Site site(String what, FacilityId id) {
      Site site = sites.get(id);
      if (site == null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario %s (%s) names no facility declared so far; declare it first with"
                    + " facility(\"%s\", country); declared: %s",
                what, id, id, sites.keySet()));
      }
      return site;
    }

    private static ActorId custodianOf(Site site, String what) {
      ActorId custodian = site.custodian;
      if (custodian == null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario %s (%s) names a facility nobody holds: it was declared unheld(), so"
                    + " it has no custodian's account",
                what, site.id()));
      }
      return custodian;
    }

    private Source sourceFor(ActorId custodian) {
      Source set = source;
      return set != null ? set : Source.of(custodian);
    }

    private static Count exactly(String what, long count) {
      if (count < 0) {
        throw new IllegalArgumentException(
            String.format("Scenario %s count (%d) must not be negative", what, count));
      }
      return new Count(Estimate.exactly(count), null);
    }

    private static Count estimate(Estimate count) {
      return new Count(checkNotNull(count, "count"), null);
    }

    private static Count figure(Figure count) {
      return new Count(null, checkNotNull(count, "count"));
    }

    /** Adds a census of zero of {@code account} when no step has counted it yet. */
    private void opening(List<Draft> drafts, Account account, ActorId counter) {
      if (!opened.contains(account)) {
        Source claimant = sourceFor(counter);
        drafts.add(new Draft("-census", account, (e, w) -> zero(e, w, account, claimant)));
      }
    }

    /** The first free "type-n", n counting steps of the type, for which no event id is taken. */
    private String generatedBase(String type, List<Draft> drafts) {
      int n = counters.getOrDefault(type, 0);
      String base;
      boolean taken;
      do {
        n++;
        base = type + "-" + n;
        taken = idOwners.containsKey(base);
        for (Draft draft : drafts) {
          taken |= idOwners.containsKey(base + draft.suffix());
        }
      } while (taken);
      counters.put(type, n);
      return base;
    }

    /** Records a step whose checks passed; its ids must be free. Returns its number. */
    private int addStep(
        String description,
        @Nullable When when,
        String base,
        @Nullable String fixedId,
        List<Draft> drafts) {
      int number = steps.size() + 1;
      for (Draft draft : drafts) {
        String id = base + draft.suffix();
        EventId.of(id);
        Integer owner = idOwners.get(id);
        if (owner != null) {
          throw new IllegalArgumentException(
              String.format(
                  "Scenario id (%s) of step %d (%s) is already used by step %d (%s)",
                  id, number, description, owner, steps.get(owner - 1).description));
        }
      }
      for (Draft draft : drafts) {
        idOwners.put(base + draft.suffix(), number);
        if (draft.opens() != null) {
          opened.add(draft.opens());
        }
      }
      steps.add(new Step(number, description, when, base, fixedId, ImmutableList.copyOf(drafts)));
      if (when != null && !drafts.isEmpty()) {
        last = when;
        lastDated = number;
      }
      if (when != null) {
        seen(when);
      }
      return number;
    }

    private void mention(ActorId actor, Role role) {
      roles.computeIfAbsent(actor, k -> EnumSet.noneOf(Role.class)).add(role);
    }

    private void mention(Count count) {
      if (count.figure != null) {
        mention(count.figure);
      } else {
        Source set = source;
        if (set != null) {
          mention(set.actor(), Role.SOURCE);
        }
      }
    }

    private void mention(Figure figure) {
      for (Claim claim : figure.claims()) {
        mention(claim.source().actor(), Role.SOURCE);
        claim.channel().ifPresent(channel -> mention(channel, Role.SOURCE));
      }
    }

    private static CensusTaken census(
        EventId id, When when, Account account, Count count, Source claimant) {
      return CensusTaken.of(id, when, CensusScope.account(account), count.figure(claimant, when));
    }

    private static CensusTaken zero(EventId id, When when, Account account, Source claimant) {
      return CensusTaken.of(
          id,
          when,
          CensusScope.account(account),
          Figure.of(Claim.of(Estimate.exactly(0), claimant, when)));
    }

    private static ControlChanged control(
        EventId id, When when, FacilityId facility, @Nullable ActorId from, ActorId to) {
      return from == null
          ? ControlChanged.first(id, when, facility, to)
          : ControlChanged.of(id, when, facility, from, to);
    }
  }

  /** The three ways people leave a held account that take nobody else's custody. */
  private enum Outflow {
    ESCAPE("escape"),
    RELEASE("release"),
    REPATRIATE("repatriate");

    final String type;

    Outflow(String type) {
      this.type = type;
    }
  }

  // ------------------------------------------------------------------------------------------
  // the words after a step's first

  /** A facility being declared: say who holds it, or that nobody does yet. */
  public static final class FacilityStep {
    private final Builder builder;
    private final Pending step;
    private final Facility facility;

    FacilityStep(Builder builder, Pending step, Facility facility) {
      this.builder = builder;
      this.step = step;
      this.facility = facility;
    }

    /**
     * Says who holds the people at the facility and controls it from the start.
     *
     * @param custodian the custodian's slug, such as {@code "sdf"}
     * @return the step, to say how many
     */
    public HoldingStep heldBy(String custodian) {
      return heldBy(ActorId.of(checkNotNull(custodian, "custodian")));
    }

    /**
     * Says who holds the people at the facility and controls it from the start.
     *
     * @param custodian the custodian
     * @return the step, to say how many
     */
    public HoldingStep heldBy(ActorId custodian) {
      checkNotNull(custodian, "custodian");
      builder.resume(step);
      return new HoldingStep(builder, step, facility, custodian);
    }

    /**
     * Declares the facility with nobody holding or controlling it, and nobody counted there: a
     * place for the world to know, such as the destination of a plan.
     *
     * @return the builder
     */
    public Builder unheld() {
      return builder.unheld(step, facility);
    }
  }

  /** A held facility being declared: say how many are held there at the start. */
  public static final class HoldingStep {
    private final Builder builder;
    private final Pending step;
    private final Facility facility;
    private final ActorId custodian;

    HoldingStep(Builder builder, Pending step, Facility facility, ActorId custodian) {
      this.builder = builder;
      this.step = step;
      this.facility = facility;
      this.custodian = custodian;
    }

    /**
     * Counts exactly {@code count} people held at the facility at the start.
     *
     * @param count how many, zero or more
     * @return the builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder holding(long count) {
      return builder.holding(step, facility, custodian, Builder.exactly("holding", count));
    }

    /**
     * Counts {@code count} people, as estimated, held at the facility at the start; {@link
     * Estimate#unknown()} leaves the number open.
     *
     * @param count how many
     * @return the builder
     */
    public Builder holding(Estimate count) {
      return builder.holding(step, facility, custodian, Builder.estimate(count));
    }

    /**
     * Counts as many people as {@code count} claims, held at the facility at the start.
     *
     * @param count the claims, taken as given
     * @return the builder
     */
    public Builder holding(Figure count) {
      return builder.holding(step, facility, custodian, Builder.figure(count));
    }
  }

  /** A transfer being written: say from which facility. */
  public static final class TransferStep {
    private final Builder builder;
    private final Pending step;
    private final Count count;
    private final When when;

    TransferStep(Builder builder, Pending step, Count count, When when) {
      this.builder = builder;
      this.step = step;
      this.count = count;
      this.when = when;
    }

    /**
     * Says which facility the people leave, from its custodian's account.
     *
     * @param facility the facility's id
     * @return the step, to say where to
     * @throws IllegalArgumentException if the facility is not declared
     */
    public TransferDestinationStep from(String facility) {
      return from(FacilityId.of(checkNotNull(facility, "facility")));
    }

    /**
     * Says which facility the people leave, from its custodian's account.
     *
     * @param facility the facility
     * @return the step, to say where to
     * @throws IllegalArgumentException if the facility is not declared
     */
    public TransferDestinationStep from(FacilityId facility) {
      checkNotNull(facility, "facility");
      builder.resume(step);
      Site from = builder.site("transfer from", facility);
      return new TransferDestinationStep(builder, step, count, when, from);
    }
  }

  /** A transfer being written: say to which facility. */
  public static final class TransferDestinationStep {
    private final Builder builder;
    private final Pending step;
    private final Count count;
    private final When when;
    private final Site from;

    TransferDestinationStep(Builder builder, Pending step, Count count, When when, Site from) {
      this.builder = builder;
      this.step = step;
      this.count = count;
      this.when = when;
      this.from = from;
    }

    /**
     * Says which facility the people go to, into its custodian's account.
     *
     * @param facility the facility's id
     * @return the builder
     * @throws IllegalArgumentException if the facility is not declared, nobody holds either
     *     facility, or it is the facility they leave
     */
    public Builder to(String facility) {
      return to(FacilityId.of(checkNotNull(facility, "facility")));
    }

    /**
     * Says which facility the people go to, into its custodian's account.
     *
     * @param facility the facility
     * @return the builder
     * @throws IllegalArgumentException if the facility is not declared, nobody holds either
     *     facility, or it is the facility they leave
     */
    public Builder to(FacilityId facility) {
      checkNotNull(facility, "facility");
      builder.resume(step);
      return builder.transfer(step, count, when, from, builder.site("transfer to", facility));
    }
  }

  /** An escape, a release or a repatriation being written: say from which facility. */
  public static final class OriginStep {
    private final Builder builder;
    private final Pending step;
    private final Outflow kind;
    private final Count count;
    private final When when;

    OriginStep(Builder builder, Pending step, Outflow kind, Count count, When when) {
      this.builder = builder;
      this.step = step;
      this.kind = kind;
      this.count = count;
      this.when = when;
    }

    /**
     * Says which facility the people leave, from its custodian's account.
     *
     * @param facility the facility's id
     * @return the builder
     * @throws IllegalArgumentException if the facility is not declared or nobody holds it
     */
    public Builder from(String facility) {
      return from(FacilityId.of(checkNotNull(facility, "facility")));
    }

    /**
     * Says which facility the people leave, from its custodian's account.
     *
     * @param facility the facility
     * @return the builder
     * @throws IllegalArgumentException if the facility is not declared or nobody holds it
     */
    public Builder from(FacilityId facility) {
      checkNotNull(facility, "facility");
      builder.resume(step);
      return builder.outflow(step, kind, count, when, builder.site(kind.type + " from", facility));
    }
  }

  /** A recapture being written: say whose escapees. */
  public static final class RecaptureStep {
    private final Builder builder;
    private final Pending step;
    private final Count count;
    private final When when;

    RecaptureStep(Builder builder, Pending step, Count count, When when) {
      this.builder = builder;
      this.step = step;
      this.count = count;
      this.when = when;
    }

    /**
     * Says which facility the recaptured had escaped from.
     *
     * @param facility the facility's id
     * @return the step, to say who holds them now
     * @throws IllegalArgumentException if the facility is not declared
     */
    public RecaptorStep from(String facility) {
      return from(FacilityId.of(checkNotNull(facility, "facility")));
    }

    /**
     * Says which facility the recaptured had escaped from.
     *
     * @param facility the facility
     * @return the step, to say who holds them now
     * @throws IllegalArgumentException if the facility is not declared
     */
    public RecaptorStep from(FacilityId facility) {
      checkNotNull(facility, "facility");
      builder.resume(step);
      return new RecaptorStep(builder, step, count, when, builder.site("recapture from", facility));
    }
  }

  /** A recapture being written: say who holds the recaptured now. */
  public static final class RecaptorStep {
    private final Builder builder;
    private final Pending step;
    private final Count count;
    private final When when;
    private final Site from;

    RecaptorStep(Builder builder, Pending step, Count count, When when, Site from) {
      this.builder = builder;
      this.step = step;
      this.count = count;
      this.when = when;
      this.from = from;
    }

    /**
     * Says who recaptured them and holds them at a place not reported ({@link
     * Scenario#heldBy(String)}).
     *
     * @param recaptor the custodian's slug, such as {@code "syria-gov"}
     * @return the builder
     */
    public Builder by(String recaptor) {
      return by(ActorId.of(checkNotNull(recaptor, "recaptor")));
    }

    /**
     * Says who recaptured them and holds them at a place not reported.
     *
     * @param recaptor the custodian
     * @return the builder
     */
    public Builder by(ActorId recaptor) {
      checkNotNull(recaptor, "recaptor");
      builder.resume(step);
      return builder.recapture(step, count, when, from, recaptor, null);
    }

    /**
     * Says which facility they are taken to, into its custodian's account.
     *
     * @param facility the facility's id
     * @return the builder
     * @throws IllegalArgumentException if the facility is not declared or nobody holds it
     */
    public Builder into(String facility) {
      return into(FacilityId.of(checkNotNull(facility, "facility")));
    }

    /**
     * Says which facility they are taken to, into its custodian's account.
     *
     * @param facility the facility
     * @return the builder
     * @throws IllegalArgumentException if the facility is not declared or nobody holds it
     */
    public Builder into(FacilityId facility) {
      checkNotNull(facility, "facility");
      builder.resume(step);
      Site into = builder.site("recapture into", facility);
      ActorId custodian = Builder.custodianOf(into, "recapture into");
      return builder.recapture(step, count, when, from, custodian, into);
    }
  }

  /** A census being written: say which facility it counts. */
  public static final class CensusStep {
    private final Builder builder;
    private final Pending step;
    private final Count count;
    private final When when;

    CensusStep(Builder builder, Pending step, Count count, When when) {
      this.builder = builder;
      this.step = step;
      this.count = count;
      this.when = when;
    }

    /**
     * Says which facility's custodian's account is counted.
     *
     * @param facility the facility's id
     * @return the builder
     * @throws IllegalArgumentException if the facility is not declared or nobody holds it
     */
    public Builder of(String facility) {
      return of(FacilityId.of(checkNotNull(facility, "facility")));
    }

    /**
     * Says which facility's custodian's account is counted.
     *
     * @param facility the facility
     * @return the builder
     * @throws IllegalArgumentException if the facility is not declared or nobody holds it
     */
    public Builder of(FacilityId facility) {
      checkNotNull(facility, "facility");
      builder.resume(step);
      return builder.census(step, count, when, builder.site("census of", facility));
    }
  }

  /** A change of control being written: say who controls the facility now. */
  public static final class ControlStep {
    private final Builder builder;
    private final Pending step;
    private final Site site;
    private final When when;

    ControlStep(Builder builder, Pending step, Site site, When when) {
      this.builder = builder;
      this.step = step;
      this.site = site;
      this.when = when;
    }

    /**
     * Says who controls the facility from now on.
     *
     * @param controller the controller's slug, such as {@code "syria-gov"}
     * @return the builder
     * @throws IllegalArgumentException if it already controls the facility
     */
    public Builder to(String controller) {
      return to(ActorId.of(checkNotNull(controller, "controller")));
    }

    /**
     * Says who controls the facility from now on.
     *
     * @param controller the controller
     * @return the builder
     * @throws IllegalArgumentException if it already controls the facility
     */
    public Builder to(ActorId controller) {
      checkNotNull(controller, "controller");
      return builder.controlChange(step, site, when, controller);
    }
  }

  /** A handover being written: say at which facility. */
  public static final class HandoverStep {
    private final Builder builder;
    private final Pending step;
    private final Count count;
    private final When when;

    HandoverStep(Builder builder, Pending step, Count count, When when) {
      this.builder = builder;
      this.step = step;
      this.count = count;
      this.when = when;
    }

    /**
     * Says at which facility the people are handed over, from its custodian's account.
     *
     * @param facility the facility's id
     * @return the step, to say to whom
     * @throws IllegalArgumentException if the facility is not declared
     */
    public HandoverRecipientStep of(String facility) {
      return of(FacilityId.of(checkNotNull(facility, "facility")));
    }

    /**
     * Says at which facility the people are handed over, from its custodian's account.
     *
     * @param facility the facility
     * @return the step, to say to whom
     * @throws IllegalArgumentException if the facility is not declared
     */
    public HandoverRecipientStep of(FacilityId facility) {
      checkNotNull(facility, "facility");
      builder.resume(step);
      return new HandoverRecipientStep(
          builder, step, count, when, builder.site("handover of", facility));
    }
  }

  /** A handover being written: say who takes custody and control. */
  public static final class HandoverRecipientStep {
    private final Builder builder;
    private final Pending step;
    private final Count count;
    private final When when;
    private final Site site;

    HandoverRecipientStep(Builder builder, Pending step, Count count, When when, Site site) {
      this.builder = builder;
      this.step = step;
      this.count = count;
      this.when = when;
      this.site = site;
    }

    /**
     * Says who holds the people at the facility, and controls it, from now on.
     *
     * @param custodian the new custodian's slug
     * @return the builder
     * @throws IllegalArgumentException if nobody holds the facility, or {@code custodian} already
     *     does
     */
    public Builder to(String custodian) {
      return to(ActorId.of(checkNotNull(custodian, "custodian")));
    }

    /**
     * Says who holds the people at the facility, and controls it, from now on.
     *
     * @param custodian the new custodian
     * @return the builder
     * @throws IllegalArgumentException if nobody holds the facility, or {@code custodian} already
     *     does
     */
    public Builder to(ActorId custodian) {
      checkNotNull(custodian, "custodian");
      return builder.handover(step, count, when, site, custodian);
    }
  }
}
